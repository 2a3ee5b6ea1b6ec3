#pragma once

#include "lrfinderresult.h"
#include "trainingtypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace picta {

/// Runs the learning-rate range test (LrSearch) for a project and a training configuration: the
/// same data, model and loss as training would use, on a fresh model. Blocking, like Trainer.
class LrFinder : public QObject {
    Q_OBJECT

public:
    explicit LrFinder(QObject* parent = nullptr);
    void setCancelFlag(std::shared_ptr<std::atomic_bool> flag) { m_cancel = std::move(flag); }
    void requestCancel() { m_cancel->store(true); }

    LrFinderResult run(const picta::TrainingConfig& config);

Q_SIGNALS:
    void preparing(int done, int total);
    void downloading(qint64 received, qint64 total);
    void point(int iteration, double lr, double loss);
    void finished(const picta::LrFinderResult& result);
    void failed(const QString& message);

private:
    LrFinderResult find(const TrainingConfig& requested);
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace picta

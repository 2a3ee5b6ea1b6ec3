#pragma once

#include "lrfinderresult.h"
#include "trainingtypes.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace picta {

class Trainer;

/// Owns the training thread: start() hands a config to a Trainer living on that thread, and the
/// Trainer's signals come back queued to the owner's thread. cancel() only sets a shared flag, so
/// the GUI never waits; the destructor cancels and joins (the only wait()).
class TrainingController : public QObject {
    Q_OBJECT

public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    /// Ignored while a run is in progress.
    void start(const picta::TrainingConfig& config);
    /// Runs the learning-rate finder for this configuration on the same thread.
    void findLearningRate(const picta::TrainingConfig& config);
    void cancel();

Q_SIGNALS:
    void preparing(int done, int total);
    void downloading(qint64 received, qint64 total);
    void started(const QString& runDir, const QString& device, int trainImages, int valImages);
    void batchFinished(const picta::BatchStats& stats);
    void epochFinished(const picta::EpochStats& stats);
    void warning(const QString& message);
    void finished(const picta::TrainingResult& result);
    void failed(const QString& message);
    void runningChanged(bool running);
    void lrFinderPoint(int iteration, double lr, double loss);
    void lrFinderFinished(const picta::LrFinderResult& result);
    void lrFinderFailed(const QString& message);

private:
    void setRunning(bool running);
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace picta

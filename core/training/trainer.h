#pragma once

#include "trainingtypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace picta {

class DistributedGroup;

/// Trains a classifier on a project: decodes the images once in parallel, then runs Adam epochs
/// with batches prefetched on a second thread, evaluates on the validation split after each epoch
/// and checkpoints the run folder atomically. run() blocks: the GUI moves a Trainer to a worker
/// thread (TrainingController), the CLI calls it directly. Progress comes as throttled signals.
class Trainer : public QObject {
    Q_OBJECT

public:
    explicit Trainer(QObject* parent = nullptr);
    ~Trainer() override;

    /// Shares a cancel flag with the owner, so cancel works without touching this object.
    void setCancelFlag(std::shared_ptr<std::atomic_bool> flag) { m_cancel = std::move(flag); }
    /// Thread-safe: the run stops at the next batch and keeps its last good checkpoint.
    void requestCancel() { m_cancel->store(true); }

    /// Makes this process one rank of a data-parallel training (picta-cli train --distributed).
    void setDistributed(std::shared_ptr<DistributedGroup> group) { m_group = std::move(group); }

    /// Trains, emitting progress, and returns the result, which is also emitted as finished() or
    /// failed().
    TrainingResult run(const picta::TrainingConfig& config);

    /// Batch reports are sent at most this often (20 per second).
    static constexpr int kBatchReportIntervalMs = 50;

Q_SIGNALS:
    void preparing(int done, int total);
    /// Pretrained weights arriving (bytes; total −1 while unknown).
    void downloading(qint64 received, qint64 total);
    void started(const QString& runDir, const QString& device, int trainImages, int valImages);
    void batchFinished(const picta::BatchStats& stats);
    void epochFinished(const picta::EpochStats& stats);
    void warning(const QString& message);
    void finished(const picta::TrainingResult& result);
    void failed(const QString& message);

private:
    TrainingResult train(const TrainingConfig& config);
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<DistributedGroup> m_group;
};

} // namespace picta

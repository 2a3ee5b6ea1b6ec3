#include "trainer.h"

#include "computedevice.h"
#include "trainingrun.h"

#include "distributed/distributedgroup.h"

#include <QRegularExpression>

namespace picta {

Trainer::Trainer(QObject* parent)
    : QObject(parent)
{
}

Trainer::~Trainer() = default;

TrainingResult Trainer::run(const TrainingConfig& config)
{
    TrainingResult result;
    bool communication = false;
    try {
        result = train(config);
    } catch (const std::exception& e) {
        // c10::Error included: a torch failure ends the run with a message, never the program.
        const QString what = QString::fromUtf8(e.what()).section('\n', 0, 0);
        result.error = tr("Training failed: %1").arg(what);
        // Gloo's and NCCL's errors: another rank went away or did not answer in time.
        static const QRegularExpression fromPeers(QStringLiteral("gloo|nccl|connection|timed out|timeout|c10d"),
                                                  QRegularExpression::CaseInsensitiveOption);
        communication = fromPeers.match(what).hasMatch();
    }
    if (m_group && !result.ok() && !result.cancelled)
        result.error = m_group->explainFailure(result.error, communication); // names the rank that failed
    ComputeDevice::releaseCachedMemory();                                    // the run and its tensors are gone: hand back the pool
    if (result.ok())
        Q_EMIT finished(result);
    else
        Q_EMIT failed(result.error);
    return result;
}

TrainingResult Trainer::train(const TrainingConfig& requested)
{
    const std::atomic_bool& cancel = *m_cancel;
    TrainingRun::Callbacks callbacks;
    callbacks.preparing = [this](int done, int total) { Q_EMIT preparing(done, total); };
    callbacks.downloading = [this](qint64 received, qint64 total) { Q_EMIT downloading(received, total); };
    callbacks.warning = [this](const QString& message) { Q_EMIT warning(message); };
    callbacks.batch = [this](const BatchStats& stats) { Q_EMIT batchFinished(stats); };
    TrainingRun run(requested, cancel, callbacks, m_group.get());
    if (!run.prepare() || !run.resume() || !run.open())
        return run.result();
    const TrainingResult& r = run.result();
    Q_EMIT started(r.runDir, r.device, r.trainImages, r.valImages);
    for (int epoch = run.firstEpoch(); epoch <= run.epochs() && !run.stopRequested(); ++epoch) {
        EpochStats stats;
        const TrainingRun::EpochEnd end = run.epoch(epoch, &stats);
        if (end == TrainingRun::EpochEnd::Failed)
            return run.result();
        if (end == TrainingRun::EpochEnd::Cancelled)
            break;
        Q_EMIT epochFinished(stats);
        if (end == TrainingRun::EpochEnd::StopEarly) {
            Q_EMIT warning(run.earlyStopMessage());
            break;
        }
    }
    run.finish();
    return run.result();
}

} // namespace picta

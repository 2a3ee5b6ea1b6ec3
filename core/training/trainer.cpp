#include "trainer.h"

#include "trainingrun.h"

namespace picta {

Trainer::Trainer(QObject* parent)
    : QObject(parent)
{
}

Trainer::~Trainer() = default;

TrainingResult Trainer::run(const TrainingConfig& config)
{
    TrainingResult result;
    try {
        result = train(config);
    } catch (const std::exception& e) {
        // c10::Error included: a torch failure ends the run with a message, never the program.
        result.error = tr("Training failed: %1").arg(QString::fromUtf8(e.what()).section('\n', 0, 0));
    }
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
    TrainingRun run(requested, cancel, callbacks);
    if (!run.prepare() || !run.resume() || !run.open())
        return run.result();
    const TrainingResult& r = run.result();
    Q_EMIT started(r.runDir, r.device, r.trainImages, r.valImages);
    for (int epoch = run.firstEpoch(); epoch <= run.epochs() && !cancel.load(); ++epoch) {
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

#include "trainingrun.h"

#include "computedevice.h"
#include "epochpass.h"
#include "evaluator.h"
#include "optimizersetup.h"
#include "runfolder.h"
#include "startingweights.h"

#include "data/batchloader.h"
#include "imaging/augmenter.h"
#include "imaging/imagetensor.h"
#include "models/classifier.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <torch/torch.h>

#include <numeric>
#include <random>

namespace picta {

namespace {
/// How long a starting run waits for a reader (the Train tab checking what can be resumed) to let
/// go of the run's lock.
constexpr int kLockWaitMs = 3000;
} // namespace

TrainingRun::TrainingRun(const TrainingConfig& requested, const std::atomic_bool& cancel, Callbacks callbacks)
    : m_requested(requested)
    , m_config(requested)
    , m_cancel(cancel)
    , m_callbacks(std::move(callbacks))
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
}

TrainingRun::~TrainingRun()
{
    if (m_loader)
        m_loader->stop();
}

bool TrainingRun::fail(const QString& error)
{
    m_result.error = error;
    return false;
}

std::optional<TrainingData> TrainingRun::prepareAt(int size)
{
    TrainingConfig stage = m_config;
    stage.imageSize = size;
    bool cancelled = false;
    auto prepared = TrainingData::prepare(stage, m_cancel, m_callbacks.preparing, m_callbacks.warning, &cancelled);
    if (!prepared) {
        m_result.error = prepared.error();
        return std::nullopt;
    }
    if (cancelled) {
        m_result.cancelled = true;
        return std::nullopt;
    }
    return std::move(prepared.value());
}

bool TrainingRun::prepare()
{
    // A resumed run trains on with the settings it was started with.
    const QString resumeDir = m_requested.resumeRunDir;
    if (!resumeDir.isEmpty()) {
        if (const Status locked = m_lock.acquire(resumeDir, kLockWaitMs); !locked)
            return fail(locked.error());
        if (const Status recovered = RunJournal::recoverHeld(resumeDir); !recovered)
            return fail(recovered.error());
        const auto stored = ModelInfo::load(RunFolder::infoPath(resumeDir));
        if (!stored)
            return fail(stored.error());
        m_resumed = stored.value();
        m_config = TrainingConfig::fromJson(stored->training);
        // A run started before frozen epochs could use cached features trains on as it began.
        if (!stored->training.contains(QStringLiteral("cache_features"))) {
            m_config.cacheFeatures = false;
            m_config.frozenBatchNorm = QStringLiteral("train");
        }
        m_config.resumeRunDir = QDir(resumeDir).absolutePath();
        if (m_requested.threads > 0)
            m_config.threads = m_requested.threads;
    }
    if (const QString why
        = m_config.problem(m_config.resumeRunDir.isEmpty() ? tr("Training settings")
                                                           : QDir::toNativeSeparators(RunFolder::infoPath(m_config.resumeRunDir)));
        !why.isEmpty())
        return fail(why);
    m_scheduleKind = LrSchedule::parse(m_config.schedule);
    m_monitor = EarlyStopping::parse(m_config.earlyStopMonitor);
    if (!m_scheduleKind)
        return fail(tr("Unknown schedule '%1' (known: %2)").arg(m_config.schedule, LrSchedule::names().join(QStringLiteral(", "))));
    if (!m_monitor)
        return fail(tr("Early stopping watches val_loss or val_accuracy, not '%1'").arg(m_config.earlyStopMonitor));
    m_epochs = m_config.totalEpochs();
    for (const auto& stage : m_config.sizes)
        for (int e = 0; e < stage.second; ++e)
            m_sizeOfEpoch << stage.first;
    m_currentSize = m_sizeOfEpoch.isEmpty() ? m_config.imageSize : m_sizeOfEpoch.first();

    m_data = prepareAt(m_currentSize);
    if (!m_data)
        return false;
    m_info = m_data->info; // the run's description; normalisation from the first stage
    m_info.epochs = m_epochs;
    m_info.training = m_config.toJson();
    m_info.training[QStringLiteral("project")] = m_data->projectRoot;
    m_info.imageSize = m_sizeOfEpoch.isEmpty() ? m_info.imageSize : m_sizeOfEpoch.last();
    m_result.skipped = m_data->skipped;
    m_result.prepareSeconds = m_data->prepareSeconds;
    m_result.trainImages = int(m_data->train.count());
    m_result.valImages = int(m_data->val.count());
    m_result.device = ComputeDevice::describe();

    torch::manual_seed(m_config.seed);
    m_device = ComputeDevice::device();
    auto created = ModelFactory::create(m_info);
    if (!created)
        return fail(created.error());
    m_model = created.value();
    if (m_config.sizes.size() > 1 && !m_model->acceptsAnySize())
        return fail(tr("%1 has a fixed input size: progressive resizing needs a network with global pooling (e.g. vgg)").arg(m_info.arch));
    if (m_config.resumeRunDir.isEmpty()) { // a resumed run's weights are in its checkpoint
        if (!m_config.pretrained.isEmpty())
            m_callbacks.warning(tr("Getting pretrained weights %1…").arg(m_config.pretrained));
        const StartingWeights::Outcome start = StartingWeights::apply(*m_model, m_config, m_cancel, m_callbacks.downloading);
        if (start.cancelled) {
            m_result.cancelled = true;
            return false;
        }
        if (!start.ok())
            return fail(start.error);
        if (!start.summary.isEmpty())
            m_callbacks.warning(start.summary);
    }
    m_model->to(*m_device);

    // One optimizer parameter group per layer group, so that each can have its own rate.
    const size_t groups = m_model->layerGroups().size();
    m_optimizer = OptimizerSetup::create(*m_model, m_config.learningRate, m_config.weightDecay);
    if (m_config.augment)
        m_augmenter = std::make_unique<Augmenter>(m_config.seed + 17);
    m_loader = std::make_unique<BatchLoader>(
        [this](const std::vector<int64_t>& rows) {
            auto [images, labels] = m_data->trainBatch(rows, m_info, m_augmenter.get()); // the producer is the augmenter's only user
            return BatchLoader::Batch{images, labels};
        },
        // Reading rows from disk costs as much as augmenting: both are done ahead of the step.
        /*prefetch=*/m_config.augment || m_data->onDisk);

    m_batchSize = std::max(1, m_config.batchSize);
    m_batchesPerEpoch = (m_result.trainImages + m_batchSize - 1) / m_batchSize;
    m_totalSteps = m_batchesPerEpoch * m_epochs;
    // Fine-tuning runs two schedules, as fastai's fine_tune: the frozen epochs at lr, then all
    // layers at lr/2 with rates spread geometrically from the head down to a hundredth.
    m_frozenEpochs = std::clamp(m_config.freezeEpochs, 0, m_epochs - 1);
    m_frozenSchedule.emplace(*m_scheduleKind, m_config.learningRate, m_batchesPerEpoch * m_frozenEpochs);
    m_schedule.emplace(*m_scheduleKind, m_frozenEpochs > 0 ? m_config.learningRate / 2 : m_config.learningRate,
                       m_batchesPerEpoch * (m_epochs - m_frozenEpochs));
    m_multipliers = m_frozenEpochs > 0 ? OptimizerSetup::discriminativeMultipliers(groups) : std::vector<double>(groups, 1.0);
    m_stopping.emplace(*m_monitor, m_config.earlyStopPatience);
    m_keepBest = m_config.earlyStopPatience > 0;
    m_pass = std::make_unique<EpochPass>(*m_model, *m_optimizer, m_data->lossOptions(m_config, *m_device), *m_device);

    // A frozen backbone gives each image the same features every epoch: the way Teachable
    // Machine trains in seconds, they are computed once and only the head trains on them. Its
    // batch norm layers then run on their loaded statistics (the uncached path can be asked to do
    // the same, for comparison).
    m_cacheFeatures = m_frozenEpochs > 0 && m_config.cacheFeatures && m_config.frozenBatchNorm != QLatin1String("train")
        && m_model->headAfterGlobalPool();
    m_keepFrozenBatchNorm
        = m_config.frozenBatchNorm == QLatin1String("keep") || (m_config.frozenBatchNorm == QLatin1String("auto") && m_cacheFeatures);
    if (m_frozenEpochs > 0)
        m_info.training[QStringLiteral("frozen_phase")] = m_cacheFeatures
            ? QStringLiteral("head trained on the backbone's pooled features, computed once without augmentation; "
                             "batch norm statistics kept as loaded")
            : m_keepFrozenBatchNorm ? QStringLiteral("whole network run every batch; batch norm statistics kept as loaded")
                                    : QStringLiteral("whole network run every batch; batch norm layers trained");
    m_featureLoader = std::make_unique<BatchLoader>(
        [this](const std::vector<int64_t>& rows) {
            const torch::Tensor index = torch::tensor(rows, torch::kInt64);
            return BatchLoader::Batch{m_trainFeatures.index_select(0, index), m_data->train.labels.index_select(0, index)};
        },
        /*prefetch=*/false);
    m_order.resize(size_t(m_result.trainImages));
    return true;
}

bool TrainingRun::resume()
{
    if (m_config.resumeRunDir.isEmpty())
        return true;
    m_result.runDir = m_config.resumeRunDir;
    // A resumed run with no finished epoch (killed in its first) starts again in its own folder.
    if (m_resumed.epochsCompleted == 0 && !QFileInfo::exists(RunFolder::checkpointPath(m_result.runDir)))
        return true;
    Checkpoint::Metadata meta;
    const QString checkpointName = QDir::toNativeSeparators(RunFolder::checkpointPath(m_result.runDir));
    if (m_keepBest) { // the best epoch's weights, kept apart from the last epoch's
        if (const Status loaded = ModelWeights::load(*m_model, RunFolder::weightsPath(m_result.runDir), m_resumed.weightsSha256); !loaded)
            return fail(loaded.error());
        m_best = Checkpoint::snapshot(*m_model);
    }
    if (const Status loaded = Checkpoint::load(RunFolder::checkpointPath(m_result.runDir), *m_model, *m_optimizer, &meta); !loaded)
        return fail(loaded.error());
    // The checkpoint, model.json and history.csv are committed together (RunJournal): any
    // disagreement is damage, never a reason to skip or repeat epochs.
    bool epochOk = false, stepOk = false;
    const int lastEpoch = meta.value(QStringLiteral("epoch")).toInt(&epochOk);
    m_step = meta.value(QStringLiteral("step")).toLongLong(&stepOk);
    if (!epochOk || lastEpoch < 1 || lastEpoch > m_epochs || lastEpoch != m_resumed.epochsCompleted)
        return fail(tr("%1 is damaged: its epoch is '%2', model.json says %3 of %n epoch(s) were completed", nullptr, m_epochs)
                        .arg(checkpointName, meta.value(QStringLiteral("epoch")))
                        .arg(m_resumed.epochsCompleted));
    if (!stepOk || m_step < 0 || m_step > m_totalSteps)
        return fail(tr("%1 is damaged: its step is '%2', expected 0 to %3")
                        .arg(checkpointName, meta.value(QStringLiteral("step")))
                        .arg(m_totalSteps));
    m_firstEpoch = lastEpoch + 1;
    auto history = RunFolder::completedHistory(m_result.runDir, lastEpoch);
    if (!history)
        return fail(history.error());
    m_history = std::move(history.value());
    m_epochRecords = RunFolder::readEpochs(m_result.runDir, lastEpoch);
    m_result.epochsCompleted = m_firstEpoch - 1;
    for (const EpochStats& e : std::as_const(m_history)) {
        m_stopping->update(e.epoch, *m_monitor == EarlyStopping::Monitor::ValLoss ? e.valLoss : e.valAccuracy);
        m_result.last = e;
        if (e.epoch == m_stopping->bestEpoch() || !m_keepBest)
            m_result.best = e;
    }
    m_info.metrics = m_resumed.metrics;
    // The kept weights stay those of model.safetensors until an epoch improves on them.
    m_info.weightsSha256 = m_resumed.weightsSha256;
    m_info.weightsBytes = m_resumed.weightsBytes;
    return true;
}

bool TrainingRun::open()
{
    if (!m_result.runDir.isEmpty())
        return true; // a resumed run: its folder is locked since prepare()
    // A new run's folder appears with its settings in it, so that a run killed in epoch 1 resumes.
    m_info.status = RunStatus::Training;
    RunJournal::Files initial;
    describe(&initial);
    auto runDir = RunFolder::create(m_data->runsDir, initial);
    if (!runDir)
        return fail(runDir.error());
    m_result.runDir = runDir.value();
    if (const Status locked = m_lock.acquire(m_result.runDir, kLockWaitMs); !locked)
        return fail(locked.error());
    return true;
}

void TrainingRun::describe(RunJournal::Files* out) const
{
    out->push_back({QStringLiteral("model.json"), QJsonDocument(m_info.toJson()).toJson()});
    out->push_back({QStringLiteral("history.csv"), RunFolder::historyCsv(m_history)});
    out->push_back({QStringLiteral("epochs.json"), RunFolder::epochsJson(m_epochRecords)});
}

bool TrainingRun::persist(RunStatus status)
{
    // model.json describes the weights in model.safetensors: the kept epoch's metrics. It is
    // committed with the epoch's other files, all or none.
    m_info.status = status;
    m_info.epochsCompleted = m_result.epochsCompleted;
    m_info.metrics[QStringLiteral("epochs_run")] = m_result.epochsCompleted;
    describe(&m_files);
    const Status committed = RunJournal::commit(m_result.runDir, m_files);
    m_files.clear();
    if (!committed)
        m_result.error = committed.error();
    return committed.ok();
}

void TrainingRun::queueWeights()
{
    QByteArray weights = ModelWeights::serialize(*m_model);
    m_info.weightsSha256 = QString::fromLatin1(QCryptographicHash::hash(weights, QCryptographicHash::Sha256).toHex());
    m_info.weightsBytes = weights.size();
    m_files.push_back({QStringLiteral("model.safetensors"), std::move(weights)});
}

void TrainingRun::keep(const EpochStats& stats, const QJsonObject& record, const Evaluation& evaluation)
{
    m_result.best = stats;
    m_info.metrics = stats.metricsJson(m_result.trainImages, m_result.valImages);
    if (m_result.valImages > 0) {
        for (const char* key : {"per_class", "macro_f1", "confusion"})
            m_info.metrics[QLatin1String(key)] = record.value(QLatin1String(key));
        m_files.push_back({QStringLiteral("confusion.csv"), evaluation.confusion.toCsv(m_info.classes).toUtf8()});
    }
    if (m_keepBest)
        m_best = Checkpoint::snapshot(*m_model);
    queueWeights();
}

QJsonObject TrainingRun::epochRecord(const EpochStats& stats, int size, const Evaluation& evaluation) const
{
    QJsonObject record = m_result.valImages > 0 ? evaluation.confusion.metricsJson(m_info.classes) : QJsonObject();
    if (m_result.valImages > 0)
        record[QStringLiteral("confusion")] = evaluation.confusion.toJson();
    const QJsonObject figures = stats.toJson();
    for (auto it = figures.begin(); it != figures.end(); ++it)
        record[it.key()] = it.value();
    record[QStringLiteral("image_size")] = size;
    return record;
}

bool TrainingRun::changeSize(int epoch, int size, bool* cancelled)
{
    // Progressive resizing: decode the images again at this stage's size.
    std::optional<TrainingData> next = prepareAt(size);
    if (!next) {
        *cancelled = m_result.cancelled;
        return m_result.cancelled;
    }
    m_data->train = std::move(next->train);
    m_data->val = std::move(next->val);
    m_data->onDisk = next->onDisk;
    m_result.prepareSeconds += next->prepareSeconds;
    m_currentSize = size;
    m_callbacks.warning(tr("Epoch %1: images now %2×%2 px").arg(epoch).arg(size));
    return true;
}

bool TrainingRun::computeFeatures()
{
    QElapsedTimer timer;
    timer.start();
    torch::NoGradGuard noGrad;
    const bool wasTraining = m_model->is_training();
    m_model->eval(); // batch norm on its loaded statistics, as in the frozen epochs
    const int64_t total = m_data->train.count() + m_data->val.count();
    int64_t done = 0;
    auto pooled = [&](const ImageCache::Result& set) -> torch::Tensor {
        std::vector<torch::Tensor> parts;
        const int64_t n = set.count();
        for (int64_t start = 0; start < n; start += 64) {
            if (m_cancel.load())
                return {};
            if (m_callbacks.preparing) // the Train tab's progress bar, as for decoding
                m_callbacks.preparing(int(done), int(total));
            done += std::min<int64_t>(64, n - start);
            const torch::Tensor x
                = ImageTensor::normalise(set.slice(start, std::min(n, start + 64)), m_info.mean, m_info.std).to(*m_device);
            parts.push_back(torch::adaptive_avg_pool2d(m_model->features(x), {1, 1}).to(torch::kCPU));
        }
        return parts.empty() ? torch::zeros({0, 1, 1, 1}) : torch::cat(parts);
    };
    m_trainFeatures = pooled(m_data->train);
    m_valFeatures = m_trainFeatures.defined() ? pooled(m_data->val) : torch::Tensor();
    m_model->train(wasTraining);
    if (!m_trainFeatures.defined() || !m_valFeatures.defined()) {
        m_trainFeatures = torch::Tensor();
        m_valFeatures = torch::Tensor();
        return false;
    }
    m_featuresSize = m_currentSize;
    m_callbacks.warning(tr("The frozen backbone ran once over the %n image(s) in %2 s: the head trains on their features", nullptr,
                           int(m_data->train.count() + m_data->val.count()))
                            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

TrainingRun::EpochEnd TrainingRun::epoch(int epoch, EpochStats* stats)
{
    const int size = m_sizeOfEpoch.isEmpty() ? m_currentSize : m_sizeOfEpoch[epoch - 1];
    if (size != m_currentSize) {
        bool cancelled = false;
        if (!changeSize(epoch, size, &cancelled))
            return EpochEnd::Failed;
        if (cancelled)
            return EpochEnd::Cancelled;
    }
    const bool frozen = epoch <= m_frozenEpochs;
    const bool keepBatchNorm = frozen && m_keepFrozenBatchNorm;
    OptimizerSetup::setFrozen(*m_model, frozen, keepBatchNorm);
    const bool onFeatures = frozen && m_cacheFeatures;
    if (!onFeatures) { // the frozen phase is over
        m_trainFeatures = torch::Tensor();
        m_valFeatures = torch::Tensor();
    }

    QElapsedTimer epochTimer;
    epochTimer.start();
    if (onFeatures && (!m_trainFeatures.defined() || m_featuresSize != m_currentSize) && !computeFeatures())
        return EpochEnd::Cancelled;
    // Seeded per epoch, so a resumed run sees the order it would have seen.
    std::iota(m_order.begin(), m_order.end(), 0);
    std::mt19937_64 rng(m_config.seed * 1000003ULL + quint64(epoch));
    std::shuffle(m_order.begin(), m_order.end(), rng);
    BatchLoader& loader = onFeatures ? *m_featureLoader : *m_loader;
    loader.startEpoch(m_order, m_batchSize);
    EpochPass::Phase phase = frozen ? EpochPass::Phase{&*m_frozenSchedule, 0, {1.0}}
                                    : EpochPass::Phase{&*m_schedule, m_batchesPerEpoch * m_frozenEpochs, m_multipliers};
    phase.onFeatures = onFeatures;
    phase.keepBatchNorm = keepBatchNorm;
    BatchStats progress;
    progress.epoch = epoch;
    progress.batchesPerEpoch = int(m_batchesPerEpoch);
    progress.totalSteps = m_totalSteps;
    progress.onFeatures = onFeatures;
    const EpochPass::Outcome pass = m_pass->run(loader, phase, m_step, progress, m_cancel, m_callbacks.batch);
    loader.stop();
    if (pass.diverged) {
        m_result.error = tr("The loss became %1 in epoch %2: lower the learning rate (now %3)")
                             .arg(pass.divergedLoss)
                             .arg(epoch)
                             .arg(m_config.learningRate);
        if (m_result.epochsCompleted > 0) {
            const QString divergence = m_result.error;
            (void)persist(RunStatus::Failed); // the kept weights stay as they were
            m_result.error = divergence;      // the divergence is the news, not a failed status write
        }
        return EpochEnd::Failed;
    }
    const double passSeconds = epochTimer.elapsed() / 1000.0;
    m_trainingSeconds += passSeconds;
    m_imagesSeen += pass.seen;
    if (m_cancel.load())
        return EpochEnd::Cancelled;

    const Evaluation evaluation = onFeatures
        ? Evaluator::evaluateFeatures(*m_model, m_valFeatures, m_data->val.labels, m_info, *m_device, &m_cancel)
        : Evaluator::evaluate(*m_model, m_data->val, m_info, *m_device, &m_cancel);
    if (m_cancel.load())
        return EpochEnd::Cancelled;
    const double seen = double(std::max<int64_t>(pass.seen, 1));
    stats->epoch = epoch;
    stats->epochs = m_epochs;
    stats->trainLoss = pass.lossSum / seen;
    stats->trainAccuracy = double(pass.correct) / seen;
    stats->valLoss = evaluation.loss;
    stats->valAccuracy = evaluation.accuracy;
    stats->seconds = epochTimer.elapsed() / 1000.0;
    stats->imagesPerSecond = double(pass.seen) / std::max(passSeconds, 1e-9);
    stats->learningRate = pass.learningRate;
    m_history.push_back(*stats);
    const QJsonObject record = epochRecord(*stats, size, evaluation);
    m_epochRecords.append(record);
    m_result.last = *stats;
    m_result.epochsCompleted = epoch;

    const bool improved = m_stopping->update(epoch, *m_monitor == EarlyStopping::Monitor::ValLoss ? stats->valLoss : stats->valAccuracy);
    const bool finalEpoch = epoch == m_epochs || m_stopping->shouldStop();
    const Checkpoint::Metadata meta{{QStringLiteral("epoch"), QString::number(epoch)}, {QStringLiteral("step"), QString::number(m_step)}};
    if (!m_keepBest || improved)
        keep(*stats, record, evaluation);
    m_files.push_back({QStringLiteral("checkpoint.safetensors"), Checkpoint::serialize(*m_model, *m_optimizer, meta)});
    if (!persist(finalEpoch ? RunStatus::Complete : RunStatus::Training))
        return EpochEnd::Failed;
    if (m_stopping->shouldStop()) {
        m_result.stoppedEarly = true;
        return EpochEnd::StopEarly;
    }
    return EpochEnd::Next;
}

QString TrainingRun::earlyStopMessage() const
{
    return m_stopping->stopMessage();
}

void TrainingRun::finish()
{
    m_result.trainImagesPerSecond = double(m_imagesSeen) / std::max(m_result.prepareSeconds + m_trainingSeconds, 1e-9);
    if (m_keepBest && !m_best.empty())
        Checkpoint::restore(*m_model, m_best); // the model in memory is the one on disk
    if (m_cancel.load()) {
        m_result.cancelled = true;
        // The kept epoch is the last good checkpoint; with none, keep what there is so that the
        // run still loads.
        if (m_result.epochsCompleted == 0)
            queueWeights();
        (void)persist(RunStatus::Cancelled); // sets result().error on failure
    }
    m_result.seconds = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
}

} // namespace picta

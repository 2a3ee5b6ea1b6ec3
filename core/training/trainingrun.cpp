#include "trainingrun.h"

#include "computedevice.h"
#include "epochplan.h"
#include "epochpass.h"
#include "evaluator.h"
#include "optimizersetup.h"
#include "runfolder.h"
#include "startingweights.h"

#include "distributed/distributedgroup.h"
#include "distributed/distributedsampler.h"

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

TrainingRun::TrainingRun(const TrainingConfig& requested, const std::atomic_bool& cancel, Callbacks callbacks, DistributedGroup* group)
    : m_requested(requested)
    , m_config(requested)
    , m_cancel(cancel)
    , m_callbacks(std::move(callbacks))
    , m_group(group)
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

bool TrainingRun::leads() const
{
    return !m_group || m_group->isLeader();
}

Status TrainingRun::agree(const QString& stage, const Status& local, const QByteArray& digest, const QString& what)
{
    if (!m_group)
        return local;
    bool anyCancelled = false;
    const Status agreed = m_group->agree(stage, local, digest, what, m_cancel.load(), &anyCancelled);
    m_agreedCancel = m_agreedCancel || anyCancelled;
    return agreed;
}

bool TrainingRun::stopRequested()
{
    if (!m_group)
        return m_cancel.load();
    // Every rank asks at the same point and gets the same answer.
    m_agreedCancel = m_agreedCancel || m_group->any({m_cancel.load()}).front();
    return m_agreedCancel;
}

bool TrainingRun::cancelled() const
{
    return m_group ? m_agreedCancel : m_cancel.load();
}

std::optional<TrainingData> TrainingRun::prepareAt(int size)
{
    TrainingConfig stage = m_config;
    stage.imageSize = size;
    bool cancelled = false;
    auto prepared = TrainingData::prepare(stage, m_cancel, m_callbacks.preparing, m_callbacks.warning, &cancelled);
    if (m_group) {
        // Every rank decoded the same project: the same files, classes, split and statistics.
        QByteArray digest;
        if (prepared && !cancelled) {
            const TrainingData& d = prepared.value();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(d.listingDigest);
            // Not the normalisation: float sums on other thread counts may differ in the last
            // bit. Rank 0's is shared in prepare().
            for (const torch::Tensor& t : {d.train.labels, d.val.labels}) {
                const torch::Tensor c = t.contiguous().to(torch::kCPU);
                hash.addData(QByteArrayView(static_cast<const char*>(c.data_ptr()), qsizetype(c.nbytes())));
            }
            hash.addData(QByteArray::number(d.info.inputChannels) + ' ' + QByteArray::number(size));
            digest = hash.result();
        }
        // (A cancelled preparation means the cancel flag is set: agree() reports it.)
        const Status agreed = agree(QStringLiteral("data"), prepared ? Status::success() : Status::failure(prepared.error()), digest,
                                    tr("images (their files, classes or split, or which of them could be read)"));
        if (!agreed) {
            m_result.error = agreed.error();
            return std::nullopt;
        }
        if (m_agreedCancel) {
            m_result.cancelled = true;
            return std::nullopt;
        }
    }
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
        // Rank 0 alone holds and repairs the run folder; the others read it once it has.
        Status held;
        if (leads()) {
            held = m_lock.acquire(resumeDir, kLockWaitMs);
            if (held)
                held = RunJournal::recoverHeld(resumeDir);
        }
        if (const Status agreed = agree(QStringLiteral("resume"), held); !agreed)
            return fail(agreed.error());
        const auto stored = ModelInfo::load(RunFolder::infoPath(resumeDir));
        if (!stored)
            return fail(stored.error());
        m_resumed = stored.value();
        // The schedule's steps depend on the number of ranks: a run goes on with as many as it had.
        const int ranks = m_group ? m_group->worldSize() : 1;
        if (const int trained = stored->training.value(QStringLiteral("world_size")).toInt(1); trained != ranks)
            return fail(tr("%1 was trained on %n rank(s): resume it with as many (now %2)", nullptr, trained)
                            .arg(QDir::toNativeSeparators(resumeDir))
                            .arg(ranks));
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
    const std::optional<LrSchedule::Kind> scheduleKind = LrSchedule::parse(m_config.schedule);
    m_monitor = EarlyStopping::parse(m_config.earlyStopMonitor);
    if (!scheduleKind)
        return fail(tr("Unknown schedule '%1' (known: %2)").arg(m_config.schedule, LrSchedule::names().join(QStringLiteral(", "))));
    if (!m_monitor)
        return fail(tr("Early stopping watches val_loss or val_accuracy, not '%1'").arg(m_config.earlyStopMonitor));
    m_epochs = m_config.totalEpochs();
    m_currentSize = EpochPlan::sizeOf(m_config, 1);

    m_data = prepareAt(m_currentSize);
    if (!m_data)
        return false;
    m_info = m_data->info; // the run's description; normalisation from the first stage
    m_info.epochs = m_epochs;
    m_info.training = m_config.toJson();
    m_info.training[QStringLiteral("project")] = m_data->projectRoot;
    if (m_group) {
        m_info.training[QStringLiteral("world_size")] = m_group->worldSize();
        // One normalisation for all ranks: rank 0's.
        QJsonArray mine;
        for (const auto& values : {m_info.mean, m_info.std})
            for (float v : values)
                mine.append(double(v));
        const QJsonArray shared
            = QJsonDocument::fromJson(m_group->share(QStringLiteral("normalisation"), QJsonDocument(mine).toJson())).array();
        const size_t channels = m_info.mean.size();
        if (size_t(shared.size()) == 2 * channels)
            for (size_t c = 0; c < channels; ++c) {
                m_info.mean[c] = float(shared[qsizetype(c)].toDouble());
                m_info.std[c] = float(shared[qsizetype(channels + c)].toDouble());
            }
    }
    if (!m_config.sizes.isEmpty()) // the last stage's size is the model's
        m_info.imageSize = EpochPlan::sizeOf(m_config, m_epochs);
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
    // A resumed run's weights are in its checkpoint; the other ranks get rank 0's (open()).
    Status started;
    bool startCancelled = false;
    if (m_config.resumeRunDir.isEmpty() && leads()) {
        if (!m_config.pretrained.isEmpty())
            m_callbacks.warning(tr("Getting pretrained weights %1…").arg(m_config.pretrained));
        const StartingWeights::Outcome start = StartingWeights::apply(*m_model, m_config, m_cancel, m_callbacks.downloading);
        startCancelled = start.cancelled;
        if (!start.cancelled && !start.ok())
            started = Status::failure(start.error);
        if (started && !start.summary.isEmpty())
            m_callbacks.warning(start.summary);
    }
    // Rank 0's outcome, a cancel included (a cancelled download means the cancel flag is set),
    // reaches every rank.
    started = agree(QStringLiteral("model"), started);
    if (startCancelled || m_agreedCancel) {
        m_result.cancelled = true;
        return false;
    }
    if (!started)
        return fail(started.error());
    m_model->to(*m_device);

    // One optimizer parameter group per layer group, so that each can have its own rate.
    const size_t groups = m_model->layerGroups().size();
    m_optimizer = OptimizerSetup::create(*m_model, m_config.learningRate, m_config.weightDecay);
    if (m_config.augment)
        m_augmenter = std::make_unique<Augmenter>(m_config.seed + 17 + (m_group ? 7919 * m_group->rank() : 0));
    m_loader = std::make_unique<BatchLoader>(
        [this](const std::vector<int64_t>& rows) {
            auto [images, labels] = m_data->trainBatch(rows, m_info, m_augmenter.get()); // the producer is the augmenter's only user
            return BatchLoader::Batch{images, labels};
        },
        // Reading rows from disk costs as much as augmenting: both are done ahead of the step.
        /*prefetch=*/m_config.augment || m_data->onDisk);

    // Distributed: each rank's shard of an epoch (DistributedSampler), the same size on all.
    const int64_t perRank = m_group ? (m_result.trainImages + m_group->worldSize() - 1) / m_group->worldSize() : m_result.trainImages;
    m_plan.emplace(m_config, *scheduleKind, perRank, groups);
    m_stopping.emplace(*m_monitor, m_config.earlyStopPatience);
    m_keepBest = m_config.earlyStopPatience > 0;
    m_pass = std::make_unique<EpochPass>(*m_model, *m_optimizer, m_data->lossOptions(m_config, *m_device), *m_device);
    m_pass->setGroup(m_group);

    m_frozenPhase = FrozenPhase::decide(m_config, *m_model, m_plan->frozenEpochs());
    if (m_plan->frozenEpochs() > 0)
        m_info.training[QStringLiteral("frozen_phase")] = m_frozenPhase.description();
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
    const bool resumed = resumeHere();
    if (!m_group)
        return resumed;
    // Every rank read rank 0's folder: the same epochs, step and kept weights, or none goes on.
    const QByteArray point = QByteArray::number(m_firstEpoch) + ' ' + QByteArray::number(m_step) + ' ' + m_info.weightsSha256.toLatin1();
    if (const Status agreed = agree(QStringLiteral("resumed"), resumed ? Status::success() : Status::failure(m_result.error), point,
                                    tr("resume point (epoch, step, kept weights)"));
        !agreed)
        return fail(agreed.error());
    return true;
}

bool TrainingRun::resumeHere()
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
    if (!stepOk || m_step < 0 || m_step > m_plan->totalSteps())
        return fail(tr("%1 is damaged: its step is '%2', expected 0 to %3")
                        .arg(checkpointName, meta.value(QStringLiteral("step")))
                        .arg(m_plan->totalSteps()));
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
    if (m_group) {
        // DistributedDataParallel's start: rank 0's weights and buffers on every rank. Then each
        // rank draws its own dropout masks and augmentations.
        m_group->broadcastState(*m_model);
        torch::manual_seed(m_config.seed + 7919ULL * quint64(m_group->rank()));
    }
    if (!m_result.runDir.isEmpty())
        return true; // a resumed run: its folder is locked since prepare()
    // A new run's folder appears with its settings in it, so that a run killed in epoch 1 resumes.
    Status opened;
    if (leads()) {
        m_info.status = RunStatus::Training;
        RunJournal::Files initial;
        describe(&initial);
        auto runDir = RunFolder::create(m_data->runsDir, initial);
        if (!runDir)
            opened = Status::failure(runDir.error());
        else
            m_result.runDir = runDir.value();
        if (opened)
            opened = m_lock.acquire(m_result.runDir, kLockWaitMs);
    }
    if (const Status agreed = agree(QStringLiteral("open"), opened); !agreed)
        return fail(agreed.error());
    if (m_group)
        m_result.runDir = QString::fromUtf8(m_group->share(QStringLiteral("run_dir"), m_result.runDir.toUtf8()));
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
    if (!leads()) {
        m_files.clear(); // rank 0 writes the run folder
        return true;
    }
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
    if (!leads())
        return; // rank 0 writes the run
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
    const int64_t total = m_data->train.count() + m_data->val.count();
    auto pooled = [&](const ImageCache::Result& set, int64_t before) {
        return FrozenPhase::pooledFeatures(
            *m_model, set.count(), [&](int64_t begin, int64_t end) { return set.slice(begin, end); }, m_info, *m_device,
            [&](int64_t done) {
                if (m_cancel.load() && !m_group) // ranks agree on stopping after this (epoch())
                    return false;
                if (m_callbacks.preparing) // the Train tab's progress bar, as for decoding
                    m_callbacks.preparing(int(before + done), int(total));
                return true;
            });
    };
    m_trainFeatures = pooled(m_data->train, 0);
    m_valFeatures = m_trainFeatures.defined() ? pooled(m_data->val, m_data->train.count()) : torch::Tensor();
    if (!m_trainFeatures.defined() || !m_valFeatures.defined()) {
        m_trainFeatures = torch::Tensor();
        m_valFeatures = torch::Tensor();
        return false;
    }
    m_featuresSize = m_currentSize;
    m_callbacks.warning(
        tr("The frozen backbone ran once over the %n image(s) in %2 s: the head trains on their features", nullptr, int(total))
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

TrainingRun::EpochEnd TrainingRun::epoch(int epoch, EpochStats* stats)
{
    const int size = EpochPlan::sizeOf(m_config, epoch);
    if (size != m_currentSize) {
        bool cancelled = false;
        if (!changeSize(epoch, size, &cancelled))
            return EpochEnd::Failed;
        if (cancelled)
            return EpochEnd::Cancelled;
    }
    const bool frozen = m_plan->frozen(epoch);
    const bool keepBatchNorm = frozen && m_frozenPhase.keepBatchNorm;
    OptimizerSetup::setFrozen(*m_model, frozen, keepBatchNorm);
    const bool onFeatures = frozen && m_frozenPhase.cacheFeatures;
    if (!onFeatures) { // the frozen phase is over
        m_trainFeatures = torch::Tensor();
        m_valFeatures = torch::Tensor();
    }

    QElapsedTimer epochTimer;
    epochTimer.start();
    if (onFeatures && (!m_trainFeatures.defined() || m_featuresSize != m_currentSize)) {
        if (!computeFeatures() || (m_group && stopRequested()))
            return EpochEnd::Cancelled;
    }
    // Seeded per epoch, so a resumed run sees the order it would have seen.
    std::iota(m_order.begin(), m_order.end(), 0);
    std::mt19937_64 rng(m_config.seed * 1000003ULL + quint64(epoch));
    std::shuffle(m_order.begin(), m_order.end(), rng);
    BatchLoader& loader = onFeatures ? *m_featureLoader : *m_loader;
    loader.startEpoch(m_group ? DistributedSampler::shard(m_order, m_group->rank(), m_group->worldSize()) : m_order, m_plan->batchSize());
    EpochPass::Phase phase = m_plan->phase(epoch);
    phase.onFeatures = onFeatures;
    phase.keepBatchNorm = keepBatchNorm;
    BatchStats progress;
    progress.epoch = epoch;
    progress.batchesPerEpoch = int(m_plan->batchesPerEpoch());
    progress.totalSteps = m_plan->totalSteps();
    progress.onFeatures = onFeatures;
    EpochPass::Outcome pass = m_pass->run(loader, phase, m_step, progress, m_cancel, m_callbacks.batch);
    loader.stop();
    if (m_group) {
        m_agreedCancel = m_agreedCancel || pass.cancelled;
        // The epoch's figures over all ranks, and rank 0's batch norm statistics on every rank
        // (DistributedDataParallel's broadcast_buffers: the model rank 0 saves is the one evaluated).
        torch::Tensor sums = torch::tensor({pass.lossSum, double(pass.correct), double(pass.seen)}, torch::kFloat64);
        m_group->sum(sums);
        pass.lossSum = sums[0].item<double>();
        pass.correct = int64_t(std::llround(sums[1].item<double>()));
        pass.seen = int64_t(std::llround(sums[2].item<double>()));
        m_group->broadcastBuffers(*m_model);
    }
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
    if (cancelled())
        return EpochEnd::Cancelled;

    const Evaluation evaluation = evaluate(onFeatures);
    if (m_group ? stopRequested() : m_cancel.load())
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
    if (m_group) {
        // Data parallel keeps every rank's weights identical, bit for bit: checked every epoch.
        // The epoch's decisions (kept? stop early?) go with the weights: all ranks must take them alike.
        const QByteArray weights = QCryptographicHash::hash(ModelWeights::serialize(*m_model), QCryptographicHash::Sha256)
            + (improved ? "+" : "-") + (m_stopping->shouldStop() ? "stop" : "go");
        if (const Status same
            = agree(QStringLiteral("weights"), Status::success(), weights, tr("weights or early-stopping state after epoch %1").arg(epoch));
            !same) {
            m_result.error = same.error();
            return EpochEnd::Failed;
        }
    }
    const Checkpoint::Metadata meta{{QStringLiteral("epoch"), QString::number(epoch)}, {QStringLiteral("step"), QString::number(m_step)}};
    if (!m_keepBest || improved)
        keep(*stats, record, evaluation);
    if (leads())
        m_files.push_back({QStringLiteral("checkpoint.safetensors"), Checkpoint::serialize(*m_model, *m_optimizer, meta)});
    if (!persist(finalEpoch ? RunStatus::Complete : RunStatus::Training))
        return EpochEnd::Failed;
    if (m_stopping->shouldStop()) {
        m_result.stoppedEarly = true;
        return EpochEnd::StopEarly;
    }
    return EpochEnd::Next;
}

Evaluation TrainingRun::evaluate(bool onFeatures)
{
    if (!m_group)
        return onFeatures ? Evaluator::evaluateFeatures(*m_model, m_valFeatures, m_data->val.labels, m_info, *m_device, &m_cancel)
                          : Evaluator::evaluate(*m_model, m_data->val, m_info, *m_device, &m_cancel);
    // Each rank scores its slice of the validation images; the per-image results are gathered in
    // order, so every rank holds the whole set's figures, as one process would compute them.
    const ImageCache::Result& val = m_data->val;
    const auto [begin, end] = DistributedSampler::slice(val.count(), m_group->rank(), m_group->worldSize());
    const Evaluation part = onFeatures
        ? Evaluator::evaluateFeatures(*m_model, m_valFeatures.slice(0, begin, end), val.labels.slice(0, begin, end), m_info, *m_device)
        : Evaluator::evaluate(*m_model, val.range(begin, end), m_info, *m_device);
    const int64_t n = end - begin;
    auto orEmpty = [n](const torch::Tensor& t, c10::ScalarType type) { return t.defined() ? t : torch::zeros({n}, type); };
    const torch::Tensor losses = m_group->gather(orEmpty(part.losses, torch::kFloat32));
    const torch::Tensor predicted = m_group->gather(orEmpty(part.predicted, torch::kInt64));
    const torch::Tensor confidence = m_group->gather(orEmpty(part.confidence, torch::kFloat32));
    return Evaluator::summarise(losses, predicted, confidence, val.labels, int(m_info.classes.size()));
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
    if (cancelled()) {
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

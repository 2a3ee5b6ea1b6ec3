#include "trainer.h"

#include "computedevice.h"
#include "data/batchloader.h"
#include "earlystopping.h"
#include "epochpass.h"
#include "evaluator.h"
#include "imaging/augmenter.h"
#include "lrschedule.h"
#include "optimizersetup.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "runfolder.h"
#include "runjournal.h"
#include "runlock.h"
#include "checkpoint.h"
#include "startingweights.h"
#include "support/atomicfile.h"
#include "trainingdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <torch/torch.h>

#include <cmath>
#include <numeric>
#include <random>

namespace picta {

namespace {

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

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
    TrainingResult result;
    QElapsedTimer wall;
    wall.start();
    const std::atomic_bool& cancel = *m_cancel;

    // A resumed run trains on with the settings it was started with.
    TrainingConfig config = requested;
    RunLock lock; // held until this function returns, however it returns
    ModelInfo resumed;
    if (!requested.resumeRunDir.isEmpty()) {
        if (!lock.acquire(requested.resumeRunDir, &result.error) || !RunJournal::recoverHeld(requested.resumeRunDir, &result.error))
            return result;
        const auto stored = ModelInfo::load(RunFolder::infoPath(requested.resumeRunDir));
        if (!stored) {
            result.error = stored.error();
            return result;
        }
        resumed = stored.value();
        config = TrainingConfig::fromJson(stored->training);
        config.resumeRunDir = QDir(requested.resumeRunDir).absolutePath();
        if (requested.threads > 0)
            config.threads = requested.threads;
    }
    if (const QString why = config.problem(
            config.resumeRunDir.isEmpty() ? tr("Training settings") : QDir::toNativeSeparators(RunFolder::infoPath(config.resumeRunDir)));
        !why.isEmpty()) {
        result.error = why;
        return result;
    }
    const auto scheduleKind = LrSchedule::parse(config.schedule);
    const auto monitor = EarlyStopping::parse(config.earlyStopMonitor);
    if (!scheduleKind || !monitor) {
        result.error = !scheduleKind ? tr("Unknown schedule '%1' (known: %2)").arg(config.schedule, LrSchedule::names().join(", "))
                                     : tr("Early stopping watches val_loss or val_accuracy, not '%1'").arg(config.earlyStopMonitor);
        return result;
    }
    const int epochs = config.totalEpochs();
    // The image size of each epoch: one stage, or the progressive-resizing stages.
    QVector<int> sizeOfEpoch;
    for (const auto& stage : config.sizes)
        for (int e = 0; e < stage.second; ++e)
            sizeOfEpoch << stage.first;
    const int firstSize = sizeOfEpoch.isEmpty() ? config.imageSize : sizeOfEpoch.first();

    bool cancelled = false;
    auto prepareAt = [&](int size) {
        TrainingConfig stageConfig = config;
        stageConfig.imageSize = size;
        return TrainingData::prepare(
            stageConfig, cancel, [this](int done, int total) { Q_EMIT preparing(done, total); },
            [this](const QString& message) { Q_EMIT warning(message); }, &cancelled);
    };
    auto prepared = prepareAt(firstSize);
    if (!prepared) {
        result.error = prepared.error();
        return result;
    }
    TrainingData data = std::move(prepared.value());
    ModelInfo info = data.info; // the run's description; normalisation from the first stage
    info.epochs = epochs;
    info.training = config.toJson();
    info.training["project"] = data.projectRoot;
    info.imageSize = sizeOfEpoch.isEmpty() ? info.imageSize : sizeOfEpoch.last();
    result.skipped = data.skipped;
    result.prepareSeconds = data.prepareSeconds;
    result.trainImages = int(data.train.images.size(0));
    result.valImages = int(data.val.images.size(0));
    result.device = ComputeDevice::describe();
    if (cancelled) {
        result.cancelled = true;
        return result;
    }

    torch::manual_seed(config.seed);
    const c10::Device device = ComputeDevice::device();
    auto created = ModelFactory::create(info);
    if (!created) {
        result.error = created.error();
        return result;
    }
    std::shared_ptr<Classifier> model = created.value();
    if (config.sizes.size() > 1 && !model->acceptsAnySize()) {
        result.error = tr("%1 has a fixed input size: progressive resizing needs a network with global pooling (e.g. vgg)").arg(info.arch);
        return result;
    }
    if (config.resumeRunDir.isEmpty()) { // a resumed run's weights are in its checkpoint
        if (!config.pretrained.isEmpty())
            Q_EMIT warning(tr("Getting pretrained weights %1…").arg(config.pretrained));
        const StartingWeights::Outcome start = StartingWeights::apply(
            *model, config, cancel, [this](qint64 received, qint64 total) { Q_EMIT downloading(received, total); });
        if (start.cancelled) {
            result.cancelled = true;
            return result;
        }
        if (!start.ok()) {
            result.error = start.error;
            return result;
        }
        if (!start.summary.isEmpty())
            Q_EMIT warning(start.summary);
    }
    model->to(device);

    // One optimizer parameter group per layer group, so that each can have its own rate.
    const auto groups = model->layerGroups();
    std::unique_ptr<torch::optim::Optimizer> optimizer = OptimizerSetup::create(*model, config.learningRate, config.weightDecay);

    const auto lossOptions = data.lossOptions(config, device);
    std::unique_ptr<Augmenter> augmenter;
    if (config.augment)
        augmenter = std::make_unique<Augmenter>(config.seed + 17);
    BatchLoader loader(
        [&](const std::vector<int64_t>& rows) {
            auto [images, labels] = data.trainBatch(rows, info, augmenter.get()); // the producer is the augmenter's only user
            return BatchLoader::Batch{images, labels};
        },
        /*prefetch=*/config.augment);

    const int batchSize = std::max(1, config.batchSize);
    const qint64 batchesPerEpoch = (result.trainImages + batchSize - 1) / batchSize;
    const qint64 totalSteps = batchesPerEpoch * epochs;
    // Fine-tuning runs two schedules, as fastai's fine_tune: the frozen epochs at lr, then all
    // layers at lr/2 with rates spread geometrically from the head down to a hundredth.
    const int frozenEpochs = std::clamp(config.freezeEpochs, 0, epochs - 1);
    const LrSchedule frozenSchedule(*scheduleKind, config.learningRate, batchesPerEpoch * frozenEpochs);
    const LrSchedule schedule(*scheduleKind, frozenEpochs > 0 ? config.learningRate / 2 : config.learningRate,
                              batchesPerEpoch * (epochs - frozenEpochs));
    const std::vector<double> multipliers
        = frozenEpochs > 0 ? OptimizerSetup::discriminativeMultipliers(groups.size()) : std::vector<double>(groups.size(), 1.0);

    EarlyStopping stopping(*monitor, config.earlyStopPatience);
    const bool keepBest = config.earlyStopPatience > 0;
    Checkpoint::State best;
    QVector<EpochStats> history;
    QJsonArray epochRecords; // epochs.json: each epoch's figures with per-class metrics and confusion
    QString error;
    int firstEpoch = 1;
    qint64 step = 0;

    // A resumed run with no finished epoch (killed in its first) starts again in its own folder.
    if (!config.resumeRunDir.isEmpty()
        && (resumed.epochsCompleted > 0 || QFileInfo::exists(RunFolder::checkpointPath(config.resumeRunDir)))) {
        result.runDir = config.resumeRunDir;
        Checkpoint::Metadata meta;
        const QString checkpointName = QDir::toNativeSeparators(RunFolder::checkpointPath(result.runDir));
        if (keepBest) { // the best epoch's weights, kept apart from the last epoch's
            if (!ModelWeights::load(*model, RunFolder::weightsPath(result.runDir), &error, resumed.weightsSha256)) {
                result.error = error;
                return result;
            }
            best = Checkpoint::snapshot(*model);
        }
        if (!Checkpoint::load(RunFolder::checkpointPath(result.runDir), *model, *optimizer, &meta, &error)) {
            result.error = error;
            return result;
        }
        // The checkpoint, model.json and history.csv are committed together (RunJournal): any
        // disagreement is damage, never a reason to skip or repeat epochs.
        bool epochOk = false, stepOk = false;
        const int lastEpoch = meta.value("epoch").toInt(&epochOk);
        step = meta.value("step").toLongLong(&stepOk);
        if (!epochOk || lastEpoch < 1 || lastEpoch > epochs || lastEpoch != resumed.epochsCompleted) {
            result.error = tr("%1 is damaged: its epoch is '%2', model.json says %3 of %4 epochs were completed")
                               .arg(checkpointName, meta.value("epoch"))
                               .arg(resumed.epochsCompleted)
                               .arg(epochs);
            return result;
        }
        if (!stepOk || step < 0 || step > totalSteps) {
            result.error = tr("%1 is damaged: its step is '%2', expected 0 to %3").arg(checkpointName, meta.value("step")).arg(totalSteps);
            return result;
        }
        firstEpoch = lastEpoch + 1;
        for (const EpochStats& e : RunFolder::readHistory(result.runDir))
            if (e.epoch < firstEpoch)
                history.push_back(e);
        bool historyOk = history.size() == lastEpoch;
        for (int i = 0; i < history.size(); ++i)
            historyOk = historyOk && history[i].epoch == i + 1;
        if (!historyOk) {
            result.error = tr("%1 does not list epochs 1 to %2: the run folder is damaged")
                               .arg(QDir::toNativeSeparators(RunFolder::historyPath(result.runDir)))
                               .arg(lastEpoch);
            return result;
        }
        for (const QJsonValue& record : RunFolder::readEpochs(result.runDir))
            if (record.toObject().value("epoch").toInt() < firstEpoch)
                epochRecords.append(record);
        result.epochsCompleted = firstEpoch - 1;
        for (const EpochStats& e : history) {
            stopping.update(e.epoch, *monitor == EarlyStopping::Monitor::ValLoss ? e.valLoss : e.valAccuracy);
            result.last = e;
            if (e.epoch == stopping.bestEpoch() || !keepBest)
                result.best = e;
        }
        info.metrics = resumed.metrics;
        // The kept weights stay those of model.safetensors until an epoch improves on them.
        info.weightsSha256 = resumed.weightsSha256;
        info.weightsBytes = resumed.weightsBytes;
    } else if (!config.resumeRunDir.isEmpty()) {
        result.runDir = config.resumeRunDir;
    }

    // model.json describes the weights in model.safetensors: the kept epoch's metrics. It is
    // committed with the epoch's other files (`files`, filled by keep()), all or none.
    RunJournal::Files files;
    auto describe = [&](RunJournal::Files* out) {
        out->push_back({QStringLiteral("model.json"), QJsonDocument(info.toJson()).toJson()});
        out->push_back({QStringLiteral("history.csv"), RunFolder::historyCsv(history)});
        out->push_back({QStringLiteral("epochs.json"), RunFolder::epochsJson(epochRecords)});
    };
    auto writeInfo = [&](const QString& status) {
        info.status = status;
        info.epochsCompleted = result.epochsCompleted;
        info.metrics["epochs_run"] = result.epochsCompleted;
        describe(&files);
        const bool ok = RunJournal::commit(result.runDir, files, &error);
        files.clear();
        return ok;
    };
    auto addWeights = [&]() {
        QByteArray weights = ModelWeights::serialize(*model);
        info.weightsSha256 = QString::fromLatin1(QCryptographicHash::hash(weights, QCryptographicHash::Sha256).toHex());
        info.weightsBytes = weights.size();
        files.push_back({QStringLiteral("model.safetensors"), std::move(weights)});
    };
    // A new run's folder appears with its settings in it, so that a run killed in epoch 1 resumes.
    if (result.runDir.isEmpty()) {
        info.status = QStringLiteral("training");
        RunJournal::Files initial;
        describe(&initial);
        auto runDir = RunFolder::create(data.runsDir, initial);
        if (!runDir) {
            result.error = runDir.error();
            return result;
        }
        result.runDir = runDir.value();
        if (!lock.acquire(result.runDir, &result.error))
            return result;
    }
    Q_EMIT started(result.runDir, result.device, result.trainImages, result.valImages);

    auto keep = [&](const EpochStats& e, const QJsonObject& record, const Evaluation& evaluation) {
        result.best = e;
        info.metrics = QJsonObject{{"epoch", e.epoch},
                                   {"train_loss", jsonNumber(e.trainLoss)},
                                   {"train_accuracy", jsonNumber(e.trainAccuracy)},
                                   {"val_loss", jsonNumber(e.valLoss)},
                                   {"val_accuracy", jsonNumber(e.valAccuracy)},
                                   {"train_images", result.trainImages},
                                   {"val_images", result.valImages}};
        if (result.valImages > 0) {
            for (const char* key : {"per_class", "macro_f1", "confusion"})
                info.metrics[key] = record.value(key);
            files.push_back({QStringLiteral("confusion.csv"), evaluation.confusion.toCsv(info.classes).toUtf8()});
        }
        if (keepBest)
            best = Checkpoint::snapshot(*model);
        addWeights();
    };

    EpochPass epochPass(*model, *optimizer, lossOptions, device);
    std::vector<int64_t> order(size_t(result.trainImages));
    double trainingSeconds = 0;
    qint64 imagesSeen = 0;
    int currentSize = firstSize;

    for (int epoch = firstEpoch; epoch <= epochs && !cancel.load(); ++epoch) {
        // Progressive resizing: decode the images again at this stage's size.
        const int size = sizeOfEpoch.isEmpty() ? currentSize : sizeOfEpoch[epoch - 1];
        if (size != currentSize) {
            auto next = prepareAt(size);
            if (!next) {
                result.error = next.error();
                return result;
            }
            if (cancelled)
                break;
            data.train = std::move(next->train);
            data.val = std::move(next->val);
            result.prepareSeconds += next->prepareSeconds;
            currentSize = size;
            Q_EMIT warning(tr("Epoch %1: images now %2×%2 px").arg(epoch).arg(size));
        }
        const bool frozen = epoch <= frozenEpochs;
        OptimizerSetup::setFrozen(*model, frozen);

        QElapsedTimer epochTimer;
        epochTimer.start();
        // Seeded per epoch, so a resumed run sees the order it would have seen.
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 rng(config.seed * 1000003ULL + quint64(epoch));
        std::shuffle(order.begin(), order.end(), rng);
        loader.startEpoch(order, batchSize);
        const EpochPass::Phase phase = frozen ? EpochPass::Phase{&frozenSchedule, 0, {1.0}}
                                              : EpochPass::Phase{&schedule, batchesPerEpoch * frozenEpochs, multipliers};
        BatchStats progress;
        progress.epoch = epoch;
        progress.batchesPerEpoch = int(batchesPerEpoch);
        progress.totalSteps = totalSteps;
        const EpochPass::Outcome pass
            = epochPass.run(loader, phase, step, progress, cancel, [this](const BatchStats& stats) { Q_EMIT batchFinished(stats); });
        if (pass.diverged) {
            loader.stop();
            result.error = tr("The loss became %1 in epoch %2: lower the learning rate (now %3)")
                               .arg(pass.divergedLoss)
                               .arg(epoch)
                               .arg(config.learningRate);
            if (result.epochsCompleted > 0)
                writeInfo(QStringLiteral("failed")); // the kept weights stay as they were
            return result;
        }
        const int64_t seen = pass.seen;
        const double lr = pass.learningRate;
        loader.stop();
        const double passSeconds = epochTimer.elapsed() / 1000.0;
        trainingSeconds += passSeconds;
        imagesSeen += seen;
        if (cancel.load())
            break;

        const Evaluation evaluation = Evaluator::evaluate(*model, data.val.images, data.val.labels, info, device, &cancel);
        if (cancel.load())
            break;
        EpochStats stats;
        stats.epoch = epoch;
        stats.epochs = epochs;
        stats.trainLoss = pass.lossSum / double(std::max<int64_t>(seen, 1));
        stats.trainAccuracy = double(pass.correct) / double(std::max<int64_t>(seen, 1));
        stats.valLoss = evaluation.loss;
        stats.valAccuracy = evaluation.accuracy;
        stats.seconds = epochTimer.elapsed() / 1000.0;
        stats.imagesPerSecond = double(seen) / std::max(passSeconds, 1e-9);
        stats.learningRate = lr;
        history.push_back(stats);
        QJsonObject record = result.valImages > 0 ? evaluation.confusion.metricsJson(info.classes) : QJsonObject();
        if (result.valImages > 0)
            record["confusion"] = evaluation.confusion.toJson();
        record["epoch"] = epoch;
        record["image_size"] = size;
        record["train_loss"] = jsonNumber(stats.trainLoss);
        record["train_accuracy"] = jsonNumber(stats.trainAccuracy);
        record["val_loss"] = jsonNumber(stats.valLoss);
        record["val_accuracy"] = jsonNumber(stats.valAccuracy);
        record["learning_rate"] = stats.learningRate;
        record["seconds"] = stats.seconds;
        epochRecords.append(record);
        result.last = stats;
        result.epochsCompleted = epoch;

        const bool improved = stopping.update(epoch, *monitor == EarlyStopping::Monitor::ValLoss ? stats.valLoss : stats.valAccuracy);
        const bool finalEpoch = epoch == epochs || stopping.shouldStop();
        const Checkpoint::Metadata meta{{"epoch", QString::number(epoch)}, {"step", QString::number(step)}};
        if (!keepBest || improved)
            keep(stats, record, evaluation);
        files.push_back({QStringLiteral("checkpoint.safetensors"), Checkpoint::serialize(*model, *optimizer, meta)});
        if (!writeInfo(finalEpoch ? QStringLiteral("complete") : QStringLiteral("training"))) {
            result.error = error;
            return result;
        }
        Q_EMIT epochFinished(stats);
        if (stopping.shouldStop()) {
            result.stoppedEarly = true;
            Q_EMIT warning(tr("Stopped early: %1 did not improve for %2 epochs; keeping epoch %3")
                               .arg(EarlyStopping::name(*monitor))
                               .arg(stopping.patience())
                               .arg(stopping.bestEpoch()));
            break;
        }
    }

    result.trainImagesPerSecond = double(imagesSeen) / std::max(result.prepareSeconds + trainingSeconds, 1e-9);
    if (keepBest && !best.empty())
        Checkpoint::restore(*model, best); // the model in memory is the one on disk
    if (cancel.load()) {
        result.cancelled = true;
        // The kept epoch is the last good checkpoint; with none, keep what there is so that the
        // run still loads.
        if (result.epochsCompleted == 0)
            addWeights();
        if (!writeInfo(QStringLiteral("cancelled")))
            result.error = error;
    }
    result.seconds = wall.elapsed() / 1000.0;
    return result;
}

} // namespace picta

#include "trainer.h"

#include "computedevice.h"
#include "data/batchloader.h"
#include "earlystopping.h"
#include "evaluator.h"
#include "imaging/augmenter.h"
#include "imaging/imagetensor.h"
#include "lrschedule.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "runfolder.h"
#include "support/atomicfile.h"
#include "trainingdata.h"

#include <QDir>
#include <QElapsedTimer>

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

// Sets the learning rate and β1 of every parameter group (Adam and AdamW alike).
void setHyperParameters(torch::optim::Optimizer& optimizer, double lr, double beta1)
{
    for (auto& group : optimizer.param_groups()) {
        if (auto* adam = dynamic_cast<torch::optim::AdamOptions*>(&group.options())) {
            adam->lr(lr);
            adam->betas({beta1, std::get<1>(adam->betas())});
        } else if (auto* adamw = dynamic_cast<torch::optim::AdamWOptions*>(&group.options())) {
            adamw->lr(lr);
            adamw->betas({beta1, std::get<1>(adamw->betas())});
        }
    }
}

using State = std::vector<std::pair<std::string, torch::Tensor>>;

State snapshot(torch::nn::Module& module)
{
    State state;
    for (const auto& p : module.named_parameters())
        state.push_back({p.key(), p.value().detach().clone()});
    for (const auto& b : module.named_buffers())
        state.push_back({b.key(), b.value().detach().clone()});
    return state;
}

void restore(torch::nn::Module& module, const State& state)
{
    torch::NoGradGuard noGrad;
    auto params = module.named_parameters();
    auto buffers = module.named_buffers();
    for (const auto& [name, value] : state) {
        if (auto* p = params.find(name))
            p->copy_(value);
        else if (auto* b = buffers.find(name))
            b->copy_(value);
    }
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

TrainingResult Trainer::train(const TrainingConfig& config)
{
    TrainingResult result;
    QElapsedTimer wall;
    wall.start();
    const std::atomic_bool& cancel = *m_cancel;

    const auto scheduleKind = LrSchedule::parse(config.schedule);
    const auto monitor = EarlyStopping::parse(config.earlyStopMonitor);
    if (!scheduleKind || !monitor) {
        result.error = !scheduleKind ? tr("Unknown schedule '%1' (known: %2)").arg(config.schedule, LrSchedule::names().join(", "))
                                     : tr("Early stopping watches val_loss or val_accuracy, not '%1'").arg(config.earlyStopMonitor);
        return result;
    }
    bool cancelled = false;
    auto prepared = TrainingData::prepare(
        config, cancel, [this](int done, int total) { Q_EMIT preparing(done, total); },
        [this](const QString& message) { Q_EMIT warning(message); }, &cancelled);
    if (!prepared) {
        result.error = prepared.error();
        return result;
    }
    TrainingData& data = prepared.value();
    ModelInfo& info = data.info;
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
    model->to(device);

    auto runDir = RunFolder::create(data.runsDir);
    if (!runDir) {
        result.error = runDir.error();
        return result;
    }
    result.runDir = runDir.value();
    Q_EMIT started(result.runDir, result.device, result.trainImages, result.valImages);

    std::unique_ptr<torch::optim::Optimizer> optimizer;
    if (config.weightDecay > 0)
        optimizer = std::make_unique<torch::optim::AdamW>(
            model->parameters(), torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
    else
        optimizer = std::make_unique<torch::optim::Adam>(model->parameters(), torch::optim::AdamOptions(config.learningRate));
    auto lossOptions = torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(std::clamp(config.labelSmoothing, 0.0, 0.5));
    if (config.classWeights)
        lossOptions.weight(torch::tensor(data.classWeights()).to(device));

    std::unique_ptr<Augmenter> augmenter;
    if (config.augment)
        augmenter = std::make_unique<Augmenter>(config.seed + 17);
    BatchLoader loader([&](const std::vector<int64_t>& rows) {
        const torch::Tensor index = torch::tensor(rows, torch::kInt64);
        torch::Tensor unit = ImageTensor::toUnit(data.train.images.index_select(0, index));
        if (augmenter)
            unit = augmenter->apply(unit); // the producer thread is its only user
        return BatchLoader::Batch{ImageTensor::standardise(unit, info.mean, info.std), data.train.labels.index_select(0, index)};
    });

    const int batchSize = std::max(1, config.batchSize);
    const qint64 batchesPerEpoch = (result.trainImages + batchSize - 1) / batchSize;
    const qint64 totalSteps = batchesPerEpoch * config.epochs;
    const LrSchedule schedule(*scheduleKind, config.learningRate, totalSteps);
    EarlyStopping stopping(*monitor, config.earlyStopPatience);
    const bool keepBest = config.earlyStopPatience > 0;
    State best;

    QVector<EpochStats> history;
    QString error;
    // model.json describes the weights in model.safetensors: the kept epoch's metrics.
    auto writeInfo = [&](const QString& status) {
        info.status = status;
        info.epochsCompleted = result.epochsCompleted;
        info.metrics["epochs_run"] = result.epochsCompleted;
        return info.save(RunFolder::infoPath(result.runDir), &error) && RunFolder::writeHistory(result.runDir, history, &error);
    };
    auto keep = [&](const EpochStats& e, const Evaluation& evaluation) {
        result.best = e;
        info.metrics = QJsonObject{{"epoch", e.epoch},
                                   {"train_loss", jsonNumber(e.trainLoss)},
                                   {"train_accuracy", jsonNumber(e.trainAccuracy)},
                                   {"val_loss", jsonNumber(e.valLoss)},
                                   {"val_accuracy", jsonNumber(e.valAccuracy)},
                                   {"train_images", result.trainImages},
                                   {"val_images", result.valImages}};
        if (result.valImages > 0) {
            const QJsonObject perClass = evaluation.confusion.metricsJson(info.classes);
            info.metrics["per_class"] = perClass.value("per_class");
            info.metrics["macro_f1"] = perClass.value("macro_f1");
            info.metrics["confusion"] = evaluation.confusion.toJson();
            if (!AtomicFile::write(RunFolder::confusionPath(result.runDir), evaluation.confusion.toCsv(info.classes).toUtf8(), &error))
                return false;
        }
        if (keepBest)
            best = snapshot(*model);
        return ModelWeights::save(*model, RunFolder::weightsPath(result.runDir), &error);
    };

    std::mt19937_64 rng(config.seed);
    std::vector<int64_t> order(size_t(result.trainImages));
    std::iota(order.begin(), order.end(), 0);
    qint64 step = 0;
    double trainingSeconds = 0;
    qint64 imagesSeen = 0;

    for (int epoch = 1; epoch <= config.epochs && !cancel.load(); ++epoch) {
        QElapsedTimer epochTimer, reportTimer;
        epochTimer.start();
        reportTimer.start();
        std::shuffle(order.begin(), order.end(), rng);
        loader.startEpoch(order, batchSize);
        model->train();
        double lossSum = 0, pendingLoss = 0, lr = config.learningRate;
        int pendingBatches = 0, batch = 0;
        int64_t correct = 0, seen = 0;
        while (auto next = loader.next()) {
            if (cancel.load())
                break;
            lr = schedule.learningRate(step);
            setHyperParameters(*optimizer, lr, schedule.beta1(step));
            const torch::Tensor x = next->images.to(device), y = next->labels.to(device);
            optimizer->zero_grad();
            const torch::Tensor logits = model->forward(x);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y, lossOptions);
            loss.backward();
            optimizer->step();

            const double value = loss.item<double>();
            if (!std::isfinite(value)) {
                loader.stop();
                result.error = tr("The loss became %1 in epoch %2: lower the learning rate (now %3)")
                                   .arg(value)
                                   .arg(epoch)
                                   .arg(config.learningRate);
                if (result.epochsCompleted > 0)
                    writeInfo(QStringLiteral("failed")); // the kept weights stay as they were
                return result;
            }
            ++batch;
            ++step;
            lossSum += value * double(y.size(0));
            correct += logits.argmax(1).eq(y).sum().item<int64_t>();
            seen += y.size(0);
            pendingLoss += value;
            ++pendingBatches;
            if (reportTimer.elapsed() >= kBatchReportIntervalMs || batch == batchesPerEpoch) {
                Q_EMIT batchFinished(BatchStats{epoch, batch, int(batchesPerEpoch), step, totalSteps,
                                                pendingLoss / pendingBatches, lr});
                pendingLoss = 0;
                pendingBatches = 0;
                reportTimer.restart();
            }
        }
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
        stats.epochs = config.epochs;
        stats.trainLoss = lossSum / double(std::max<int64_t>(seen, 1));
        stats.trainAccuracy = double(correct) / double(std::max<int64_t>(seen, 1));
        stats.valLoss = evaluation.loss;
        stats.valAccuracy = evaluation.accuracy;
        stats.seconds = epochTimer.elapsed() / 1000.0;
        stats.imagesPerSecond = double(seen) / std::max(passSeconds, 1e-9);
        stats.learningRate = lr;
        history.push_back(stats);
        result.last = stats;
        result.epochsCompleted = epoch;

        const bool improved = stopping.update(epoch, *monitor == EarlyStopping::Monitor::ValLoss ? stats.valLoss : stats.valAccuracy);
        const bool finalEpoch = epoch == config.epochs || stopping.shouldStop();
        if (((!keepBest || improved) && !keep(stats, evaluation))
            || !writeInfo(finalEpoch ? QStringLiteral("complete") : QStringLiteral("training"))) {
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
        restore(*model, best); // the model in memory is the one on disk
    if (cancel.load()) {
        result.cancelled = true;
        // The kept epoch is the last good checkpoint; with none, keep what there is so that the
        // run still loads.
        if (result.epochsCompleted == 0 && !ModelWeights::save(*model, RunFolder::weightsPath(result.runDir), &error))
            result.error = error;
        else if (!writeInfo(QStringLiteral("cancelled")))
            result.error = error;
    }
    result.seconds = wall.elapsed() / 1000.0;
    return result;
}

} // namespace picta

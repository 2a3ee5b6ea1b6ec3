#include "trainer.h"

#include "computedevice.h"
#include "data/batchloader.h"
#include "data/imagecache.h"
#include "imaging/imagetensor.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "project/project.h"
#include "runfolder.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

#include <torch/torch.h>

#include <cmath>
#include <numeric>
#include <random>

namespace picta {

namespace {

struct Evaluation {
    double loss = EpochStats::kNone;
    double accuracy = EpochStats::kNone;
};

Evaluation evaluate(Classifier& model, const ImageCache::Result& data, const ModelInfo& info,
                    const c10::Device& device, const std::atomic_bool& cancel)
{
    Evaluation result;
    const int64_t n = data.images.size(0);
    if (n == 0)
        return result;
    torch::NoGradGuard noGrad;
    model.eval();
    double lossSum = 0;
    int64_t correct = 0;
    for (int64_t start = 0; start < n && !cancel.load(); start += 256) {
        const int64_t end = std::min(n, start + 256);
        const torch::Tensor x = ImageTensor::normalise(data.images.slice(0, start, end), info.mean, info.std).to(device);
        const torch::Tensor y = data.labels.slice(0, start, end).to(device);
        const torch::Tensor logits = model.forward(x);
        lossSum += torch::nn::functional::cross_entropy(
                       logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .item<double>();
        correct += logits.argmax(1).eq(y).sum().item<int64_t>();
    }
    result.loss = lossSum / double(n);
    result.accuracy = double(correct) / double(n);
    return result;
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// Gray when every sampled image decodes to one channel: Fashion-MNIST and scanned sketches then
// train on one plane instead of three identical ones.
int detectChannels(const QVector<ImageEntry>& entries)
{
    const int samples = std::min<int>(32, entries.size());
    for (int i = 0; i < samples; ++i) {
        const auto image = ImageDecoder::decodeFile(entries[i * entries.size() / samples].path);
        if (image && image->channels() != 1)
            return 3;
    }
    return samples > 0 ? 1 : 3;
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

    auto project = Project::open(config.projectDir);
    if (!project) {
        result.error = project.error();
        return result;
    }
    QVector<ListingProblem> problems;
    const QVector<ImageEntry> entries = project->images(&problems);
    for (const ListingProblem& p : problems)
        Q_EMIT warning(tr("Skipped %1: %2").arg(QDir::toNativeSeparators(p.path), p.reason));
    QVector<ImageEntry> trainEntries, valEntries;
    for (const ImageEntry& e : entries)
        (e.split == Split::Train ? trainEntries : valEntries).push_back(e);
    if (project->classes().size() < 2) {
        result.error = tr("%1 needs at least two classes to train (found %2)")
                           .arg(QDir::toNativeSeparators(project->rootDir()))
                           .arg(project->classes().size());
        return result;
    }
    if (trainEntries.isEmpty()) {
        result.error = tr("%1 has no training images").arg(QDir::toNativeSeparators(project->imagesDir()));
        return result;
    }

    const int threads = ComputeDevice::configureThreads(config.threads);
    torch::manual_seed(config.seed);
    const c10::Device device = ComputeDevice::device();
    result.device = ComputeDevice::describe();

    ModelInfo info;
    info.arch = config.arch;
    info.classes = project->classes();
    info.imageSize = config.imageSize > 0 ? config.imageSize : project->imageSize();
    info.inputChannels = config.channels == 1 || config.channels == 3 ? config.channels : detectChannels(trainEntries);
    info.epochs = config.epochs;
    info.training = config.toJson();
    info.training["project"] = project->rootDir();
    info.created = QDateTime::currentDateTime().toString(Qt::ISODate);
    info.status = QStringLiteral("training");

    auto created = ModelFactory::create(info);
    if (!created) {
        result.error = created.error();
        return result;
    }
    std::shared_ptr<Classifier> model = created.value();

    // Decode everything once, in parallel, into memory.
    const auto color = info.inputChannels == 1 ? ImageDecoder::Color::Gray : ImageDecoder::Color::Rgb;
    const qint64 needed = ImageCache::bytesNeeded(entries.size(), info.inputChannels, info.imageSize);
    if (needed > config.memoryCacheLimit) {
        result.error = tr("The decoded images need %1 MiB, more than the %2 MiB memory limit: lower the image "
                          "size or raise the limit")
                           .arg(needed >> 20)
                           .arg(config.memoryCacheLimit >> 20);
        return result;
    }
    QElapsedTimer prepare;
    prepare.start();
    const int total = int(entries.size());
    auto report = [&](int offset) {
        return [this, offset, total](int done, int) { Q_EMIT preparing(offset + done, total); };
    };
    const ImageCache::Result train = ImageCache::build(trainEntries, info.imageSize, color, threads, &cancel, report(0));
    const ImageCache::Result val =
        ImageCache::build(valEntries, info.imageSize, color, threads, &cancel, report(int(trainEntries.size())));
    result.prepareSeconds = prepare.elapsed() / 1000.0;
    for (const auto* part : {&train, &val})
        for (const ListingProblem& p : part->failures) {
            result.skipped.push_back(p);
            Q_EMIT warning(tr("Skipped %1").arg(p.reason));
        }
    result.trainImages = int(train.images.size(0));
    result.valImages = int(val.images.size(0));
    if (cancel.load()) {
        result.cancelled = true;
        return result;
    }
    if (result.trainImages == 0) {
        result.error = tr("None of the %1 training images could be read").arg(trainEntries.size());
        return result;
    }

    // Per-channel statistics of the training images: the normalisation saved with the model.
    {
        const torch::Tensor f = train.images.to(torch::kFloat32).div_(255.0f);
        const torch::Tensor mean = f.mean({0, 2, 3});
        const torch::Tensor std = f.std({0, 2, 3}).clamp_min(1e-3);
        info.mean.assign(mean.data_ptr<float>(), mean.data_ptr<float>() + info.inputChannels);
        info.std.assign(std.data_ptr<float>(), std.data_ptr<float>() + info.inputChannels);
    }

    auto runDir = RunFolder::create(project->runsDir());
    if (!runDir) {
        result.error = runDir.error();
        return result;
    }
    result.runDir = runDir.value();
    Q_EMIT started(result.runDir, result.device, result.trainImages, result.valImages);

    model->to(device);
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(config.learningRate));
    BatchLoader loader([&](const std::vector<int64_t>& rows) {
        const torch::Tensor index = torch::tensor(rows, torch::kInt64);
        return BatchLoader::Batch{ImageTensor::normalise(train.images.index_select(0, index), info.mean, info.std),
                                  train.labels.index_select(0, index)};
    });

    QVector<EpochStats> history;
    QString error;
    auto checkpoint = [&](const QString& status) {
        info.status = status;
        info.epochsCompleted = result.epochsCompleted;
        const EpochStats& e = result.last;
        info.metrics = QJsonObject{{"train_loss", jsonNumber(e.trainLoss)},   {"train_accuracy", jsonNumber(e.trainAccuracy)},
                                   {"val_loss", jsonNumber(e.valLoss)},       {"val_accuracy", jsonNumber(e.valAccuracy)},
                                   {"train_images", result.trainImages},      {"val_images", result.valImages}};
        return info.save(RunFolder::infoPath(result.runDir), &error)
            && RunFolder::writeHistory(result.runDir, history, &error);
    };

    std::mt19937_64 rng(config.seed);
    std::vector<int64_t> order(size_t(result.trainImages));
    std::iota(order.begin(), order.end(), 0);
    const int batchSize = std::max(1, config.batchSize);
    const qint64 batchesPerEpoch = (result.trainImages + batchSize - 1) / batchSize;
    const qint64 totalSteps = batchesPerEpoch * config.epochs;
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
        double lossSum = 0, pendingLoss = 0;
        int pendingBatches = 0, batch = 0;
        int64_t correct = 0, seen = 0;
        while (auto next = loader.next()) {
            if (cancel.load())
                break;
            const torch::Tensor x = next->images.to(device), y = next->labels.to(device);
            optimizer.zero_grad();
            const torch::Tensor logits = model->forward(x);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
            loss.backward();
            optimizer.step();

            const double value = loss.item<double>();
            if (!std::isfinite(value)) {
                loader.stop();
                result.error = tr("The loss became %1 in epoch %2: lower the learning rate (now %3)")
                                   .arg(value)
                                   .arg(epoch)
                                   .arg(config.learningRate);
                if (result.epochsCompleted > 0)
                    checkpoint(QStringLiteral("failed"));
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
                                                pendingLoss / pendingBatches, config.learningRate});
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

        const Evaluation evaluation = evaluate(*model, val, info, device, cancel);
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
        stats.learningRate = config.learningRate;
        history.push_back(stats);
        result.last = stats;
        result.epochsCompleted = epoch;

        // Checkpoint: weights first, then the description that points at them.
        if (!ModelWeights::save(*model, RunFolder::weightsPath(result.runDir), &error)
            || !checkpoint(epoch == config.epochs ? QStringLiteral("complete") : QStringLiteral("training"))) {
            result.error = error;
            return result;
        }
        Q_EMIT epochFinished(stats);
    }

    result.trainImagesPerSecond = double(imagesSeen) / std::max(result.prepareSeconds + trainingSeconds, 1e-9);
    if (cancel.load()) {
        result.cancelled = true;
        // The last completed epoch's checkpoint is the last good one; with none, keep what there is
        // so that the run still loads.
        if (result.epochsCompleted == 0 && !ModelWeights::save(*model, RunFolder::weightsPath(result.runDir), &error))
            result.error = error;
        else if (!checkpoint(QStringLiteral("cancelled")))
            result.error = error;
    }
    result.seconds = wall.elapsed() / 1000.0;
    return result;
}

} // namespace picta

#include "trainingdata.h"

#include "computedevice.h"
#include "imaging/imagetensor.h"
#include "models/pretrainedweights.h"
#include "project/project.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

#include <torch/torch.h>

namespace picta {

namespace {

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

Expected<TrainingData> TrainingData::prepare(const TrainingConfig& config, const std::atomic_bool& cancel,
                                             const ImageCache::Progress& progress, const Warn& warn, bool* cancelled)
{
    using R = Expected<TrainingData>;
    *cancelled = false;
    auto project = Project::open(config.projectDir);
    if (!project)
        return R::failure(project.error());
    if (config.validationFraction >= 0) {
        project->setValidationFraction(config.validationFraction);
        project->setValidationPrefix(QString());
    }
    QVector<ListingProblem> problems;
    const QVector<ImageEntry> entries = project->images(&problems);
    for (const ListingProblem& p : problems)
        warn(tr("Skipped %1: %2").arg(QDir::toNativeSeparators(p.path), p.reason));
    if (project->classes().size() < 2)
        return R::failure(tr("%1 needs at least two classes to train (found %2)")
                              .arg(QDir::toNativeSeparators(project->rootDir()))
                              .arg(project->classes().size()));
    QVector<ImageEntry> trainEntries, valEntries;
    for (const ImageEntry& e : entries)
        (e.split == Split::Train ? trainEntries : valEntries).push_back(e);
    if (trainEntries.isEmpty())
        return R::failure(tr("%1 has no training images").arg(QDir::toNativeSeparators(project->imagesDir())));

    TrainingData data;
    data.projectRoot = project->rootDir();
    data.runsDir = project->runsDir();
    data.threads = ComputeDevice::configureThreads(config.threads);
    ModelInfo& info = data.info;
    info.arch = config.arch;
    info.classes = project->classes();
    info.imageSize = config.imageSize > 0 ? config.imageSize : project->imageSize();
    if (!config.pretrained.isEmpty())
        info.inputChannels = 3; // ImageNet backbones see RGB (and their normalisation, below)
    else
        info.inputChannels = config.channels == 1 || config.channels == 3 ? config.channels : detectChannels(trainEntries);
    info.epochs = config.epochs;
    info.training = config.toJson();
    info.training["project"] = project->rootDir();
    info.created = QDateTime::currentDateTime().toString(Qt::ISODate);
    info.status = RunStatus::Training;

    const qint64 needed = ImageCache::bytesNeeded(entries.size(), info.inputChannels, info.imageSize);
    if (needed > config.memoryCacheLimit)
        return R::failure(tr("The decoded images need %1 MiB, more than the %2 MiB memory limit: lower the image "
                             "size or raise the limit")
                              .arg(needed >> 20)
                              .arg(config.memoryCacheLimit >> 20));

    QElapsedTimer timer;
    timer.start();
    const int total = int(entries.size());
    const int offset = int(trainEntries.size());
    const auto color = info.inputChannels == 1 ? ImageDecoder::Color::Gray : ImageDecoder::Color::Rgb;
    data.train = ImageCache::build(trainEntries, info.imageSize, color, data.threads, &cancel, [&](int done, int) {
        if (progress)
            progress(done, total);
    });
    data.val = ImageCache::build(valEntries, info.imageSize, color, data.threads, &cancel, [&](int done, int) {
        if (progress)
            progress(offset + done, total);
    });
    data.prepareSeconds = timer.elapsed() / 1000.0;
    for (const auto* part : {&data.train, &data.val})
        for (const ListingProblem& p : part->failures) {
            data.skipped.push_back(p);
            warn(tr("Skipped %1").arg(p.reason));
        }
    if (cancel.load()) {
        *cancelled = true;
        return data;
    }
    if (data.train.images.size(0) == 0)
        return R::failure(tr("None of the %1 training images could be read").arg(trainEntries.size()));

    // The normalisation saved with the model: a backbone's own (ImageNet's), else the training
    // images' per-channel statistics.
    if (!config.pretrained.isEmpty()) {
        info.mean = PretrainedWeights::imagenetMean();
        info.std = PretrainedWeights::imagenetStd();
        return data;
    }
    const torch::Tensor f = data.train.images.to(torch::kFloat32).div_(255.0f);
    const torch::Tensor mean = f.mean({0, 2, 3});
    const torch::Tensor std = f.std({0, 2, 3}).clamp_min(1e-3);
    info.mean.assign(mean.data_ptr<float>(), mean.data_ptr<float>() + info.inputChannels);
    info.std.assign(std.data_ptr<float>(), std.data_ptr<float>() + info.inputChannels);
    return data;
}

std::vector<double> TrainingData::classCounts() const
{
    std::vector<double> counts(size_t(info.classes.size()), 0.0);
    const torch::Tensor bins = torch::bincount(train.labels, {}, info.classes.size());
    for (size_t c = 0; c < counts.size(); ++c)
        counts[c] = double(bins[int64_t(c)].item<int64_t>());
    return counts;
}

std::vector<float> TrainingData::classWeights() const
{
    const std::vector<double> counts = classCounts();
    std::vector<float> weights(counts.size(), 0.0f);
    double sum = 0;
    int present = 0;
    for (size_t c = 0; c < counts.size(); ++c)
        if (counts[c] > 0) {
            weights[c] = float(1.0 / counts[c]);
            sum += weights[c];
            ++present;
        }
    for (float& w : weights)
        w = present > 0 ? float(w * present / sum) : 1.0f;
    return weights;
}

torch::nn::functional::CrossEntropyFuncOptions TrainingData::lossOptions(const TrainingConfig& config, const c10::Device& device) const
{
    auto options = torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(std::clamp(config.labelSmoothing, 0.0, 0.5));
    if (config.classWeights)
        options.weight(torch::tensor(classWeights()).to(device));
    return options;
}

std::pair<torch::Tensor, torch::Tensor> TrainingData::trainBatch(const std::vector<int64_t>& rows, const ModelInfo& model,
                                                                 Augmenter* augmenter) const
{
    const torch::Tensor index = torch::tensor(rows, torch::kInt64);
    torch::Tensor unit = ImageTensor::toUnit(train.images.index_select(0, index));
    if (augmenter)
        unit = augmenter->apply(unit);
    return {ImageTensor::standardise(unit, model.mean, model.std), train.labels.index_select(0, index)};
}

} // namespace picta

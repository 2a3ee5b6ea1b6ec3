#include "trainingdata.h"

#include "computedevice.h"
#include "data/decodedstore.h"
#include "imaging/imagetensor.h"
#include "models/pretrainedweights.h"
#include "project/project.h"

#include <QDateTime>
#include <QCryptographicHash>
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
    QCryptographicHash listing(QCryptographicHash::Sha256);
    for (const ImageEntry& e : entries) {
        listing.addData(e.relativePath.toUtf8());
        listing.addData(QByteArray::number(e.classIndex));
        listing.addData(e.split == Split::Train ? QByteArrayView("/t\n") : QByteArrayView("/v\n"));
    }
    data.listingDigest = listing.result();
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

    QElapsedTimer timer;
    timer.start();
    const auto color = info.inputChannels == 1 ? ImageDecoder::Color::Gray : ImageDecoder::Color::Rgb;
    if (!data.decodeThroughStore(config, *project, trainEntries, valEntries, cancel, progress, warn)) {
        // No store could be used (nowhere to write it): decode into memory, if it fits.
        const qint64 needed = ImageCache::bytesNeeded(entries.size(), info.inputChannels, info.imageSize);
        if (needed > config.memoryCacheLimit)
            return R::failure(tr("The decoded images need %1 MiB, more than the %2 MiB memory limit, and cannot be kept on "
                                 "disk either: lower the image size or raise the limit")
                                  .arg(needed >> 20)
                                  .arg(config.memoryCacheLimit >> 20));
        const int total = int(entries.size());
        const int offset = int(trainEntries.size());
        data.train = ImageCache::build(trainEntries, info.imageSize, color, data.threads, &cancel, [&](int done, int) {
            if (progress)
                progress(done, total);
        });
        data.val = ImageCache::build(valEntries, info.imageSize, color, data.threads, &cancel, [&](int done, int) {
            if (progress)
                progress(offset + done, total);
        });
        data.storage = tr("in memory (%1 MiB)").arg(needed >> 20);
    }
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
    if (data.train.count() == 0)
        return R::failure(tr("None of the %n training image(s) could be read", nullptr, int(trainEntries.size())));

    // The normalisation saved with the model: a backbone's own (ImageNet's), else the training
    // images' per-channel statistics.
    if (!config.pretrained.isEmpty()) {
        info.mean = PretrainedWeights::imagenetMean();
        info.std = PretrainedWeights::imagenetStd();
        return data;
    }
    // In chunks of about 16 MB of pixels: a float copy of every image at once would take four
    // times the images' bytes. Sums are kept in double.
    const int64_t n = data.train.count();
    const int64_t chunk = std::max<int64_t>(1, (int64_t(16) << 20) / (int64_t(info.inputChannels) * info.imageSize * info.imageSize));
    torch::Tensor sum = torch::zeros({info.inputChannels}, torch::kFloat64);
    torch::Tensor squares = torch::zeros({info.inputChannels}, torch::kFloat64);
    for (int64_t begin = 0; begin < n; begin += chunk) {
        if (cancel.load()) {
            *cancelled = true;
            return data;
        }
        const torch::Tensor f = data.train.slice(begin, std::min(n, begin + chunk)).to(torch::kFloat64).div_(255.0);
        sum += f.sum({0, 2, 3});
        squares += f.square().sum({0, 2, 3});
    }
    const double pixels = double(n) * info.imageSize * info.imageSize;
    const torch::Tensor mean = sum / pixels;
    const torch::Tensor variance = (squares - pixels * mean.square()) / std::max(1.0, pixels - 1);
    const torch::Tensor std = variance.clamp_min(0).sqrt().clamp_min(1e-3).to(torch::kFloat32);
    const torch::Tensor mean32 = mean.to(torch::kFloat32);
    info.mean.assign(mean32.data_ptr<float>(), mean32.data_ptr<float>() + info.inputChannels);
    info.std.assign(std.data_ptr<float>(), std.data_ptr<float>() + info.inputChannels);
    return data;
}

bool TrainingData::decodeThroughStore(const TrainingConfig& config, const Project& project, const QVector<ImageEntry>& trainEntries,
                                      const QVector<ImageEntry>& valEntries, const std::atomic_bool& cancel,
                                      const ImageCache::Progress& progress, const Warn& warn)
{
    const int size = info.imageSize, channels = info.inputChannels;
    const QString folder = DecodedStore::folderForProject(project.rootDir(), project.imagesDir(), size, channels);
    auto opened = DecodedStore::open(folder, project.imagesDir(), size, channels);
    if (!opened) {
        warn(tr("The decoded images cannot be kept on disk: %1").arg(opened.error()));
        return false;
    }
    std::shared_ptr<DecodedStore> store(std::move(opened.value()));
    if (!store->rebuildReason().isEmpty())
        warn(store->rebuildReason());
    QVector<ImageEntry> all = trainEntries;
    all += valEntries;
    std::vector<int64_t> rows;
    const auto synced = store->sync(all, threads, &cancel, progress, &rows);
    if (!synced) {
        warn(tr("The decoded images cannot be kept on disk: %1").arg(synced.error()));
        return false;
    }
    if (synced->decoded > 0 || synced->moved > 0 || synced->dropped > 0)
        warn(tr("Decoded images in %1: %2 decoded now, %3 reused, %4 moved, %5 dropped")
                 .arg(QDir::toNativeSeparators(folder))
                 .arg(synced->decoded)
                 .arg(synced->reused)
                 .arg(synced->moved)
                 .arg(synced->dropped));
    if (!synced->compactionError.isEmpty())
        warn(tr("The decoded images could not be compacted (%1): they take more disk space than needed").arg(synced->compactionError));
    QHash<QString, QString> failed;
    for (const ListingProblem& p : synced->failures)
        failed.insert(p.path, p.reason);
    // Each split: its images' rows, labels and failures, in listing order.
    auto split = [&](const QVector<ImageEntry>& entries, int offset) {
        ImageCache::Result part;
        std::vector<int64_t> labels;
        for (int i = 0; i < entries.size(); ++i) {
            const int64_t row = rows[size_t(offset + i)];
            if (row >= 0) {
                part.storeRows.push_back(row);
                part.sourceIndex.push_back(i);
                labels.push_back(entries[i].classIndex);
            } else if (failed.contains(entries[i].path)) {
                part.failures.push_back({entries[i].path, failed.value(entries[i].path)});
            }
        }
        part.labels = torch::tensor(labels, torch::kInt64);
        part.store = store;
        part.cancelled = synced->cancelled;
        return part;
    };
    train = split(trainEntries, 0);
    val = split(valEntries, int(trainEntries.size()));
    if (synced->cancelled)
        return true;

    // What fits the memory budget is read into memory once (faster per batch); the rest stays
    // on disk, read batch by batch, with the page cache doing the rest.
    const qint64 bytes = (train.count() + val.count()) * store->rowBytes();
    onDisk = bytes > config.memoryCacheLimit;
    if (!onDisk) {
        for (ImageCache::Result* part : {&train, &val}) {
            // In slices, so that a stop is heard.
            std::vector<torch::Tensor> slices;
            for (int64_t begin = 0; begin < part->count(); begin += 4096) {
                if (cancel.load())
                    return true;
                slices.push_back(part->slice(begin, std::min(part->count(), begin + 4096)));
            }
            part->images = slices.empty() ? torch::empty({0, channels, size, size}, torch::kUInt8) : torch::cat(slices);
            part->store.reset();
            part->storeRows.clear();
        }
        storage = tr("in memory (%1 MiB, read from %2)").arg(bytes >> 20).arg(QDir::toNativeSeparators(folder));
    } else {
        storage = tr("on disk (%1 MiB in %2, over the %3 MiB memory budget): read batch by batch")
                      .arg(bytes >> 20)
                      .arg(QDir::toNativeSeparators(folder))
                      .arg(config.memoryCacheLimit >> 20);
    }
    warn(tr("Decoded images: %1").arg(storage));
    return true;
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
    torch::Tensor unit = ImageTensor::toUnit(train.gather(rows));
    if (augmenter)
        unit = augmenter->apply(unit);
    return {ImageTensor::standardise(unit, model.mean, model.std), train.labels.index_select(0, torch::tensor(rows, torch::kInt64))};
}

} // namespace picta

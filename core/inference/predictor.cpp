#include "predictor.h"

#include "data/decodedstore.h"
#include "imaging/imagedecoder.h"
#include "imaging/imagetensor.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "training/computedevice.h"
#include "training/runfolder.h"
#include "training/runjournal.h"

#include <QDir>
#include <QMutex>

#include <opencv2/imgproc.hpp>

#include <torch/torch.h>

namespace picta {

struct Predictor::Impl {
    QString runDir;
    ModelInfo info;
    std::shared_ptr<Classifier> model;
    c10::Device device{c10::kCPU};
    mutable QMutex mutex;

    ImageDecoder::Color color() const { return info.inputChannels == 1 ? ImageDecoder::Color::Gray : ImageDecoder::Color::Rgb; }

    // Rows of probabilities for a batch of decoded images.
    torch::Tensor probabilities(const std::vector<cv::Mat>& images) const
    {
        std::vector<torch::Tensor> tensors;
        for (const cv::Mat& image : images)
            tensors.push_back(ImageTensor::toByteTensor(ImageTensor::fitSquare(image, info.imageSize)));
        return probabilitiesOfBytes(torch::stack(tensors));
    }

    // Rows of probabilities for uint8 pictures [B, C, S, S] at the model's size.
    torch::Tensor probabilitiesOfBytes(const torch::Tensor& bytes) const
    {
        const torch::Tensor x = ImageTensor::normalise(bytes, info.mean, info.std).to(device);
        QMutexLocker lock(&mutex);
        torch::NoGradGuard noGrad;
        torch::Tensor p = torch::softmax(model->forward(x), 1).to(torch::kCPU);
        if (!torch::isfinite(p).all().item<bool>()) // never an answer from a broken model
            throw std::runtime_error(Predictor::tr("the model's output is not a number (NaN): its weights are damaged").toStdString());
        return p;
    }

    Prediction topK(const torch::Tensor& row, int k, const QString& source) const
    {
        Prediction prediction;
        prediction.source = source;
        const auto [values, indices] = row.topk(std::min<int64_t>(std::max(1, k), row.size(0)));
        for (int64_t i = 0; i < values.size(0); ++i) {
            const int index = int(indices[i].item<int64_t>());
            prediction.top.push_back({info.classes.value(index), index, values[i].item<double>()});
        }
        return prediction;
    }

    GradCamResult gradCam(const cv::Mat& image, int classIndex) const
    {
        GradCamResult result;
        const cv::Mat fitted = ImageTensor::fitSquare(image, info.imageSize);
        const torch::Tensor x = ImageTensor::normalise(ImageTensor::toByteTensor(fitted).unsqueeze(0), info.mean, info.std).to(device);
        torch::Tensor cam, probabilities;
        {
            QMutexLocker lock(&mutex);
            torch::AutoGradMode enable(true);
            const torch::Tensor maps = model->features(x);
            if (maps.size(2) * maps.size(3) < 4) {
                result.error = Predictor::tr("Grad-CAM needs a map to point at: %1's last feature maps are %2×%3 at %4 px")
                                   .arg(info.arch)
                                   .arg(maps.size(3))
                                   .arg(maps.size(2))
                                   .arg(info.imageSize);
                return result;
            }
            const torch::Tensor logits = model->classify(maps);
            probabilities = torch::softmax(logits.detach(), 1)[0].to(torch::kCPU);
            result.classIndex = classIndex >= 0 && classIndex < logits.size(1) ? classIndex : int(logits[0].argmax().item<int64_t>());
            const torch::Tensor gradient = torch::autograd::grad({logits[0][result.classIndex]}, {maps})[0];
            const torch::Tensor weights = gradient.mean({2, 3}, true);
            cam = torch::relu((weights * maps).sum(1, true)).detach();
        }
        cam = torch::nn::functional::interpolate(cam,
                                                 torch::nn::functional::InterpolateFuncOptions()
                                                     .size(std::vector<int64_t>{info.imageSize, info.imageSize})
                                                     .mode(torch::kBilinear)
                                                     .align_corners(false))
                  .squeeze()
                  .to(torch::kCPU);
        const float peak = cam.max().item<float>();
        cam = peak > 0 ? cam / peak : cam;
        const torch::Tensor bytes = (cam * 255).round().clamp(0, 255).to(torch::kUInt8).contiguous();
        result.heat.width = result.heat.height = result.heat.bytesPerLine = info.imageSize;
        result.heat.format = RawImage::Format::Gray8;
        result.heat.data = QByteArray(reinterpret_cast<const char*>(bytes.data_ptr<uint8_t>()), int(bytes.numel()));
        result.className = info.classes.value(result.classIndex);
        result.probability = probabilities[result.classIndex].item<double>();

        // The overlay: what the model sees, in colour, at a size people can look at.
        constexpr int kSide = 256;
        cv::Mat heat(info.imageSize, info.imageSize, CV_8U, const_cast<char*>(result.heat.data.constData())), heatBig, colour, base;
        cv::resize(heat, heatBig, cv::Size(kSide, kSide), 0, 0, cv::INTER_LINEAR);
        cv::applyColorMap(heatBig, colour, cv::COLORMAP_JET);
        cv::cvtColor(colour, colour, cv::COLOR_BGR2RGB);
        cv::resize(fitted, base, cv::Size(kSide, kSide), 0, 0, fitted.cols < kSide / 2 ? cv::INTER_NEAREST : cv::INTER_LINEAR);
        if (base.channels() == 1)
            cv::cvtColor(base, base, cv::COLOR_GRAY2RGB);
        cv::Mat blended;
        cv::addWeighted(base, 0.55, colour, 0.45, 0, blended);
        result.overlay.width = result.overlay.height = kSide;
        result.overlay.bytesPerLine = int(blended.step);
        result.overlay.format = RawImage::Format::Rgb888;
        result.overlay.data = QByteArray(reinterpret_cast<const char*>(blended.data), int(blended.step * blended.rows));
        return result;
    }

    GradCamResult gradCamOf(const Expected<cv::Mat>& image, int classIndex, const QString& source) const
    {
        if (!image) {
            GradCamResult failed;
            failed.error = image.error();
            return failed;
        }
        try {
            return gradCam(*image, classIndex);
        } catch (const std::exception& e) {
            GradCamResult failed;
            failed.error = Predictor::tr("%1: Grad-CAM failed (%2)").arg(source, QString::fromUtf8(e.what()).section('\n', 0, 0));
            return failed;
        }
    }

    Prediction predictMat(const Expected<cv::Mat>& image, int k, const QString& source) const
    {
        if (!image) {
            Prediction failed;
            failed.source = source;
            failed.error = image.error();
            return failed;
        }
        try {
            return topK(probabilities({image.value()})[0], k, source);
        } catch (const std::exception& e) {
            Prediction failed;
            failed.source = source;
            failed.error = QStringLiteral("%1: %2").arg(source, QString::fromUtf8(e.what()).section('\n', 0, 0));
            return failed;
        }
    }
};

Predictor::Predictor(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

Predictor::~Predictor() = default;

Expected<std::shared_ptr<Predictor>> Predictor::load(const QString& runDir)
{
    using R = Expected<std::shared_ptr<Predictor>>;
    // Everything from here on may meet a damaged or hostile run folder: no exception leaves.
    try {
        if (const Status recovered = RunJournal::recover(runDir); !recovered)
            return R::failure(recovered.error());
        auto info = ModelInfo::load(RunFolder::infoPath(runDir));
        if (!info)
            return R::failure(info.error());
        auto model = ModelFactory::create(info.value());
        if (!model)
            return R::failure(model.error());
        if (const Status loaded = ModelWeights::load(*model.value(), RunFolder::weightsPath(runDir), info->weightsSha256); !loaded)
            return R::failure(loaded.error());
        auto impl = std::make_unique<Impl>();
        impl->runDir = QDir(runDir).absolutePath();
        impl->info = info.value();
        impl->model = model.value();
        impl->device = ComputeDevice::device();
        impl->model->to(impl->device);
        impl->model->eval();
        return std::shared_ptr<Predictor>(new Predictor(std::move(impl)));
    } catch (const std::exception& e) { // c10::Error and std::bad_alloc included
        return R::failure(
            tr("%1: cannot load the model (%2)").arg(QDir::toNativeSeparators(runDir), QString::fromUtf8(e.what()).section('\n', 0, 0)));
    }
}

const ModelInfo& Predictor::info() const
{
    return d->info;
}

QString Predictor::runDir() const
{
    return d->runDir;
}

Prediction Predictor::predictFile(const QString& path, int k) const
{
    return d->predictMat(ImageDecoder::decodeFile(path, d->color()), k, path);
}

Prediction Predictor::predictBytes(const QByteArray& encoded, const QString& name, int k) const
{
    return d->predictMat(ImageDecoder::decodeBytes(encoded, name, d->color()), k, name);
}

Prediction Predictor::predictRaw(const RawImage& image, int k) const
{
    return d->predictMat(ImageDecoder::fromRaw(image, d->color()), k, tr("image"));
}

GradCamResult Predictor::gradCam(const QString& path, int classIndex) const
{
    return d->gradCamOf(ImageDecoder::decodeFile(path, d->color()), classIndex, QDir::toNativeSeparators(path));
}

GradCamResult Predictor::gradCamRaw(const RawImage& image, int classIndex) const
{
    return d->gradCamOf(ImageDecoder::fromRaw(image, d->color()), classIndex, tr("image"));
}

QVector<Prediction> Predictor::predictFiles(const QStringList& paths, int k) const
{
    // Decoded one batch at a time: a folder of photos is never all in memory at full size.
    constexpr int kBatch = 64;
    QVector<Prediction> results(paths.size());
    for (int start = 0; start < paths.size(); start += kBatch) {
        std::vector<cv::Mat> images;
        std::vector<int> positions;
        for (int i = start; i < std::min<int>(paths.size(), start + kBatch); ++i) {
            auto image = ImageDecoder::decodeFile(paths[i], d->color());
            if (image) {
                images.push_back(ImageTensor::fitSquare(image.value(), d->info.imageSize));
                positions.push_back(i);
            } else {
                results[i].source = paths[i];
                results[i].error = image.error();
            }
        }
        if (images.empty())
            continue;
        try {
            const torch::Tensor p = d->probabilities(images);
            for (size_t j = 0; j < positions.size(); ++j)
                results[positions[j]] = d->topK(p[int64_t(j)], k, paths[positions[j]]);
        } catch (const std::exception& e) {
            for (int i : positions) {
                results[i].source = paths[i];
                results[i].error
                    = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(paths[i]), QString::fromUtf8(e.what()).section('\n', 0, 0));
            }
        }
    }
    return results;
}

QVector<Prediction> Predictor::predictStoreRows(const DecodedStore& store, const std::vector<int64_t>& rows, const QStringList& sources,
                                                int k) const
{
    QVector<Prediction> results(int(rows.size()));
    if (store.size() != d->info.imageSize || store.channels() != d->info.inputChannels) {
        for (int i = 0; i < results.size(); ++i) {
            results[i].source = sources.value(i);
            results[i].error = tr("the decoded images are %1 px with %2 channel(s), the model takes %3 px with %4")
                                   .arg(store.size())
                                   .arg(store.channels())
                                   .arg(d->info.imageSize)
                                   .arg(d->info.inputChannels);
        }
        return results;
    }
    // Rows [begin, end) in one batch.
    auto predict = [&](int64_t begin, int64_t end) {
        const torch::Tensor p = d->probabilitiesOfBytes(store.gather(std::vector<int64_t>(rows.begin() + begin, rows.begin() + end)));
        for (int64_t i = begin; i < end; ++i)
            results[int(i)] = d->topK(p[i - begin], k, sources.value(int(i)));
    };
    constexpr int64_t kBatch = 64;
    for (int64_t start = 0; start < int64_t(rows.size()); start += kBatch) {
        const int64_t end = std::min<int64_t>(int64_t(rows.size()), start + kBatch);
        try {
            predict(start, end);
        } catch (const std::exception&) {
            // A damaged row whose image cannot be decoded again (DecodedStore::gather names it):
            // the batch again row by row, so that only that image is left out.
            for (int64_t i = start; i < end; ++i) {
                try {
                    predict(i, i + 1);
                } catch (const std::exception& e) {
                    results[int(i)].source = sources.value(int(i));
                    results[int(i)].error = QString::fromUtf8(e.what()).section('\n', 0, 0);
                }
            }
        }
    }
    return results;
}

} // namespace picta

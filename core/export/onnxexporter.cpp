#include "onnxexporter.h"

#include "export/onnxgraph.h"
#include "models/classifier.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "support/atomicfile.h"
#include "training/runfolder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <torch/torch.h>

namespace picta {

namespace {

QString numbers(const std::vector<float>& values)
{
    QStringList parts;
    for (float v : values)
        parts << QString::number(double(v), 'g', 9);
    return parts.join(',');
}

} // namespace

QString OnnxExporter::resizeRule(const ModelInfo& info, Language language)
{
    // The same words translated for the package's README, and in English in model.onnx: what a
    // file says of itself must not depend on the language of the program that wrote it.
    static const char* const rule = QT_TR_NOOP(
        "Decode the image (JPEG turned upright by its EXIF orientation; transparency composited over white); "
        "convert it to %1. Scale it so that its shorter side is %2 px: new width and height = round(side × %2 / shorter side), "
        "rounded half away from zero and never below %2, with OpenCV's INTER_AREA when shrinking and INTER_LINEAR when "
        "enlarging (an image already %2×%2 is left as it is). Crop the centre %2×%2 square, its corner at "
        "(floor((width − %2) / 2), floor((height − %2) / 2)). Feed the pixel values 0–255 as float32, channels first.");
    static const char* const gray = QT_TR_NOOP("one gray channel (OpenCV's BGR→gray weights)");
    static const char* const rgb = QT_TR_NOOP("RGB");
    const auto text = [language](const char* source) { return language == Translated ? tr(source) : QString::fromUtf8(source); };
    return text(rule).arg(info.inputChannels == 1 ? text(gray) : text(rgb)).arg(info.imageSize);
}

Expected<QByteArray> OnnxExporter::exportModel(Classifier& model, const ModelInfo& info)
{
    using R = Expected<QByteArray>;
    const int channels = info.inputChannels;
    if (int(info.mean.size()) != channels || int(info.std.size()) != channels)
        return R::failure(tr("%1: mean and std must have one value per channel").arg(info.arch));
    model.eval();
    OnnxGraph g;
    try {
        torch::NoGradGuard noGrad;
        const std::string image = g.input("image", channels, model.acceptsAnySize() ? 0 : info.imageSize);
        // Predictor's preprocessing, (x / 255 − mean) / std, as one per-channel x · a + b (a 1×1
        // depth-wise convolution): OpenCV 4.6 fails on Add, Sub, Mul or Div with a [1, C, 1, 1]
        // constant when the batch is free and there are three channels (checked with
        // python3-opencv). The result differs from Predictor's by a rounding or two (~1e-7).
        const torch::Tensor mean = torch::tensor(info.mean, torch::kFloat64);
        const torch::Tensor std = torch::tensor(info.std, torch::kFloat64);
        const std::string x = g.channelAffine(image, 1.0 / (255.0 * std), -mean / std);
        g.output(g.softmax(model.describeOnnx(g, x)), "probabilities", int(info.classes.size()));
    } catch (const OnnxUnsupported& e) {
        return R::failure(tr("%1 cannot be exported to ONNX: %2").arg(info.arch, QString::fromUtf8(e.what())));
    } catch (const std::exception& e) {
        return R::failure(tr("%1: the export failed (%2)").arg(info.arch, QString::fromUtf8(e.what()).section('\n', 0, 0)));
    }
    QMap<QString, QString> meta;
    meta.insert(QStringLiteral("picta.classes"),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(info.classes)).toJson(QJsonDocument::Compact)));
    meta.insert(QStringLiteral("picta.resize"), resizeRule(info, English));
    meta.insert(QStringLiteral("picta.image_size"), QString::number(info.imageSize));
    meta.insert(QStringLiteral("picta.channels"), QString::number(channels));
    meta.insert(QStringLiteral("picta.color"), channels == 1 ? QStringLiteral("gray") : QStringLiteral("rgb"));
    meta.insert(QStringLiteral("picta.mean"), numbers(info.mean));
    meta.insert(QStringLiteral("picta.std"), numbers(info.std));
    meta.insert(QStringLiteral("picta.arch"), info.arch);
    meta.insert(
        QStringLiteral("picta.input"),
        QStringLiteral(
            "image: float32 [batch, %1, %2, %2], pixel values 0-255, the image fitted by picta.resize; normalisation is in the graph")
            .arg(channels)
            .arg(info.imageSize));
    meta.insert(QStringLiteral("picta.output"),
                QStringLiteral("probabilities: float32 [batch, %1], softmax over picta.classes").arg(info.classes.size()));
    const QString description = QStringLiteral("Picta image classifier (%1, %2 classes: %3). %4")
                                    .arg(info.arch)
                                    .arg(info.classes.size())
                                    .arg(info.classes.join(QStringLiteral(", ")), resizeRule(info, English));
    return g.finish(meta, description, QStringLiteral(PICTA_VERSION));
}

Expected<QByteArray> OnnxExporter::exportRun(const QString& runDir)
{
    using R = Expected<QByteArray>;
    try {
        auto info = ModelInfo::load(RunFolder::infoPath(runDir));
        if (!info)
            return R::failure(info.error());
        auto model = ModelFactory::create(info.value());
        if (!model)
            return R::failure(model.error());
        if (const Status loaded = ModelWeights::load(*model.value(), RunFolder::weightsPath(runDir), info->weightsSha256); !loaded)
            return R::failure(loaded.error());
        return exportModel(*model.value(), info.value());
    } catch (const std::exception& e) {
        return R::failure(
            tr("%1: cannot export the model (%2)").arg(QDir::toNativeSeparators(runDir), QString::fromUtf8(e.what()).section('\n', 0, 0)));
    }
}

Status OnnxExporter::write(const QString& runDir, const QString& out)
{
    const auto bytes = exportRun(runDir);
    if (!bytes)
        return Status::failure(bytes.error());
    return AtomicFile::write(out, bytes.value());
}

} // namespace picta

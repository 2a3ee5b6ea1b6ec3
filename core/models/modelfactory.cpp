#include "modelfactory.h"

#include "mobilenet.h"
#include "resnet.h"
#include "smallcnn.h"
#include "vggstyle.h"

namespace picta {

QStringList ModelFactory::architectures()
{
    return {QStringLiteral("small-cnn"), QStringLiteral("vgg"), QStringLiteral("vgg-small"), QStringLiteral("resnet18"), QStringLiteral("resnet34"),
            QStringLiteral("resnet50"), QStringLiteral("mobilenetv2"),
            QStringLiteral("mobilenetv3-large"), QStringLiteral("efficientnet-b0")};
}

Expected<std::shared_ptr<Classifier>> ModelFactory::create(const ModelInfo& info)
{
    using R = Expected<std::shared_ptr<Classifier>>;
    if (info.classes.size() < 2)
        return R::failure(tr("A classifier needs at least two classes (found %1)").arg(info.classes.size()));
    if (info.arch == QLatin1String("small-cnn")) {
        if (info.imageSize < SmallCnn::kMinImageSize)
            return R::failure(tr("small-cnn needs images of at least %1 px (asked for %2)")
                                  .arg(SmallCnn::kMinImageSize)
                                  .arg(info.imageSize));
        return std::shared_ptr<Classifier>(
            std::make_shared<SmallCnn>(info.inputChannels, info.imageSize, int(info.classes.size())));
    }
    if (info.arch == QLatin1String("vgg") || info.arch == QLatin1String("vgg-small")) {
        if (info.imageSize < VggStyle::kMinImageSize)
            return R::failure(tr("%1 needs images of at least %2 px (asked for %3)").arg(info.arch).arg(VggStyle::kMinImageSize).arg(info.imageSize));
        return std::shared_ptr<Classifier>(std::make_shared<VggStyle>(info.inputChannels, info.imageSize, int(info.classes.size()),
                                                                      info.arch == QLatin1String("vgg") ? 32 : 16));
    }
    const std::pair<const char*, MobileNet::Variant> mobile[] = {{"mobilenetv2", MobileNet::Variant::V2},
                                                                  {"mobilenetv3-large", MobileNet::Variant::V3Large},
                                                                  {"efficientnet-b0", MobileNet::Variant::EfficientNetB0}};
    for (const auto& [name, variant] : mobile)
        if (info.arch == QLatin1String(name))
            return std::shared_ptr<Classifier>(std::make_shared<MobileNet>(variant, info.inputChannels, int(info.classes.size())));
    for (int depth : {18, 34, 50})
        if (info.arch == QStringLiteral("resnet%1").arg(depth))
            return std::shared_ptr<Classifier>(std::make_shared<ResNet>(depth, info.inputChannels, int(info.classes.size())));
    return R::failure(tr("Unknown architecture '%1' (known: %2)").arg(info.arch, architectures().join(", ")));
}

QStringList ModelFactory::headTensorNames(const QString& arch)
{
    if (arch.startsWith(QLatin1String("resnet")))
        return ResNet::headTensorNames();
    if (arch.startsWith(QLatin1String("mobilenet")) || arch.startsWith(QLatin1String("efficientnet")))
        return MobileNet::headTensorNames();
    if (arch.startsWith(QLatin1String("vgg")))
        return {QStringLiteral("head.1.weight"), QStringLiteral("head.1.bias"), QStringLiteral("head.4.weight"),
                QStringLiteral("head.4.bias")};
    return {QStringLiteral("head.weight"), QStringLiteral("head.bias")};
}

} // namespace picta

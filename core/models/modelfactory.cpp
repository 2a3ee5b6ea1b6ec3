#include "modelfactory.h"

#include "mobilenet.h"
#include "modelcatalog.h"
#include "resnet.h"
#include "smallcnn.h"
#include "vggstyle.h"

namespace picta {

Expected<std::shared_ptr<Classifier>> ModelFactory::create(const ModelInfo& info)
{
    using R = Expected<std::shared_ptr<Classifier>>;
    if (info.classes.size() < 2)
        return R::failure(tr("A classifier needs at least two classes (found %1)").arg(info.classes.size()));
    const ArchitectureInfo* arch = ModelCatalog::find(info.arch);
    if (!arch)
        return R::failure(tr("Unknown architecture '%1' (known: %2)").arg(info.arch, ModelCatalog::names().join(", ")));
    if (info.imageSize < arch->minImageSize)
        return R::failure(
            tr("%1 needs images of at least %2 px (asked for %3)").arg(info.arch).arg(arch->minImageSize).arg(info.imageSize));
    const int classes = int(info.classes.size());
    if (info.arch == QLatin1String("small-cnn"))
        return std::shared_ptr<Classifier>(std::make_shared<SmallCnn>(info.inputChannels, info.imageSize, classes));
    if (info.arch == QLatin1String("vgg") || info.arch == QLatin1String("vgg-small"))
        return std::shared_ptr<Classifier>(
            std::make_shared<VggStyle>(info.inputChannels, info.imageSize, classes, info.arch == QLatin1String("vgg") ? 32 : 16));
    const std::pair<const char*, MobileNet::Variant> mobile[] = {{"mobilenetv2", MobileNet::Variant::V2},
                                                                 {"mobilenetv3-large", MobileNet::Variant::V3Large},
                                                                 {"efficientnet-b0", MobileNet::Variant::EfficientNetB0}};
    for (const auto& [name, variant] : mobile)
        if (info.arch == QLatin1String(name))
            return std::shared_ptr<Classifier>(std::make_shared<MobileNet>(variant, info.inputChannels, classes));
    for (int depth : {18, 34, 50})
        if (info.arch == QStringLiteral("resnet%1").arg(depth))
            return std::shared_ptr<Classifier>(std::make_shared<ResNet>(depth, info.inputChannels, classes));
    return R::failure(tr("%1 is in the catalogue but has no builder").arg(info.arch));
}

} // namespace picta

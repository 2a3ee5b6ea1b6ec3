#include "modelcatalog.h"

#include <QMap>

namespace picta {

const QVector<ArchitectureInfo>& ModelCatalog::all()
{
    static const QVector<ArchitectureInfo> list = [] {
        const QStringList resnetHead{QStringLiteral("fc.weight"), QStringLiteral("fc.bias")};
        const QStringList mobileHead{QStringLiteral("classifier.weight"), QStringLiteral("classifier.bias")};
        const QStringList vggHead{QStringLiteral("head.1.weight"), QStringLiteral("head.1.bias"), QStringLiteral("head.4.weight"),
                                  QStringLiteral("head.4.bias")};
        // The small CNN's dense layers are sized from the input: one size per network. It comes
        // from the drawing seed, which trained on 28 px Quick, Draw! bitmaps.
        return QVector<ArchitectureInfo>{
            {QStringLiteral("small-cnn"), 10, 28, false, {}, {QStringLiteral("head.weight"), QStringLiteral("head.bias")}},
            {QStringLiteral("vgg"), 8, 64, true, {}, vggHead},
            {QStringLiteral("vgg-small"), 8, 64, true, {}, vggHead},
            {QStringLiteral("resnet18"), 8, 224, true, QStringLiteral("resnet18.a1_in1k"), resnetHead},
            {QStringLiteral("resnet34"), 8, 224, true, QStringLiteral("resnet34.a1_in1k"), resnetHead},
            {QStringLiteral("resnet50"), 8, 224, true, QStringLiteral("resnet50.a1_in1k"), resnetHead},
            {QStringLiteral("mobilenetv2"), 8, 224, true, QStringLiteral("mobilenetv2_100.ra_in1k"), mobileHead},
            {QStringLiteral("mobilenetv3-large"), 8, 224, true, QStringLiteral("mobilenetv3_large_100.ra_in1k"), mobileHead},
            {QStringLiteral("efficientnet-b0"), 8, 224, true, QStringLiteral("efficientnet_b0.ra_in1k"), mobileHead},
        };
    }();
    return list;
}

const ArchitectureInfo* ModelCatalog::find(const QString& name)
{
    for (const ArchitectureInfo& a : all())
        if (a.name == name)
            return &a;
    return nullptr;
}

QStringList ModelCatalog::names()
{
    QStringList names;
    for (const ArchitectureInfo& a : all())
        names << a.name;
    return names;
}

QString ModelCatalog::title(const QString& name)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("small-cnn"), QT_TR_NOOP("Small CNN (fast)")},
        {QStringLiteral("vgg"), QT_TR_NOOP("VGG-style CNN (more accurate)")},
        {QStringLiteral("vgg-small"), QT_TR_NOOP("VGG-style CNN, half width (faster)")},
        {QStringLiteral("mobilenetv2"), QT_TR_NOOP("MobileNetV2 (small, for transfer learning)")},
        {QStringLiteral("mobilenetv3-large"), QT_TR_NOOP("MobileNetV3-Large (small, for transfer learning)")},
        {QStringLiteral("efficientnet-b0"), QT_TR_NOOP("EfficientNet-B0 (accurate, for transfer learning)")},
        {QStringLiteral("resnet18"), QT_TR_NOOP("ResNet-18 (slow on a CPU)")},
        {QStringLiteral("resnet34"), QT_TR_NOOP("ResNet-34 (slower)")},
        {QStringLiteral("resnet50"), QT_TR_NOOP("ResNet-50 (slowest, most accurate backbone)")},
    };
    const auto it = titles.constFind(name);
    return it == titles.constEnd() ? name : tr(*it);
}

} // namespace picta

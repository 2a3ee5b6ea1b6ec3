#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// What is known of an architecture without building it. No torch type here, so that ui/ and the
/// CLI can list architectures, and the zoo and the factory take their facts from one table.
struct ArchitectureInfo {
    QString name;             ///< small-cnn, vgg, resnet18, …
    int minImageSize = 8;     ///< smaller inputs leave no pixel after the last pooling
    int defaultImageSize = 0; ///< the size it was designed or pretrained at
    bool anySize = true;      ///< global pooling: takes any input size (progressive resizing)
    QString pretrainedId;     ///< timm's model id on the Hugging Face Hub; empty: no backbone
    QStringList headTensors;  ///< the classifier head, replaced when loading a backbone
};

/// The registry of architectures: names → facts here, names → builders in ModelFactory, layer
/// groups on each network (Classifier::layerGroups), ImageNet statistics in PretrainedWeights.
class ModelCatalog {
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)

public:
    static const QVector<ArchitectureInfo>& all();
    /// nullptr for an unknown name.
    static const ArchitectureInfo* find(const QString& name);
    static QStringList names();
    /// What the Train tab shows for an architecture, in plain words ("Small CNN (fast)"); the name
    /// itself for one without a title.
    static QString title(const QString& name);
};

} // namespace picta

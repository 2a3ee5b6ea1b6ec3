#pragma once

#include "classifier.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace picta {

/// Loads a pretrained backbone (a timm or torchvision safetensors file) into a network: every
/// tensor is checked by name and shape; the classifier head is left fresh for the project's
/// classes; each mismatch is reported by name.
class PretrainedWeights {
    Q_DECLARE_TR_FUNCTIONS(PretrainedWeights)

public:
    struct Report {
        int loaded = 0;
        QStringList missing;    ///< in the network, not in the file
        QStringList mismatched; ///< "name: file [..] vs network [..]"
        QStringList unexpected; ///< in the file, not in the network (ignored)
        QStringList headKept;   ///< head tensors left as initialised
        QString error;          ///< set when the file cannot be used

        bool ok() const { return error.isEmpty(); }
        QString summary() const;
    };

    static Report load(Classifier& model, const QString& path, const QStringList& headTensors);
    /// ImageNet's per-channel statistics, which pretrained backbones expect.
    static std::vector<float> imagenetMean() { return {0.485f, 0.456f, 0.406f}; }
    static std::vector<float> imagenetStd() { return {0.229f, 0.224f, 0.225f}; }
};

} // namespace picta

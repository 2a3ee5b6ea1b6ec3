#pragma once

#include "classifier.h"
#include "modelinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace picta {

/// Builds a classifier from its description; the registry of architectures by name.
class ModelFactory {
    Q_DECLARE_TR_FUNCTIONS(ModelFactory)

public:
    static QStringList architectures();
    static Expected<std::shared_ptr<Classifier>> create(const ModelInfo& info);
    /// Tensors of the architecture's classifier head (replaced when loading pretrained weights).
    static QStringList headTensorNames(const QString& arch);
};

} // namespace picta

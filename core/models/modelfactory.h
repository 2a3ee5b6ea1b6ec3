#pragma once

#include "classifier.h"
#include "modelinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace picta {

/// Builds a classifier from its description: the builders of ModelCatalog's architectures.
class ModelFactory {
    Q_DECLARE_TR_FUNCTIONS(ModelFactory)

public:
    static Expected<std::shared_ptr<Classifier>> create(const ModelInfo& info);
};

} // namespace picta

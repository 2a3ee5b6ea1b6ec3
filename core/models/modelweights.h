#pragma once

#include "classifier.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace picta {

/// Saves and loads a module's parameters and buffers as safetensors, checking every name and shape.
class ModelWeights {
    Q_DECLARE_TR_FUNCTIONS(ModelWeights)

public:
    /// The module's parameters, then its buffers, by name (the tensors themselves, not copies).
    static std::vector<std::pair<std::string, torch::Tensor>> namedState(torch::nn::Module& module);
    static bool save(torch::nn::Module& module, const QString& path, QString* error = nullptr);
    /// Fails, listing each mismatch, unless every tensor of the module is in the file with its shape.
    static bool load(torch::nn::Module& module, const QString& path, QString* error = nullptr);
    /// A tensor's shape as mismatch messages show it, e.g. "[256, 256, 3, 3]".
    static QString shapeText(const torch::Tensor& tensor);
};

} // namespace picta

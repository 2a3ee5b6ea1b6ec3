#pragma once

#include "support/status.h"
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
    static Status save(torch::nn::Module& module, const QString& path);
    /// The safetensors file save() writes, as bytes (a run commits it with the epoch's other files).
    static QByteArray serialize(torch::nn::Module& module);
    /// Fails, listing each mismatch, unless every tensor of the module is in the file with its
    /// exact shape and every value is finite. With `sha256` (hex), the file must have that hash.
    static Status load(torch::nn::Module& module, const QString& path, const QString& sha256 = {});
    /// Checks `tensors` against the module (names, exact shapes, finite values): the problems, or empty.
    static QStringList mismatches(torch::nn::Module& module, const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                                  const std::string& prefix = {});
    /// Largest file load() reads (ResNet-50 with Adam's moments is about 300 MB).
    static constexpr qint64 kMaxFileBytes = qint64(4) << 30;
    /// A tensor's shape as mismatch messages show it, e.g. "[256, 256, 3, 3]".
    static QString shapeText(const torch::Tensor& tensor);
};

} // namespace picta

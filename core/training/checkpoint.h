#pragma once

#include "support/status.h"
#include "models/classifier.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <torch/optim/optimizer.h>

#include <string>
#include <utility>
#include <vector>

namespace picta {

/// Everything needed to continue a run where it stopped: the model's tensors, Adam's (or AdamW's)
/// moment estimates and step counts by parameter name, and the loop's counters as metadata. One
/// safetensors file, written atomically after every epoch.
class Checkpoint {
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)

public:
    using State = std::vector<std::pair<std::string, torch::Tensor>>;
    using Metadata = QMap<QString, QString>;

    /// Copies of the module's parameters and buffers (kept in memory, e.g. the best epoch).
    static State snapshot(torch::nn::Module& module);
    /// Copies `state` back into the module, by name.
    static void restore(torch::nn::Module& module, const State& state);

    /// The checkpoint file as bytes (a run commits it with the epoch's other files).
    static QByteArray serialize(torch::nn::Module& module, const torch::optim::Optimizer& optimizer, const Metadata& metadata);
    /// Loads weights and optimizer state; the optimizer must already hold the module's parameters.
    /// Every tensor is checked first (present, exact shape, finite): a damaged file changes nothing
    /// and fails with a message naming the file and the tensor.
    static Status load(const QString& path, torch::nn::Module& module, torch::optim::Optimizer& optimizer, Metadata* metadata);
};

} // namespace picta

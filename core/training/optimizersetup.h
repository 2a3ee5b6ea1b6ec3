#pragma once

#include "models/classifier.h"

#include <torch/optim/optimizer.h>

#include <memory>
#include <vector>

namespace picta {

/// The optimizer side of fine-tuning: Adam or AdamW with one parameter group per layer group of the
/// network, a learning rate per group, and freezing all but the head.
class OptimizerSetup {
public:
    /// AdamW when weightDecay > 0, else Adam; one parameter group per model->layerGroups().
    static std::unique_ptr<torch::optim::Optimizer> create(Classifier& model, double learningRate, double weightDecay);
    /// Learning rate per parameter group (the last value repeats) and β1 for all groups.
    static void setHyperParameters(torch::optim::Optimizer& optimizer, const std::vector<double>& lrs, double beta1);
    /// PyTorch 2's zero_grad(set_to_none=True): drops every gradient instead of filling it with
    /// zeros (libtorch 1.13's zero_grad()), so that backward writes fresh gradients rather than
    /// adding into zeroed ones: one pass less over the weights each way, 3 % of a ResNet-18 step.
    /// Adam skips a parameter without a gradient, so a frozen parameter stays exactly as it is.
    static void clearGradients(torch::optim::Optimizer& optimizer);
    /// fastai's freeze(): all but the head stop learning, except BatchNorm layers, whose statistics
    /// and affine parameters must follow the new data — unless `keepBatchNorm`, where they stop
    /// too (EpochPass then runs them on their loaded statistics), as with cached features.
    static void setFrozen(Classifier& model, bool frozen, bool keepBatchNorm = false);
    /// Puts every BatchNorm layer in evaluation mode (its running statistics, not the batch's).
    static void keepBatchNormStatistics(Classifier& model);
    /// fastai's slice(lr/100, lr): factors spread geometrically from 1/100 (first group) to 1 (head).
    static std::vector<double> discriminativeMultipliers(size_t groups);
};

} // namespace picta

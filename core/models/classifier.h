#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

#include <vector>

namespace picta {

/// Base of every image classifier: images [N, C, H, W] in, class logits [N, classes] out.
/// Builders in ModelFactory return it, so trainer and predictor need not know the architecture.
class Classifier : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor images) = 0;

    /// Parameters in groups from the input to the classifier head, for freezing (all but the
    /// last) and discriminative learning rates (earliest group lowest).
    virtual std::vector<std::vector<torch::Tensor>> layerGroups() = 0;
    /// Whether one network takes any input size (global pooling), as progressive resizing needs.
    virtual bool acceptsAnySize() const = 0;
};

} // namespace picta

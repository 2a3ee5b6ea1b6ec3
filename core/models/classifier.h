#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

namespace picta {

/// Base of every image classifier: images [N, C, H, W] in, class logits [N, classes] out.
/// Builders in ModelFactory return it, so trainer and predictor need not know the architecture.
class Classifier : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor images) = 0;
};

} // namespace picta

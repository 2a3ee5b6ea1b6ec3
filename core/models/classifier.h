#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

#include <string>
#include <vector>

namespace picta {

class OnnxGraph;

/// Base of every image classifier: images [N, C, H, W] in, class logits [N, classes] out.
/// Builders in ModelFactory return it, so trainer and predictor need not know the architecture.
class Classifier : public torch::nn::Module {
public:
    /// forward(x) == classify(features(x)).
    torch::Tensor forward(torch::Tensor images) { return classify(features(images)); }
    /// The last convolutional feature maps [N, C, h, w], and the rest of the network from them:
    /// Grad-CAM weighs the first by the gradient of a class score through the second.
    virtual torch::Tensor features(torch::Tensor images) = 0;
    virtual torch::Tensor classify(torch::Tensor features) = 0;

    /// Parameters in groups from the input to the classifier head, for freezing (all but the
    /// last) and discriminative learning rates (earliest group lowest).
    virtual std::vector<std::vector<torch::Tensor>> layerGroups() = 0;
    /// Whether one network takes any input size (global pooling), as progressive resizing needs.
    virtual bool acceptsAnySize() const = 0;
    /// Whether classify() starts with global average pooling and only the last layer group
    /// (the head) lies after it: then classify(pooled features) == classify(features), and a
    /// frozen backbone's pooled features can be computed once and the head trained on them.
    virtual bool headAfterGlobalPool() const { return false; }
    /// Writes forward() at inference (dropout off, batch norm on its running statistics) into
    /// `graph`, from the value `images`; returns the logits' value. Kept next to forward() in each
    /// network, and held to it by the ONNX parity test. Throws OnnxUnsupported naming a layer
    /// that has no ONNX form.
    virtual std::string describeOnnx(OnnxGraph& graph, const std::string& images) = 0;
};

} // namespace picta

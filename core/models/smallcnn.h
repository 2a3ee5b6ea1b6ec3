#pragma once

#include "classifier.h"

#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>

namespace picta {

/// The drawing-app seed's starting model: conv 30 (3×3) → max-pool → conv 15 (3×3) → max-pool →
/// dropout 0.2 → flatten → dense 128 → dense 50 → dense N, ReLU between. Convolutions are 'valid'
/// as in the Keras original; the dense input is computed from the image size.
class SmallCnn : public Classifier {
public:
    SmallCnn(int inputChannels, int imageSize, int classCount);
    torch::Tensor features(torch::Tensor images) override;
    torch::Tensor classify(torch::Tensor features) override;
    std::vector<std::vector<torch::Tensor>> layerGroups() override;
    bool acceptsAnySize() const override { return false; }
    std::string describeOnnx(OnnxGraph& graph, const std::string& images) override;

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Linear m_fc1{nullptr}, m_fc2{nullptr}, m_head{nullptr};
};

} // namespace picta

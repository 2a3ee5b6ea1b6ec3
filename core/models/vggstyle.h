#pragma once

#include "classifier.h"

#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>

namespace picta {

/// A VGG-style network: blocks of two 3×3 convolutions (BatchNorm, ReLU) with doubling filters
/// (32, 64, 128, …) and 2×2 max-pooling between, then global average pooling, dropout and a dense
/// head. Blocks: 3 for inputs up to 32 px, one more per doubling, at most 5. Global pooling lets
/// one network take any input size. `baseWidth` is the first block's filters (32 for `vgg`, 16 for
/// `vgg-small`, about four times cheaper).
class VggStyle : public Classifier {
public:
    VggStyle(int inputChannels, int imageSize, int classCount, int baseWidth = 32);
    torch::Tensor features(torch::Tensor images) override;
    torch::Tensor classify(torch::Tensor features) override;
    std::vector<std::vector<torch::Tensor>> layerGroups() override;
    bool acceptsAnySize() const override { return true; }
    std::string describeOnnx(OnnxGraph& graph, const std::string& images) override;

    static int blockCount(int imageSize);

private:
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Sequential m_head{nullptr};
};

} // namespace picta

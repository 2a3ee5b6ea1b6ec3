#pragma once

#include "classifier.h"

#include <QStringList>

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace picta {

/// ResNet-18/34 (basic blocks) and ResNet-50 (bottlenecks), with module names exactly as timm and
/// torchvision write them (conv1, bn1, layer1.0.conv1, …, layer2.0.downsample.0, fc), so that their
/// safetensors load without renaming.
class ResNet : public Classifier {
public:
    /// depth: 18, 34 or 50.
    ResNet(int depth, int inputChannels, int classCount);
    torch::Tensor features(torch::Tensor images) override;
    torch::Tensor classify(torch::Tensor features) override;
    std::vector<std::vector<torch::Tensor>> layerGroups() override;
    bool acceptsAnySize() const override { return true; }
    bool headAfterGlobalPool() const override { return true; } // pool → fc
    std::string describeOnnx(OnnxGraph& graph, const std::string& images) override;

private:
    torch::nn::Conv2d m_conv1{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr};
    torch::nn::Sequential m_layers[4];
    torch::nn::Linear m_fc{nullptr};
};

} // namespace picta

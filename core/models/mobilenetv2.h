#pragma once

#include "classifier.h"

#include <QStringList>

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace picta {

/// MobileNetV2 (width 1.0) with timm's tensor names (mobilenetv2_100): conv_stem, bn1,
/// blocks.<stage>.<block>.{conv_dw, conv_pw, conv_pwl, bn1, bn2, bn3}, conv_head, bn2, classifier.
/// Stages as timm's arch_def: ds c16; ir ×2 c24, ×3 c32, ×4 c64, ×3 c96, ×3 c160, ×1 c320 (expansion 6);
/// 1280 features; ReLU6.
class MobileNetV2 : public Classifier {
public:
    MobileNetV2(int inputChannels, int classCount);
    torch::Tensor forward(torch::Tensor images) override;
    std::vector<std::vector<torch::Tensor>> layerGroups() override;
    bool acceptsAnySize() const override { return true; }
    static QStringList headTensorNames() { return {QStringLiteral("classifier.weight"), QStringLiteral("classifier.bias")}; }

private:
    torch::nn::Conv2d m_convStem{nullptr}, m_convHead{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr};
    torch::nn::ModuleList m_blocks{nullptr};
    torch::nn::Linear m_classifier{nullptr};
};

} // namespace picta

#pragma once

#include "classifier.h"
#include "mobileblock.h"

#include <QStringList>

#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>

#include <vector>

namespace picta {

/// The mobile families built from timm's EfficientNet builder, with timm's tensor names so that
/// its safetensors load unchanged: conv_stem, bn1, blocks.<stage>.<block>.…, conv_head, [bn2],
/// classifier.
/// - MobileNetV2 (mobilenetv2_100): ReLU6; conv_head → bn2 → act → pool → classifier.
/// - MobileNetV3-Large (mobilenetv3_large_100): ReLU in the first three stages, hard-swish after,
///   SE with hard-sigmoid gates; pool → conv_head (with bias) → hard-swish → classifier.
/// - EfficientNet-B0 (efficientnet_b0): SiLU, SE on every block; conv_head → bn2 → act → pool →
///   dropout 0.2 → classifier. timm's stochastic depth (drop path 0.2) is left out.
class MobileNet : public Classifier {
public:
    enum class Variant { V2, V3Large, EfficientNetB0 };

    MobileNet(Variant variant, int inputChannels, int classCount);
    torch::Tensor features(torch::Tensor images) override;
    torch::Tensor classify(torch::Tensor features) override;
    std::vector<std::vector<torch::Tensor>> layerGroups() override;
    bool acceptsAnySize() const override { return true; }
    /// pool → (V3-Large: 1×1 head convolution) → dropout → classifier. The head convolution sits
    /// in the frozen group 3, and on a 1×1 map it is the same on pooled features.
    bool headAfterGlobalPool() const override { return true; }
    std::string describeOnnx(OnnxGraph& graph, const std::string& images) override;

    /// The blocks of each of the seven stages, as timm's arch_def expands them.
    static std::vector<std::vector<MobileBlockSpec>> stages(Variant variant);

private:
    Variant m_variant;
    Activation m_act;
    torch::nn::Conv2d m_convStem{nullptr}, m_convHead{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr};
    torch::nn::ModuleList m_blocks{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Linear m_classifier{nullptr};
};

} // namespace picta

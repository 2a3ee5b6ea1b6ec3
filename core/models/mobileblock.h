#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/types.h>

#include <string>

namespace picta {

class OnnxGraph;

/// The activations of timm's mobile families.
enum class Activation { ReLU, ReLU6, HardSwish, SiLU, HardSigmoid, Sigmoid };

/// Applies ReLU, ReLU6 and the sigmoid in place, as torchvision's and timm's inplace=True modules
/// do (their backward passes read the result, not the input): the argument must be a fresh
/// intermediate that nothing else reads (a batch norm's or a convolution's output; their
/// backward passes do not keep it). ReLU6 is hardtanh(0, 6): its
/// backward is one masked pass, where clamp's builds comparison masks and a where() (measured on
/// MobileNetV2 at 224 px: 0.47 s of a 3.5 s step, against 0.06 s).
torch::Tensor activate(torch::Tensor x, Activation activation);

/// One block of timm's EfficientNet builder, with its tensor names, as MobileNetV2, MobileNetV3
/// and EfficientNet use it:
/// - DepthwiseSeparable (`ds`): conv_dw, bn1 + act, [se], conv_pw, bn2;
/// - InvertedResidual (`ir`): conv_pw, bn1 + act, conv_dw, bn2 + act, [se], conv_pwl, bn3;
/// - ConvBnAct (`cn`): conv, bn1 + act.
/// Squeeze-and-excitation (`se.conv_reduce`, `se.conv_expand`, both with bias) gates the
/// depth-wise output. A residual is added when stride is 1 and channels are unchanged (not for `cn`).
struct MobileBlockSpec {
    enum class Type { DepthwiseSeparable, InvertedResidual, ConvBnAct };
    Type type = Type::InvertedResidual;
    int in = 0, out = 0, mid = 0; // mid: expanded channels (ir only)
    int kernel = 3, stride = 1;
    Activation act = Activation::ReLU;
    int seChannels = 0; // 0: no squeeze-and-excitation
    Activation seAct = Activation::ReLU, seGate = Activation::Sigmoid;
};

class MobileBlock : public torch::nn::Module {
public:
    explicit MobileBlock(const MobileBlockSpec& spec);
    torch::Tensor forward(torch::Tensor x);
    /// forward() as ONNX nodes (see Classifier::describeOnnx).
    std::string describeOnnx(OnnxGraph& graph, const std::string& x);

private:
    torch::Tensor squeezeExcite(const torch::Tensor& x);

    MobileBlockSpec m_spec;
    bool m_skip;
    torch::nn::Conv2d m_conv{nullptr}, m_convDw{nullptr}, m_convPw{nullptr}, m_convPwl{nullptr};
    torch::nn::Conv2d m_seReduce{nullptr}, m_seExpand{nullptr};
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr}, m_bn3{nullptr};
};

/// timm's make_divisible(v, 8) with its 90 % round limit: channel counts of MobileNetV3's SE layers.
int makeDivisible(double value, int divisor = 8);

} // namespace picta

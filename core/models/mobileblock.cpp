#include "mobileblock.h"

#include "export/onnxgraph.h"

#include <torch/torch.h>

namespace picta {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int in, int out, int kernel, int stride = 1, int groups = 1, bool bias = false)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).groups(groups).bias(bias));
}

} // namespace

torch::Tensor activate(torch::Tensor x, Activation activation)
{
    switch (activation) {
    case Activation::ReLU:
        return x.relu_();
    case Activation::ReLU6:
        return torch::hardtanh_(x, 0, 6);
    // Out of place: the backward passes of these take their input, and autograd would save a
    // copy of it before an in-place version overwrote it.
    case Activation::HardSwish:
        return torch::hardswish(x);
    case Activation::SiLU:
        return torch::silu(x);
    case Activation::HardSigmoid:
        return torch::hardsigmoid(x);
    case Activation::Sigmoid:
        return x.sigmoid_();
    }
    return x;
}

int makeDivisible(double value, int divisor)
{
    int rounded = std::max(divisor, int(value + divisor / 2.0) / divisor * divisor);
    if (rounded < 0.9 * value)
        rounded += divisor;
    return rounded;
}

MobileBlock::MobileBlock(const MobileBlockSpec& spec)
    : m_spec(spec)
    , m_skip(spec.type != MobileBlockSpec::Type::ConvBnAct && spec.stride == 1 && spec.in == spec.out)
{
    using Type = MobileBlockSpec::Type;
    int seIn = spec.in;
    switch (spec.type) {
    case Type::ConvBnAct:
        m_conv = register_module("conv", conv(spec.in, spec.out, spec.kernel, spec.stride));
        m_bn1 = register_module("bn1", nn::BatchNorm2d(spec.out));
        return;
    case Type::DepthwiseSeparable:
        m_convDw = register_module("conv_dw", conv(spec.in, spec.in, spec.kernel, spec.stride, spec.in));
        m_bn1 = register_module("bn1", nn::BatchNorm2d(spec.in));
        break;
    case Type::InvertedResidual:
        m_convPw = register_module("conv_pw", conv(spec.in, spec.mid, 1));
        m_bn1 = register_module("bn1", nn::BatchNorm2d(spec.mid));
        m_convDw = register_module("conv_dw", conv(spec.mid, spec.mid, spec.kernel, spec.stride, spec.mid));
        m_bn2 = register_module("bn2", nn::BatchNorm2d(spec.mid));
        seIn = spec.mid;
        break;
    }
    if (spec.seChannels > 0) {
        // Registered under "se" as timm's SqueezeExcite: se.conv_reduce, se.conv_expand.
        auto se = register_module("se", std::make_shared<nn::Module>("SqueezeExcite"));
        m_seReduce = se->register_module("conv_reduce", conv(seIn, spec.seChannels, 1, 1, 1, true));
        m_seExpand = se->register_module("conv_expand", conv(spec.seChannels, seIn, 1, 1, 1, true));
    }
    if (spec.type == Type::DepthwiseSeparable) {
        m_convPw = register_module("conv_pw", conv(spec.in, spec.out, 1));
        m_bn2 = register_module("bn2", nn::BatchNorm2d(spec.out));
    } else {
        m_convPwl = register_module("conv_pwl", conv(spec.mid, spec.out, 1));
        m_bn3 = register_module("bn3", nn::BatchNorm2d(spec.out));
    }
}

torch::Tensor MobileBlock::squeezeExcite(const torch::Tensor& x)
{
    if (!m_seReduce)
        return x;
    torch::Tensor s = x.mean({2, 3}, true);
    s = activate(m_seReduce->forward(s), m_spec.seAct);
    return x * activate(m_seExpand->forward(s), m_spec.seGate);
}

torch::Tensor MobileBlock::forward(torch::Tensor x)
{
    using Type = MobileBlockSpec::Type;
    torch::Tensor y;
    switch (m_spec.type) {
    case Type::ConvBnAct:
        return activate(m_bn1->forward(m_conv->forward(x)), m_spec.act);
    case Type::DepthwiseSeparable:
        y = activate(m_bn1->forward(m_convDw->forward(x)), m_spec.act);
        y = m_bn2->forward(m_convPw->forward(squeezeExcite(y)));
        break;
    case Type::InvertedResidual:
        y = activate(m_bn1->forward(m_convPw->forward(x)), m_spec.act);
        y = activate(m_bn2->forward(m_convDw->forward(y)), m_spec.act);
        y = m_bn3->forward(m_convPwl->forward(squeezeExcite(y)));
        break;
    }
    return m_skip ? y + x : y;
}

std::string MobileBlock::describeOnnx(OnnxGraph& g, const std::string& x)
{
    using Type = MobileBlockSpec::Type;
    auto squeezeExcite = [&](const std::string& in) {
        if (!m_seReduce)
            return in;
        std::string s = g.activation(g.conv(m_seReduce, g.globalAveragePool(in)), m_spec.seAct);
        return g.mul(in, g.activation(g.conv(m_seExpand, s), m_spec.seGate));
    };
    std::string y;
    switch (m_spec.type) {
    case Type::ConvBnAct:
        return g.activation(g.batchNorm(m_bn1, g.conv(m_conv, x)), m_spec.act);
    case Type::DepthwiseSeparable:
        y = g.activation(g.batchNorm(m_bn1, g.conv(m_convDw, x)), m_spec.act);
        y = g.batchNorm(m_bn2, g.conv(m_convPw, squeezeExcite(y)));
        break;
    case Type::InvertedResidual:
        y = g.activation(g.batchNorm(m_bn1, g.conv(m_convPw, x)), m_spec.act);
        y = g.activation(g.batchNorm(m_bn2, g.conv(m_convDw, y)), m_spec.act);
        y = g.batchNorm(m_bn3, g.conv(m_convPwl, squeezeExcite(y)));
        break;
    }
    return m_skip ? g.add(y, x) : y;
}

} // namespace picta

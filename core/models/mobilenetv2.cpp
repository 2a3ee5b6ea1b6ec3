#include "mobilenetv2.h"

#include <torch/torch.h>

namespace picta {

namespace {

namespace nn = torch::nn;

nn::Conv2d conv(int in, int out, int kernel, int stride = 1, int groups = 1)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).groups(groups).bias(false));
}

torch::Tensor clampedRelu(const torch::Tensor& x)
{
    return torch::clamp(x, 0, 6);
}

// timm's DepthwiseSeparableConv (no activation after the point-wise conv) and InvertedResidual.
class Block : public nn::Module {
public:
    Block(int in, int out, int stride, int expansion)
        : m_skip(stride == 1 && in == out)
        , m_expand(expansion > 1)
    {
        if (!m_expand) {
            m_convDw = register_module("conv_dw", conv(in, in, 3, stride, in));
            m_bn1 = register_module("bn1", nn::BatchNorm2d(in));
            m_convPw = register_module("conv_pw", conv(in, out, 1));
            m_bn2 = register_module("bn2", nn::BatchNorm2d(out));
            return;
        }
        const int mid = in * expansion;
        m_convPw = register_module("conv_pw", conv(in, mid, 1));
        m_bn1 = register_module("bn1", nn::BatchNorm2d(mid));
        m_convDw = register_module("conv_dw", conv(mid, mid, 3, stride, mid));
        m_bn2 = register_module("bn2", nn::BatchNorm2d(mid));
        m_convPwl = register_module("conv_pwl", conv(mid, out, 1));
        m_bn3 = register_module("bn3", nn::BatchNorm2d(out));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        torch::Tensor y;
        if (!m_expand) {
            y = clampedRelu(m_bn1->forward(m_convDw->forward(x)));
            y = m_bn2->forward(m_convPw->forward(y));
        } else {
            y = clampedRelu(m_bn1->forward(m_convPw->forward(x)));
            y = clampedRelu(m_bn2->forward(m_convDw->forward(y)));
            y = m_bn3->forward(m_convPwl->forward(y));
        }
        return m_skip ? y + x : y;
    }

private:
    bool m_skip, m_expand;
    nn::Conv2d m_convDw{nullptr}, m_convPw{nullptr}, m_convPwl{nullptr};
    nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr}, m_bn3{nullptr};
};

struct Stage {
    int expansion, channels, repeats, stride;
};
const Stage kStages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};

} // namespace

MobileNetV2::MobileNetV2(int inputChannels, int classCount)
{
    m_convStem = register_module("conv_stem", conv(inputChannels, 32, 3, 2));
    m_bn1 = register_module("bn1", nn::BatchNorm2d(32));
    nn::ModuleList blocks;
    int in = 32;
    for (const Stage& stage : kStages) {
        nn::Sequential blocksOfStage;
        for (int r = 0; r < stage.repeats; ++r) {
            blocksOfStage->push_back(std::make_shared<Block>(in, stage.channels, r == 0 ? stage.stride : 1, stage.expansion));
            in = stage.channels;
        }
        blocks->push_back(blocksOfStage);
    }
    m_blocks = register_module("blocks", blocks);
    m_convHead = register_module("conv_head", conv(in, 1280, 1));
    m_bn2 = register_module("bn2", nn::BatchNorm2d(1280));
    m_classifier = register_module("classifier", nn::Linear(1280, classCount));
}

torch::Tensor MobileNetV2::forward(torch::Tensor x)
{
    x = clampedRelu(m_bn1->forward(m_convStem->forward(x)));
    for (const auto& stage : *m_blocks)
        x = stage->as<nn::Sequential>()->forward(x);
    x = clampedRelu(m_bn2->forward(m_convHead->forward(x)));
    return m_classifier->forward(torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1));
}

std::vector<std::vector<torch::Tensor>> MobileNetV2::layerGroups()
{
    // Stem with stages 0–1, stages 2–3, stages 4–5, stage 6 with the head convolution, classifier.
    std::vector<std::vector<torch::Tensor>> groups(5);
    auto add = [&](size_t g, const std::vector<torch::Tensor>& params) { groups[g].insert(groups[g].end(), params.begin(), params.end()); };
    add(0, m_convStem->parameters());
    add(0, m_bn1->parameters());
    const size_t stageGroup[] = {0, 0, 1, 1, 2, 2, 3};
    for (size_t s = 0; s < m_blocks->size(); ++s)
        add(stageGroup[s], m_blocks[s]->parameters());
    add(3, m_convHead->parameters());
    add(3, m_bn2->parameters());
    add(4, m_classifier->parameters());
    return groups;
}

} // namespace picta

#include "mobilenet.h"

#include "export/onnxgraph.h"

#include <torch/torch.h>

#include <cmath>

namespace picta {

namespace nn = torch::nn;

namespace {

using Type = MobileBlockSpec::Type;

// One row of an arch_def: `repeats` blocks, the first with `stride`.
struct Row {
    Type type;
    int repeats, kernel, stride;
    double expansion;
    int out;
    bool se;
    Activation act;
};

int stemChannels(MobileNet::Variant v)
{
    return v == MobileNet::Variant::V3Large ? 16 : 32;
}

std::vector<std::vector<Row>> archDef(MobileNet::Variant variant)
{
    constexpr Type ds = Type::DepthwiseSeparable, ir = Type::InvertedResidual, cn = Type::ConvBnAct;
    switch (variant) {
    case MobileNet::Variant::V2: {
        const Activation a = Activation::ReLU6;
        return {{{ds, 1, 3, 1, 1, 16, false, a}}, {{ir, 2, 3, 2, 6, 24, false, a}}, {{ir, 3, 3, 2, 6, 32, false, a}},
                {{ir, 4, 3, 2, 6, 64, false, a}}, {{ir, 3, 3, 1, 6, 96, false, a}}, {{ir, 3, 3, 2, 6, 160, false, a}},
                {{ir, 1, 3, 1, 6, 320, false, a}}};
    }
    case MobileNet::Variant::V3Large: {
        const Activation r = Activation::ReLU, h = Activation::HardSwish;
        return {{{ds, 1, 3, 1, 1, 16, false, r}},
                {{ir, 1, 3, 2, 4, 24, false, r}, {ir, 1, 3, 1, 3, 24, false, r}},
                {{ir, 3, 5, 2, 3, 40, true, r}},
                {{ir, 1, 3, 2, 6, 80, false, h}, {ir, 1, 3, 1, 2.5, 80, false, h}, {ir, 2, 3, 1, 2.3, 80, false, h}},
                {{ir, 2, 3, 1, 6, 112, true, h}},
                {{ir, 3, 5, 2, 6, 160, true, h}},
                {{cn, 1, 1, 1, 1, 960, false, h}}};
    }
    case MobileNet::Variant::EfficientNetB0: {
        const Activation s = Activation::SiLU;
        return {{{ds, 1, 3, 1, 1, 16, true, s}}, {{ir, 2, 3, 2, 6, 24, true, s}},  {{ir, 2, 5, 2, 6, 40, true, s}},
                {{ir, 3, 3, 2, 6, 80, true, s}}, {{ir, 3, 5, 1, 6, 112, true, s}}, {{ir, 4, 5, 2, 6, 192, true, s}},
                {{ir, 1, 3, 1, 6, 320, true, s}}};
    }
    }
    return {};
}

} // namespace

std::vector<std::vector<MobileBlockSpec>> MobileNet::stages(Variant variant)
{
    std::vector<std::vector<MobileBlockSpec>> result;
    int in = stemChannels(variant);
    for (const std::vector<Row>& stage : archDef(variant)) {
        std::vector<MobileBlockSpec> blocks;
        for (const Row& row : stage)
            for (int r = 0; r < row.repeats; ++r) {
                MobileBlockSpec s;
                s.type = row.type;
                s.in = in;
                s.out = row.out;
                s.mid = row.type == Type::InvertedResidual ? makeDivisible(in * row.expansion) : in;
                s.kernel = row.kernel;
                s.stride = r == 0 ? row.stride : 1;
                s.act = row.act;
                if (row.se && variant == Variant::V3Large) {
                    // SE channels from the expanded width, rounded to 8; ReLU and hard-sigmoid.
                    s.seChannels = makeDivisible(s.mid * 0.25);
                    s.seAct = Activation::ReLU;
                    s.seGate = Activation::HardSigmoid;
                } else if (row.se) {
                    // EfficientNet: a quarter of the block's input width; the block's act, sigmoid.
                    s.seChannels = int(std::lround(in * 0.25));
                    s.seAct = row.act;
                    s.seGate = Activation::Sigmoid;
                }
                blocks.push_back(s);
                in = row.out;
            }
        result.push_back(blocks);
    }
    return result;
}

MobileNet::MobileNet(Variant variant, int inputChannels, int classCount)
    : m_variant(variant)
    , m_act(variant == Variant::V2            ? Activation::ReLU6
                : variant == Variant::V3Large ? Activation::HardSwish
                                              : Activation::SiLU)
{
    const int stem = stemChannels(variant);
    m_convStem = register_module("conv_stem", nn::Conv2d(nn::Conv2dOptions(inputChannels, stem, 3).stride(2).padding(1).bias(false)));
    m_bn1 = register_module("bn1", nn::BatchNorm2d(stem));
    nn::ModuleList blocks;
    int in = stem;
    for (const auto& stage : stages(variant)) {
        nn::Sequential blocksOfStage;
        for (const MobileBlockSpec& spec : stage) {
            blocksOfStage->push_back(std::make_shared<MobileBlock>(spec));
            in = spec.out;
        }
        blocks->push_back(blocksOfStage);
    }
    m_blocks = register_module("blocks", blocks);
    constexpr int kFeatures = 1280;
    const bool v3 = variant == Variant::V3Large;
    m_convHead = register_module("conv_head", nn::Conv2d(nn::Conv2dOptions(in, kFeatures, 1).bias(v3)));
    if (!v3)
        m_bn2 = register_module("bn2", nn::BatchNorm2d(kFeatures));
    m_dropout = register_module("dropout", nn::Dropout(variant == Variant::EfficientNetB0 ? 0.2 : 0.0));
    m_classifier = register_module("classifier", nn::Linear(kFeatures, classCount));
}

torch::Tensor MobileNet::features(torch::Tensor x)
{
    x = activate(m_bn1->forward(m_convStem->forward(x)), m_act);
    for (const auto& stage : *m_blocks)
        x = stage->as<nn::Sequential>()->forward(x);
    if (m_variant != Variant::V3Large) // V3's head convolution comes after the pooling
        x = activate(m_bn2->forward(m_convHead->forward(x)), m_act);
    return x;
}

torch::Tensor MobileNet::classify(torch::Tensor x)
{
    x = torch::adaptive_avg_pool2d(x, {1, 1});
    if (m_variant == Variant::V3Large)
        x = activate(m_convHead->forward(x), m_act);
    return m_classifier->forward(m_dropout->forward(x.flatten(1)));
}

std::string MobileNet::describeOnnx(OnnxGraph& g, const std::string& images)
{
    std::string x = g.activation(g.batchNorm(m_bn1, g.conv(m_convStem, images)), m_act);
    for (const auto& stage : *m_blocks)
        for (const auto& block : *stage->as<nn::Sequential>())
            x = block.ptr()->as<MobileBlock>()->describeOnnx(g, x);
    if (m_variant != Variant::V3Large)
        x = g.activation(g.batchNorm(m_bn2, g.conv(m_convHead, x)), m_act);
    x = g.globalAveragePool(x);
    if (m_variant == Variant::V3Large)
        x = g.activation(g.conv(m_convHead, x), m_act);
    return g.linear(m_classifier, g.flatten(x));
}

std::vector<std::vector<torch::Tensor>> MobileNet::layerGroups()
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
    if (m_bn2)
        add(3, m_bn2->parameters());
    add(4, m_classifier->parameters());
    return groups;
}

} // namespace picta

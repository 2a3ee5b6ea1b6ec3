#include "resnet.h"

#include "export/onnxgraph.h"

#include <QStringList>

#include <torch/torch.h>

namespace picta {

namespace {

namespace nn = torch::nn;

nn::Conv2d conv(int in, int out, int kernel, int stride)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

// A residual block: two 3×3 convolutions (basic) or 1×1, 3×3, 1×1 (bottleneck, 4× expansion).
class Block : public nn::Module {
public:
    Block(int in, int planes, int stride, bool bottleneck)
        : m_bottleneck(bottleneck)
    {
        const int out = bottleneck ? planes * 4 : planes;
        if (bottleneck) {
            m_conv1 = register_module("conv1", conv(in, planes, 1, 1));
            m_bn1 = register_module("bn1", nn::BatchNorm2d(planes));
            m_conv2 = register_module("conv2", conv(planes, planes, 3, stride));
            m_bn2 = register_module("bn2", nn::BatchNorm2d(planes));
            m_conv3 = register_module("conv3", conv(planes, out, 1, 1));
            m_bn3 = register_module("bn3", nn::BatchNorm2d(out));
        } else {
            m_conv1 = register_module("conv1", conv(in, planes, 3, stride));
            m_bn1 = register_module("bn1", nn::BatchNorm2d(planes));
            m_conv2 = register_module("conv2", conv(planes, planes, 3, 1));
            m_bn2 = register_module("bn2", nn::BatchNorm2d(planes));
        }
        if (stride != 1 || in != out)
            m_downsample = register_module("downsample", nn::Sequential(conv(in, out, 1, stride), nn::BatchNorm2d(out)));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        // ReLUs in place on fresh batch-norm outputs and sums, as torchvision's inplace=True.
        torch::Tensor y = m_bn1->forward(m_conv1->forward(x)).relu_();
        y = m_bn2->forward(m_conv2->forward(y));
        if (m_bottleneck)
            y = m_bn3->forward(m_conv3->forward(y.relu_()));
        return (y + (m_downsample ? m_downsample->forward(x) : x)).relu_();
    }

    std::string describeOnnx(OnnxGraph& g, const std::string& x)
    {
        std::string y = g.relu(g.batchNorm(m_bn1, g.conv(m_conv1, x)));
        y = g.batchNorm(m_bn2, g.conv(m_conv2, y));
        if (m_bottleneck)
            y = g.batchNorm(m_bn3, g.conv(m_conv3, g.relu(y)));
        return g.relu(g.add(y, m_downsample ? g.sequential(m_downsample, x) : x));
    }

private:
    bool m_bottleneck;
    nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3{nullptr};
    nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr}, m_bn3{nullptr};
    nn::Sequential m_downsample{nullptr};
};

} // namespace

ResNet::ResNet(int depth, int inputChannels, int classCount)
{
    const bool bottleneck = depth >= 50;
    const int counts[3][4] = {{2, 2, 2, 2}, {3, 4, 6, 3}, {3, 4, 6, 3}};
    const int* blocks = counts[depth == 18 ? 0 : depth == 34 ? 1 : 2];
    m_conv1 = register_module("conv1", conv(inputChannels, 64, 7, 2));
    m_bn1 = register_module("bn1", nn::BatchNorm2d(64));
    int in = 64;
    for (int l = 0; l < 4; ++l) {
        const int planes = 64 << l;
        nn::Sequential layer;
        for (int b = 0; b < blocks[l]; ++b) {
            layer->push_back(std::make_shared<Block>(in, planes, b == 0 && l > 0 ? 2 : 1, bottleneck));
            in = bottleneck ? planes * 4 : planes;
        }
        m_layers[l] = register_module("layer" + std::to_string(l + 1), layer);
    }
    m_fc = register_module("fc", nn::Linear(in, classCount));
}

torch::Tensor ResNet::features(torch::Tensor x)
{
    x = m_bn1->forward(m_conv1->forward(x)).relu_();
    x = torch::max_pool2d(x, 3, 2, 1);
    for (auto& layer : m_layers)
        x = layer->forward(x);
    return x;
}

torch::Tensor ResNet::classify(torch::Tensor x)
{
    return m_fc->forward(torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1));
}

std::string ResNet::describeOnnx(OnnxGraph& g, const std::string& images)
{
    std::string x = g.maxPool(g.relu(g.batchNorm(m_bn1, g.conv(m_conv1, images))), 3, 2, 1);
    for (auto& layer : m_layers)
        for (const auto& block : *layer)
            x = block.ptr()->as<Block>()->describeOnnx(g, x);
    return g.linear(m_fc, g.flatten(g.globalAveragePool(x)));
}

std::vector<std::vector<torch::Tensor>> ResNet::layerGroups()
{
    // Stem and layer1, then layer2, layer3, layer4, and the head.
    std::vector<torch::Tensor> stem = m_conv1->parameters();
    for (const auto& p : m_bn1->parameters())
        stem.push_back(p);
    for (const auto& p : m_layers[0]->parameters())
        stem.push_back(p);
    return {stem, m_layers[1]->parameters(), m_layers[2]->parameters(), m_layers[3]->parameters(), m_fc->parameters()};
}

} // namespace picta

#include "vggstyle.h"

#include "export/onnxgraph.h"

#include <torch/torch.h>

#include <cmath>

namespace picta {

int VggStyle::blockCount(int imageSize)
{
    int blocks = 3;
    for (int size = 32; size < imageSize && blocks < 5; size *= 2)
        ++blocks;
    return blocks;
}

VggStyle::VggStyle(int inputChannels, int imageSize, int classCount, int baseWidth)
{
    namespace nn = torch::nn;
    nn::Sequential features;
    int in = inputChannels, out = baseWidth;
    const int blocks = blockCount(imageSize);
    for (int b = 0; b < blocks; ++b) {
        for (int c = 0; c < 2; ++c) {
            features->push_back(nn::Conv2d(nn::Conv2dOptions(c == 0 ? in : out, out, 3).padding(1).bias(false)));
            features->push_back(nn::BatchNorm2d(out));
            features->push_back(nn::ReLU(nn::ReLUOptions(true)));
        }
        if (b + 1 < blocks)
            features->push_back(nn::MaxPool2d(2));
        in = out;
        out *= 2;
    }
    features->push_back(nn::AdaptiveAvgPool2d(1));
    features->push_back(nn::Flatten());
    m_features = register_module("features", features);
    m_head = register_module("head",
                             nn::Sequential(nn::Dropout(0.3), nn::Linear(in, 128), nn::ReLU(nn::ReLUOptions(true)), nn::Dropout(0.3),
                                            nn::Linear(128, classCount)));
}

torch::Tensor VggStyle::features(torch::Tensor x)
{
    // Every layer of `features` but the closing global pooling and flatten.
    auto layer = m_features->begin();
    for (size_t i = 0; i + 2 < m_features->size(); ++i, ++layer)
        x = layer->forward(x);
    return x;
}

torch::Tensor VggStyle::classify(torch::Tensor x)
{
    return m_head->forward(torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1));
}

std::string VggStyle::describeOnnx(OnnxGraph& graph, const std::string& images)
{
    return graph.sequential(m_head, graph.sequential(m_features, images));
}

std::vector<std::vector<torch::Tensor>> VggStyle::layerGroups()
{
    // One group per convolution block, then the head.
    std::vector<std::vector<torch::Tensor>> groups(1);
    for (const auto& child : m_features->children()) {
        for (const auto& p : child->parameters())
            groups.back().push_back(p);
        if (child->as<torch::nn::MaxPool2d>())
            groups.emplace_back();
    }
    groups.push_back(m_head->parameters());
    return groups;
}

} // namespace picta

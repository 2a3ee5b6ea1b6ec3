#include "smallcnn.h"

#include "convrelupool.h"
#include "export/onnxgraph.h"

#include <torch/torch.h>

namespace picta {

SmallCnn::SmallCnn(int inputChannels, int imageSize, int classCount)
{
    namespace nn = torch::nn;
    m_conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(inputChannels, 30, 3)));
    m_conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(30, 15, 3)));
    m_dropout = register_module("dropout", nn::Dropout(0.2));
    const int side = ((imageSize - 2) / 2 - 2) / 2;
    m_fc1 = register_module("fc1", nn::Linear(15 * side * side, 128));
    m_fc2 = register_module("fc2", nn::Linear(128, 50));
    m_head = register_module("head", nn::Linear(50, classCount));
}

torch::Tensor SmallCnn::features(torch::Tensor x)
{
    // The first block through ConvReluPool (convolved a few images at a time, only the pooled
    // maps and their window indices kept): its convolution output, 378 MB at 224 px and batch
    // 64, was held three times over in the backward pass. The second ReLU stays out of place,
    // since Grad-CAM takes gradients at the returned maps.
    x = ConvReluPool::apply(x, m_conv1->weight, m_conv1->bias);
    return torch::relu(m_conv2->forward(x));
}

torch::Tensor SmallCnn::classify(torch::Tensor x)
{
    x = torch::max_pool2d(x, 2);
    x = m_dropout->forward(x).flatten(1);
    x = torch::relu(m_fc1->forward(x));
    x = torch::relu(m_fc2->forward(x));
    return m_head->forward(x);
}

std::string SmallCnn::describeOnnx(OnnxGraph& g, const std::string& images)
{
    std::string x = g.maxPool(g.relu(g.conv(m_conv1, images)), 2, 2, 0);
    x = g.maxPool(g.relu(g.conv(m_conv2, x)), 2, 2, 0);
    x = g.relu(g.linear(m_fc1, g.flatten(x)));
    x = g.relu(g.linear(m_fc2, x));
    return g.linear(m_head, x);
}

std::vector<std::vector<torch::Tensor>> SmallCnn::layerGroups()
{
    std::vector<torch::Tensor> head = m_fc1->parameters();
    for (auto* layer : {&m_fc2, &m_head})
        for (const auto& p : (*layer)->parameters())
            head.push_back(p);
    std::vector<torch::Tensor> body = m_conv1->parameters();
    for (const auto& p : m_conv2->parameters())
        body.push_back(p);
    return {body, head};
}

} // namespace picta

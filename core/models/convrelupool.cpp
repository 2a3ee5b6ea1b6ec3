#include "convrelupool.h"

#include <torch/torch.h>

#include <algorithm>

namespace picta {

namespace {

constexpr int64_t kChunkBytes = 32LL << 20;

// The convolution of images [begin, end) and its 2×2 max-pooling, with each window's argmax as a
// flat index into the convolution output's plane.
std::tuple<torch::Tensor, torch::Tensor> convolveAndPool(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                                                         int64_t begin, int64_t end)
{
    const torch::Tensor maps = torch::conv2d(x.slice(0, begin, end), weight, bias);
    return torch::max_pool2d_with_indices(maps, 2);
}

} // namespace

int64_t ConvReluPool::chunkImages(const torch::Tensor& x, const torch::Tensor& weight)
{
    const int64_t h = x.size(2) - weight.size(2) + 1;
    const int64_t w = x.size(3) - weight.size(3) + 1;
    const int64_t perImage = std::max<int64_t>(1, weight.size(0) * h * w * int64_t(sizeof(float)));
    return std::max<int64_t>(1, kChunkBytes / perImage);
}

torch::Tensor ConvReluPool::apply(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias)
{
    if (torch::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad() || (bias.defined() && bias.requires_grad())))
        // libtorch's custom functions take no undefined tensor as an input: a bias-free
        // convolution gets a zero bias that needs no gradient.
        return torch::autograd::Function<ConvReluPool>::apply(
            x, weight, bias.defined() ? bias : torch::zeros({weight.size(0)}, weight.options().requires_grad(false)));
    // Inference: the same chunks, nothing kept.
    const int64_t n = x.size(0), step = chunkImages(x, weight);
    std::vector<torch::Tensor> pooled;
    for (int64_t begin = 0; begin < n; begin += step)
        pooled.push_back(std::get<0>(convolveAndPool(x, weight, bias, begin, std::min(n, begin + step))));
    return (pooled.size() == 1 ? pooled.front() : torch::cat(pooled)).relu_();
}

torch::Tensor ConvReluPool::forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
                                    const torch::Tensor& bias)
{
    const int64_t n = x.size(0), step = chunkImages(x, weight);
    std::vector<torch::Tensor> pooled, indices;
    for (int64_t begin = 0; begin < n; begin += step) {
        auto [p, i] = convolveAndPool(x, weight, bias, begin, std::min(n, begin + step));
        pooled.push_back(p);
        indices.push_back(i.to(torch::kInt)); // an index into one plane: far below 2^31
    }
    torch::Tensor out = (pooled.size() == 1 ? pooled.front() : torch::cat(pooled)).relu_();
    const torch::Tensor index = indices.size() == 1 ? indices.front() : torch::cat(indices);
    ctx->save_for_backward({x, weight, bias, out, index});
    ctx->saved_data["planeHeight"] = x.size(2) - weight.size(2) + 1;
    ctx->saved_data["planeWidth"] = x.size(3) - weight.size(3) + 1;
    return out;
}

torch::autograd::variable_list ConvReluPool::backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list gradOutputs)
{
    const auto saved = ctx->get_saved_variables();
    const torch::Tensor &x = saved[0], &weight = saved[1], &bias = saved[2], &out = saved[3], &index = saved[4];
    const int64_t planeHeight = ctx->saved_data["planeHeight"].toInt();
    const int64_t planeWidth = ctx->saved_data["planeWidth"].toInt();
    // The ReLU's gradient, then the pooling's: each pooled value's gradient goes to its argmax.
    const torch::Tensor grad = gradOutputs[0].contiguous() * out.gt(0);
    const int64_t n = x.size(0), channels = weight.size(0), step = chunkImages(x, weight);
    const std::array<bool, 3> mask{ctx->needs_input_grad(0), ctx->needs_input_grad(1), bias.defined() && ctx->needs_input_grad(2)};
    torch::Tensor gradWeight, gradBias;
    std::vector<torch::Tensor> gradX;
    for (int64_t begin = 0; begin < n; begin += step) {
        const int64_t end = std::min(n, begin + step), m = end - begin;
        const torch::Tensor mapsGrad = torch::zeros({m, channels, planeHeight * planeWidth}, grad.options())
                                           .scatter_(2, index.slice(0, begin, end).reshape({m, channels, -1}).to(torch::kLong),
                                                     grad.slice(0, begin, end).reshape({m, channels, -1}))
                                           .view({m, channels, planeHeight, planeWidth});
        auto [gx, gw, gb] = at::convolution_backward(mapsGrad, x.slice(0, begin, end), weight,
                                                     bias.defined() ? at::OptionalIntArrayRef(bias.sizes()) : at::OptionalIntArrayRef(),
                                                     {1, 1}, {0, 0}, {1, 1}, false, {0, 0}, 1, mask);
        if (mask[0])
            gradX.push_back(gx);
        if (mask[1])
            gradWeight = gradWeight.defined() ? gradWeight.add_(gw) : gw;
        if (mask[2])
            gradBias = gradBias.defined() ? gradBias.add_(gb) : gb;
    }
    torch::Tensor gradInput;
    if (mask[0])
        gradInput = gradX.size() == 1 ? gradX.front() : torch::cat(gradX);
    return {gradInput, gradWeight, gradBias};
}

} // namespace picta

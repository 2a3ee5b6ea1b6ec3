#pragma once

#include <torch/csrc/autograd/custom_function.h>
#include <torch/types.h>

namespace picta {

/// relu(max_pool2d(conv2d(x, weight, bias), 2)) for a stride-1, unpadded convolution: the first
/// block of SmallCnn, whose convolution output is the network's largest tensor (at 224 px and
/// batch 64: 64×30×222×222 floats, 378 MB).
///
/// Composed of autograd's own operations, that block kept the convolution output (the pooling's
/// saved input) and the int64 pooling indices through the forward pass, and its backward pass
/// held three tensors of that size at once: 1.4 GB of the 2.1 GB peak measured on photos. Here
/// the batch is convolved a few images at a time (chunks of about 32 MB of convolution output),
/// only the pooled output and int32 window indices are kept, and the backward pass rebuilds the
/// convolution's gradient chunk by chunk and sums the weight gradients. Same values: max-pooling
/// commutes with ReLU, and the gradients differ only by the order of the chunks' float sums.
struct ConvReluPool : torch::autograd::Function<ConvReluPool> {
    static torch::Tensor apply(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias);

    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
                                 const torch::Tensor& bias);
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx, torch::autograd::variable_list gradOutputs);

    /// Images per chunk: as many as keep one chunk's convolution output near 32 MB, at least one.
    static int64_t chunkImages(const torch::Tensor& x, const torch::Tensor& weight);
};

} // namespace picta

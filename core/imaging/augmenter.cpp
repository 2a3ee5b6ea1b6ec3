#include "augmenter.h"

#include <torch/torch.h>

#include <cmath>

namespace picta {

Augmenter::Augmenter(Options options, std::uint64_t seed)
    : m_options(options)
    , m_rng(seed)
{
}

torch::Tensor Augmenter::apply(const torch::Tensor& images)
{
    namespace F = torch::nn::functional;
    const int64_t n = images.size(0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto between = [&](double lo, double hi) { return lo + (hi - lo) * unit(m_rng); };

    // One 2×3 affine matrix per image, mapping output coordinates to input ones (normalised to
    // [-1, 1]): a scale below 1 zooms into a crop, which is what a resized crop is.
    torch::Tensor theta = torch::empty({n, 2, 3}, torch::kFloat32);
    auto t = theta.accessor<float, 3>();
    torch::Tensor brightness = torch::empty({n, 1, 1, 1});
    torch::Tensor contrast = torch::empty({n, 1, 1, 1});
    for (int64_t i = 0; i < n; ++i) {
        const double area = between(m_options.minArea, 1.0);
        const double logAspect = between(-std::log(m_options.maxAspect), std::log(m_options.maxAspect));
        const double sx = std::min(1.0, std::sqrt(area * std::exp(logAspect)));
        const double sy = std::min(1.0, std::sqrt(area / std::exp(logAspect)));
        const double tx = between(-(1.0 - sx), 1.0 - sx);
        const double ty = between(-(1.0 - sy), 1.0 - sy);
        const double angle = between(-m_options.maxRotation, m_options.maxRotation) * M_PI / 180.0;
        const double flip = m_options.flip && unit(m_rng) < 0.5 ? -1.0 : 1.0;
        const double c = std::cos(angle), s = std::sin(angle);
        t[i][0][0] = float(flip * sx * c);
        t[i][0][1] = float(-sy * s);
        t[i][0][2] = float(tx);
        t[i][1][0] = float(flip * sx * s);
        t[i][1][1] = float(sy * c);
        t[i][1][2] = float(ty);
        brightness[i] = float(between(-m_options.brightness, m_options.brightness));
        contrast[i] = float(between(1.0 - m_options.contrast, 1.0 + m_options.contrast));
    }
    const torch::Tensor grid = F::affine_grid(theta.to(images.device()), images.sizes(), /*align_corners=*/false);
    torch::Tensor out = F::grid_sample(
        images, grid, F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kReflection).align_corners(false));
    const torch::Tensor mean = out.mean({1, 2, 3}, /*keepdim=*/true);
    out = (out - mean) * contrast.to(out.device()) + mean + brightness.to(out.device());
    return out.clamp_(0.0, 1.0);
}

} // namespace picta

#pragma once

#include <torch/types.h>

#include <random>

namespace picta {

/// Training-time augmentation of a batch, done on tensors at the model's input size in one
/// affine resampling per batch: random resized crop, horizontal flip, rotation, then brightness
/// and contrast. Never used for validation or prediction.
class Augmenter {
public:
    struct Options {
        double minArea = 0.6; ///< smallest crop, as a fraction of the image area
        double maxAspect = 4.0 / 3.0;
        double maxRotation = 10; ///< degrees, either way
        bool flip = true;
        double brightness = 0.2; ///< ± fraction
        double contrast = 0.2;   ///< ± fraction
    };

    explicit Augmenter(Options options, std::uint64_t seed = 1);
    Augmenter(std::uint64_t seed = 1)
        : Augmenter(Options(), seed)
    {
    }

    /// Float [B, C, H, W] in [0, 1] → the same shape, augmented, still in [0, 1].
    torch::Tensor apply(const torch::Tensor& images);

private:
    Options m_options;
    std::mt19937_64 m_rng;
};

} // namespace picta

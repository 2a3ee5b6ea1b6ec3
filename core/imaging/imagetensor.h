#pragma once

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include <vector>

namespace picta {

/// Turns decoded pixels into model input: the one place where train and predict preprocessing
/// meet, so the predictor sees exactly what the trainer saw.
class ImageTensor {
public:
    /// Resizes the shorter side to `size` (area filter when shrinking) and crops the centre square.
    static cv::Mat fitSquare(const cv::Mat& image, int size);
    /// 8-bit HWC pixels (1 or 3 channels) → uint8 tensor [C, H, W].
    static torch::Tensor toByteTensor(const cv::Mat& image);
    /// uint8 [N, C, H, W] or [C, H, W] → float32, scaled to [0, 1] then normalised per channel.
    static torch::Tensor normalise(const torch::Tensor& bytes, const std::vector<float>& mean, const std::vector<float>& std);
    /// uint8 → float32 in [0, 1].
    static torch::Tensor toUnit(const torch::Tensor& bytes);
    /// Float in [0, 1] → (x − mean) / std per channel.
    static torch::Tensor standardise(const torch::Tensor& unit, const std::vector<float>& mean, const std::vector<float>& std);
};

} // namespace picta

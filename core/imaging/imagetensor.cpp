#include "imagetensor.h"

#include <opencv2/imgproc.hpp>

#include <torch/torch.h>

namespace picta {

cv::Mat ImageTensor::fitSquare(const cv::Mat& image, int size)
{
    if (image.cols == size && image.rows == size)
        return image;
    const double scale = double(size) / std::min(image.cols, image.rows);
    const int w = std::max(size, int(std::lround(image.cols * scale)));
    const int h = std::max(size, int(std::lround(image.rows * scale)));
    cv::Mat resized;
    cv::resize(image, resized, cv::Size(w, h), 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Rect centre((w - size) / 2, (h - size) / 2, size, size);
    return resized(centre).clone();
}

torch::Tensor ImageTensor::toByteTensor(const cv::Mat& image)
{
    const cv::Mat contiguous = image.isContinuous() ? image : image.clone();
    return torch::from_blob(contiguous.data, {contiguous.rows, contiguous.cols, contiguous.channels()}, torch::kUInt8)
        .permute({2, 0, 1})
        .contiguous(); // copies: the tensor owns its memory
}

torch::Tensor ImageTensor::toUnit(const torch::Tensor& bytes)
{
    return bytes.to(torch::kFloat32).div_(255.0f);
}

torch::Tensor ImageTensor::standardise(const torch::Tensor& unit, const std::vector<float>& mean, const std::vector<float>& std)
{
    const bool batched = unit.dim() == 4;
    const int64_t channels = unit.size(batched ? 1 : 0);
    const std::vector<int64_t> shape = batched ? std::vector<int64_t>{1, channels, 1, 1} : std::vector<int64_t>{channels, 1, 1};
    const torch::Tensor m = torch::tensor(mean, torch::kFloat32).to(unit.device()).view(shape);
    const torch::Tensor s = torch::tensor(std, torch::kFloat32).to(unit.device()).view(shape);
    return (unit - m) / s;
}

torch::Tensor ImageTensor::normalise(const torch::Tensor& bytes, const std::vector<float>& mean, const std::vector<float>& std)
{
    return standardise(toUnit(bytes), mean, std);
}

} // namespace picta

#include "sketchpreprocessor.h"

#include "imaging/imagedecoder.h"

#include <opencv2/imgproc.hpp>

namespace picta {

std::optional<cv::Mat> SketchPreprocessor::prepare(const cv::Mat& gray, int size, bool lightInk)
{
    cv::Mat ink;
    cv::threshold(gray, ink, 200, 255, cv::THRESH_BINARY_INV); // anything clearly darker than paper
    const cv::Rect box = cv::boundingRect(ink);
    if (box.area() == 0)
        return std::nullopt;
    const int side = int(std::ceil(std::max(box.width, box.height) / (1.0 - 2 * kMargin)));
    cv::Mat square(side, side, CV_8U, cv::Scalar(255));
    const cv::Rect target((side - box.width) / 2, (side - box.height) / 2, box.width, box.height);
    gray(box).copyTo(square(target));
    cv::Mat out;
    cv::resize(square, out, cv::Size(size, size), 0, 0, side > size ? cv::INTER_AREA : cv::INTER_LINEAR);
    if (lightInk)
        out = 255 - out;
    return out;
}

std::optional<RawImage> SketchPreprocessor::prepare(const RawImage& canvas, int size, bool lightInk)
{
    const auto gray = ImageDecoder::fromRaw(canvas, ImageDecoder::Color::Gray);
    if (!gray)
        return std::nullopt;
    const auto prepared = prepare(*gray, size, lightInk);
    if (!prepared)
        return std::nullopt;
    RawImage out;
    out.width = out.height = size;
    out.bytesPerLine = size;
    out.format = RawImage::Format::Gray8;
    out.data = QByteArray(reinterpret_cast<const char*>(prepared->data), size * size);
    return out;
}

} // namespace picta

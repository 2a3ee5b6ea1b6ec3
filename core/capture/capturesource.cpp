#include "capture/capturesource.h"

#include <opencv2/imgproc.hpp>

#include <chrono>

namespace picta {

bool CaptureSource::toFrame(const cv::Mat& picture, CaptureFrame* frame)
{
    // 8K UHD is 33 MP: a frame over 40 MP comes from a forged file, and every frame is copied a few
    // times on its way (screen, classifier), so it is refused rather than carried.
    constexpr qint64 kMaxFramePixels = 40'000'000;
    if (picture.empty() || picture.depth() != CV_8U || qint64(picture.cols) * picture.rows > kMaxFramePixels)
        return false;
    cv::Mat rgb;
    switch (picture.channels()) {
    case 1:
        cv::cvtColor(picture, rgb, cv::COLOR_GRAY2RGB);
        break;
    case 3:
        cv::cvtColor(picture, rgb, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(picture, rgb, cv::COLOR_BGRA2RGB);
        break;
    default:
        return false;
    }
    frame->image.width = rgb.cols;
    frame->image.height = rgb.rows;
    frame->image.bytesPerLine = int(rgb.step);
    frame->image.format = RawImage::Format::Rgb888;
    frame->image.data = QByteArray(reinterpret_cast<const char*>(rgb.data), int(rgb.step * rgb.rows));
    frame->readAtNs = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    return true;
}

} // namespace picta

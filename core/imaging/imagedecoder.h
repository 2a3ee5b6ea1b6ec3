#pragma once

#include "imaging/rawimage.h"
#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace picta {

/// Decodes image files with OpenCV into 8-bit pixels: one channel (gray) or three (RGB order).
/// Handles JPEG, PNG, BMP, WebP, TIFF and PNM; grayscale, 16-bit and alpha (composited over white);
/// JPEG EXIF orientation is applied. Truncated and non-image files fail with a message that names
/// the file and the problem, never with a half-grey picture.
class ImageDecoder {
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)

public:
    enum class Color { Keep, Gray, Rgb };

    static Expected<cv::Mat> decodeFile(const QString& path, Color color = Color::Keep);
    /// `name` is used in error messages (a file name or URL).
    static Expected<cv::Mat> decodeBytes(const QByteArray& bytes, const QString& name, Color color = Color::Keep);
    static Expected<cv::Mat> fromRaw(const RawImage& image, Color color = Color::Keep);

    /// "png", "jpeg", "bmp", "webp", "tiff", "pnm", "gif" from the magic bytes, or empty.
    static QString sniffFormat(const QByteArray& head);

private:
    static cv::Mat toColor(const cv::Mat& image, Color color);
};

} // namespace picta

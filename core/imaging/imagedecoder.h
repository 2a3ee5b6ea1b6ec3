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
    /// Pillow's decompression-bomb limit: larger images are refused from their header, before a
    /// byte of pixels is allocated, on every path that decodes (import, train, predict, scrape, check).
    static constexpr qint64 kMaxPixels = 89'478'485;
    /// Image files larger than this are not read at all (a symlink to /dev/zero, a 4 GB "photo").
    static constexpr qint64 kMaxFileBytes = qint64(128) << 20;

    /// Reads an image file's bytes, refusing devices, pipes and files over kMaxFileBytes.
    static Expected<QByteArray> readFile(const QString& path);

    static Expected<cv::Mat> decodeFile(const QString& path, Color color = Color::Keep);
    /// `name` is used in error messages (a file name or URL).
    static Expected<cv::Mat> decodeBytes(const QByteArray& bytes, const QString& name, Color color = Color::Keep);
    /// Decodes for a picture whose shorter side will be scaled to `minSide`: a JPEG is decoded
    /// at 1/2, 1/4 or 1/8 of its size by libjpeg itself (the largest factor that leaves the
    /// shorter side at least `minSide`), two to four times faster than at full size; other
    /// formats, and colour Keep, decode at full size. EXIF orientation is applied either way.
    static Expected<cv::Mat> decodeFile(const QString& path, Color color, int minSide);
    static Expected<cv::Mat> decodeBytes(const QByteArray& bytes, const QString& name, Color color, int minSide);
    /// The reduction decodeBytes(…, minSide) applies to a `width` × `height` JPEG: 1, 2, 4 or 8.
    static int reductionFor(qint64 width, qint64 height, int minSide);
    static Expected<cv::Mat> fromRaw(const RawImage& image, Color color = Color::Keep);

    /// "png", "jpeg", "bmp", "webp", "tiff", "pnm", "gif" from the magic bytes, or empty.
    static QString sniffFormat(const QByteArray& head);

private:
    static cv::Mat toColor(const cv::Mat& image, Color color);
};

} // namespace picta

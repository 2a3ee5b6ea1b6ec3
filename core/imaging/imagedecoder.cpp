#include "imagedecoder.h"

#include "cleaning/imageheader.h"
#include "support/atomicfile.h"

#include <QDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <webp/decode.h>

#include <cctype>
#include <exception>

namespace picta {

QString ImageDecoder::sniffFormat(const QByteArray& head)
{
    auto starts
        = [&](const char* magic, int n, int at = 0) { return head.size() >= at + n && memcmp(head.constData() + at, magic, n) == 0; };
    if (starts("\x89PNG\r\n\x1a\n", 8))
        return QStringLiteral("png");
    if (starts("\xff\xd8\xff", 3))
        return QStringLiteral("jpeg");
    if (starts("BM", 2))
        return QStringLiteral("bmp");
    if (starts("RIFF", 4) && starts("WEBP", 4, 8))
        return QStringLiteral("webp");
    if (starts("II*\0", 4) || starts("MM\0*", 4))
        return QStringLiteral("tiff");
    // The magic number is followed by white space (Netpbm's format, and OpenCV's check).
    if (head.size() >= 3 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6' && std::isspace(uchar(head[2])))
        return QStringLiteral("pnm");
    if (starts("GIF8", 4))
        return QStringLiteral("gif");
    return {};
}

namespace {

// libjpeg decodes a truncated file "successfully", filling the rest with grey; the end-of-image
// marker is what tells a whole file from a cut one. Trailing padding after it is common.
bool jpegHasEnd(const QByteArray& bytes)
{
    const int window = std::min<int>(bytes.size(), 1024);
    return bytes.right(window).contains(QByteArrayLiteral("\xff\xd9"));
}

bool pngHasEnd(const QByteArray& bytes)
{
    return bytes.right(std::min<int>(bytes.size(), 64)).contains(QByteArrayLiteral("IEND"));
}

// cv::imdecode picks its decoder by its own signature checks, trying each in a fixed order, and
// Debian's OpenCV has more decoders after ours than Picta reads: GDCM claims any bytes with "DICM"
// at offset 128 (and asserts, aborting the process, on a malformed file: the fuzzer's crash),
// GDAL any with "DTED" at 140 (it opens a temporary copy read-write with every GDAL driver). A
// file must therefore reach the decoder of the format it was sniffed as: PNG, JPEG, BMP and TIFF
// are claimed on the same magic bytes by OpenCV's own decoders, which come before those; PNM
// needs white space after its magic (checked in sniffFormat); WebP needs its first 32 bytes
// accepted by libwebp, exactly the test OpenCV's WebP decoder makes (grfmt_webp.cpp).
bool reachesOwnDecoder(const QString& format, const QByteArray& bytes)
{
    if (format != QLatin1String("webp"))
        return true;
    constexpr int kWebpHeader = 32;
    WebPBitstreamFeatures features;
    return bytes.size() >= kWebpHeader
        && WebPGetFeatures(reinterpret_cast<const uint8_t*>(bytes.constData()), kWebpHeader, &features) == VP8_STATUS_OK;
}

cv::Mat to8Bit(const cv::Mat& image)
{
    if (image.depth() == CV_8U)
        return image;
    cv::Mat out;
    switch (image.depth()) {
    case CV_16U:
        image.convertTo(out, CV_8U, 1.0 / 257.0);
        break;
    case CV_32F:
    case CV_64F:
        image.convertTo(out, CV_8U, 255.0);
        break;
    default:
        image.convertTo(out, CV_8U);
    }
    return out;
}

// Composites an image with alpha over white, the convention for transparent drawings and logos.
cv::Mat flattenAlpha(const cv::Mat& image)
{
    std::vector<cv::Mat> planes;
    cv::split(image, planes);
    const cv::Mat alpha = planes.back();
    planes.pop_back();
    cv::Mat alphaF;
    alpha.convertTo(alphaF, CV_32F, 1.0 / 255.0);
    for (cv::Mat& plane : planes) {
        cv::Mat p;
        plane.convertTo(p, CV_32F);
        p = p.mul(alphaF) + (1.0 - alphaF) * 255.0;
        p.convertTo(plane, CV_8U);
    }
    cv::Mat out;
    cv::merge(planes, out);
    return out;
}

} // namespace

cv::Mat ImageDecoder::toColor(const cv::Mat& decoded, Color color)
{
    // After this: 1 channel gray, or 3 channels in OpenCV's BGR order.
    cv::Mat image = to8Bit(decoded);
    if (image.channels() == 4 || image.channels() == 2)
        image = flattenAlpha(image);
    cv::Mat out;
    if (image.channels() == 1) {
        if (color == Color::Rgb)
            cv::cvtColor(image, out, cv::COLOR_GRAY2RGB);
        else
            out = image;
    } else if (color == Color::Gray) {
        cv::cvtColor(image, out, cv::COLOR_BGR2GRAY);
    } else {
        cv::cvtColor(image, out, cv::COLOR_BGR2RGB);
    }
    return out.isContinuous() ? out : out.clone();
}

Expected<QByteArray> ImageDecoder::readFile(const QString& path)
{
    return AtomicFile::read(path, kMaxFileBytes);
}

Expected<cv::Mat> ImageDecoder::decodeFile(const QString& path, Color color)
{
    return decodeFile(path, color, 0);
}

Expected<cv::Mat> ImageDecoder::decodeFile(const QString& path, Color color, int minSide)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return Expected<cv::Mat>::failure(bytes.error());
    return decodeBytes(*bytes, QDir::toNativeSeparators(path), color, minSide);
}

int ImageDecoder::reductionFor(qint64 width, qint64 height, int minSide)
{
    if (minSide <= 0 || width <= 0 || height <= 0)
        return 1;
    const qint64 shorter = std::min(width, height);
    for (int factor : {8, 4, 2})
        if (shorter / factor >= minSide)
            return factor;
    return 1;
}

Expected<cv::Mat> ImageDecoder::decodeBytes(const QByteArray& bytes, const QString& name, Color color)
{
    return decodeBytes(bytes, name, color, 0);
}

Expected<cv::Mat> ImageDecoder::decodeBytes(const QByteArray& bytes, const QString& name, Color color, int minSide)
{
    using R = Expected<cv::Mat>;
    if (bytes.isEmpty())
        return R::failure(tr("%1: empty file (0 bytes)").arg(name));
    const QString format = sniffFormat(bytes.left(16));
    if (format.isEmpty())
        return R::failure(tr("%1: not an image (unrecognised content)").arg(name));
    if (format == QLatin1String("gif"))
        return R::failure(tr("%1: GIF images are not supported").arg(name));
    if (format == QLatin1String("jpeg") && !jpegHasEnd(bytes))
        return R::failure(tr("%1: truncated JPEG (no end-of-image marker)").arg(name));
    if (format == QLatin1String("png") && !pngHasEnd(bytes))
        return R::failure(tr("%1: truncated PNG (no IEND chunk)").arg(name));
    if (!reachesOwnDecoder(format, bytes))
        return R::failure(tr("%1: corrupt %2 header").arg(name, format));

    // The pixel count comes from the header, so a 16000×16000 PNG of a few hundred kilobytes is
    // refused before the decoder allocates its gigabyte. A header that cannot be read leaves
    // OpenCV's own limit (2^30 pixels) and the decoder's errors.
    const auto header = ImageHeader::read(bytes);
    if (header && double(header->width) * double(header->height) > double(kMaxPixels))
        return R::failure(tr("%1: %2×%3 pixels is over the limit of %4 megapixels")
                              .arg(name)
                              .arg(header->width)
                              .arg(header->height)
                              .arg(double(kMaxPixels) / 1e6, 0, 'f', 1));

    // IMREAD_UNCHANGED keeps alpha and 16-bit depth but ignores EXIF orientation, which only
    // JPEG (no alpha) carries in practice: decode JPEG with ANYCOLOR so OpenCV rotates it.
    int flags = format == QLatin1String("jpeg") ? (cv::IMREAD_ANYCOLOR | cv::IMREAD_ANYDEPTH) : cv::IMREAD_UNCHANGED;
    // libjpeg scales while it decodes (its IDCT at 1/2, 1/4, 1/8): the reduced flags ask for
    // colour or gray, so only when the caller wants one of them. They keep EXIF orientation.
    if (format == QLatin1String("jpeg") && header && color != Color::Keep) {
        const bool gray = color == Color::Gray;
        switch (reductionFor(header->width, header->height, minSide)) {
        case 8:
            flags = gray ? cv::IMREAD_REDUCED_GRAYSCALE_8 : cv::IMREAD_REDUCED_COLOR_8;
            break;
        case 4:
            flags = gray ? cv::IMREAD_REDUCED_GRAYSCALE_4 : cv::IMREAD_REDUCED_COLOR_4;
            break;
        case 2:
            flags = gray ? cv::IMREAD_REDUCED_GRAYSCALE_2 : cv::IMREAD_REDUCED_COLOR_2;
            break;
        default:
            break;
        }
    }
    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
        decoded = cv::imdecode(buffer, flags);
    } catch (const cv::Exception& e) {
        // OpenCV's text is "... error: (-215:Assertion failed) cond in function 'f'\n": keep the condition.
        return R::failure(tr("%1: cannot decode %2 image (%3)").arg(name, format, QString::fromStdString(e.err).trimmed()));
    } catch (const std::exception& e) {
        // Codecs below OpenCV throw their own exceptions (std::out_of_range, std::runtime_error).
        return R::failure(tr("%1: cannot decode %2 image (%3)").arg(name, format, QString::fromLocal8Bit(e.what()).trimmed()));
    }
    if (decoded.empty())
        return R::failure(tr("%1: corrupt or unsupported %2 image").arg(name, format));
    if (decoded.channels() > 4)
        return R::failure(tr("%1: %2 image with %3 channels (1 to 4 are supported)").arg(name, format).arg(decoded.channels()));
    return toColor(decoded, color);
}

Expected<cv::Mat> ImageDecoder::fromRaw(const RawImage& image, Color color)
{
    if (!image.isValid())
        return Expected<cv::Mat>::failure(tr("invalid in-memory image"));
    int type = CV_8UC4;
    int code = cv::COLOR_RGBA2BGRA;
    if (image.format == RawImage::Format::Gray8) {
        type = CV_8UC1;
        code = -1;
    } else if (image.format == RawImage::Format::Rgb888) {
        type = CV_8UC3;
        code = cv::COLOR_RGB2BGR;
    }
    const cv::Mat view(image.height, image.width, type, const_cast<char*>(image.data.constData()), size_t(image.bytesPerLine));
    cv::Mat bgr;
    if (code >= 0)
        cv::cvtColor(view, bgr, code);
    else
        bgr = view.clone();
    return toColor(bgr, color);
}

} // namespace picta

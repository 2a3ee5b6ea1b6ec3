#include "imagehasher.h"

#include "imaging/imagedecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cmath>

#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

namespace picta {

namespace {

// pHash as pHash.org and Python's imagehash define it: the 8×8 lowest frequencies of the 32×32
// DCT, each bit set when a coefficient is above their median. (img_hash's PHash compares with the
// mean, which the DC term dominates: on dark, centred objects such as Fashion-MNIST's, most bits
// came out 0 and unrelated images shared codes.)
uint64_t medianPHash(const cv::Mat& gray32)
{
    cv::Mat f, dct;
    gray32.convertTo(f, CV_32F);
    cv::dct(f, dct);
    float coefficients[64];
    for (int r = 0; r < 8; ++r)
        for (int c = 0; c < 8; ++c)
            coefficients[r * 8 + c] = dct.at<float>(r, c);
    float sorted[64];
    std::copy(coefficients, coefficients + 64, sorted);
    std::nth_element(sorted, sorted + 32, sorted + 64);
    const float median = sorted[32];
    uint64_t bits = 0;
    for (int i = 0; i < 64; ++i)
        bits = (bits << 1) | (coefficients[i] > median ? 1 : 0);
    return bits;
}

uint64_t toBits(const cv::Mat& hash)
{
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | hash.at<uchar>(0, i);
    return bits;
}

} // namespace

double ImageHasher::correlation(const ImageHashes& a, int orientation, const ImageHashes& b)
{
    // Pixel (x, y) of `a` turned as the hashes' orientations are: o % 4 quarter turns clockwise,
    // then a mirror for o >= 4.
    constexpr int n = 16;
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            int u = orientation >= 4 ? n - 1 - x : x, v = y; // position in the rotated image
            int sx = u, sy = v;                              // back to the source image
            switch (orientation % 4) {
            case 1: // clockwise: rotated(u, v) = src(v, n-1-u)
                sx = v;
                sy = n - 1 - u;
                break;
            case 2:
                sx = n - 1 - u;
                sy = n - 1 - v;
                break;
            case 3: // counter-clockwise: rotated(u, v) = src(n-1-v, u)
                sx = n - 1 - v;
                sy = u;
                break;
            default:
                break;
            }
            const double pa = a.thumbnail[size_t(sy * n + sx)], pb = b.thumbnail[size_t(y * n + x)];
            sa += pa;
            sb += pb;
            saa += pa * pa;
            sbb += pb * pb;
            sab += pa * pb;
        }
    const double count = n * n;
    const double cov = sab - sa * sb / count, va = saa - sa * sa / count, vb = sbb - sb * sb / count;
    if (va < 1e-6 || vb < 1e-6)
        return va < 1e-6 && vb < 1e-6 ? 1.0 : 0.0; // flat images: alike only if both are flat
    return cov / std::sqrt(va * vb);
}

Expected<ImageHashes> ImageHasher::hashFile(const QString& path)
{
    const auto bytes = ImageDecoder::readFile(path);
    if (!bytes)
        return Expected<ImageHashes>::failure(bytes.error());
    return hashBytes(*bytes, QDir::toNativeSeparators(path));
}

Expected<ImageHashes> ImageHasher::hashBytes(const QByteArray& bytes, const QString& name)
{
    const auto decoded = ImageDecoder::decodeBytes(bytes, name, ImageDecoder::Color::Gray);
    if (!decoded)
        return Expected<ImageHashes>::failure(decoded.error());
    ImageHashes h;
    h.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    h.width = decoded->cols;
    h.height = decoded->rows;
    h.fileSize = bytes.size();
    // pHash works on 32×32 and the average hash on 8×8; area averaging first makes both
    // independent of the original resolution. Rotating or mirroring the 32×32 thumbnail equals
    // rotating or mirroring the image, so the 8 orientations cost 8 small DCTs, not 8 decodes.
    cv::Mat small;
    cv::resize(*decoded, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat thumb;
    cv::resize(small, thumb, cv::Size(16, 16), 0, 0, cv::INTER_AREA);
    std::copy(thumb.data, thumb.data + 256, h.thumbnail.begin());
    cv::Mat hash;
    for (int o = 0; o < ImageHashes::kOrientations; ++o) {
        cv::Mat oriented;
        if (o % 4 == 0)
            oriented = small;
        else if (o % 4 == 1)
            cv::rotate(small, oriented, cv::ROTATE_90_CLOCKWISE);
        else if (o % 4 == 2)
            cv::rotate(small, oriented, cv::ROTATE_180);
        else if (o % 4 == 3)
            cv::rotate(small, oriented, cv::ROTATE_90_COUNTERCLOCKWISE);
        if (o >= 4) {
            cv::Mat mirrored; // a new buffer: `oriented` may share `small`'s pixels
            cv::flip(oriented, mirrored, 1);
            oriented = mirrored;
        }
        h.phash[o] = medianPHash(oriented);
        cv::img_hash::averageHash(oriented, hash);
        h.ahash[o] = toBits(hash);
    }
    return h;
}

} // namespace picta

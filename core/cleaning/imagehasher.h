#pragma once

#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>

namespace picta {

/// The fingerprints of one image for duplicate search: SHA-256 of the file's bytes (exact
/// duplicates), and two 64-bit perceptual hashes: pHash (DCT, median threshold, computed with
/// OpenCV's cv::dct) and img_hash's average hash, each for the 8 orientations of the image (identity, 3 rotations by 90°, and the
/// mirror of each), so that flipped and rotated copies are found by comparing one image's
/// identity hash with the other's 8.
struct ImageHashes {
    static constexpr int kOrientations = 8;
    QByteArray sha256;
    std::array<uint64_t, kOrientations> phash{}, ahash{};
    std::array<uint8_t, 256> thumbnail{}; ///< 16×16 gray, identity orientation, to confirm a match
    int width = 0, height = 0;            ///< of the decoded image
    qint64 fileSize = 0;
};

class ImageHasher {
    Q_DECLARE_TR_FUNCTIONS(ImageHasher)

public:
    /// Pearson correlation of the thumbnails, `a` turned to `orientation` (as in phash[]) against
    /// `b` as it is: 1 for the same picture, near 0 for unrelated ones.
    static double correlation(const ImageHashes& a, int orientation, const ImageHashes& b);
    static Expected<ImageHashes> hashFile(const QString& path);
    static Expected<ImageHashes> hashBytes(const QByteArray& bytes, const QString& name);
};

} // namespace picta

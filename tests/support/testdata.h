#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace picta::test {

/// Writes synthetic but learnable images: each class has its own pattern (a bright quadrant,
/// stripes of an orientation, a centred blob…) under random brightness, offset and noise.
class TestData {
public:
    /// Pattern image of `classIndex` (0–5), `size`×`size`, 1 or 3 channels, encoded as PNG.
    static QByteArray patternPng(int classIndex, int size, int channels, std::mt19937& rng);
    /// Creates a project in `dir` with `classes` classes (named class0…), `perClass` images each.
    /// Returns the project's root, or an empty string on failure.
    static QString makeProject(const QString& dir, int classes, int perClass, int size = 16, int channels = 1, unsigned seed = 7);
    /// A JPEG of a gradient, `width`×`height`, 3 channels.
    static QByteArray gradientJpeg(int width, int height);
    static bool writeFile(const QString& path, const QByteArray& bytes);
    /// All images below a folder, sorted.
    static QStringList imagesBelow(const QString& dir);
};

} // namespace picta::test

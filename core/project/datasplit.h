#pragma once

#include "imageentry.h"

#include <QVector>

#include <cstdint>

namespace picta {

/// Stratified, seeded train/validation split. Each image's side is decided by a stable hash of
/// (seed, relative path) ranked within its class, so every class gets round(n × fraction) validation
/// images, the same seed always gives the same split on any machine, and adding images to a class
/// moves few existing ones across.
class DataSplit {
public:
    static void assign(QVector<ImageEntry>& entries, int classCount, double validationFraction, std::uint64_t seed);
    /// FNV-1a over the UTF-8 bytes, mixed with the seed: stable across Qt versions and platforms.
    static std::uint64_t stableHash(const QString& text, std::uint64_t seed);
};

} // namespace picta

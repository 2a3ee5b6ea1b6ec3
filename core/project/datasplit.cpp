#include "datasplit.h"

#include <algorithm>
#include <cmath>

namespace picta {

std::uint64_t DataSplit::stableHash(const QString& text, std::uint64_t seed)
{
    std::uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
    const QByteArray bytes = text.toUtf8();
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    // Final avalanche (splitmix64) so that near-identical names spread evenly.
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return h;
}

void DataSplit::assign(QVector<ImageEntry>& entries, int classCount, double validationFraction, std::uint64_t seed)
{
    const double fraction = std::clamp(validationFraction, 0.0, 0.9);
    QVector<QVector<int>> perClass(classCount);
    for (int i = 0; i < entries.size(); ++i) {
        entries[i].split = Split::Train;
        if (entries[i].classIndex >= 0 && entries[i].classIndex < classCount)
            perClass[entries[i].classIndex].push_back(i);
    }
    for (QVector<int>& members : perClass) {
        QVector<std::pair<std::uint64_t, int>> ranked;
        ranked.reserve(members.size());
        for (int i : members)
            ranked.push_back({stableHash(entries[i].relativePath, seed), i});
        std::sort(ranked.begin(), ranked.end());
        int validationCount = static_cast<int>(std::lround(members.size() * fraction));
        if (fraction > 0 && members.size() >= 2)
            validationCount = std::clamp(validationCount, 1, int(members.size()) - 1);
        for (int k = 0; k < validationCount; ++k)
            entries[ranked[k].second].split = Split::Validation;
    }
}

} // namespace picta

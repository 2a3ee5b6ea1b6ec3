#pragma once

#include "imagehasher.h"
#include "integritychecker.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <vector>

namespace picta {

/// One image of a duplicate group, with what decides which copy to keep.
struct DuplicateImage {
    QString path;
    int width = 0, height = 0;
    qint64 fileSize = 0;
};

/// Images that are the same picture: `exact` when every file has the same bytes. Sorted best
/// first (largest resolution, then largest file, then path): the first is the one to keep.
struct DuplicateGroup {
    bool exact = false;
    QVector<DuplicateImage> images;
};

struct DuplicateReport {
    QVector<DuplicateGroup> groups;
    QVector<IntegrityProblem> unreadable; ///< files that could not be hashed (skipped)
    int images = 0;                       ///< files hashed
    double hashSeconds = 0, searchSeconds = 0;
    bool cancelled = false;
};

/// Groups exact duplicates (SHA-256 of the bytes) and near duplicates: re-encodings, resizes,
/// small crops, brightness changes, mirror images and 90° rotations. Two images are near
/// duplicates when the pHash of one, in some orientation, is within `threshold` bits of the
/// other's, their average hashes (same orientation) agree within `threshold` + 4 bits, and their
/// 16×16 thumbnails, so aligned, correlate (see minCorrelation): together these keep look-alike
/// but different pictures apart. Each group forms around its best image, and
/// every member is a near duplicate of that image (pairs are not chained). The search uses a multi-index hash table, not all pairs: 100,000
/// images take seconds.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    /// 10 of 64 bits, as imagededup: crops of 3 % a side, re-encodings, resizes and brightness
    /// changes stay within it, distinct photo-like pictures were 14 or more apart
    /// (tests/tst_duplicatefinder). Larger thresholds also catch larger crops, at a cost in
    /// false groups and search time (radius/4 bits per 16-bit chunk are enumerated).
    static constexpr int kDefaultThreshold = 10;
    enum class Phase { Hashing, Searching };
    /// (phase, done, total); called from worker threads.
    using Progress = std::function<void(Phase, int, int)>;

    /// The thumbnail correlation a pair needs on top of the hashes: 0.9 (3 % crops measured
    /// 0.92–0.95), but 0.99 when an image is under kSmallSide px on a side. Tiny centred images
    /// (Fashion-MNIST's 28×28 silhouettes) share hashes and coarse shape without being copies:
    /// at 0.9 the 1,600-image demo formed 199 groups, at 0.99 13, each a real look-alike pair.
    static double minCorrelation(const ImageHashes& a, const ImageHashes& b);
    static constexpr int kSmallSide = 64;
    static DuplicateReport find(const QStringList& files, int threshold = kDefaultThreshold, const Progress& progress = {},
                                const std::atomic_bool* cancel = nullptr);
    /// The grouping alone, on hashes already computed: index lists into `hashes`, each group
    /// sorted by index. For the benchmark and for callers that cache hashes.
    static std::vector<std::vector<int>> group(const std::vector<ImageHashes>& hashes, int threshold,
                                               const std::function<void(int, int)>& progress = {},
                                               const std::atomic_bool* cancel = nullptr);

    /// Why a duplicate went to the quarantine, worded once for the Dataset tab's dialog and
    /// `picta-cli dedupe`: "exact duplicate of images/cat/a.jpg" or "near duplicate of …" (the kept
    /// copy, relative to `projectRoot`), or "duplicate (no copy kept)" when every copy goes.
    static QString quarantineReason(bool exact, const QString& projectRoot, const QString& keptPath);
    /// The default decision: each group keeps its best image (the first) and the others go to the
    /// quarantine, as (path, reason) pairs.
    static QVector<QPair<QString, QString>> quarantinePlan(const DuplicateReport& report, const QString& projectRoot);
};

} // namespace picta

Q_DECLARE_METATYPE(picta::DuplicateReport)

#include "duplicatefinder.h"

#include "hammingindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QtConcurrent>

#include <opencv2/core/utility.hpp>

#include <map>
#include <mutex>
#include <numeric>

namespace picta {

double DuplicateFinder::minCorrelation(const ImageHashes& a, const ImageHashes& b)
{
    const int side = std::min({a.width, a.height, b.width, b.height});
    return side < kSmallSide ? 0.99 : 0.9;
}

std::vector<std::vector<int>> DuplicateFinder::group(const std::vector<ImageHashes>& hashes, int threshold,
                                                     const std::function<void(int, int)>& progress, const std::atomic_bool* cancel)
{
    const int n = int(hashes.size());
    // Exact duplicates first; only one image per distinct content takes part in the near search.
    QHash<QByteArray, int> firstWithBytes;
    std::vector<int> representatives, representativeOf(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const auto it = firstWithBytes.constFind(hashes[size_t(i)].sha256);
        if (it != firstWithBytes.constEnd() && !hashes[size_t(i)].sha256.isEmpty()) {
            representativeOf[size_t(i)] = representativeOf[size_t(*it)];
        } else {
            firstWithBytes.insert(hashes[size_t(i)].sha256, i);
            representativeOf[size_t(i)] = int(representatives.size());
            representatives.push_back(i);
        }
    }
    const int total = int(representatives.size());
    std::vector<uint64_t> codes;
    codes.reserve(size_t(total));
    for (int r : representatives)
        codes.push_back(hashes[size_t(r)].phash[0]);
    const HammingIndex index(std::move(codes));

    // Near pairs, searched in parallel chunks of representatives.
    std::vector<std::vector<int>> neighbours(static_cast<size_t>(total));
    std::mutex mutex;
    std::atomic_int done{0};
    const int chunkSize = 512;
    std::vector<int> starts;
    for (int s = 0; s < total; s += chunkSize)
        starts.push_back(s);
    QtConcurrent::blockingMap(starts, [&](int start) {
        std::vector<uint32_t> scratch;
        std::vector<std::pair<int, int>> pairs;
        for (int k = start; k < std::min(total, start + chunkSize); ++k) {
            if (cancel && *cancel)
                return;
            const ImageHashes& a = hashes[size_t(representatives[size_t(k)])];
            for (int o = 0; o < ImageHashes::kOrientations; ++o)
                index.search(a.phash[size_t(o)], threshold, scratch, [&](int j, int) {
                    if (j <= k)
                        return; // each pair once, from its lower index
                    const ImageHashes& b = hashes[size_t(representatives[size_t(j)])];
                    if (HammingIndex::distance(a.ahash[size_t(o)], b.ahash[0]) <= threshold + 4
                        && ImageHasher::correlation(a, o, b) >= minCorrelation(a, b))
                        pairs.emplace_back(k, j);
                });
        }
        const int finished = done += std::min(total, start + chunkSize) - start;
        std::lock_guard lock(mutex);
        for (const auto& [a, b] : pairs) {
            neighbours[size_t(a)].push_back(b);
            neighbours[size_t(b)].push_back(a);
        }
        if (progress)
            progress(finished, total);
    });

    // Groups around the best images: the best unassigned image takes its unassigned neighbours.
    // Every member is within the threshold of the image kept, never only of another member
    // (linking pairs transitively would chain look-alikes into one huge group).
    std::vector<int> order(static_cast<size_t>(total));
    std::iota(order.begin(), order.end(), 0);
    auto pixels = [&](int k) {
        return qint64(hashes[size_t(representatives[size_t(k)])].width) * hashes[size_t(representatives[size_t(k)])].height;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (pixels(a) != pixels(b))
            return pixels(a) > pixels(b);
        return hashes[size_t(representatives[size_t(a)])].fileSize > hashes[size_t(representatives[size_t(b)])].fileSize;
    });
    std::vector<int> anchorOf(static_cast<size_t>(total), -1);
    for (int k : order) {
        if (anchorOf[size_t(k)] >= 0)
            continue;
        anchorOf[size_t(k)] = k;
        for (int j : neighbours[size_t(k)])
            if (anchorOf[size_t(j)] < 0)
                anchorOf[size_t(j)] = k;
    }
    std::map<int, std::vector<int>> byAnchor;
    for (int i = 0; i < n; ++i)
        byAnchor[anchorOf[size_t(representativeOf[size_t(i)])]].push_back(i);
    std::vector<std::vector<int>> groups;
    for (auto& [anchor, members] : byAnchor)
        if (members.size() > 1)
            groups.push_back(std::move(members));
    return groups;
}

DuplicateReport DuplicateFinder::find(const QStringList& files, int threshold, const Progress& progress, const std::atomic_bool* cancel)
{
    DuplicateReport report;
    QElapsedTimer timer;
    timer.start();
    cv::setNumThreads(1); // parallel across files instead
    std::atomic_int done{0};
    const auto hashed = QtConcurrent::blockingMapped<QVector<std::optional<Expected<ImageHashes>>>>(files, [&](const QString& path) {
        std::optional<Expected<ImageHashes>> result;
        if (!(cancel && *cancel))
            result = ImageHasher::hashFile(path);
        const int n = ++done;
        if (progress)
            progress(Phase::Hashing, n, int(files.size()));
        return result;
    });
    std::vector<ImageHashes> hashes;
    QStringList paths;
    for (int i = 0; i < files.size(); ++i) {
        if (!hashed[i]) {
            report.cancelled = true;
            continue;
        }
        if (!*hashed[i]) {
            report.unreadable.push_back({files[i], IntegrityProblem::Kind::Corrupt, hashed[i]->error()});
            continue;
        }
        hashes.push_back(std::move(hashed[i]->value()));
        paths << files[i];
    }
    report.images = int(hashes.size());
    report.hashSeconds = timer.nsecsElapsed() / 1e9;
    if (report.cancelled)
        return report;

    timer.restart();
    const auto groups = group(
        hashes, threshold,
        [&](int d, int t) {
            if (progress)
                progress(Phase::Searching, d, t);
        },
        cancel);
    report.cancelled = cancel && *cancel;
    for (const std::vector<int>& members : groups) {
        DuplicateGroup g;
        g.exact = true;
        for (int m : members) {
            const ImageHashes& h = hashes[size_t(m)];
            g.images.push_back({paths[m], h.width, h.height, h.fileSize});
            g.exact = g.exact && h.sha256 == hashes[size_t(members.front())].sha256;
        }
        std::sort(g.images.begin(), g.images.end(), [](const DuplicateImage& a, const DuplicateImage& b) {
            const qint64 pa = qint64(a.width) * a.height, pb = qint64(b.width) * b.height;
            if (pa != pb)
                return pa > pb;
            if (a.fileSize != b.fileSize)
                return a.fileSize > b.fileSize;
            return a.path < b.path;
        });
        report.groups.push_back(g);
    }
    std::sort(report.groups.begin(), report.groups.end(),
              [](const DuplicateGroup& a, const DuplicateGroup& b) { return a.images.first().path < b.images.first().path; });
    report.searchSeconds = timer.nsecsElapsed() / 1e9;
    return report;
}

QString DuplicateFinder::quarantineReason(bool exact, const QString& projectRoot, const QString& keptPath)
{
    if (keptPath.isEmpty())
        return tr("duplicate (no copy kept)");
    const QString kept = QDir::toNativeSeparators(QDir(projectRoot).relativeFilePath(keptPath));
    return exact ? tr("exact duplicate of %1").arg(kept) : tr("near duplicate of %1").arg(kept);
}

QVector<QPair<QString, QString>> DuplicateFinder::quarantinePlan(const DuplicateReport& report, const QString& projectRoot)
{
    QVector<QPair<QString, QString>> moves;
    for (const DuplicateGroup& g : report.groups)
        for (int i = 1; i < g.images.size(); ++i)
            moves.push_back({g.images[i].path, quarantineReason(g.exact, projectRoot, g.images.first().path)});
    return moves;
}

} // namespace picta

#include "storematch.h"

#include "imaging/imagedecoder.h"
#include "support/crc32.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>
#include <vector>

namespace picta {

namespace {

// A file moved to another class keeps its size and time (a rename), though maybe not its name
// (a free one is chosen when the class has it already); its bytes' CRC then confirms it.
QString movedKey(qint64 bytes, qint64 mtimeMs)
{
    return QStringLiteral("%1|%2").arg(bytes).arg(mtimeMs);
}

// CRC-32 of a whole file, or nothing when it cannot be read.
std::optional<quint32> fileCrc(const QString& path)
{
    const auto bytes = ImageDecoder::readFile(path);
    if (!bytes)
        return std::nullopt;
    return Crc32::of(*bytes);
}

} // namespace

StoreMatch StoreMatch::of(const QVector<StoreIndex::Entry>& index, const QVector<ImageEntry>& listing, int threads,
                          const std::function<bool()>& cancelled)
{
    using Entry = StoreIndex::Entry;
    StoreMatch match;
    QHash<QString, int> byPath;
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < index.size(); ++i) {
        const Entry& e = index[i];
        byPath.insert(e.relativePath, i);
        byName[movedKey(e.bytes, e.mtimeMs)].push_back(i);
    }
    std::vector<char> claimed(size_t(index.size()), 0);
    auto keep = [&](Entry e, int old) {
        claimed[size_t(old)] = 1;
        e.row = index[old].row;
        e.crc = index[old].crc;
        e.fileCrc = index[old].fileCrc;
        match.kept.push_back(e);
    };
    QVector<Entry> unmatched;
    QVector<int> unmatchedFor;
    for (int i = 0; i < listing.size(); ++i) {
        if (i % 1024 == 0 && cancelled()) {
            match.cancelled = true;
            return match;
        }
        const QFileInfo info(listing[i].path);
        Entry e;
        e.relativePath = listing[i].relativePath;
        e.bytes = info.size();
        e.mtimeMs = info.lastModified().toMSecsSinceEpoch();
        // The status change time too: an edit that puts the old modification time back
        // (exiftool -P, touch -r) still changes it.
        e.ctimeMs = info.metadataChangeTime().toMSecsSinceEpoch();
        const auto found = byPath.constFind(e.relativePath);
        if (found != byPath.constEnd() && !claimed[size_t(*found)] && index[*found].bytes == e.bytes && index[*found].mtimeMs == e.mtimeMs
            && index[*found].ctimeMs == e.ctimeMs) {
            keep(e, *found);
            ++match.reused;
        } else {
            unmatched.push_back(e);
            unmatchedFor.push_back(i);
        }
    }
    // A file moved to another class keeps its size and time, and its bytes: its row is reused.
    // The bytes' CRCs of the candidates are computed in parallel (a renamed class moves all of
    // its files at once).
    QVector<int> toHash;
    for (int k = 0; k < unmatched.size(); ++k)
        if (byName.contains(movedKey(unmatched[k].bytes, unmatched[k].mtimeMs)))
            toHash.push_back(k);
    std::vector<std::optional<quint32>> crcs(size_t(unmatched.size()));
    {
        QThreadPool hashPool;
        hashPool.setMaxThreadCount(std::max(1, threads));
        QtConcurrent::blockingMap(&hashPool, toHash, [&](int k) {
            if (!cancelled())
                crcs[size_t(k)] = fileCrc(listing[unmatchedFor[k]].path);
        });
    }
    if (cancelled()) {
        match.cancelled = true;
        return match;
    }
    for (int k = 0; k < unmatched.size(); ++k) {
        const std::optional<quint32>& crc = crcs[size_t(k)];
        const QList<int> candidates = byName.value(movedKey(unmatched[k].bytes, unmatched[k].mtimeMs));
        const auto old = std::find_if(candidates.begin(), candidates.end(),
                                      [&](int c) { return !claimed[size_t(c)] && crc && *crc == index[c].fileCrc; });
        if (old != candidates.end()) {
            keep(unmatched[k], *old);
            ++match.moved;
        } else {
            match.todo.push_back(unmatched[k]);
            match.todoFor.push_back(unmatchedFor[k]);
        }
    }
    match.dropped = int(std::count(claimed.begin(), claimed.end(), 0));
    return match;
}

} // namespace picta

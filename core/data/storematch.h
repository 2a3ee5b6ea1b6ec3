#pragma once

#include "project/imageentry.h"
#include "storeindex.h"

#include <QVector>

#include <functional>

namespace picta {

/// A listing of image files matched against a store's index, before anything is decoded: the
/// rows that stay (same path, byte size, modification and status-change times), the rows reused
/// for files moved to another class (same size and modification time, and the same bytes: the
/// file's CRC-32, read only for such candidates, on several threads), and the files to decode.
struct StoreMatch {
    QVector<StoreIndex::Entry> kept; ///< listed files with a row
    QVector<StoreIndex::Entry> todo; ///< listed files to decode (no row yet)
    QVector<int> todoFor;            ///< position in the listing of each of `todo`
    int reused = 0;                  ///< rows kept for the same path
    int moved = 0;                   ///< rows kept for a moved file
    int dropped = 0;                 ///< rows of the index that no listed file keeps
    bool cancelled = false;

    static StoreMatch of(const QVector<StoreIndex::Entry>& index, const QVector<ImageEntry>& listing, int threads,
                         const std::function<bool()>& cancelled);
};

} // namespace picta

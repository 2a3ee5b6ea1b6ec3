#pragma once

#include "support/expected.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <cstdint>

namespace picta {

/// The index of a DecodedStore, as it is on disk: which image (its path relative to images/, byte
/// size, modification and status-change times, the CRC-32 of its file) is in which row of which
/// pixels file, with the row's own CRC-32. A header names the size, colour and images folder the
/// store belongs to; a SHA-256 of everything before it ends the file.
///
/// Never trusted: read() checks the digest, the header against what the caller expects, every
/// entry (a path that stays inside images/, a row in range and used once) and the length, and
/// says what is wrong.
struct StoreIndex {
    Q_DECLARE_TR_FUNCTIONS(StoreIndex)

public:
    struct Entry {
        QString relativePath;
        qint64 bytes = 0;
        qint64 mtimeMs = 0;
        qint64 ctimeMs = 0;
        quint32 fileCrc = 0; ///< of the image file's bytes: confirms a moved file
        qint64 row = -1;
        quint32 crc = 0;
    };
    /// What the index must be for: the store's row layout and its images folder.
    struct Shape {
        int size = 0;
        int channels = 0;
        int64_t rowBytes = 0;
        QString binding; ///< the images folder (path and inode)
    };

    QString pixelsName; ///< pixels-N.bin
    qint64 rowCount = 0;
    QVector<Entry> entries;

    /// Reads `path` for a store of `shape`; the error says what is damaged or foreign.
    static Expected<StoreIndex> read(const QString& path, const Shape& shape);
    /// Writes it atomically.
    Status write(const QString& path, const Shape& shape) const;
    /// The file's bytes, and back (what read() and write() do between the file and memory).
    static Expected<StoreIndex> parse(const QByteArray& bytes, const Shape& shape);
    QByteArray serialise(const Shape& shape) const;
    /// N of a pixels file's name pixels-N.bin, or -1 for any other name.
    static int pixelsNumber(const QString& name);
};

} // namespace picta

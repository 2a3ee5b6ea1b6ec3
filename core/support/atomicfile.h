#pragma once

#include "expected.h"
#include "status.h"

#include <QByteArray>
#include <QDir>
#include <QPair>
#include <QString>

namespace picta {

/// Whole-file writes that never leave a half-written file behind, and reads that never take more
/// than they should.
///
/// write() puts the bytes in a hidden temporary file beside the target (".name.picta-tmp-XXXXXX"),
/// checks every write(), fsync() and close(), and renames it over the target only when all of
/// them succeeded; on any failure the temporary file is removed and the old file stays as it was.
/// (QSaveFile was used before: with a full disk, Qt 6.4's buffered writes reported success and
/// the empty temporary file was renamed over picta.json.) A full disk or a file size limit
/// (RLIMIT_FSIZE, whose SIGXFSZ would otherwise kill the process) is reported as such, naming
/// the file.
class AtomicFile {
public:
    /// Whether write() flushes the file to the disk before renaming it. Sync::No still never
    /// shows a partial file to other programs or after a crash of the process, only after a
    /// power cut: for bulk image copies, where an fsync per file would cost more than the copy.
    enum class Sync { Yes, No };
    /// Larger files are refused by read() unless a larger cap is given (model weights).
    static constexpr qint64 kDefaultReadLimit = qint64(256) << 20;

    /// Writes `data` to `path`; a failure names the file and the cause.
    static Status write(const QString& path, const QByteArray& data, Sync sync = Sync::Yes);
    /// Reads a whole regular file of at most `maxBytes`; a device, a pipe or a larger file is
    /// refused with a message naming it (a symlink to /dev/zero would otherwise fill the memory).
    static Expected<QByteArray> read(const QString& path, qint64 maxBytes = kDefaultReadLimit);
    /// Appends `data` to `path` under an exclusive lock (flock), so that two programs appending
    /// to one log interleave whole records; a short write (disk full) is cut back off, so the file
    /// never ends in half a record. A file not ending in a newline gets one first; an empty or
    /// new file gets `header` first.
    /// `span` receives where the record landed: [first byte, end).
    static Status appendRecord(const QString& path, const QByteArray& data, const QByteArray& header = {},
                               QPair<qint64, qint64>* span = nullptr);
    /// Takes back a record appendRecord() wrote, if nothing was appended after it.
    static void retractRecord(const QString& path, const QPair<qint64, qint64>& span);
    /// Where to put `name` in `dir` without overwriting anything: the name itself when free,
    /// else "name-1.ext", "name-2.ext", …
    static QString freePath(const QDir& dir, const QString& name);
    /// True for the name of write()'s temporary files.
    static bool isTemporary(const QString& fileName);
    /// Deletes temporary files that a killed process left in `dir` (not recursive); returns how many.
    static int removeTemporaries(const QString& dir);
    /// A message for an errno value from writing `path`: "disk full", "file size limit", or the
    /// system's text.
    static QString writeError(const QString& path, int errorNumber);
    /// Makes SIGXFSZ ignored, so that exceeding a file size limit fails the write with EFBIG
    /// instead of killing the process. Called by write(); programs call it at start too.
    static void ignoreFileSizeSignal();
};

} // namespace picta

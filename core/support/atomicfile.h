#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>

namespace picta {

/// Whole-file writes that never leave a half-written file behind: QSaveFile writes a temporary
/// file beside the target and renames it over the target only once everything is on disk.
class AtomicFile {
public:
    /// Writes `data` to `path`; on failure returns false and sets `error` (naming the file).
    static bool write(const QString& path, const QByteArray& data, QString* error = nullptr);
    /// Reads a whole file; on failure returns false and sets `error` (naming the file).
    static bool read(const QString& path, QByteArray* data, QString* error = nullptr);
    /// Where to put `name` in `dir` without overwriting anything: the name itself when free,
    /// else "name-1.ext", "name-2.ext", …
    static QString freePath(const QDir& dir, const QString& name);
};

} // namespace picta

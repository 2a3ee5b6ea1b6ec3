#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace picta {

/// One file that should not be trained on, and why.
struct IntegrityProblem {
    enum class Kind { Empty, Unreadable, NotAnImage, Unsupported, Truncated, Corrupt, TooSmall, TooLarge, Animated };
    QString path;
    Kind kind = Kind::Corrupt;
    QString reason;                     ///< one sentence naming the problem, without the path
    static QString kindName(Kind kind); ///< "empty", "not-an-image", … (stable, for JSON)
};

/// Finds the files of a dataset that would break or mislead training: zero-byte, unreadable,
/// not an image despite the extension, unsupported formats (GIF, HEIF, SVG…), truncated or
/// corrupt data, images too small, images with more pixels than a cap (checked from the header,
/// before decoding, so a decompression bomb never reaches the decoder), animated and multi-page
/// files. Files are checked in parallel; the checker never changes a file.
class IntegrityChecker {
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    struct Options {
        int minSide = 16;              ///< shorter side below this: too small
        qint64 maxPixels = 89'478'485; ///< Pillow's decompression-bomb limit
    };
    /// (done, total); called from worker threads, throttled by the caller's needs.
    using Progress = std::function<void(int, int)>;

    static std::optional<IntegrityProblem> checkFile(const QString& path, const Options& options);
    /// Problems of `files`, in the order of `files`. Stops early (returning what was found) when
    /// `cancel` becomes true.
    static QVector<IntegrityProblem> check(const QStringList& files, const Options& options, const Progress& progress = {},
                                           const std::atomic_bool* cancel = nullptr);
    /// Every file below `dir` that a dataset holds: all files but hidden ones and those of a
    /// project's own bookkeeping (picta.json, sources.csv, runs/, quarantine/, thumbnail cache).
    static QStringList datasetFiles(const QString& dir);
};

} // namespace picta

Q_DECLARE_METATYPE(picta::IntegrityProblem)

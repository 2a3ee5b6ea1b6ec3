#pragma once

#include "project/imageentry.h"
#include "storeindex.h"
#include "support/expected.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <torch/types.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace picta {

/// A project's images decoded once at one size and colour, kept on disk for every later epoch
/// and run at that size: fixed-size uint8 rows [C, S, S] in one file (pixels-N.bin), and an index
/// that maps each image (path relative to images/, byte size, modification time, CRC-32 of the
/// file) to its row and the row's CRC-32.
///
/// Why rows are read with pread() into each batch and not mapped: the pages of a mapping that a
/// process has touched count in its resident memory until the kernel needs them back, so one
/// epoch over 7.5 GB of rows would show 7.5 GB resident. Read into batches, they live in the page
/// cache only, which the kernel shares and reclaims as it likes; resident memory stays a few
/// batches, whatever the dataset's size.
///
/// Never trusted: the index carries a SHA-256 of itself and the images folder it belongs to (path
/// and inode: a store copied with a project is not reused), and is written atomically after the
/// rows it names are on disk, so a killed build resumes from its last commit (every 2 s); a
/// damaged or foreign index is thrown away and rebuilt, and rows a cut-short pixels file lacks
/// are decoded again; each row is checked against its CRC on every read, and a row that fails
/// is decoded again from its image (and rewritten).
/// Several programs may use one store: sync() holds a lock file while it changes it, rows are
/// never rewritten with other content, and compaction writes a new pixels file, so that a reader
/// keeps reading the file it opened.
class DecodedStore {
    Q_DECLARE_TR_FUNCTIONS(DecodedStore)

public:
    struct SyncReport {
        int reused = 0;  ///< rows that were there, unchanged
        int moved = 0;   ///< rows reused for a file moved to another class (same size, time and bytes)
        int decoded = 0; ///< images decoded now
        int dropped = 0; ///< rows of images no longer listed
        bool compacted = false;
        QString compactionError; ///< compaction failed (the store stays correct, only larger)
        bool cancelled = false;
        bool busy = false;                ///< another program holds the store and setWaitForLock(false) was asked: nothing done
        QVector<ListingProblem> failures; ///< images that could not be decoded
    };
    using Progress = std::function<void(int done, int total)>;

    /// The folder for `projectRoot`'s images at `size` and `channels`:
    /// <project>/.cache/decoded/s<size>-<gray|rgb>, or, when the project cannot be written or
    /// `inProject` is false (a plain folder of class folders, which tools such as torchvision's
    /// ImageFolder would read .cache/ from as a class), one named after the project's path in the
    /// user's cache folder.
    static QString folderFor(const QString& projectRoot, int size, int channels, bool inProject = true);
    /// folderFor() for a project whose images are in `imagesDir`: in the project unless the
    /// images folder is the project folder itself (a plain folder of class folders).
    static QString folderForProject(const QString& projectRoot, const QString& imagesDir, int size, int channels);
    /// Whether a store was ever written in `folder` (training leaves one behind).
    static bool existsIn(const QString& folder);
    /// The folder of the store training left for a project at `size` and `channels`, or empty
    /// when there is none; creates nothing (unlike folderFor, which makes the project's .cache/).
    static QString existingForProject(const QString& projectRoot, const QString& imagesDir, int size, int channels);

    /// Opens the store in `folder`, creating it when missing. `imagesDir` is where the images'
    /// relative paths start. A damaged index is not an error: the store starts empty and
    /// rebuildReason() says why.
    static Expected<std::unique_ptr<DecodedStore>> open(const QString& folder, const QString& imagesDir, int size, int channels);
    ~DecodedStore();
    DecodedStore(const DecodedStore&) = delete;
    DecodedStore& operator=(const DecodedStore&) = delete;

    /// Gives every entry a row, decoding only images that are new or changed (in parallel on
    /// `threads` threads); `rows` receives entries[i]'s row, or -1 for an image that could not be
    /// decoded. Rows of images no longer listed are dropped, and the file compacted when they
    /// outweigh the rest.
    Expected<SyncReport> sync(const QVector<ImageEntry>& entries, int threads, const std::atomic_bool* cancel, const Progress& progress,
                              std::vector<int64_t>* rows);

    /// Whether sync() waits while another program changes the store (the default: training
    /// waits for another's build), or gives up at once with SyncReport::busy (evaluation, which
    /// can decode its few files instead).
    void setWaitForLock(bool wait) { m_waitForLock = wait; }

    int size() const { return m_size; }
    int channels() const { return m_channels; }
    int64_t rowBytes() const { return m_rowBytes; }
    QString folder() const { return m_folder; }
    QString rebuildReason() const { return m_rebuildReason; }
    /// Bytes of rows that images use, and in all (the rest is dropped rows).
    qint64 liveBytes() const;
    qint64 fileBytes() const;

    /// uint8 [rows.size(), C, S, S]. Thread-safe. A row that fails its check is decoded again;
    /// throws std::runtime_error (with the file's name) if that fails too.
    torch::Tensor gather(const std::vector<int64_t>& rows) const;
    /// Rows read and found damaged since opening.
    int repairedRows() const { return m_repaired.load(); }

    /// Decodes `path` as the store does: reduced-size JPEG decoding, shorter side to `size`, centre
    /// square, CHW bytes into `out` (channels × size × size); `sourceCrc` gets the file's CRC-32.
    static Status decodeRow(const QString& path, int size, int channels, uint8_t* out, quint32* sourceCrc = nullptr);

private:
    using Entry = StoreIndex::Entry;

    DecodedStore(QString folder, QString imagesDir, int size, int channels);
    QString indexPath() const;
    /// The images folder this store belongs to (path and inode), written into the index.
    QString binding() const;
    StoreIndex::Shape shape() const;
    QString lockPath() const;
    Status load();
    Status openPixels(bool truncateToIndex);
    void reset(const QString& reason);
    Status commit(const QVector<Entry>& entries, qint64 rowCount, const QString& pixelsName);
    Status compact(QVector<Entry>& entries);
    void indexRows();

    QString m_folder, m_imagesDir;
    int m_size = 0, m_channels = 0;
    int64_t m_rowBytes = 0;
    QString m_rebuildReason;
    bool m_waitForLock = true;
    // What the index says: the pixels file, its committed row count and the entries.
    QString m_pixelsName;
    qint64 m_rowCount = 0;
    QVector<Entry> m_entries;
    std::vector<int> m_entryOfRow; ///< index into m_entries of each row, for checks and repairs (-1: dropped)
    int m_fd = -1;
    mutable std::atomic_int m_repaired{0};
    mutable std::mutex m_repairMutex;
};

} // namespace picta

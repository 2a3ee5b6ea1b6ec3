#include "decodedstore.h"
#include "storematch.h"

#include "imaging/imagedecoder.h"
#include "imaging/imagetensor.h"
#include "support/appsettings.h"
#include "support/atomicfile.h"
#include "support/crc32.h"
#include "support/filelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/core.hpp>
#include <torch/torch.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace picta {

namespace {

constexpr int kCommitIntervalMs = 2000;

// Whole-buffer pread/pwrite: retried on EINTR and short transfers.
bool readAt(int fd, uint8_t* out, int64_t bytes, int64_t offset)
{
    while (bytes > 0) {
        const ssize_t n = ::pread(fd, out, size_t(bytes), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        out += n;
        bytes -= n;
        offset += n;
    }
    return true;
}

int writeAt(int fd, const uint8_t* data, int64_t bytes, int64_t offset)
{
    while (bytes > 0) {
        const ssize_t n = ::pwrite(fd, data, size_t(bytes), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        data += n;
        bytes -= n;
        offset += n;
    }
    return 0;
}

// A store's folder name: s<size>-<gray|rgb>.
QString storeName(int size, int channels)
{
    return QStringLiteral("s%1-%2").arg(size).arg(channels == 1 ? QStringLiteral("gray") : QStringLiteral("rgb"));
}

// Where a project's stores live when they can be kept inside it.
QString projectCacheOf(const QString& projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral(".cache/decoded"));
}

// A plain folder of class folders (the images are the project folder itself) keeps its store out
// of it: tools such as torchvision's ImageFolder would read .cache/ as a class.
bool storeInProject(const QString& projectRoot, const QString& imagesDir)
{
    return QDir(imagesDir).absolutePath() != QDir(projectRoot).absolutePath();
}

QString indexIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("index.bin"));
}

} // namespace

QString DecodedStore::folderFor(const QString& projectRoot, int size, int channels, bool inProject)
{
    const QString name = storeName(size, channels);
    const QString projectCache = projectCacheOf(projectRoot);
    if (inProject && QDir().mkpath(projectCache) && QFileInfo(projectCache).isWritable())
        return QDir(projectCache).filePath(name);
    // A project on read-only media (a class set handed out on a stick) keeps its store in the user's cache.
    const QByteArray id = QCryptographicHash::hash(QDir(projectRoot).absolutePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(AppSettings::cacheRoot()).filePath(QStringLiteral("decoded/%1/%2").arg(QString::fromLatin1(id), name));
}

DecodedStore::DecodedStore(QString folder, QString imagesDir, int size, int channels)
    : m_folder(std::move(folder))
    , m_imagesDir(std::move(imagesDir))
    , m_size(size)
    , m_channels(channels)
    , m_rowBytes(int64_t(channels) * size * size)
{
}

DecodedStore::~DecodedStore()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString DecodedStore::folderForProject(const QString& projectRoot, const QString& imagesDir, int size, int channels)
{
    return folderFor(projectRoot, size, channels, storeInProject(projectRoot, imagesDir));
}

bool DecodedStore::existsIn(const QString& folder)
{
    return QFileInfo::exists(indexIn(folder));
}

QString DecodedStore::existingForProject(const QString& projectRoot, const QString& imagesDir, int size, int channels)
{
    const QString inside = QDir(projectCacheOf(projectRoot)).filePath(storeName(size, channels));
    if (storeInProject(projectRoot, imagesDir) && existsIn(inside))
        return inside;
    const QString outside = folderFor(projectRoot, size, channels, /*inProject=*/false);
    return existsIn(outside) ? outside : QString();
}

QString DecodedStore::indexPath() const
{
    return indexIn(m_folder);
}

QString DecodedStore::lockPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("lock"));
}

Expected<std::unique_ptr<DecodedStore>> DecodedStore::open(const QString& folder, const QString& imagesDir, int size, int channels)
{
    using R = Expected<std::unique_ptr<DecodedStore>>;
    if (size < 1 || size > 4096 || (channels != 1 && channels != 3))
        return R::failure(tr("Decoded images: unsupported size %1 with %n channel(s)", nullptr, channels).arg(size));
    if (!QDir().mkpath(folder))
        return R::failure(tr("%1: cannot create the folder for decoded images").arg(QDir::toNativeSeparators(folder)));
    std::unique_ptr<DecodedStore> store(new DecodedStore(folder, imagesDir, size, channels));
    // No lock: the index is replaced atomically, and sync() loads it again under the lock.
    if (const Status loaded = store->load(); !loaded)
        return R::failure(loaded.error());
    return R(std::move(store));
}

void DecodedStore::reset(const QString& reason)
{
    m_rebuildReason = reason;
    m_entries.clear();
    m_rowCount = 0;
    // A fresh file name: a reader of the old store keeps its own open file.
    int next = 1;
    for (const QString& name : QDir(m_folder).entryList({QStringLiteral("pixels-*.bin")}, QDir::Files))
        next = std::max(next, StoreIndex::pixelsNumber(name) + 1);
    m_pixelsName = QStringLiteral("pixels-%1.bin").arg(next);
}

QString DecodedStore::binding() const
{
    // The images folder's path and inode: a store copied or unpacked along with a project (whose
    // files keep their sizes and times) belongs to another folder, and is not trusted.
    struct stat st { };
    const QString path = QDir(m_imagesDir).absolutePath();
    const qulonglong inode = ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qulonglong(st.st_ino) : 0;
    return QStringLiteral("%1|%2").arg(path).arg(inode);
}

StoreIndex::Shape DecodedStore::shape() const
{
    return {m_size, m_channels, m_rowBytes, binding()};
}

Status DecodedStore::load()
{
    const QString index = indexPath();
    m_rebuildReason.clear();
    if (!QFileInfo::exists(index)) {
        reset(QString());
    } else if (auto read = StoreIndex::read(index, shape()); !read) {
        reset(tr("%1 was damaged or foreign (%2): the images are decoded again").arg(QDir::toNativeSeparators(index), read.error()));
    } else {
        m_pixelsName = read->pixelsName;
        m_rowCount = read->rowCount;
        m_entries = read->entries;
    }
    if (const Status opened = openPixels(false); !opened)
        return opened;
    // Rows the pixels file does not hold (it was cut short: a crash before the data reached the
    // disk, a copy that stopped) are forgotten, and only their images decoded again.
    struct stat st { };
    const qint64 held = ::fstat(m_fd, &st) == 0 ? qint64(st.st_size) / m_rowBytes : 0;
    if (held < m_rowCount) {
        QVector<Entry> kept;
        for (const Entry& e : std::as_const(m_entries))
            if (e.row < held)
                kept.push_back(e);
        const int lost = int(m_entries.size() - kept.size());
        m_entries = kept;
        m_rowCount = held;
        if (lost > 0)
            m_rebuildReason = tr("%1 is shorter than its index says: %n image(s) are decoded again", nullptr, lost)
                                  .arg(QDir::toNativeSeparators(QDir(m_folder).filePath(m_pixelsName)));
    }
    indexRows();
    return {};
}

Status DecodedStore::openPixels(bool truncateToIndex)
{
    const QString path = QDir(m_folder).filePath(m_pixelsName);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status::failure(
            tr("%1: cannot open (%2)").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    // Rows past the index's count are a killed build's last, uncommitted ones.
    if (truncateToIndex && ::ftruncate(m_fd, off_t(m_rowCount * m_rowBytes)) != 0)
        return Status::failure(AtomicFile::writeError(path, errno));
    return {};
}

void DecodedStore::indexRows()
{
    m_entryOfRow.assign(size_t(m_rowCount), -1);
    for (int i = 0; i < m_entries.size(); ++i)
        m_entryOfRow[size_t(m_entries[i].row)] = i;
}

Status DecodedStore::commit(const QVector<Entry>& entries, qint64 rowCount, const QString& pixelsName)
{
    // The rows the index will name reach the disk first.
    if (::fdatasync(m_fd) != 0)
        return Status::failure(AtomicFile::writeError(QDir(m_folder).filePath(pixelsName), errno));
    StoreIndex index;
    index.pixelsName = pixelsName;
    index.rowCount = rowCount;
    index.entries = entries;
    return index.write(indexPath(), shape());
}

Status DecodedStore::decodeRow(const QString& path, int size, int channels, uint8_t* out, quint32* sourceCrc)
{
    const auto color = channels == 1 ? ImageDecoder::Color::Gray : ImageDecoder::Color::Rgb;
    const auto bytes = ImageDecoder::readFile(path);
    if (!bytes)
        return Status::failure(bytes.error());
    if (sourceCrc)
        *sourceCrc = Crc32::of(*bytes);
    const auto decoded = ImageDecoder::decodeBytes(*bytes, QDir::toNativeSeparators(path), color, size);
    if (!decoded)
        return Status::failure(decoded.error());
    const cv::Mat square = ImageTensor::fitSquare(decoded.value(), size);
    // HWC → CHW, one plane per channel, straight into the row.
    std::vector<cv::Mat> planes;
    for (int c = 0; c < channels; ++c)
        planes.emplace_back(size, size, CV_8UC1, out + int64_t(c) * size * size);
    if (channels == 1)
        square.copyTo(planes[0]);
    else
        cv::split(square, planes);
    return {};
}

Expected<DecodedStore::SyncReport> DecodedStore::sync(const QVector<ImageEntry>& entries, int threads, const std::atomic_bool* cancel,
                                                      const Progress& progress, std::vector<int64_t>* rows)
{
    using R = Expected<SyncReport>;
    SyncReport report;
    // Another program may be building this store (for hours, on a big dataset): wait for it,
    // as long as nobody cancels.
    std::optional<FileLock> lock;
    for (;;) {
        lock.emplace(lockPath(), FileLock::Mode::Try);
        if (lock->locked() || !QFileInfo::exists(lockPath()))
            break; // ours, or no lock file can be made (then writing fails with its own message)
        lock.reset();
        if (!m_waitForLock) {
            report.busy = true;
            rows->assign(size_t(entries.size()), -1);
            return R(report);
        }
        if (cancel && cancel->load()) {
            report.cancelled = true;
            rows->assign(size_t(entries.size()), -1);
            return R(report);
        }
        if (progress)
            progress(0, int(entries.size()));
        QThread::msleep(100);
    }
    auto cancelled = [&] { return cancel && cancel->load(); };
    // Another program may have changed the store since it was opened: start from what it committed.
    if (const Status loaded = load(); !loaded)
        return R::failure(loaded.error());
    if (const Status opened = openPixels(true); !opened)
        return R::failure(opened.error());

    const int n = int(entries.size());
    rows->assign(size_t(n), -1);
    StoreMatch match = StoreMatch::of(m_entries, entries, threads, cancelled);
    if (match.cancelled) {
        report.cancelled = true;
        return R(report);
    }
    const QVector<Entry>& kept = match.kept;
    QVector<Entry>& todo = match.todo;
    const QVector<int>& todoFor = match.todoFor;
    report.reused = match.reused;
    report.moved = match.moved;
    report.dropped = match.dropped;

    // Decode what is new, in parallel; rows are appended as they come.
    std::mutex mutex; // guards nextRow, done, failures, writeError
    qint64 nextRow = m_rowCount;
    QVector<char> done(todo.size(), 0);
    QString writeError;
    std::atomic_bool stop{false};
    std::atomic_int finished{0};
    QVector<int> order(todo.size());
    std::iota(order.begin(), order.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    const QString pixelsPath = QDir(m_folder).filePath(m_pixelsName);
    QFuture<void> future = QtConcurrent::map(&pool, order, [&](int k) {
        if (stop.load() || (cancel && cancel->load()))
            return;
        thread_local std::vector<uint8_t> buffer;
        buffer.resize(size_t(m_rowBytes));
        quint32 sourceCrc = 0;
        const Status decoded = decodeRow(entries[todoFor[k]].path, m_size, m_channels, buffer.data(), &sourceCrc);
        if (!decoded) {
            std::lock_guard guard(mutex);
            report.failures.push_back({entries[todoFor[k]].path, decoded.error()});
            ++finished;
            return;
        }
        const quint32 crc = Crc32::of(buffer.data(), m_rowBytes);
        qint64 row = 0;
        {
            std::lock_guard guard(mutex);
            row = nextRow++;
        }
        if (const int error = writeAt(m_fd, buffer.data(), m_rowBytes, row * m_rowBytes); error != 0) {
            std::lock_guard guard(mutex);
            if (writeError.isEmpty())
                writeError = AtomicFile::writeError(pixelsPath, error);
            stop = true;
            ++finished;
            return;
        }
        std::lock_guard guard(mutex);
        todo[k].row = row;
        todo[k].crc = crc;
        todo[k].fileCrc = sourceCrc;
        done[k] = 1;
        ++finished;
    });

    auto snapshot = [&](QVector<Entry>* all, qint64* rowCount) {
        std::lock_guard guard(mutex);
        *all = kept;
        for (int k = 0; k < todo.size(); ++k)
            if (done[k])
                all->push_back(todo[k]);
        *rowCount = nextRow;
    };
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    Status commitError;
    while (!future.isFinished()) {
        if (cancel && cancel->load())
            future.cancel();
        if (progress)
            progress(kept.size() + finished.load(), n);
        if (sinceCommit.elapsed() >= kCommitIntervalMs && commitError) {
            // A killed build resumes from here.
            QVector<Entry> all;
            qint64 rowCount = 0;
            snapshot(&all, &rowCount);
            commitError = commit(all, rowCount, m_pixelsName);
            if (!commitError)
                stop = true;
            sinceCommit.restart();
        }
        QThread::msleep(30);
    }
    future.waitForFinished();
    if (progress)
        progress(kept.size() + finished.load(), n);
    report.cancelled = cancel && cancel->load();

    QVector<Entry> all;
    qint64 rowCount = 0;
    snapshot(&all, &rowCount);
    // Nothing new, moved or dropped: the index on disk already says all this (no write, and no
    // fdatasync, each time an evaluation or a loss sort opens the store).
    const bool unchanged = todo.isEmpty() && report.moved == 0 && report.dropped == 0 && rowCount == m_rowCount;
    if (commitError && !unchanged)
        commitError = commit(all, rowCount, m_pixelsName);
    if (!writeError.isEmpty())
        return R::failure(writeError);
    if (!commitError)
        return R::failure(commitError.error());
    m_entries = all;
    m_rowCount = rowCount;
    report.decoded = int(std::count(done.begin(), done.end(), char(1)));

    // Dropped rows are compacted away once they outweigh the images' own.
    const qint64 live = m_entries.size();
    if (!report.cancelled && m_rowCount - live > std::max<qint64>(live, 16)) {
        // A failure leaves the store as committed: correct, only larger than it needs to be.
        if (const Status compacted = compact(m_entries); !compacted)
            report.compactionError = compacted.error();
        else
            report.compacted = true;
    }
    indexRows();
    // Pixels files of earlier stores (damaged, compacted) go; a reader holding one keeps reading it.
    for (const QString& name : QDir(m_folder).entryList({QStringLiteral("pixels-*.bin")}, QDir::Files))
        if (name != m_pixelsName)
            QFile::remove(QDir(m_folder).filePath(name));

    QHash<QString, int64_t> rowOf;
    for (const Entry& e : std::as_const(m_entries))
        rowOf.insert(e.relativePath, e.row);
    for (int i = 0; i < n; ++i)
        (*rows)[size_t(i)] = rowOf.value(entries[i].relativePath, -1);
    std::sort(report.failures.begin(), report.failures.end(),
              [](const ListingProblem& a, const ListingProblem& b) { return a.path < b.path; });
    return R(report);
}

Status DecodedStore::compact(QVector<Entry>& entries)
{
    const QString oldName = m_pixelsName;
    const int oldFd = m_fd;
    int next = StoreIndex::pixelsNumber(oldName) + 1;
    const QString newName = QStringLiteral("pixels-%1.bin").arg(next);
    const QString newPath = QDir(m_folder).filePath(newName);
    const int fd = ::open(QFile::encodeName(newPath).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status::failure(AtomicFile::writeError(newPath, errno));
    std::vector<uint8_t> buffer(static_cast<size_t>(m_rowBytes));
    QVector<Entry> moved = entries;
    for (int i = 0; i < moved.size(); ++i) {
        if (!readAt(oldFd, buffer.data(), m_rowBytes, moved[i].row * m_rowBytes)) {
            ::close(fd);
            QFile::remove(newPath);
            return Status::failure(
                tr("%1: cannot read row %2").arg(QDir::toNativeSeparators(QDir(m_folder).filePath(oldName))).arg(moved[i].row));
        }
        if (const int error = writeAt(fd, buffer.data(), m_rowBytes, qint64(i) * m_rowBytes); error != 0) {
            ::close(fd);
            QFile::remove(newPath);
            return Status::failure(AtomicFile::writeError(newPath, error));
        }
        moved[i].row = i;
    }
    m_fd = fd;
    if (const Status committed = commit(moved, moved.size(), newName); !committed) {
        m_fd = oldFd;
        ::close(fd);
        QFile::remove(newPath);
        return committed;
    }
    ::close(oldFd);
    // A reader still holding the old file keeps reading it; its name goes.
    QFile::remove(QDir(m_folder).filePath(oldName));
    m_pixelsName = newName;
    m_rowCount = moved.size();
    entries = moved;
    return {};
}

qint64 DecodedStore::liveBytes() const
{
    return qint64(m_entries.size()) * m_rowBytes;
}

qint64 DecodedStore::fileBytes() const
{
    return m_rowCount * m_rowBytes;
}

torch::Tensor DecodedStore::gather(const std::vector<int64_t>& rows) const
{
    torch::Tensor out = torch::empty({int64_t(rows.size()), m_channels, m_size, m_size}, torch::kUInt8);
    uint8_t* base = out.data_ptr<uint8_t>();
    for (size_t i = 0; i < rows.size(); ++i) {
        const int64_t row = rows[i];
        uint8_t* dst = base + int64_t(i) * m_rowBytes;
        if (row < 0 || row >= m_rowCount || m_entryOfRow[size_t(row)] < 0)
            throw std::runtime_error(
                tr("Decoded images in %1: no image in row %2").arg(QDir::toNativeSeparators(m_folder)).arg(row).toStdString());
        const Entry& entry = m_entries[m_entryOfRow[size_t(row)]];
        if (readAt(m_fd, dst, m_rowBytes, row * m_rowBytes) && Crc32::of(dst, m_rowBytes) == entry.crc)
            continue;
        // Damaged on disk (or cut short): decode the image again, and mend the row when it comes
        // out as it was.
        const QString path = QDir(m_imagesDir).filePath(entry.relativePath);
        if (const Status decoded = decodeRow(path, m_size, m_channels, dst); !decoded)
            throw std::runtime_error(
                tr("A decoded image in %1 was damaged and %2").arg(QDir::toNativeSeparators(m_folder), decoded.error()).toStdString());
        ++m_repaired;
        if (Crc32::of(dst, m_rowBytes) == entry.crc) {
            std::lock_guard guard(m_repairMutex);
            (void)writeAt(m_fd, dst, m_rowBytes, row * m_rowBytes); // best effort: the next read checks again
        }
    }
    return out;
}

} // namespace picta

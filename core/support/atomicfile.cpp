#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace picta {

namespace {

const char kTempMarker[] = ".picta-tmp-";

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// write(2) until everything is written; false with errno set on the first failure.
bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(size, qint64(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = ENOSPC;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

void AtomicFile::ignoreFileSizeSignal()
{
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGXFSZ, SIG_IGN); });
}

QString AtomicFile::writeError(const QString& path, int errorNumber)
{
    QString cause;
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        cause = QCoreApplication::translate("picta", "the disk is full");
        break;
    case EFBIG:
        cause = QCoreApplication::translate("picta", "the file would exceed the file size limit");
        break;
    case EROFS:
        cause = QCoreApplication::translate("picta", "the disk is read-only");
        break;
    case EACCES:
    case EPERM:
        cause = QCoreApplication::translate("picta", "permission denied");
        break;
    default:
        cause = QString::fromLocal8Bit(std::strerror(errorNumber));
    }
    return QCoreApplication::translate("picta", "Cannot write %1: %2").arg(shown(path), cause);
}

Status AtomicFile::write(const QString& path, const QByteArray& data, Sync sync)
{
    ignoreFileSizeSignal();
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(
            QCoreApplication::translate("picta", "Cannot write %1: cannot create the folder %2").arg(shown(path), shown(dir)));
    QByteArray temp = QFile::encodeName(QDir(dir).filePath(QLatin1Char('.') + target.fileName().left(80) + kTempMarker)) + "XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return Status::failure(writeError(path, errno));
    // Keep an existing file's permissions; new files get the usual rw-r--r--.
    struct stat existing;
    const QByteArray targetName = QFile::encodeName(target.absoluteFilePath());
    ::fchmod(fd, ::stat(targetName.constData(), &existing) == 0 ? (existing.st_mode & 07777) : 0644);

    bool ok = writeAll(fd, data.constData(), data.size());
    if (ok && sync == Sync::Yes)
        ok = ::fsync(fd) == 0 || errno == EINVAL; // EINVAL: a file system that cannot sync
    int failure = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        failure = errno;
    }
    if (ok && ::rename(temp.constData(), targetName.constData()) != 0) {
        ok = false;
        failure = errno;
    }
    if (!ok) {
        ::unlink(temp.constData());
        return Status::failure(writeError(path, failure));
    }
    if (sync == Sync::Yes) { // the rename itself survives a power cut once the folder is synced
        const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
    }
    return Status::success();
}

Expected<QByteArray> AtomicFile::read(const QString& path, qint64 maxBytes)
{
    auto fail = [&](const QString& why) {
        return Expected<QByteArray>::failure(QCoreApplication::translate("picta", "Cannot read %1: %2").arg(shown(path), why));
    };
    // Opened without blocking (a FIFO would wait for a writer for ever) and checked on the open
    // file, so that a symlink swapped after a check cannot slip through.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (S_ISDIR(st.st_mode))
        return fail(QCoreApplication::translate("picta", "it is a folder"));
    if (!S_ISREG(st.st_mode))
        return fail(QCoreApplication::translate("picta", "not a regular file (a device, pipe or socket)"));
    if (st.st_size > maxBytes)
        return fail(QCoreApplication::translate("picta", "%1 MB is over the limit of %2 MB")
                        .arg(double(st.st_size) / 1e6, 0, 'f', 1)
                        .arg(double(maxBytes) / 1e6, 0, 'f', 0));
    // One byte more than the file's size shows growth while reading; never the cap itself, which
    // QIODevice::read would allocate up front.
    QByteArray data = file.read(qint64(st.st_size) + 1);
    if (data.size() > maxBytes) // grew while being read
        return fail(QCoreApplication::translate("picta", "over the limit of %1 MB").arg(double(maxBytes) / 1e6, 0, 'f', 0));
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return data;
}

Status AtomicFile::appendRecord(const QString& path, const QByteArray& data, const QByteArray& header, QPair<qint64, qint64>* span)
{
    ignoreFileSizeSignal();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status::failure(writeError(path, errno));
    while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) { }
    struct stat st;
    bool ok = ::fstat(fd, &st) == 0;
    const off_t before = ok ? st.st_size : 0;
    QByteArray record = data;
    if (ok && before == 0)
        record.prepend(header);
    if (ok && before > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, before - 1) == 1 && last != '\n')
            record.prepend('\n'); // an earlier writer was cut off mid-record (power cut)
    }
    ok = ok && writeAll(fd, record.constData(), record.size());
    if (ok && span)
        *span = {qint64(before), qint64(before) + record.size()};
    const int failure = ok ? 0 : errno;
    if (!ok && ::ftruncate(fd, before) != 0) {
        // Nothing more can be done: the partial record is ended by the next append's newline.
    }
    ::flock(fd, LOCK_UN);
    ::close(fd);
    return ok ? Status::success() : Status::failure(writeError(path, failure));
}

void AtomicFile::retractRecord(const QString& path, const QPair<qint64, qint64>& span)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) { }
    struct stat st;
    if (::fstat(fd, &st) == 0 && st.st_size == span.second && ::ftruncate(fd, span.first) != 0) {
        // Left as it is: a row whose file is missing is ignored by the readers that matter.
    }
    ::flock(fd, LOCK_UN);
    ::close(fd);
}

QString AtomicFile::freePath(const QDir& dir, const QString& name)
{
    if (!QFileInfo::exists(dir.filePath(name)))
        return dir.filePath(name);
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : "." + info.suffix();
    for (int i = 1;; ++i) {
        const QString candidate = QStringLiteral("%1-%2%3").arg(info.completeBaseName()).arg(i).arg(suffix);
        if (!QFileInfo::exists(dir.filePath(candidate)))
            return dir.filePath(candidate);
    }
}

bool AtomicFile::isTemporary(const QString& fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(QLatin1String(kTempMarker));
}

int AtomicFile::removeTemporaries(const QString& dir)
{
    int removed = 0;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names)
        if (isTemporary(name) && QFile::remove(QDir(dir).filePath(name)))
            ++removed;
    return removed;
}

} // namespace picta

#include "runlock.h"

#include <QElapsedTimer>
#include <QThread>

#include <QDir>
#include <QFile>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace picta {

RunLock::~RunLock()
{
    release();
}

QString RunLock::path(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("training.lock"));
}

Status RunLock::acquire(const QString& runDir)
{
    release();
    const QString file = path(runDir);
    const QByteArray name = QFile::encodeName(file);
    int fd = -1;
    // release() removes the file before unlocking it: a lock taken on a file that is no longer
    // the one at the path is worth nothing, so check the inode after locking and try again.
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0)
            return Status::failure(tr("Cannot create %1").arg(QDir::toNativeSeparators(file)));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            char owner[256] = {};
            const ssize_t n = ::pread(fd, owner, sizeof owner - 1, 0);
            ::close(fd);
            return Status::failure(
                tr("%1 is being trained by another program (%2)")
                    .arg(QDir::toNativeSeparators(runDir), QString::fromUtf8(owner, int(std::max<ssize_t>(n, 0))).trimmed()));
        }
        struct stat held, current;
        if (::fstat(fd, &held) != 0 || ::stat(name.constData(), &current) != 0 || held.st_ino != current.st_ino
            || held.st_dev != current.st_dev) {
            ::close(fd);
            fd = -1;
        }
    }
    if (fd < 0)
        return Status::failure(tr("Cannot lock %1").arg(QDir::toNativeSeparators(file)));
    const QByteArray owner = QStringLiteral("process %1 on %2\n").arg(::getpid()).arg(QSysInfo::machineHostName()).toUtf8();
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, owner.constData(), size_t(owner.size()), 0) < 0) {
        // The lock is what matters; the text only helps messages.
    }
    m_fd = fd;
    m_path = file;
    return Status::success();
}

Status RunLock::acquire(const QString& runDir, int waitMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        Status taken = acquire(runDir);
        if (taken || waited.elapsed() >= waitMs)
            return taken;
        QThread::msleep(50);
    }
}

void RunLock::release()
{
    if (m_fd < 0)
        return;
    QFile::remove(m_path); // removed while still locked, so that no one locks a file about to go
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

bool RunLock::isActive(const QString& runDir)
{
    const int fd = ::open(QFile::encodeName(path(runDir)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return locked;
}

} // namespace picta

#include "filelock.h"

#include <QDir>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace picta {

FileLock::FileLock(const QString& lockFile, Mode mode)
{
    const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    while (::flock(fd, mode == Mode::Try ? LOCK_EX | LOCK_NB : LOCK_EX) != 0) {
        if (errno != EINTR) {
            ::close(fd);
            return;
        }
    }
    m_fd = fd;
}

FileLock::~FileLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

QString FileLock::projectLockPath(const QString& projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral(".picta.lock"));
}

} // namespace picta

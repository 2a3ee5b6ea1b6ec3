#include "readonlymount.h"

#include <QDir>
#include <QProcess>

namespace picta::test {

namespace {

bool run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("mount"), args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

ReadOnlyMount::ReadOnlyMount(const QString& source, const QString& mountPoint)
    : m_mountPoint(mountPoint)
{
    QDir().mkpath(mountPoint);
    if (!run({QStringLiteral("--bind"), source, mountPoint}))
        return;
    m_mounted = true;
    if (!run({QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mountPoint})) {
        QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
        m_mounted = false;
    }
}

ReadOnlyMount::~ReadOnlyMount()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
}

} // namespace picta::test

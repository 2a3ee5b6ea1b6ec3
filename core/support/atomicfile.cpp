#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace picta {

bool AtomicFile::write(const QString& path, const QByteArray& data, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("picta", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool AtomicFile::read(const QString& path, QByteArray* data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("picta", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
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

} // namespace picta

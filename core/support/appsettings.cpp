#include "appsettings.h"

#include "training/computedevice.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace picta {

namespace {

const char* const kLanguage = "interface/language"; // not "general/": QSettings reads an INI [General] section as top-level keys
const char* const kProjectsFolder = "interface/projects_folder";
const char* const kThreads = "engine/threads";
const char* const kDevice = "engine/device";
const char* const kCacheFolder = "engine/cache_folder";
// The Train tab's settings wrote the mirror under this key before Preferences existed.
const char* const kMirror = "zoo/base";

// What Picta writes under the cache root; clearCache() removes these and nothing else, so a
// cache folder the user pointed at a shared place never loses someone else's files.
const QStringList& cacheEntries()
{
    static const QStringList entries{QStringLiteral("zoo"), QStringLiteral("decoded")};
    return entries;
}

// Not QSettings(): picta-cli's application name differs from the GUI's. The GUI's own QSettings()
// (organisation and application "Picta") is this same file.
std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(AppSettings::filePath(), QSettings::IniFormat);
}

} // namespace

QString AppSettings::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("Picta/Picta.conf"));
}

AppSettings AppSettings::load()
{
    const auto s = openSettings();
    AppSettings a;
    a.language = s->value(kLanguage).toString();
    a.projectsFolder = s->value(kProjectsFolder).toString();
    a.threads = std::clamp(s->value(kThreads, 0).toInt(), 0, 1024);
    const QString device = s->value(kDevice, QStringLiteral("auto")).toString();
    a.device = (device == QLatin1String("cpu") || device == QLatin1String("cuda")) ? device : QStringLiteral("auto");
    a.cacheFolder = s->value(kCacheFolder).toString();
    a.weightsMirror = s->value(kMirror).toString();
    return a;
}

void AppSettings::save() const
{
    const auto s = openSettings();
    s->setValue(kLanguage, language);
    s->setValue(kProjectsFolder, projectsFolder);
    s->setValue(kThreads, threads);
    s->setValue(kDevice, device);
    s->setValue(kCacheFolder, cacheFolder);
    s->setValue(kMirror, weightsMirror.trimmed());
    s->sync();
}

QString AppSettings::defaultCacheRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("Picta"));
}

QString AppSettings::cacheRoot()
{
    const QString env = qEnvironmentVariable("PICTA_CACHE_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    const QString setting = load().cacheFolder;
    return setting.isEmpty() ? defaultCacheRoot() : QDir(setting).absolutePath();
}

QString AppSettings::projectsRoot()
{
    const QString setting = load().projectsFolder;
    if (!setting.isEmpty())
        return QDir(setting).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("Picta"));
}

qint64 AppSettings::cacheBytes(const QString& rootPath)
{
    qint64 bytes = 0;
    const QDir root(rootPath);
    for (const QString& entry : cacheEntries()) {
        QDirIterator it(root.filePath(entry), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            bytes += it.fileInfo().size();
        }
    }
    return bytes;
}

QString AppSettings::clearCache(const QString& rootPath)
{
    const QDir root(rootPath);
    QStringList failed;
    for (const QString& entry : cacheEntries()) {
        QDir dir(root.filePath(entry));
        if (dir.exists() && !dir.removeRecursively())
            failed << QDir::toNativeSeparators(dir.absolutePath());
    }
    return failed.isEmpty() ? QString()
                            : tr("Some files could not be removed from %1 (in use or read-only)").arg(failed.join(QStringLiteral(", ")));
}

void AppSettings::applyToEngine() const
{
    ComputeDevice::setDefaultThreads(threads);
    ComputeDevice::setPreferCpu(device == QLatin1String("cpu"));
}

bool AppSettings::cudaAvailable()
{
    return ComputeDevice::cudaAvailable();
}

} // namespace picta

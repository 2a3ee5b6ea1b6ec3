#include "appsettings.h"

#include "training/computedevice.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

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

// The files Picta wrote under a cache root, and nothing else: a cache folder pointed at a shared
// place never loses someone else's files, and a symlink is never followed (a link named zoo/ to
// another folder must not get that folder emptied). Downloaded weights: zoo/*.safetensors and
// their partial downloads; decoded-image stores: decoded/<16 hex>/s<size>-<gray|rgb>/ with their
// index, pixels, lock and temporary files.
QStringList cacheFiles(const QDir& root, QStringList* folders)
{
    QStringList files;
    const auto plainDir = [](const QString& path) {
        const QFileInfo info(path);
        return info.isDir() && !info.isSymLink();
    };
    const auto plainFiles = [](const QDir& dir, const QStringList& patterns) {
        QStringList out;
        for (const QFileInfo& f : dir.entryInfoList(patterns, QDir::Files | QDir::Hidden | QDir::NoSymLinks))
            out << f.absoluteFilePath();
        return out;
    };
    const QString zoo = root.filePath(QStringLiteral("zoo"));
    const bool hasZoo = plainDir(zoo);
    if (hasZoo)
        files += plainFiles(QDir(zoo), {QStringLiteral("*.safetensors"), QStringLiteral("*.safetensors.*")});
    const QString decoded = root.filePath(QStringLiteral("decoded"));
    if (plainDir(decoded)) {
        static const QRegularExpression projectName(QStringLiteral("^[0-9a-f]{16}$"));
        static const QRegularExpression storeName(QStringLiteral("^s[0-9]+-(gray|rgb)$"));
        for (const QString& project : QDir(decoded).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString projectDir = QDir(decoded).filePath(project);
            if (!projectName.match(project).hasMatch() || !plainDir(projectDir))
                continue;
            for (const QString& store : QDir(projectDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QString storeDir = QDir(projectDir).filePath(store);
                if (!storeName.match(store).hasMatch() || !plainDir(storeDir))
                    continue;
                files += plainFiles(QDir(storeDir),
                                    {QStringLiteral("index.bin*"), QStringLiteral("pixels-*.bin*"), QStringLiteral("lock"),
                                     QStringLiteral(".*.picta-tmp-*")});
                if (folders)
                    *folders << storeDir;
            }
            if (folders)
                *folders << projectDir;
        }
        if (folders)
            *folders << decoded;
    }
    if (folders && hasZoo)
        *folders << zoo;
    return files;
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
    // Never more than the machine's threads: a hand-edited 100000 made training 100× slower.
    a.threads = std::clamp(s->value(kThreads, 0).toInt(), 0, std::max(1, QThread::idealThreadCount()));
    const QString device = s->value(kDevice, QStringLiteral("auto")).toString();
    a.device = (device == QLatin1String("cpu") || device == QLatin1String("cuda")) ? device : QStringLiteral("auto");
    a.cacheFolder = s->value(kCacheFolder).toString();
    a.weightsMirror = s->value(kMirror).toString();
    return a;
}

bool AppSettings::save() const
{
    const auto s = openSettings();
    s->setValue(kLanguage, language);
    s->setValue(kProjectsFolder, projectsFolder);
    s->setValue(kThreads, threads);
    s->setValue(kDevice, device);
    s->setValue(kCacheFolder, cacheFolder);
    s->setValue(kMirror, weightsMirror.trimmed());
    s->sync();
    return s->status() == QSettings::NoError;
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
    return cacheRootFor(load().cacheFolder);
}

QString AppSettings::cacheRootFor(const QString& cacheFolder)
{
    return cacheFolder.isEmpty() ? defaultCacheRoot() : QDir(cacheFolder).absolutePath();
}

QString AppSettings::projectsRoot()
{
    const QString setting = load().projectsFolder;
    return setting.isEmpty() ? defaultProjectsRoot() : QDir(setting).absolutePath();
}

QString AppSettings::defaultProjectsRoot()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("Picta"));
}

qint64 AppSettings::cacheBytes(const QString& rootPath)
{
    qint64 bytes = 0;
    for (const QString& file : cacheFiles(QDir(rootPath), nullptr))
        bytes += QFileInfo(file).size();
    return bytes;
}

QString AppSettings::clearCache(const QString& rootPath)
{
    QStringList folders;
    QStringList failed;
    for (const QString& file : cacheFiles(QDir(rootPath), &folders))
        if (!QFile::remove(file))
            failed << QDir::toNativeSeparators(file);
    // Emptied folders go (deepest first, as listed); a folder holding anything else stays.
    for (const QString& folder : folders)
        QDir().rmdir(folder);
    return failed.isEmpty()
        ? QString()
        : tr("Some files could not be removed (in use or read-only): %1").arg(failed.mid(0, 5).join(QStringLiteral(", ")));
}

void AppSettings::applyToEngine() const
{
    ComputeDevice::setDefaultThreads(threads);
    // And in force from now on, not only when a training starts: prediction, evaluation and loss
    // sorting otherwise ran on libtorch's own default here (one thread on the 2-core host).
    ComputeDevice::configureThreads(0);
    ComputeDevice::setPreferCpu(device == QLatin1String("cpu"));
}

bool AppSettings::cudaAvailable()
{
    return ComputeDevice::cudaAvailable();
}

} // namespace picta

#include "project.h"

#include "cleaning/imageheader.h"
#include "dataseteditor.h"
#include "datasplit.h"
#include "support/atomicfile.h"
#include "support/filelock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include <unistd.h>

namespace picta {

const QStringList& Project::imageExtensions()
{
    static const QStringList extensions = {"png", "jpg", "jpeg", "jpe", "bmp", "webp", "tif", "tiff", "pgm", "ppm", "pbm", "pnm"};
    return extensions;
}

bool Project::isImageFile(const QString& path)
{
    return imageExtensions().contains(QFileInfo(path).suffix().toLower());
}

bool Project::isReservedFolder(const QString& name)
{
    return name.startsWith('.') || name == QLatin1String("runs") || name == QLatin1String("quarantine");
}

QString Project::imagesDir() const
{
    return QDir(m_root).filePath(m_imagesSubdir);
}

QString Project::runsDir() const
{
    return QDir(m_root).filePath(QStringLiteral("runs"));
}

Expected<Project> Project::create(const QString& dir, const QString& name)
{
    Project project;
    project.m_root = QDir(dir).absolutePath();
    project.m_name = name.isEmpty() ? QFileInfo(project.m_root).fileName() : name;
    if (!QDir().mkpath(project.imagesDir()))
        return Expected<Project>::failure(tr("Cannot create the project folder %1").arg(QDir::toNativeSeparators(project.imagesDir())));
    if (const Status saved = project.save(); !saved)
        return Expected<Project>::failure(saved.error());
    return project;
}

Expected<Project> Project::open(const QString& dir)
{
    Project project;
    QFileInfo info(dir);
    if (!info.exists())
        return Expected<Project>::failure(tr("%1 does not exist").arg(QDir::toNativeSeparators(dir)));
    if (!info.isDir())
        return Expected<Project>::failure(tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir)));
    project.m_root = info.absoluteFilePath();
    project.m_name = info.fileName();

    const QString jsonPath = QDir(project.m_root).filePath(fileName());
    if (QFileInfo::exists(jsonPath)) {
        const auto read = AtomicFile::read(jsonPath);
        if (!read)
            return Expected<Project>::failure(read.error());
        const QByteArray& bytes = *read;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Expected<Project>::failure(tr("%1 is not valid JSON: %2 at byte %3")
                                                  .arg(QDir::toNativeSeparators(jsonPath), parseError.errorString())
                                                  .arg(parseError.offset));
        if (!doc.isObject())
            return Expected<Project>::failure(
                tr("%1 is not a project description (a JSON object)").arg(QDir::toNativeSeparators(jsonPath)));
        const QJsonObject root = doc.object();
        if (root.value("format").toInt(1) > kFormatVersion)
            return Expected<Project>::failure(tr("%1 was written by a newer Picta (format %2)")
                                                  .arg(QDir::toNativeSeparators(jsonPath))
                                                  .arg(root.value("format").toInt()));
        project.m_name = root.value("name").toString(project.m_name);
        project.m_imagesSubdir = root.value("images_dir").toString(project.m_imagesSubdir);
        // A project travels between people: nothing in picta.json may point outside its folder.
        if (const QString why = project.imagesDirProblem(); !why.isEmpty())
            return Expected<Project>::failure(
                tr("%1: images_dir \"%2\" %3").arg(QDir::toNativeSeparators(jsonPath), project.m_imagesSubdir, why));
        for (const QJsonValue& v : root.value("classes").toArray()) {
            const QString name = v.toString();
            if (const QString why = unsafeClassName(name); !why.isEmpty())
                return Expected<Project>::failure(
                    tr("%1: class \"%2\" is not allowed: %3").arg(QDir::toNativeSeparators(jsonPath), name, why));
            if (!project.m_classes.contains(name))
                project.m_classes << name;
        }
        project.m_imageSize = std::clamp(root.value("image_size").toInt(project.m_imageSize), 8, 1024);
        const QJsonObject split = root.value("split").toObject();
        project.m_validationFraction = split.value("validation_fraction").toDouble(project.m_validationFraction);
        project.m_splitSeed = quint64(split.value("seed").toInteger(qint64(project.m_splitSeed)));
        project.m_validationPrefix = split.value("validation_prefix").toString();
        project.m_settings = root.value("settings").toObject();
    } else if (!QFileInfo(project.imagesDir()).isDir()) {
        // A plain folder-per-class tree (ImageFolder / Keras / Create ML layout): use it in place.
        project.m_imagesSubdir = QStringLiteral(".");
        if (project.classFolders().isEmpty())
            return Expected<Project>::failure(tr("%1 is neither a Picta project nor a folder with one subfolder per class")
                                                  .arg(QDir::toNativeSeparators(project.m_root)));
        project.refreshClasses();
        project.m_imageSize = project.sampledImageSize();
        return project;
    }
    project.completeInterruptedRename();
    project.refreshClasses();
    return project;
}

QString Project::unsafeClassName(const QString& name)
{
    // Only what would make a class folder a path elsewhere; names the app would not let a user
    // type ("What?", 120 characters) but that a folder of images may have are fine.
    if (name.isEmpty())
        return tr("an empty name");
    if (name.startsWith('.'))
        return tr("a name may not start with a dot");
    for (const QChar c : name)
        if (c == '/' || c == '\\' || c.unicode() < 32)
            return tr("a name may not contain '/', '\\' or control characters");
    if (isReservedFolder(name))
        return tr("'%1' is reserved").arg(name);
    return {};
}

bool Project::isInside(const QString& root, const QString& existingPath)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = QFileInfo(existingPath).canonicalFilePath();
    return !canonicalRoot.isEmpty() && !canonical.isEmpty() && (canonical == canonicalRoot || canonical.startsWith(canonicalRoot + '/'));
}

QString Project::renameJournalPath(const QString& root)
{
    return QDir(root).filePath(QStringLiteral(".picta-rename.json"));
}

void Project::completeInterruptedRename()
{
    const QString journal = renameJournalPath(m_root);
    if (!QFileInfo::exists(journal))
        return;
    const auto read = AtomicFile::read(journal, 1 << 16);
    if (!read)
        return; // unreadable: the rename is left as it is, and the journal names it for a person
    const QByteArray& bytes = *read;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QString from = o.value("from").toString(), to = o.value("to").toString();
    // Another program may be renaming right now (it holds the lock): the journal is its to finish.
    const FileLock lock(FileLock::projectLockPath(m_root), FileLock::Mode::Try);
    if (!lock.locked())
        return;
    if (!QFileInfo::exists(journal))
        return;
    if (!unsafeClassName(from).isEmpty() || !unsafeClassName(to).isEmpty()) {
        QFile::remove(journal);
        return;
    }
    const QDir images(imagesDir());
    if (QFileInfo::exists(images.filePath(from)) && !QFileInfo::exists(images.filePath(to))
        && !QDir().rename(images.filePath(from), images.filePath(to)))
        return; // read-only: the journal stays for a later open
    const int at = int(m_classes.indexOf(from));
    if (at >= 0 && !m_classes.contains(to))
        m_classes[at] = to;
    if (save())
        QFile::remove(journal);
}

QString Project::imagesDirProblem() const
{
    const QString cleaned = QDir::cleanPath(m_imagesSubdir);
    if (m_imagesSubdir.isEmpty() || QDir::isAbsolutePath(m_imagesSubdir) || cleaned == QLatin1String("..")
        || cleaned.startsWith(QLatin1String("../")))
        return tr("is outside the project folder");
    // A symlinked folder is followed: it must still land inside the project.
    if (QFileInfo::exists(imagesDir()) && !isInside(m_root, imagesDir()))
        return tr("leads outside the project folder (to %1)").arg(QDir::toNativeSeparators(QFileInfo(imagesDir()).canonicalFilePath()));
    if (QFileInfo::exists(imagesDir()) && !QFileInfo(imagesDir()).isDir())
        return tr("is a file, not a folder");
    return {};
}

int Project::sampledImageSize() const
{
    // Small images (Fashion-MNIST's 28×28, icons, sketches) train at their own size rather than
    // upscaled to the 64 px default: 5× faster, and nothing to gain from invented pixels.
    int largest = 0;
    for (const QString& folder : classFolders()) {
        QDirIterator it(QDir(imagesDir()).filePath(folder), QDir::Files);
        for (int n = 0; n < 3 && it.hasNext();) {
            QFile file(it.next());
            if (!isImageFile(file.fileName()) || !file.open(QIODevice::ReadOnly))
                continue;
            const auto header = ImageHeader::read(file.read(64 * 1024));
            if (!header)
                continue;
            largest = std::max<int>(largest, int(std::max(header->width, header->height)));
            ++n;
        }
    }
    return largest >= 8 && largest <= 48 ? largest : m_imageSize;
}

Status Project::save() const
{
    QJsonObject root;
    root["format"] = kFormatVersion;
    root["name"] = m_name;
    root["images_dir"] = m_imagesSubdir;
    root["classes"] = QJsonArray::fromStringList(m_classes);
    root["image_size"] = m_imageSize;
    QJsonObject split{{"validation_fraction", m_validationFraction}, {"seed", qint64(m_splitSeed)}};
    if (!m_validationPrefix.isEmpty())
        split["validation_prefix"] = m_validationPrefix;
    root["split"] = split;
    root["settings"] = m_settings;
    return AtomicFile::write(QDir(m_root).filePath(fileName()), QJsonDocument(root).toJson());
}

QStringList Project::classFolders() const
{
    QStringList folders;
    const QFileInfoList entries = QDir(imagesDir()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo& entry : entries)
        if (!isReservedFolder(entry.fileName()))
            folders << entry.fileName();
    return folders;
}

void Project::refreshClasses()
{
    for (const QString& folder : classFolders())
        if (!m_classes.contains(folder))
            m_classes << folder;
}

QVector<ImageEntry> Project::images(QVector<ListingProblem>* problems) const
{
    QVector<ImageEntry> entries;
    const QDir images(imagesDir());
    for (int c = 0; c < m_classes.size(); ++c) {
        const QString classDir = images.filePath(m_classes[c]);
        const QFileInfo classInfo(classDir);
        if (!classInfo.exists()) {
            if (problems) // classes get their folder when added: a missing one was moved or deleted
                problems->push_back({classDir, tr("class '%1' has no folder (0 images)").arg(m_classes[c])});
            continue;
        }
        if (!classInfo.isDir()) {
            if (problems)
                problems->push_back({classDir, tr("class '%1' is a file, not a folder (0 images)").arg(m_classes[c])});
            continue;
        }
        if (classInfo.isSymLink() && !isInside(m_root, classDir)) {
            if (problems)
                problems->push_back({classDir, tr("class folder is a link that leads outside the project")});
            continue;
        }
        if (!classInfo.isReadable() || !QDir(classDir).isReadable()) {
            if (problems)
                problems->push_back({classDir, tr("folder is not readable")});
            continue;
        }
        QStringList files;
        QDirIterator it(classDir, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        // Unreadable files are missed by the Readable filter above: list them as problems.
        QDirIterator all(classDir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString path = all.next();
            if (problems && !QFileInfo(path).isReadable())
                problems->push_back({path, tr("file is not readable")});
        }
        std::sort(files.begin(), files.end());
        for (const QString& path : files) {
            const QFileInfo info(path);
            if (info.fileName().startsWith('.'))
                continue;
            if (info.isSymLink() && !isInside(m_root, path)) {
                if (problems)
                    problems->push_back({path, tr("a link that leads outside the project (not used)")});
                continue;
            }
            if (!isImageFile(path)) {
                if (problems)
                    problems->push_back({path, tr("not an image file type (.%1)").arg(info.suffix())});
                continue;
            }
            ImageEntry entry;
            entry.path = info.absoluteFilePath();
            entry.relativePath = images.relativeFilePath(entry.path);
            entry.classIndex = c;
            entries.push_back(entry);
        }
    }
    assignSplits(entries);
    return entries;
}

void Project::assignSplits(QVector<ImageEntry>& entries) const
{
    if (m_validationPrefix.isEmpty()) {
        DataSplit::assign(entries, m_classes.size(), m_validationFraction, m_splitSeed);
        return;
    }
    for (ImageEntry& entry : entries)
        entry.split = QFileInfo(entry.path).fileName().startsWith(m_validationPrefix) ? Split::Validation : Split::Train;
}

bool Project::isReadOnly() const
{
    const QByteArray json = QFile::encodeName(QDir(m_root).filePath(fileName()));
    return ::access(QFile::encodeName(m_root).constData(), W_OK) != 0
        || (::access(json.constData(), F_OK) == 0 && ::access(json.constData(), W_OK) != 0);
}

QVector<int> Project::countPerClass() const
{
    QVector<int> counts(m_classes.size(), 0);
    for (const ImageEntry& entry : images())
        ++counts[entry.classIndex];
    return counts;
}

QStringList Project::runs() const
{
    QStringList result;
    const QFileInfoList dirs = QDir(runsDir()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QFileInfo& dir : dirs)
        if (QFileInfo::exists(QDir(dir.absoluteFilePath()).filePath("model.json"))
            && QFileInfo::exists(QDir(dir.absoluteFilePath()).filePath("model.safetensors"))) // not a run still in its first epoch
            result << dir.absoluteFilePath();
    return result;
}

} // namespace picta

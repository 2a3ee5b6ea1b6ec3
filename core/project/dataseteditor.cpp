#include "dataseteditor.h"

#include "support/filelock.h"

#include "cleaning/quarantine.h"
#include "project.h"
#include "support/atomicfile.h"

#include <QDir>
#include <QJsonObject>
#include <QJsonDocument>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace picta {

DatasetEditor::DatasetEditor(const QString& projectRoot)
    : m_root(QFileInfo(projectRoot).absoluteFilePath())
{
    // Where the images live never changes while a project is edited: read picta.json once here.
    const auto project = Project::open(m_root);
    m_imagesDir = project ? project->imagesDir() : QDir(m_root).filePath(QStringLiteral("images"));
}

QString DatasetEditor::imagesDir() const
{
    return m_imagesDir;
}

QString DatasetEditor::unlabelledDir() const
{
    return QDir(imagesDir()).filePath(QStringLiteral(".unlabelled"));
}

QStringList DatasetEditor::classes() const
{
    const auto project = Project::open(m_root);
    return project ? project->classes() : QStringList();
}

QVector<DatasetImage> DatasetEditor::images() const
{
    QVector<DatasetImage> result;
    const auto project = Project::open(m_root);
    if (!project)
        return result;
    auto add = [&](const QString& path, int classIndex) {
        const QFileInfo info(path);
        result.push_back({info.absoluteFilePath(), classIndex, info.size(), info.lastModified()});
    };
    for (const ImageEntry& entry : project->images())
        add(entry.path, entry.classIndex);
    QStringList unlabelled;
    QDirIterator it(unlabelledDir(), QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        if (Project::isImageFile(path))
            unlabelled << path;
    }
    unlabelled.sort();
    for (const QString& path : unlabelled)
        add(path, -1);
    return result;
}

Expected<QString> DatasetEditor::moveInto(const QString& path, const QString& dir)
{
    using R = Expected<QString>;
    const QFileInfo info(path);
    if (!info.isFile())
        return R::failure(tr("%1: no such file").arg(QDir::toNativeSeparators(path)));
    if (info.absolutePath() == QFileInfo(dir).absoluteFilePath())
        return info.absoluteFilePath();
    if (!QDir().mkpath(dir))
        return R::failure(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    if (!Project::isInside(m_root, dir))
        return R::failure(tr("%1 leads outside the project (a link): nothing is moved there").arg(QDir::toNativeSeparators(dir)));
    const QString target = AtomicFile::freePath(QDir(dir), info.fileName());
    if (!QFile::rename(info.absoluteFilePath(), target))
        return R::failure(tr("%1 cannot be moved to %2").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dir)));
    return target;
}

Expected<QString> DatasetEditor::relabel(const QString& path, int classIndex)
{
    const QStringList names = classes();
    if (classIndex >= names.size())
        return Expected<QString>::failure(tr("There is no class number %1").arg(classIndex + 1));
    return moveInto(path, classIndex < 0 ? unlabelledDir() : QDir(imagesDir()).filePath(names[classIndex]));
}

Expected<QString> DatasetEditor::moveBack(const QString& path, const QString& originalPath)
{
    using R = Expected<QString>;
    const QFileInfo original(originalPath);
    if (!QDir().mkpath(original.absolutePath()))
        return R::failure(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(original.absolutePath())));
    if (!Project::isInside(m_root, original.absolutePath()))
        return R::failure(
            tr("%1 leads outside the project (a link): nothing is moved there").arg(QDir::toNativeSeparators(original.absolutePath())));
    const QString target = AtomicFile::freePath(original.absoluteDir(), original.fileName());
    if (!QFile::rename(path, target))
        return R::failure(tr("%1 cannot be moved back to %2").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
    return target;
}

Expected<QString> DatasetEditor::quarantine(const QString& path, const QString& reason)
{
    const auto item = Quarantine(m_root).add(path, reason);
    if (!item)
        return Expected<QString>::failure(item.error());
    return item->id;
}

Expected<QString> DatasetEditor::restore(const QString& id)
{
    return Quarantine(m_root).restore(id);
}

QString DatasetEditor::invalidClassName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A class needs a name");
    if (trimmed != name)
        return tr("A class name cannot start or end with spaces");
    if (name.startsWith('.'))
        return tr("A class name cannot start with a dot");
    for (const QChar c : name)
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|' || c.unicode() < 32)
            return tr("A class name cannot contain %1").arg(c.unicode() < 32 ? tr("control characters") : QString(c));
    if (name == QLatin1String("runs") || name == QLatin1String("quarantine"))
        return tr("'%1' is reserved").arg(name);
    if (name.size() > 100)
        return tr("A class name can have at most 100 characters");
    return {};
}

Status DatasetEditor::saveClasses(const QStringList& classes) const
{
    auto project = Project::open(m_root);
    if (!project)
        return Status::failure(project.error());
    project->setClasses(classes);
    return project->save();
}

Expected<int> DatasetEditor::addClass(const QString& name, int position)
{
    const FileLock lock(FileLock::projectLockPath(m_root)); // read, change and save picta.json as one step
    using R = Expected<int>;
    if (const QString why = invalidClassName(name); !why.isEmpty())
        return R::failure(why);
    QStringList names = classes();
    for (const QString& existing : names)
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            return R::failure(tr("There is a class '%1' already").arg(existing));
    if (!QDir().mkpath(QDir(imagesDir()).filePath(name)))
        return R::failure(tr("Cannot create the folder for class '%1'").arg(name));
    position = position < 0 || position > names.size() ? int(names.size()) : position;
    names.insert(position, name);
    if (const Status saved = saveClasses(names); !saved)
        return R::failure(saved.error());
    return position;
}

Expected<QString> DatasetEditor::renameClass(int classIndex, const QString& newName)
{
    const FileLock lock(FileLock::projectLockPath(m_root)); // read, change and save picta.json as one step
    using R = Expected<QString>;
    QStringList names = classes();
    if (classIndex < 0 || classIndex >= names.size())
        return R::failure(tr("There is no class number %1").arg(classIndex + 1));
    if (const QString why = invalidClassName(newName); !why.isEmpty())
        return R::failure(why);
    const QString old = names[classIndex];
    for (int i = 0; i < names.size(); ++i)
        if (i != classIndex && names[i].compare(newName, Qt::CaseInsensitive) == 0)
            return R::failure(tr("There is a class '%1' already; merge the classes instead").arg(names[i]));
    const QDir images(imagesDir());
    // The folder and picta.json change in two steps: a journal names the rename first, so that a
    // kill between them is completed when the project is next opened (Project::open) instead of
    // splitting the class in two.
    const QString journal = Project::renameJournalPath(m_root);
    if (const Status written
        = AtomicFile::write(journal, QJsonDocument(QJsonObject{{"from", old}, {"to", newName}}).toJson(QJsonDocument::Compact));
        !written)
        return R::failure(written.error());
    if (QFileInfo::exists(images.filePath(old)) && !QDir().rename(images.filePath(old), images.filePath(newName))) {
        QFile::remove(journal);
        return R::failure(tr("The folder %1 cannot be renamed").arg(QDir::toNativeSeparators(images.filePath(old))));
    }
    names[classIndex] = newName;
    if (const Status saved = saveClasses(names); !saved) {
        QDir().rename(images.filePath(newName), images.filePath(old));
        QFile::remove(journal);
        return R::failure(saved.error());
    }
    QFile::remove(journal);
    return old;
}

Expected<QVector<QPair<QString, QString>>> DatasetEditor::mergeClass(int from, int into)
{
    const FileLock lock(FileLock::projectLockPath(m_root)); // read, change and save picta.json as one step
    using R = Expected<QVector<QPair<QString, QString>>>;
    QStringList names = classes();
    if (from < 0 || into < 0 || from >= names.size() || into >= names.size() || from == into)
        return R::failure(tr("Choose two different classes to merge"));
    // Every file moves, images or not, so that removing the folder loses nothing.
    const QDir images(imagesDir());
    const QString fromDir = images.filePath(names[from]), intoDir = images.filePath(names[into]);
    QStringList files;
    QDirIterator it(fromDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVector<QPair<QString, QString>> moved;
    for (const QString& path : files) {
        const auto target = moveInto(path, intoDir);
        if (!target)
            return R::failure(target.error());
        moved.push_back({path, *target});
    }
    if (QFileInfo::exists(fromDir) && !QDir().rmdir(fromDir))
        return R::failure(tr("The folder %1 still holds subfolders; move them out first").arg(QDir::toNativeSeparators(fromDir)));
    names.removeAt(from);
    if (const Status saved = saveClasses(names); !saved)
        return R::failure(saved.error());
    return moved;
}

Expected<int> DatasetEditor::removeEmptyClass(int classIndex)
{
    const FileLock lock(FileLock::projectLockPath(m_root)); // read, change and save picta.json as one step
    using R = Expected<int>;
    QStringList names = classes();
    if (classIndex < 0 || classIndex >= names.size())
        return R::failure(tr("There is no class number %1").arg(classIndex + 1));
    const QDir dir(QDir(imagesDir()).filePath(names[classIndex]));
    if (dir.exists() && !dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
        return R::failure(tr("Class '%1' still has images").arg(names[classIndex]));
    QDir().rmdir(dir.path());
    names.removeAt(classIndex);
    if (const Status saved = saveClasses(names); !saved)
        return R::failure(saved.error());
    return classIndex;
}

} // namespace picta

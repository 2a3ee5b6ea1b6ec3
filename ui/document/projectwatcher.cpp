#include "document/projectwatcher.h"

#include "document/datasetmodel.h"

#include "project/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace picta {

namespace {

QStringList subfolders(const QString& dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

/// The image files directly in `dir`, by name (one readdir, no stat).
QSet<QString> imageFilesIn(const QString& dir)
{
    QSet<QString> names;
    const QStringList entries = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QString& name : entries)
        if (Project::isImageFile(name))
            names.insert(name);
    return names;
}

/// The folders whose files a listing holds: the class folders and the unlabelled one.
QStringList imageFolders(const Project& project)
{
    const QDir images(project.imagesDir());
    QStringList dirs{images.absoluteFilePath(QStringLiteral(".unlabelled"))};
    for (const QString& c : project.classes())
        dirs << images.absoluteFilePath(c);
    return dirs;
}

} // namespace

ProjectWatcher::ProjectWatcher(const DatasetModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProjectWatcher::onFolderChanged);
}

void ProjectWatcher::clear()
{
    if (!m_watcher->directories().isEmpty())
        (void)m_watcher->removePaths(m_watcher->directories());
    m_root.clear();
    m_unlisted.clear();
    m_subfolders.clear();
}

ProjectWatcher::Unlisted ProjectWatcher::unlistedFiles(const Project& project, const QVector<DatasetImage>& images)
{
    QHash<QString, QSet<QString>> listed;
    for (const DatasetImage& image : images) {
        const int slash = int(image.path.lastIndexOf(QLatin1Char('/')));
        listed[image.path.left(slash)].insert(image.path.mid(slash + 1));
    }
    Unlisted unlisted;
    for (const QString& dir : imageFolders(project)) {
        QSet<QString> left = imageFilesIn(dir);
        left.subtract(listed.value(dir));
        if (!left.isEmpty())
            unlisted.insert(dir, left);
    }
    return unlisted;
}

void ProjectWatcher::sync(const Project& project, const Unlisted& unlisted)
{
    m_root = QDir(project.rootDir()).absolutePath();
    m_imagesDir = QDir(project.imagesDir()).absolutePath();
    m_runsDir = QDir(project.runsDir()).absolutePath();
    m_settingsModified = QFileInfo(QDir(m_root).filePath(Project::fileName())).lastModified();
    m_unlisted = unlisted;
    QStringList folders = imageFolders(project);
    for (const QString& folder : imageFolders(project)) { // a class's images may lie in subfolders
        QDirIterator nested(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (nested.hasNext())
            folders << QDir(nested.next()).absolutePath();
    }
    QStringList dirs = QStringList{m_root, m_imagesDir, m_runsDir} + folders;
    for (const QString& run : subfolders(m_runsDir)) // a run folder gains its weights after its first epoch
        dirs << QDir(m_runsDir).absoluteFilePath(run);
    QStringList missing;
    const QStringList watched = m_watcher->directories();
    for (const QString& d : std::as_const(dirs))
        if (!watched.contains(d) && QFileInfo(d).isDir())
            missing << d;
    if (!missing.isEmpty())
        (void)m_watcher->addPaths(missing); // what cannot be watched (inotify limits) is merged at the next listing only
    m_subfolders.clear();
    for (const QString& dir : QStringList{m_imagesDir} + folders)
        m_subfolders.insert(dir, subfolders(dir));
}

bool ProjectWatcher::folderDiffers(const QString& dir) const
{
    if (subfolders(dir) != m_subfolders.value(dir))
        return true; // a folder added (the images of a class may lie in subfolders) or removed
    // What the model holds in this folder now (its own edits included), and what the listing left out.
    QSet<QString> expected = m_unlisted.value(dir);
    const QString prefix = dir + QLatin1Char('/');
    for (const DatasetImage& image : m_model->images())
        if (image.path.startsWith(prefix) && image.path.indexOf(QLatin1Char('/'), prefix.size()) < 0)
            expected.insert(image.path.mid(prefix.size()));
    return imageFilesIn(dir) != expected;
}

void ProjectWatcher::onFolderChanged(const QString& dir)
{
    if (m_root.isEmpty())
        return;
    const QString changed = QDir(dir).absolutePath();
    if (changed == m_runsDir || changed.startsWith(m_runsDir + QLatin1Char('/'))) {
        for (const QString& run : subfolders(m_runsDir)) // a new run folder is watched for its weights
            if (!m_watcher->directories().contains(QDir(m_runsDir).absoluteFilePath(run)))
                (void)m_watcher->addPath(QDir(m_runsDir).absoluteFilePath(run));
        Q_EMIT runsChanged();
        return;
    }
    if (changed == m_root) { // runs/ created or removed, picta.json replaced, or the lock file
        if (!m_watcher->directories().contains(m_runsDir) && QFileInfo(m_runsDir).isDir())
            (void)m_watcher->addPath(m_runsDir);
        Q_EMIT runsChanged();
        if (QFileInfo(QDir(m_root).filePath(Project::fileName())).lastModified() != m_settingsModified)
            Q_EMIT listingStale();
        if (changed != m_imagesDir)
            return;
    }
    if (changed == m_imagesDir) { // a class folder (or .unlabelled) added or removed
        if (subfolders(m_imagesDir) != m_subfolders.value(m_imagesDir))
            Q_EMIT listingStale();
        return;
    }
    if (folderDiffers(changed))
        Q_EMIT listingStale();
}

} // namespace picta

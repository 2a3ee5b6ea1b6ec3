#include "document/projectwatcher.h"

#include "document/datasetmodel.h"

#include "project/project.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace picta {

namespace {

/// The number of image files directly in `dir` (one readdir, no stat).
int imageFilesIn(const QString& dir)
{
    int n = 0;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QString& name : names)
        n += Project::isImageFile(name) ? 1 : 0;
    return n;
}

QStringList subfolders(const QString& dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
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
    m_knownFolders.clear();
}

void ProjectWatcher::sync(const Project& project)
{
    m_root = QDir(project.rootDir()).absolutePath();
    m_imagesDir = QDir(project.imagesDir()).absolutePath();
    m_runsDir = QDir(project.runsDir()).absolutePath();
    m_settingsModified = QFileInfo(QDir(m_root).filePath(Project::fileName())).lastModified();
    QStringList dirs{m_root, m_imagesDir, QDir(m_imagesDir).filePath(QStringLiteral(".unlabelled")), m_runsDir};
    for (const QString& c : project.classes())
        dirs << QDir(m_imagesDir).filePath(c);
    QStringList missing;
    const QStringList watched = m_watcher->directories();
    for (const QString& d : std::as_const(dirs))
        if (!watched.contains(d) && QFileInfo(d).isDir())
            missing << d;
    if (!missing.isEmpty())
        (void)m_watcher->addPaths(missing); // what cannot be watched (inotify limits) is merged at the next listing only
    m_knownFolders = subfolders(m_imagesDir);
    recountUnlisted();
}

void ProjectWatcher::recountUnlisted()
{
    // Files with an image extension that the listing leaves out (unreadable, or links leading out
    // of the project), per watched folder: the count check expects them.
    m_unlisted.clear();
    QHash<QString, int> listed;
    for (const DatasetImage& image : m_model->images())
        ++listed[image.path.left(image.path.lastIndexOf(QLatin1Char('/')))];
    const QStringList watched = m_watcher->directories();
    for (const QString& dir : watched) {
        const QString absolute = QDir(dir).absolutePath();
        if (absolute == m_root || absolute == m_runsDir)
            continue;
        if (const int unlisted = imageFilesIn(dir) - listed.value(absolute); unlisted != 0)
            m_unlisted.insert(absolute, unlisted);
    }
}

void ProjectWatcher::onFolderChanged(const QString& dir)
{
    if (m_root.isEmpty())
        return;
    const QString changed = QDir(dir).absolutePath();
    if (changed == m_runsDir) {
        Q_EMIT runsChanged();
        return;
    }
    if (changed == m_root) { // runs/ created or removed, picta.json replaced, or the lock file
        if (!m_watcher->directories().contains(m_runsDir) && QFileInfo(m_runsDir).isDir())
            (void)m_watcher->addPath(m_runsDir);
        Q_EMIT runsChanged();
        if (QFileInfo(QDir(m_root).filePath(Project::fileName())).lastModified() != m_settingsModified)
            Q_EMIT listingStale();
    }
    if (changed == m_imagesDir) { // a class folder added or removed (for an adopted project, the root itself)
        if (subfolders(m_imagesDir) != m_knownFolders)
            Q_EMIT listingStale();
        return;
    }
    if (changed == m_root)
        return;
    if (m_model->imagesDirectlyIn(changed) + m_unlisted.value(changed) != imageFilesIn(changed))
        Q_EMIT listingStale();
}

} // namespace picta

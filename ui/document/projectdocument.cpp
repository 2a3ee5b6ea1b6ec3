#include "document/projectdocument.h"

#include "common/backgroundjob.h"
#include "document/datasetcommands.h"
#include "document/datasetmodel.h"

#include "data/importer.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUndoStack>

namespace picta {

namespace {

/// What a background listing brings back: the project as it is on disk now, and its images.
struct Listing {
    std::optional<Project> project;
    QStringList classes;
    QVector<DatasetImage> images;
};

Listing readListing(const QString& root)
{
    Listing listing;
    auto project = Project::open(root);
    if (!project)
        return listing;
    listing.project = *project;
    const DatasetEditor editor(root);
    listing.classes = project->classes();
    listing.images = editor.images();
    return listing;
}

/// The number of image files directly in `dir` (one readdir, no stat).
int imageFilesIn(const QString& dir)
{
    int n = 0;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QString& name : names)
        n += Project::isImageFile(name) ? 1 : 0;
    return n;
}

} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , m_model(new DatasetModel(this))
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_rescanTimer(new QTimer(this))
{
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(300); // a copy of 500 files is one listing, not 500
    connect(m_rescanTimer, &QTimer::timeout, this, &ProjectDocument::startListing);
    connect(m_model, &DatasetModel::countsChanged, this, &ProjectDocument::countsChanged);
    // Our own edits change these folders too; a folder is listed again only when the number of
    // images in it differs from what the listing holds (one readdir), so labelling at speed does
    // not re-read the project after every key press.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString& dir) {
        if (!isOpen())
            return;
        if (QDir(dir) == QDir(rootDir())) {
            refreshRuns();
            if (!m_watcher->directories().contains(m_project->runsDir()) && QFileInfo(m_project->runsDir()).isDir())
                m_watcher->addPath(m_project->runsDir());
            const QFileInfo settings(QDir(rootDir()).filePath(Project::fileName()));
            if (settings.lastModified() != m_settingsModified)
                rescan();
            return;
        }
        if (QDir(dir) == QDir(m_project->runsDir())) {
            refreshRuns();
            return;
        }
        if (QDir(dir) == QDir(m_project->imagesDir()) || m_model->imagesDirectlyIn(dir) != imageFilesIn(dir))
            rescan();
    });
}

ProjectDocument::~ProjectDocument() = default;

Status ProjectDocument::open(const QString& dir)
{
    return openProject(dir, false);
}

Status ProjectDocument::openAndWait(const QString& dir)
{
    return openProject(dir, true);
}

Status ProjectDocument::openProject(const QString& dir, bool wait)
{
    auto project = Project::open(dir);
    if (!project)
        return Status::failure(project.error());
    m_project = *project;
    m_readOnly = project->isReadOnly();
    m_settingsModified = QFileInfo(QDir(rootDir()).filePath(Project::fileName())).lastModified();
    m_undo->clear();
    m_loaded = false;
    m_runs = m_project->runs();
    ++m_editGeneration; // a listing of the previous project still on its way is dropped
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (wait) {
        const Listing listing = readListing(rootDir());
        m_model->reset(rootDir(), listing.classes, listing.images);
        m_loaded = true;
        watchFolders();
    } else {
        m_model->reset(rootDir(), m_project->classes(), {});
        startListing();
    }
    Q_EMIT opened();
    Q_EMIT classesChanged(classes());
    Q_EMIT runsChanged(m_runs);
    if (wait)
        Q_EMIT loaded();
    return Status::success();
}

bool ProjectDocument::isLoading() const
{
    return isOpen() && !m_loaded;
}

QString ProjectDocument::rootDir() const
{
    return m_project ? m_project->rootDir() : QString();
}

QString ProjectDocument::name() const
{
    return m_project ? m_project->name() : QString();
}

QStringList ProjectDocument::classes() const
{
    return m_project ? m_project->classes() : QStringList();
}

QVector<int> ProjectDocument::counts() const
{
    return m_model->counts();
}

void ProjectDocument::relabel(const QStringList& paths, int classIndex)
{
    if (!isOpen() || paths.isEmpty())
        return;
    ++m_editGeneration;
    m_undo->push(new RelabelCommand(this, paths, classIndex));
}

void ProjectDocument::quarantine(const QStringList& paths, const QStringList& reasons)
{
    if (!isOpen() || paths.isEmpty())
        return;
    ++m_editGeneration;
    m_undo->push(new QuarantineCommand(this, paths, reasons));
}

void ProjectDocument::addClass(const QString& name)
{
    if (!isOpen())
        return;
    ++m_editGeneration;
    m_undo->push(new ClassCommand(this, ClassCommand::Kind::Add, -1, name, -1));
}

void ProjectDocument::renameClass(int classIndex, const QString& name)
{
    if (!isOpen())
        return;
    ++m_editGeneration;
    m_undo->push(new ClassCommand(this, ClassCommand::Kind::Rename, classIndex, name, -1));
}

void ProjectDocument::mergeClass(int from, int into)
{
    if (!isOpen())
        return;
    ++m_editGeneration;
    m_undo->push(new ClassCommand(this, ClassCommand::Kind::Merge, from, QString(), into));
}

Expected<QString> ProjectDocument::addImageData(const QByteArray& bytes, const QString& fileName, const QString& className,
                                                const QString& source)
{
    if (!isOpen())
        return Expected<QString>::failure(tr("No project is open"));
    Importer importer(rootDir());
    ImportReport report;
    if (const Status added = importer.addImage(bytes, fileName, className, QString(), source, &report); !added)
        return Expected<QString>::failure(added.error());
    return pushAdded(importer.lastWritten(), className);
}

Expected<QString> ProjectDocument::addImageFile(const QString& path, const QString& className, const QString& source)
{
    if (!isOpen())
        return Expected<QString>::failure(tr("No project is open"));
    Importer importer(rootDir());
    const ImportReport report = importer.importFile(path, className, source);
    if (report.imported == 0)
        return Expected<QString>::failure(report.skipped.isEmpty() ? tr("%1 was not added").arg(QDir::toNativeSeparators(path))
                                                                   : report.skipped.first().reason);
    return pushAdded(importer.lastWritten(), className);
}

Expected<QString> ProjectDocument::pushAdded(const QString& written, const QString& className)
{
    ++m_editGeneration;
    const bool newClass = !classes().contains(className);
    if (newClass)
        reloadClasses(); // the importer made the class folder and its picta.json entry
    // Already on disk: the command's first redo only records it; undo quarantines it.
    m_undo->push(new AddImageCommand(this, written, int(classes().indexOf(className))));
    return written;
}

void ProjectDocument::rescan()
{
    if (isOpen())
        m_rescanTimer->start();
}

void ProjectDocument::startListing()
{
    if (!isOpen())
        return;
    if (m_listing) {
        m_rescanTimer->start(); // one listing at a time; the newest request runs after it
        return;
    }
    m_listing = true;
    const int generation = m_editGeneration;
    const QString root = rootDir();
    startJob(
        this, [root](const JobContext&) { return readListing(root); },
        [this, generation, root](const Listing& listing) {
            m_listing = false;
            if (root != rootDir())
                return; // another project was opened meanwhile
            if (generation != m_editGeneration) {
                // An edit happened while the folders were read: the listing may show a file in
                // two places. Read again.
                m_rescanTimer->start();
                return;
            }
            mergeListing(listing.project, listing.classes, listing.images);
        });
}

void ProjectDocument::mergeListing(const std::optional<Project>& project, const QStringList& classes, const QVector<DatasetImage>& images)
{
    if (!project) {
        Q_EMIT problem(tr("%1 can no longer be read").arg(QDir::toNativeSeparators(rootDir())));
        return;
    }
    m_settingsModified = QFileInfo(QDir(rootDir()).filePath(Project::fileName())).lastModified();
    const QStringList before = m_project->classes();
    m_project = *project;
    const bool firstListing = !m_loaded;
    m_loaded = true;
    if (firstListing || classes != m_model->classes()) {
        // Classes changed outside the app (or this is the first listing): read everything. The
        // history stays unless existing classes moved or went (its records name class indices).
        if (!firstListing && classes.mid(0, before.size()) != before)
            m_undo->clear();
        m_model->reset(rootDir(), classes, images);
        watchFolders();
        if (firstListing)
            Q_EMIT loaded();
        if (classes != before || firstListing)
            Q_EMIT classesChanged(classes);
        return;
    }
    QSet<QString> onDisk;
    onDisk.reserve(images.size());
    for (const DatasetImage& image : images)
        onDisk.insert(image.path);
    const QStringList removed = m_model->pathsNotIn(onDisk);
    QVector<DatasetImage> added;
    for (const DatasetImage& image : images)
        if (m_model->rowOf(image.path) < 0)
            added.push_back(image);
    if (removed.isEmpty() && added.isEmpty())
        return;
    m_model->apply(added, removed);
    QStringList addedPaths;
    for (const DatasetImage& image : added)
        addedPaths << image.path;
    if (!addedPaths.isEmpty())
        Q_EMIT imagesAdded(addedPaths);
    if (!removed.isEmpty())
        Q_EMIT imagesRemoved(removed);
}

void ProjectDocument::watchFolders()
{
    if (!isOpen())
        return;
    QStringList dirs{rootDir(), m_project->imagesDir(), QDir(m_project->imagesDir()).filePath(QStringLiteral(".unlabelled"))};
    if (QFileInfo(m_project->runsDir()).isDir())
        dirs << m_project->runsDir();
    for (const QString& c : m_project->classes())
        dirs << QDir(m_project->imagesDir()).filePath(c);
    QStringList missing;
    const QStringList watched = m_watcher->directories();
    for (const QString& d : std::as_const(dirs))
        if (!watched.contains(d) && QFileInfo(d).isDir())
            missing << d;
    if (!missing.isEmpty())
        m_watcher->addPaths(missing); // paths that cannot be watched (limits) are only not merged live
}

void ProjectDocument::refreshRuns()
{
    if (!isOpen())
        return;
    const QStringList runs = m_project->runs();
    if (runs == m_runs)
        return;
    m_runs = runs;
    Q_EMIT runsChanged(m_runs);
}

void ProjectDocument::notifyMoved(const QString& oldPath, const QString& newPath, int classIndex)
{
    ++m_editGeneration;
    m_model->imageMoved(oldPath, newPath, classIndex);
    m_pendingMovedFrom << oldPath;
    m_pendingMovedTo << newPath;
}

void ProjectDocument::notifyRemoved(const QString& path)
{
    ++m_editGeneration;
    m_model->imageRemoved(path);
    m_pendingRemoved << path;
}

void ProjectDocument::notifyAdded(const QString& path, int classIndex)
{
    ++m_editGeneration;
    const QFileInfo info(path);
    if (m_model->rowOf(info.absoluteFilePath()) < 0)
        m_model->imageAdded({info.absoluteFilePath(), classIndex, info.size(), info.lastModified()});
    m_pendingAdded << info.absoluteFilePath();
}

void ProjectDocument::flushNotifications()
{
    if (!m_pendingMovedFrom.isEmpty())
        Q_EMIT imagesRelabelled(std::exchange(m_pendingMovedFrom, {}), std::exchange(m_pendingMovedTo, {}));
    if (!m_pendingRemoved.isEmpty())
        Q_EMIT imagesRemoved(std::exchange(m_pendingRemoved, {}));
    if (!m_pendingAdded.isEmpty())
        Q_EMIT imagesAdded(std::exchange(m_pendingAdded, {}));
}

void ProjectDocument::reloadClasses(const QString& renamedFrom, const QString& renamedTo)
{
    ++m_editGeneration;
    const auto project = Project::open(rootDir());
    if (!project) {
        Q_EMIT problem(project.error());
        return;
    }
    m_project = *project;
    m_settingsModified = QFileInfo(QDir(rootDir()).filePath(Project::fileName())).lastModified();
    m_model->load(rootDir());
    watchFolders();
    if (!renamedFrom.isEmpty())
        Q_EMIT classRenamed(renamedFrom, renamedTo);
    Q_EMIT classesChanged(classes());
}

} // namespace picta

#include "document/projectdocument.h"

#include "common/backgroundjob.h"
#include "document/datasetcommands.h"
#include "document/datasetmodel.h"
#include "document/projectwatcher.h"

#include "data/importer.h"
#include "support/filelock.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace picta {

/// What a background listing brings back: the project as it is on disk now, and its images.
struct ProjectDocument::Listing {
    std::optional<Project> project;
    QStringList classes;
    QVector<DatasetImage> images;
    ProjectWatcher::Unlisted unlisted; ///< image files the listing leaves out, read with it
};

ProjectDocument::Listing ProjectDocument::readListing(const QString& root)
{
    Listing listing;
    auto project = Project::open(root);
    if (!project)
        return listing;
    listing.project = *project;
    const DatasetEditor editor(root);
    listing.classes = project->classes();
    listing.images = editor.images();
    listing.unlisted = ProjectWatcher::unlistedFiles(*project, listing.images);
    return listing;
}

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , m_model(new DatasetModel(this))
    , m_undo(new QUndoStack(this))
    , m_watcher(new ProjectWatcher(m_model, this))
    , m_rescanTimer(new QTimer(this))
{
    // Throttled, not debounced: a steady import merges every 300 ms instead of waiting for a pause.
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(300);
    connect(m_rescanTimer, &QTimer::timeout, this, &ProjectDocument::startListing);
    // The counts change once per edit, not once per image of it (flushNotifications).
    connect(m_model, &DatasetModel::countsChanged, this, [this] {
        if (m_batching)
            m_countsPending = true;
        else
            Q_EMIT countsChanged();
    });
    connect(m_watcher, &ProjectWatcher::listingStale, this, &ProjectDocument::rescan);
    connect(m_watcher, &ProjectWatcher::runsChanged, this, &ProjectDocument::refreshRuns);
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
    m_undo->clear();
    m_loaded = false;
    m_runs = m_project->runs();
    ++m_classGeneration; // a listing of the previous project still on its way is dropped
    m_watcher->clear();
    m_watcher->sync(*m_project, {}); // watched from the start: what changes while it is listed is merged next
    if (wait) {
        const Listing listing = readListing(rootDir());
        m_model->reset(rootDir(), listing.classes, listing.images);
        m_loaded = true;
        m_watcher->sync(*m_project, listing.unlisted);
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
    m_undo->push(new RelabelCommand(this, paths, classIndex));
}

void ProjectDocument::quarantine(const QStringList& paths, const QStringList& reasons)
{
    if (!isOpen() || paths.isEmpty())
        return;
    m_undo->push(new QuarantineCommand(this, paths, reasons));
}

void ProjectDocument::addClass(const QString& name)
{
    if (!isOpen())
        return;
    m_undo->push(new ClassCommand(this, ClassCommand::Kind::Add, -1, name, -1));
}

void ProjectDocument::renameClass(int classIndex, const QString& name)
{
    if (!isOpen())
        return;
    m_undo->push(new ClassCommand(this, ClassCommand::Kind::Rename, classIndex, name, -1));
}

Status ProjectDocument::removeEmptyClass(int classIndex)
{
    if (!isOpen())
        return Status::failure(tr("No project is open"));
    if (classIndex < 0 || classIndex >= classes().size() || counts().value(classIndex) > 0)
        return Status::failure(tr("'%1' holds pictures, so it stays").arg(classes().value(classIndex)));
    const int before = int(classes().size());
    m_undo->push(new ClassCommand(this, ClassCommand::Kind::RemoveEmpty, classIndex, QString(), -1));
    if (classes().size() == before)
        return Status::failure(tr("'%1' could not be removed").arg(classes().value(classIndex)));
    return Status::success();
}

Status ProjectDocument::setSetting(const QString& key, const QJsonValue& value)
{
    if (!isOpen())
        return Status::failure(tr("No project is open"));
    // picta.json as it is now (an import may have added classes meanwhile), with this one change,
    // under the project lock that every read-change-save of picta.json takes.
    const FileLock lock(FileLock::projectLockPath(rootDir()));
    auto current = Project::open(rootDir());
    if (!current)
        return Status::failure(current.error());
    QJsonObject settings = current->settings();
    settings.insert(key, value);
    current->setSettings(settings);
    const Status saved = current->save();
    if (saved)
        m_project->setSettings(settings);
    return saved;
}

QJsonValue ProjectDocument::setting(const QString& key) const
{
    return isOpen() ? m_project->settings().value(key) : QJsonValue();
}

void ProjectDocument::mergeClass(int from, int into)
{
    if (!isOpen())
        return;
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
    return pushAdded(importer.lastWritten());
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
    return pushAdded(importer.lastWritten());
}

int ProjectDocument::classOf(const QString& path) const
{
    // Class folders are images/<class>/ (images may lie in subfolders of them).
    if (!isOpen())
        return -1;
    const QString relative = QDir(m_project->imagesDir()).relativeFilePath(QFileInfo(path).absoluteFilePath());
    return int(classes().indexOf(relative.section(QLatin1Char('/'), 0, 0)));
}

Expected<QString> ProjectDocument::pushAdded(const QString& written)
{
    // The class is the folder the importer chose (it matches names without regard to case and
    // makes unsafe names safe), not the name asked for.
    const bool unlabelled = QFileInfo(written).dir() == QDir(QDir(m_project->imagesDir()).filePath(QStringLiteral(".unlabelled")));
    if (!unlabelled && classOf(written) < 0)
        reloadClasses(); // the importer made the class folder and its picta.json entry
    // Already on disk: the command's first redo only records it; undo quarantines it.
    m_undo->push(new AddImageCommand(this, written, classOf(written)));
    return written;
}

void ProjectDocument::rescan()
{
    if (isOpen() && !m_rescanTimer->isActive())
        m_rescanTimer->start();
}

void ProjectDocument::startListing()
{
    if (!isOpen())
        return;
    if (m_listing) {
        m_rescanTimer->start(); // one listing at a time; another after it
        return;
    }
    m_listing = true;
    m_touched.clear(); // paths edited from now on are the model's to know, not this listing's
    const int classGeneration = m_classGeneration;
    const QString root = rootDir();
    startJob(
        this, [root](const JobContext&) { return readListing(root); },
        [this, classGeneration, root](const Listing& listing) {
            m_listing = false;
            if (root != rootDir())
                return; // another project was opened meanwhile
            if (classGeneration != m_classGeneration) {
                m_rescanTimer->start(); // the classes changed while the folders were read: read again
                return;
            }
            mergeListing(listing);
        });
}

void ProjectDocument::mergeListing(const Listing& listing)
{
    const bool firstListing = !m_loaded;
    m_loaded = true;
    if (!listing.project) {
        Q_EMIT problem(tr("%1 can no longer be read").arg(QDir::toNativeSeparators(rootDir())));
        if (firstListing)
            Q_EMIT loaded(); // empty: the tabs stop saying "Reading…"
        return;
    }
    const QStringList& classes = listing.classes;
    const QVector<DatasetImage>& images = listing.images;
    const QStringList before = m_project->classes();
    m_project = *listing.project;
    if (firstListing || classes != m_model->classes()) {
        // Classes changed outside the app (or this is the first listing): read everything. The
        // history stays unless existing classes moved or went (its records name class indices).
        if (!firstListing && classes.mid(0, before.size()) != before)
            m_undo->clear();
        m_model->reset(rootDir(), classes, images);
        m_watcher->sync(*m_project, listing.unlisted);
        if (!std::exchange(m_touched, {}).isEmpty())
            m_rescanTimer->start(); // edits made while the folders were read: read again to show them
        if (firstListing)
            Q_EMIT loaded();
        if (classes != before || firstListing)
            Q_EMIT classesChanged(classes);
        return;
    }
    // Paths edited while the folders were read are the model's to know: the listing may have
    // seen them before or after the move.
    QSet<QString> onDisk;
    onDisk.reserve(images.size());
    for (const DatasetImage& image : images)
        onDisk.insert(image.path);
    QStringList removed;
    for (const QString& path : m_model->pathsNotIn(onDisk))
        if (!m_touched.contains(path))
            removed << path;
    QVector<DatasetImage> added;
    for (const DatasetImage& image : images)
        if (m_model->rowOf(image.path) < 0 && !m_touched.contains(image.path))
            added.push_back(image);
    m_touched.clear();
    if (!removed.isEmpty() || !added.isEmpty())
        m_model->apply(added, removed);
    m_watcher->sync(*m_project, listing.unlisted);
    if (removed.isEmpty() && added.isEmpty())
        return;
    QStringList addedPaths;
    for (const DatasetImage& image : added)
        addedPaths << image.path;
    if (!addedPaths.isEmpty())
        Q_EMIT imagesAdded(addedPaths);
    if (!removed.isEmpty())
        Q_EMIT imagesRemoved(removed);
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
    m_batching = true;
    m_touched << oldPath << newPath;
    m_model->imageMoved(oldPath, newPath, classIndex);
    m_pendingMovedFrom << oldPath;
    m_pendingMovedTo << newPath;
}

void ProjectDocument::notifyRemoved(const QString& path)
{
    m_batching = true;
    m_touched << path;
    m_model->imageRemoved(path);
    m_pendingRemoved << path;
}

void ProjectDocument::notifyAdded(const QString& path, int classIndex)
{
    m_batching = true;
    const QFileInfo info(path);
    m_touched << info.absoluteFilePath();
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
    m_batching = false;
    if (std::exchange(m_countsPending, false))
        Q_EMIT countsChanged();
}

void ProjectDocument::reloadClasses(const QString& renamedFrom, const QString& renamedTo)
{
    ++m_classGeneration;
    const auto project = Project::open(rootDir());
    if (!project) {
        Q_EMIT problem(project.error());
        return;
    }
    m_project = *project;
    m_model->load(rootDir());
    m_watcher->sync(*m_project, ProjectWatcher::unlistedFiles(*m_project, m_model->images()));
    if (!renamedFrom.isEmpty())
        Q_EMIT classRenamed(renamedFrom, renamedTo);
    Q_EMIT classesChanged(classes());
}

} // namespace picta

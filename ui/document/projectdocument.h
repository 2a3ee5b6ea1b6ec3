#pragma once

#include "project/dataseteditor.h"
#include "project/project.h"
#include "support/status.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <optional>

class QTimer;
class QUndoStack;

namespace picta {

class DatasetModel;
class ProjectWatcher;

/// The open project as every view shares it, after Tiled's Document: it owns the project's
/// settings (picta.json), the class list, the image listing (the DatasetModel the Dataset tab
/// shows), the undo stack and the runs list, and announces each change precisely. Tabs and dialogs
/// take the document, never a path: none re-reads the project, and every change goes through
/// here, so that a class renamed on one tab is the class every other tab offers. The edits a user
/// makes by hand (labels, quarantine, classes, images added from Draw and Predict) are undoable
/// from any tab; additions made by background work (import, scrape) and by other programs while
/// the project is open are merged from disk (a debounced QFileSystemWatcher) without touching the
/// undo history.
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    /// Opens a project folder (or adopts a folder-per-class tree): picta.json is read at once, the
    /// image listing in the background (`loaded` follows). The undo history starts empty.
    Status open(const QString& dir);
    /// The same, but the listing is read on the calling thread (tests, small tools).
    Status openAndWait(const QString& dir);
    bool isOpen() const { return m_project.has_value(); }
    /// True until the first listing of the open project has arrived.
    bool isLoading() const;
    QString rootDir() const;
    QString name() const;
    bool isReadOnly() const { return m_readOnly; }
    /// The project's settings as last read (a copy is safe to hand to a worker thread).
    const Project& project() const { return *m_project; }
    /// Classes in label order.
    QStringList classes() const;
    /// Images per class in class order, then the unlabelled count (from the listing: no disk walk).
    QVector<int> counts() const;
    /// Run folders holding a model, newest first.
    QStringList runs() const { return m_runs; }
    DatasetModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }

    // Edits a user makes; each goes on the undo stack.
    /// Gives these images a class (-1: unlabelled).
    void relabel(const QStringList& paths, int classIndex);
    /// Moves these images into the quarantine, each with its reason (one reason for all is fine).
    void quarantine(const QStringList& paths, const QStringList& reasons);
    void addClass(const QString& name);
    void renameClass(int classIndex, const QString& name);
    void mergeClass(int from, int into);
    /// Removes a class that holds no image (the wizard's class list); undoable.
    Status removeEmptyClass(int classIndex);
    /// Stores `value` under `key` in picta.json's settings (the wizard's progress), atomically.
    Status setSetting(const QString& key, const QJsonValue& value);
    QJsonValue setting(const QString& key) const;
    /// Adds an image from bytes (Draw's collect mode) or a file (Predict's Add to dataset) to class
    /// `className`, with the importer's rules (checked, never overwriting, a sources.csv row);
    /// undo moves it to the quarantine. Returns the new file's path.
    Expected<QString> addImageData(const QByteArray& bytes, const QString& fileName, const QString& className, const QString& source);
    Expected<QString> addImageFile(const QString& path, const QString& className, const QString& source);

    /// Reads the image folders again and merges what changed (background work or another program
    /// added or removed files); the undo history is kept. Debounced: many calls, one listing.
    void rescan();
    /// Re-lists the run folders (a run was started, finished or removed).
    void refreshRuns();

    // For the undo commands (document/datasetcommands.h): they change files through
    // DatasetEditor and tell the document what happened, which updates the listing and announces it.
    void notifyMoved(const QString& oldPath, const QString& newPath, int classIndex);
    void notifyRemoved(const QString& path);
    void notifyAdded(const QString& path, int classIndex);
    /// Classes were added, renamed or merged: picta.json and the listing are read again.
    void reloadClasses(const QString& renamedFrom = {}, const QString& renamedTo = {});
    void reportProblem(const QString& message) { Q_EMIT problem(message); }
    /// The class an image file is in, by its folder (-1: unlabelled, or not in a class folder).
    int classOf(const QString& path) const;
    /// Ends a group of notifications: emits the batched imagesAdded/Removed/Relabelled signals.
    void flushNotifications();

Q_SIGNALS:
    /// Another project was opened (or the document was closed: rootDir() is empty).
    void opened();
    /// The listing of the project just opened has been read.
    void loaded();
    void classesChanged(const QStringList& classes);
    void classRenamed(const QString& oldName, const QString& newName);
    void imagesAdded(const QStringList& paths);
    void imagesRemoved(const QStringList& paths);
    /// Images moved to another class: their old and new paths, index for index.
    void imagesRelabelled(const QStringList& oldPaths, const QStringList& newPaths);
    /// Any change to the per-class counts (after each of the signals above).
    void countsChanged();
    void runsChanged(const QStringList& runs);
    /// An edit failed (a file could not be moved, …): the message names the file and the cause.
    void problem(const QString& message);

private:
    Status openProject(const QString& dir, bool wait);
    void startListing();
    struct Listing;
    /// Reads the project's settings and images (on a worker thread).
    static Listing readListing(const QString& root);
    void mergeListing(const Listing& listing);
    Expected<QString> pushAdded(const QString& written);

    std::optional<Project> m_project;
    bool m_readOnly = false;
    QStringList m_runs;
    DatasetModel* m_model;
    QUndoStack* m_undo;
    ProjectWatcher* m_watcher;
    QTimer* m_rescanTimer;
    int m_classGeneration = 0; ///< bumped when the classes are read again: a listing begun before is stale
    QSet<QString> m_touched;   ///< paths edited since the running listing began: the model knows them better
    bool m_batching = false;   ///< inside one edit: countsChanged waits for flushNotifications()
    bool m_countsPending = false;
    bool m_listing = false;
    bool m_loaded = false;
    QStringList m_pendingAdded, m_pendingRemoved, m_pendingMovedFrom, m_pendingMovedTo;
};

} // namespace picta

#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;

namespace picta {

class DatasetModel;
class Project;

/// Watches an open project's folders (QFileSystemWatcher) for changes the document did not make:
/// another program, a file manager, a background import. The document's own edits change the same
/// folders, so a change is reported only when a folder now holds a different number of images
/// (or other subfolders) than the listing knows, or when picta.json changed: one readdir per
/// event, and labelling at speed never makes the project be listed again.
class ProjectWatcher : public QObject {
    Q_OBJECT

public:
    explicit ProjectWatcher(const DatasetModel* model, QObject* parent = nullptr);

    /// Stops watching (another project is being opened).
    void clear();
    /// Watches `project`'s folders and takes the listing's counts as the expected ones: called
    /// after every listing, reset or class change.
    void sync(const Project& project);

Q_SIGNALS:
    /// Files or folders changed outside the document: the project should be listed again.
    void listingStale();
    /// Something changed in runs/.
    void runsChanged();

private:
    void onFolderChanged(const QString& dir);
    void recountUnlisted();

    const DatasetModel* m_model;
    QFileSystemWatcher* m_watcher;
    QString m_root, m_imagesDir, m_runsDir;
    QDateTime m_settingsModified;   ///< picta.json's time when last synced
    QStringList m_knownFolders;     ///< the images folder's subfolders when last synced
    QHash<QString, int> m_unlisted; ///< per folder: image files the listing leaves out (unreadable, links out)
};

} // namespace picta

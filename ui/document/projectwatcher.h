#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

class QFileSystemWatcher;

namespace picta {

class DatasetModel;
class Project;
struct DatasetImage;

/// Watches an open project's folders (QFileSystemWatcher) for changes the document did not make:
/// another program, a file manager, a background import. The document's own edits change the same
/// folders, so a folder is reported only when the image files in it (by name: additions, removals
/// and renames) or its subfolders differ from what the listing and the edits since say it holds:
/// one readdir per event, and labelling at speed never makes the project be listed again.
class ProjectWatcher : public QObject {
    Q_OBJECT

public:
    /// Per folder, the names of image files a listing leaves out (unreadable ones, links leading
    /// out of the project): computed with the listing, so that they are not taken for changes.
    using Unlisted = QHash<QString, QSet<QString>>;

    explicit ProjectWatcher(const DatasetModel* model, QObject* parent = nullptr);

    /// Stops watching (another project is being opened).
    void clear();
    /// Watches `project`'s folders; `unlisted` comes with the listing the model now shows.
    void sync(const Project& project, const Unlisted& unlisted);
    /// The image files of `project`'s folders that `images` (a listing) does not hold.
    static Unlisted unlistedFiles(const Project& project, const QVector<DatasetImage>& images);

Q_SIGNALS:
    /// Files or folders changed outside the document: the project should be listed again.
    void listingStale();
    /// Something changed in runs/ or in a run folder.
    void runsChanged();

private:
    void onFolderChanged(const QString& dir);
    bool folderDiffers(const QString& dir) const;

    const DatasetModel* m_model;
    QFileSystemWatcher* m_watcher;
    QString m_root, m_imagesDir, m_runsDir;
    QDateTime m_settingsModified;             ///< picta.json's time when last synced
    QHash<QString, QStringList> m_subfolders; ///< per watched images folder, its subfolders when last synced
    Unlisted m_unlisted;
};

} // namespace picta

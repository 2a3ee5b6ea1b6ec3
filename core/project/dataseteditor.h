#pragma once

#include "support/status.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// One image file of a project as the Dataset tab shows it.
struct DatasetImage {
    QString path;        ///< absolute
    int classIndex = -1; ///< -1: unlabelled (images/.unlabelled/)
    qint64 fileSize = 0;
    QDateTime modified;
};

/// Every change to a project's images and classes, each one a file operation that can be undone
/// by its inverse: relabelling moves a file between class folders (never overwriting: a taken
/// name gets a suffix), removal goes to the quarantine, classes are folders. The ui's undo stack
/// calls these; nothing here deletes an image.
class DatasetEditor {
    Q_DECLARE_TR_FUNCTIONS(DatasetEditor)

public:
    explicit DatasetEditor(const QString& projectRoot);

    QString root() const { return m_root; }
    QString imagesDir() const;
    QString unlabelledDir() const;
    /// The project's classes in label order (re-read from picta.json and the folders).
    QStringList classes() const;
    /// Every image: each class's, then the unlabelled ones; sorted by path within each.
    QVector<DatasetImage> images() const;

    /// Moves `path` into the folder of class `classIndex` (-1: unlabelled); returns the new path.
    Expected<QString> relabel(const QString& path, int classIndex);
    /// Moves `path` back to `originalPath` (undo of relabel), with a suffix if that name is taken.
    Expected<QString> moveBack(const QString& path, const QString& originalPath);
    /// Moves `path` into the quarantine; returns the quarantine item's id.
    Expected<QString> quarantine(const QString& path, const QString& reason);
    /// Puts a quarantined item back; returns its path.
    Expected<QString> restore(const QString& id);

    /// Adds an empty class (a folder and an entry in picta.json) at `position` (-1: last).
    Expected<int> addClass(const QString& name, int position = -1);
    /// Renames a class: its folder moves and picta.json follows. Label order is kept.
    Expected<QString> renameClass(int classIndex, const QString& newName);
    /// Moves every image of `from` into `into` and removes `from`; returns the moved files' new
    /// paths with their old ones (old, new), for undo.
    Expected<QVector<QPair<QString, QString>>> mergeClass(int from, int into);
    /// Removes an empty class (the inverse of addClass, for undo).
    Expected<int> removeEmptyClass(int classIndex);

    /// Why `name` cannot be a class name, or an empty string when it can.
    static QString invalidClassName(const QString& name);

private:
    Expected<QString> moveInto(const QString& path, const QString& dir);
    Status saveClasses(const QStringList& classes) const;

    QString m_root;
    QString m_imagesDir;
};

} // namespace picta

Q_DECLARE_METATYPE(picta::DatasetImage)

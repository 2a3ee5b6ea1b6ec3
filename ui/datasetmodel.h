#pragma once

#include "project/dataseteditor.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace picta {

class ThumbnailCache;

/// The images of a project for the Dataset tab's grid: file name, thumbnail (loaded lazily),
/// class, size and date. Edits arrive as small updates (an image moved, removed, added) so that
/// labelling 50,000 images never re-reads the folder tree.
class DatasetModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, ClassRole, SizeRole, DateRole };

    explicit DatasetModel(QObject* parent = nullptr);

    /// Reads the project's images and classes again (a project opened, classes changed).
    void load(const QString& projectRoot);
    QString projectRoot() const { return m_root; }
    QStringList classes() const { return m_classes; }
    /// Images per class in class order, then the unlabelled count.
    QVector<int> counts() const;
    const DatasetImage& image(int row) const { return m_images[row]; }
    int rowOf(const QString& path) const { return m_rows.value(path, -1); }

    void imageMoved(const QString& oldPath, const QString& newPath, int classIndex);
    void imageRemoved(const QString& path);
    void imageAdded(const DatasetImage& image);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

Q_SIGNALS:
    void countsChanged();

private:
    void reindex();

    QString m_root;
    QStringList m_classes;
    QVector<DatasetImage> m_images;
    QHash<QString, int> m_rows;
    ThumbnailCache* m_thumbnails;
};

} // namespace picta

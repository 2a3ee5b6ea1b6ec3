#pragma once

#include "project/dataseteditor.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
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
    enum Role { PathRole = Qt::UserRole + 1, ClassRole, SizeRole, DateRole, LossRole, ThumbnailReadyRole };

    explicit DatasetModel(QObject* parent = nullptr);

    /// Reads the project's images and classes again (classes changed), on the calling thread.
    void load(const QString& projectRoot);
    /// Shows this listing (read elsewhere, e.g. by ProjectDocument off the GUI thread).
    void reset(const QString& projectRoot, const QStringList& classes, const QVector<DatasetImage>& images);
    QString projectRoot() const { return m_root; }
    QStringList classes() const { return m_classes; }
    /// Images per class in class order, then the unlabelled count.
    QVector<int> counts() const;
    const DatasetImage& image(int row) const { return m_images[row]; }
    /// Every listed image: each class's, then the unlabelled ones.
    const QVector<DatasetImage>& images() const { return m_images; }
    int rowOf(const QString& path) const { return m_rows.value(path, -1); }

    /// A run's loss per image path (LossRole; -1 where unknown), for sorting by loss.
    void setLosses(const QHash<QString, double>& losses);
    bool hasLosses() const { return !m_losses.isEmpty(); }

    void imageMoved(const QString& oldPath, const QString& newPath, int classIndex);
    void imageRemoved(const QString& path);
    void imageAdded(const DatasetImage& image);
    /// Merges a change found on disk: many images added and removed at once (one reset when
    /// large, row inserts and removals when small).
    void apply(const QVector<DatasetImage>& added, const QStringList& removed);
    /// The listed images that are not in `paths`.
    QStringList pathsNotIn(const QSet<QString>& paths) const;

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
    QHash<QString, double> m_losses;
    ThumbnailCache* m_thumbnails;
};

} // namespace picta

#include "document/datasetmodel.h"

#include "common/thumbnailcache.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace picta {

namespace {

/// The order DatasetEditor::images() gives: by class, then path; unlabelled last.
bool listedBefore(const DatasetImage& a, const DatasetImage& b)
{
    const int ca = a.classIndex < 0 ? INT_MAX : a.classIndex, cb = b.classIndex < 0 ? INT_MAX : b.classIndex;
    return ca != cb ? ca < cb : a.path < b.path;
}

} // namespace

DatasetModel::DatasetModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_thumbnails(new ThumbnailCache(this))
{
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString& path) {
        const int row = m_rows.value(path, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
    });
}

void DatasetModel::load(const QString& projectRoot)
{
    const DatasetEditor editor(projectRoot);
    reset(projectRoot, editor.classes(), editor.images());
}

void DatasetModel::reset(const QString& root, const QStringList& classes, const QVector<DatasetImage>& images)
{
    beginResetModel();
    if (root != m_root)
        m_thumbnails->setCacheDir(QDir(root).filePath(QStringLiteral(".cache/thumbnails")));
    m_root = root;
    m_classes = classes;
    m_images = images;
    m_losses.clear();
    reindex();
    endResetModel();
    Q_EMIT countsChanged();
}

void DatasetModel::apply(const QVector<DatasetImage>& added, const QStringList& removed)
{
    if (added.size() + removed.size() > 64) {
        // Many at once (an import, a copy from a file manager): one reset, not a reindex per row.
        const QSet<QString> gone(removed.begin(), removed.end());
        QVector<DatasetImage> images;
        images.reserve(m_images.size() + added.size());
        for (const DatasetImage& image : std::as_const(m_images))
            if (!gone.contains(image.path))
                images.push_back(image);
        images += added;
        std::stable_sort(images.begin(), images.end(), listedBefore);
        const QHash<QString, double> losses = m_losses;
        reset(m_root, m_classes, images);
        m_losses = losses;
        return;
    }
    for (const QString& path : removed)
        imageRemoved(path);
    for (const DatasetImage& image : added)
        imageAdded(image);
}

QStringList DatasetModel::pathsNotIn(const QSet<QString>& paths) const
{
    QStringList result;
    for (const DatasetImage& image : m_images)
        if (!paths.contains(image.path))
            result << image.path;
    return result;
}

void DatasetModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_images.size());
    for (int i = 0; i < m_images.size(); ++i)
        m_rows.insert(m_images[i].path, i);
}

QVector<int> DatasetModel::counts() const
{
    QVector<int> result(m_classes.size() + 1, 0);
    for (const DatasetImage& image : m_images)
        ++result[image.classIndex < 0 ? m_classes.size() : image.classIndex];
    return result;
}

void DatasetModel::setLosses(const QHash<QString, double>& losses)
{
    m_losses = losses;
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_images.size()) - 1), {LossRole, Qt::ToolTipRole});
}

void DatasetModel::imageMoved(const QString& oldPath, const QString& newPath, int classIndex)
{
    const int row = m_rows.value(oldPath, -1);
    if (row < 0)
        return;
    m_rows.remove(oldPath);
    m_images[row].path = newPath;
    m_images[row].classIndex = classIndex;
    m_rows.insert(newPath, row);
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT countsChanged();
}

void DatasetModel::imageRemoved(const QString& path)
{
    const int row = m_rows.value(path, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_images.removeAt(row);
    reindex();
    endRemoveRows();
    Q_EMIT countsChanged();
}

void DatasetModel::imageAdded(const DatasetImage& image)
{
    const int row = int(std::lower_bound(m_images.begin(), m_images.end(), image, listedBefore) - m_images.begin());
    beginInsertRows({}, row, row);
    m_images.insert(row, image);
    reindex();
    endInsertRows();
    Q_EMIT countsChanged();
}

int DatasetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

QVariant DatasetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const DatasetImage& image = m_images[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(image.path).fileName();
    case Qt::DecorationRole: {
        // A blank tile until the thumbnail arrives: every item has the same size from the start.
        static const QPixmap blank = [] {
            QPixmap p(ThumbnailCache::kSide, ThumbnailCache::kSide);
            p.fill(Qt::transparent);
            return p;
        }();
        const QPixmap pixmap = m_thumbnails->thumbnail(image.path);
        return pixmap.isNull() ? blank : pixmap;
    }
    case ThumbnailReadyRole:
        return !m_thumbnails->thumbnail(image.path).isNull();
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1\n%2 · %3 · %4")
                  .arg(QDir::toNativeSeparators(image.path), image.classIndex < 0 ? tr("Unlabelled") : m_classes.value(image.classIndex),
                       QLocale().formattedDataSize(image.fileSize), QLocale().toString(image.modified, QLocale::ShortFormat));
        if (m_losses.contains(image.path))
            tip += tr("\nloss of the latest run: %1").arg(QLocale().toString(m_losses.value(image.path), 'f', 3));
        return tip;
    }
    case PathRole:
        return image.path;
    case ClassRole:
        return image.classIndex;
    case SizeRole:
        return image.fileSize;
    case DateRole:
        return image.modified;
    case LossRole:
        return m_losses.value(image.path, -1.0);
    default:
        return {};
    }
}

Qt::ItemFlags DatasetModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList DatasetModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData* DatasetModel::mimeData(const QModelIndexList& indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex& i : indexes)
        urls << QUrl::fromLocalFile(m_images[i.row()].path);
    auto* mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace picta

#include "common/thumbnailcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>

namespace picta {

namespace {

QString cacheKey(const QString& path)
{
    const QFileInfo info(path);
    const QByteArray key
        = path.toUtf8() + '|' + QByteArray::number(info.size()) + '|' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) + QStringLiteral(".png");
}

QImage decodeThumbnail(const QString& path, const QString& cacheDir)
{
    const QString cached = cacheDir.isEmpty() ? QString() : QDir(cacheDir).filePath(cacheKey(path));
    if (!cached.isEmpty()) {
        QImage image(cached);
        if (!image.isNull())
            return image;
    }
    QImage image = ThumbnailCache::readScaled(path, ThumbnailCache::kSide);
    if (image.isNull())
        return image;
    if (image.width() > ThumbnailCache::kSide || image.height() > ThumbnailCache::kSide)
        image = image.scaled(ThumbnailCache::kSide, ThumbnailCache::kSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (image.width() < ThumbnailCache::kSide / 2 && image.height() < ThumbnailCache::kSide / 2)
        // Tiny images (Fashion-MNIST's 28×28, sketches) are magnified with visible pixels, not blurred.
        image = image.scaled(ThumbnailCache::kSide, ThumbnailCache::kSide, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (!cached.isEmpty() && QDir().mkpath(cacheDir)) {
        QSaveFile file(cached);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
            file.commit();
    }
    return image;
}

} // namespace

QImage ThumbnailCache::readScaled(const QString& path, int maxSide)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxSide || size.height() > maxSide))
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    return reader.read();
}

ThumbnailCache::ThumbnailCache(QObject* parent)
    : QObject(parent)
{
    m_pixmaps.setMaxCost(4000);
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setCacheDir(const QString& dir)
{
    m_cacheDir = dir;
    m_pixmaps.clear();
    clearPending();
}

void ThumbnailCache::clearPending()
{
    m_pool.clear();
    m_pending.clear();
}

QPixmap ThumbnailCache::thumbnail(const QString& path)
{
    if (const QPixmap* pixmap = m_pixmaps.object(path))
        return *pixmap;
    if (!m_pending.contains(path)) {
        m_pending.insert(path);
        const QString cacheDir = m_cacheDir;
        QPointer<ThumbnailCache> self(this);
        // Newer requests first: the rows on screen now matter more than those scrolled past.
        static int priority = 0;
        m_pool.start(
            [self, path, cacheDir] {
                const QImage image = decodeThumbnail(path, cacheDir);
                if (self)
                    QMetaObject::invokeMethod(
                        self,
                        [self, path, image] {
                            if (self)
                                self->loaded(path, image);
                        },
                        Qt::QueuedConnection);
            },
            ++priority);
    }
    return {};
}

void ThumbnailCache::loaded(const QString& path, const QImage& image)
{
    if (!m_pending.remove(path))
        return; // cleared meanwhile
    QPixmap pixmap = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    if (pixmap.isNull()) {
        pixmap = QPixmap(kSide, kSide);
        pixmap.fill(Qt::transparent); // unreadable: an empty tile, listed by the integrity check
    }
    m_pixmaps.insert(path, new QPixmap(pixmap));
    Q_EMIT ready(path);
}

} // namespace picta

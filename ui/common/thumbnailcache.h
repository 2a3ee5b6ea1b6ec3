#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace picta {

/// Thumbnails for the Dataset tab: decoded off the GUI thread (at most two at a time, newest
/// requests first, so scrolling shows what is on screen), kept on disk under the project's
/// .cache/thumbnails/ (keyed by path, size and modification time) so that a reopened 50,000-image
/// project scrolls without decoding again, and kept in memory for the last few thousand.
class ThumbnailCache : public QObject {
    Q_OBJECT

public:
    static constexpr int kSide = 96;

    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    /// Reads an image file upright (EXIF orientation), shrunk while decoding when it is larger
    /// than `maxSide` (JPEG decodes at 1/2, 1/4, 1/8 scale): never magnified.
    static QImage readScaled(const QString& path, int maxSide);

    /// Where the disk cache lives (empty: no disk cache).
    void setCacheDir(const QString& dir);
    /// The thumbnail when it is ready; otherwise a null pixmap, and `ready` follows later.
    QPixmap thumbnail(const QString& path);
    void clearPending();

Q_SIGNALS:
    void ready(const QString& path);

private:
    void loaded(const QString& path, const QImage& image);

    QString m_cacheDir;
    QCache<QString, QPixmap> m_pixmaps;
    QSet<QString> m_pending;
    QThreadPool m_pool;
};

} // namespace picta

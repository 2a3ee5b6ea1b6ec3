#include "predict/imageintake.h"

#include "data/importer.h"
#include "project/project.h"
#include "zoo/filedownloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>

namespace picta {

ImageIntake::ImageIntake(QObject* parent)
    : QObject(parent)
{
}

ImageIntake::~ImageIntake() = default;

QString ImageIntake::temporaryDir()
{
    if (!m_temporary)
        m_temporary = std::make_unique<QTemporaryDir>();
    return m_temporary->path();
}

void ImageIntake::take(const QMimeData* mime, bool acceptImage)
{
    if (!mime)
        return;
    if (acceptImage && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const QString path = QDir(temporaryDir()).filePath(QStringLiteral("pasted-%1.png").arg(++m_taken));
        if (image.isNull() || !image.save(path, "PNG")) {
            Q_EMIT problem(tr("The clipboard's image cannot be read"));
            return;
        }
        Q_EMIT filesReady({path});
        return;
    }
    QList<QUrl> urls = mime->urls();
    if (urls.isEmpty() && mime->hasText())
        for (const QString& line : mime->text().split('\n', Qt::SkipEmptyParts))
            urls << QUrl::fromUserInput(line.trimmed());
    QStringList local;
    QList<QUrl> remote;
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            local << url.toLocalFile();
        else
            remote << url;
    }
    if (!local.isEmpty())
        Q_EMIT filesReady(local);
    fetch(remote);
}

void ImageIntake::fetch(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            Q_EMIT problem(tr("%1 is not a web address").arg(url.toDisplayString()));
            continue;
        }
        const QString name = Importer::sanitiseFileName(url.fileName().isEmpty() ? QStringLiteral("download") : url.fileName());
        const QString target = QDir(temporaryDir()).filePath(QStringLiteral("%1-%2").arg(++m_taken).arg(name));
        auto* downloader = new FileDownloader(this);
        FileDownloader::Options options;
        options.maxBytes = qint64(50) << 20;
        connect(downloader, &FileDownloader::finished, this, [this, downloader](const QString& path) {
            downloader->deleteLater();
            Q_EMIT filesReady({path});
        });
        connect(downloader, &FileDownloader::failed, this, [this, downloader, url](const QString& message) {
            downloader->deleteLater();
            Q_EMIT problem(tr("%1 could not be downloaded: %2").arg(url.toDisplayString(), message));
        });
        Q_EMIT statusMessage(tr("Downloading %1…").arg(url.toDisplayString()));
        downloader->start(url, target, options);
    }
}

QStringList ImageIntake::imageFiles(const QStringList& paths, QStringList* refused)
{
    QStringList accepted;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (Project::isImageFile(file))
                    accepted << file;
            }
        } else if (!info.exists()) {
            *refused << tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
        } else if (!Project::isImageFile(path)) {
            *refused
                << tr("%1 is not an image (supported: %2)").arg(info.fileName(), Project::imageExtensions().join(QStringLiteral(", ")));
        } else {
            accepted << path;
        }
    }
    return accepted;
}

} // namespace picta

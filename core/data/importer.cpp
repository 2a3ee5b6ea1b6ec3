#include "importer.h"

#include "data/zipreader.h"
#include "imaging/imagedecoder.h"
#include "project/dataseteditor.h"
#include "project/project.h"
#include "project/provenancelog.h"
#include "support/atomicfile.h"
#include "zoo/filedownloader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <cerrno>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace picta {

Importer::Importer(const QString& projectRoot, const Options& options)
    : m_root(QFileInfo(projectRoot).absoluteFilePath())
    , m_editor(m_root)
    , m_options(options)
{
}

Importer::Importer(const QString& projectRoot)
    : Importer(projectRoot, Options())
{
}

QString Importer::sanitiseFileName(const QString& name)
{
    QString out;
    for (const QChar c : QFileInfo(QString(name).replace('\\', '/')).fileName())
        out += (c.unicode() < 32 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar('_') : c;
    while (out.startsWith('.'))
        out.remove(0, 1);
    out = out.trimmed();
    if (out.size() > 120) {
        const QString suffix = QFileInfo(out).suffix();
        out = out.left(119 - suffix.size()) + '.' + suffix;
    }
    return out.isEmpty() ? QStringLiteral("image") : out;
}

QString Importer::sanitiseClassName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed())
        out += (c.unicode() < 32 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar('_') : c;
    while (out.startsWith('.'))
        out.remove(0, 1);
    out = out.left(100).trimmed();
    return DatasetEditor::invalidClassName(out).isEmpty() ? out : QString();
}

Expected<int> Importer::ensureClass(const QString& name, ImportReport* report)
{
    if (name.isEmpty())
        return -1;
    if (m_classes.isEmpty())
        m_classes = m_editor.classes(); // once per import: picta.json is not read again per image
    for (int i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    const auto added = m_editor.addClass(name);
    // Another program may have changed the classes since they were read: take them afresh.
    m_classes = m_editor.classes();
    for (int i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].compare(name, Qt::CaseInsensitive) == 0) {
            if (added)
                report->classesAdded << name;
            return i;
        }
    return Expected<int>::failure(added ? tr("class '%1' could not be added").arg(name) : added.error());
}

Status Importer::addImage(const QByteArray& bytes, const QString& fileName, const QString& className, const QString& source,
                          const QString& provider, ImportReport* report)
{
    const auto decoded = ImageDecoder::decodeBytes(bytes, fileName);
    if (!decoded)
        return Status::failure(decoded.error().section(QStringLiteral(": "), 1));
    const auto ensured = ensureClass(className, report);
    if (!ensured)
        return Status::failure(ensured.error());
    const int classIndex = *ensured;
    const QDir dir(classIndex < 0 ? m_editor.unlabelledDir() : QDir(m_editor.imagesDir()).filePath(m_classes[classIndex]));
    errno = 0;
    if (!QDir().mkpath(dir.path())) { // as for a failed file write: every next image would fail alike
        report->fatal = AtomicFile::writeError(dir.path(), errno != 0 ? errno : EACCES);
        return Status::failure(report->fatal);
    }
    if (!Project::isInside(m_root, dir.path()))
        return Status::failure(
            tr("%1 leads outside the project (a link): nothing is written there").arg(QDir::toNativeSeparators(dir.path())));
    QString name = sanitiseFileName(fileName);
    const QString format = ImageDecoder::sniffFormat(bytes.left(16));
    if (!Project::isImageFile(name)) // keep the content's own extension when the name has none (URLs)
        name += QLatin1Char('.') + (format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format);
    QByteArray stored = bytes;
    const int width = decoded->cols, height = decoded->rows;
    if (m_options.maxSide > 0 && std::max(width, height) > m_options.maxSide) {
        // Re-encode from the original file's own decode (colour, alpha and depth kept as OpenCV reads them).
        const double scale = double(m_options.maxSide) / std::max(width, height);
        cv::Mat original = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData())), cv::IMREAD_UNCHANGED);
        cv::Mat small;
        cv::resize(original, small, cv::Size(), scale, scale, cv::INTER_AREA);
        std::vector<uchar> encoded;
        const bool jpeg = format == QLatin1String("jpeg");
        const QString suffix = jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
        if (!cv::imencode("." + suffix.toStdString(), small, encoded, {cv::IMWRITE_JPEG_QUALITY, 92}))
            return Status::failure(tr("cannot re-encode the downscaled image"));
        stored = QByteArray(reinterpret_cast<const char*>(encoded.data()), int(encoded.size()));
        name = QFileInfo(name).completeBaseName() + '.' + suffix;
    }
    const QByteArray sha256 = QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex();
    if (!m_knownLoaded) {
        for (const ProvenanceRow& r : ProvenanceLog(m_root).rows())
            if (!r.sha256.isEmpty() && QFileInfo::exists(QDir(m_root).filePath(r.file)))
                m_known.insert(r.sha256.toLatin1(), r.file);
        m_knownLoaded = true;
    }
    if (const auto it = m_known.constFind(sha256); it != m_known.constEnd() && QFileInfo::exists(QDir(m_root).filePath(*it))) {
        ++report->duplicates;
        return Status::failure(tr("already in the project as %1").arg(QDir::toNativeSeparators(*it)));
    }
    const QString target = AtomicFile::freePath(dir, name);
    ProvenanceRow row = m_options.provenance;
    row.file = QDir(m_root).relativeFilePath(target);
    row.sha256 = QString::fromLatin1(sha256);
    row.url = source;
    row.provider = provider;
    if (row.license.isEmpty())
        row.license = m_options.license;
    if (row.creator.isEmpty())
        row.creator = m_options.creator;
    row.originalWidth = width;
    row.originalHeight = height;
    row.imported = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // The row first: a kill between the two leaves a row whose file is missing (ignored, and the
    // next import writes the file under that name), never a file without its row.
    QPair<qint64, qint64> span;
    const ProvenanceLog log(m_root);
    Status written = log.append({row}, &span);
    if (written) {
        written = AtomicFile::write(target, stored, AtomicFile::Sync::No);
        if (!written)
            log.retract(span); // no row for a file that is not there
    }
    if (!written) {
        report->fatal = written.error(); // the project cannot be written to: every next file would fail alike
        return written;
    }
    ++report->imported;
    m_lastWritten = target;
    m_known.insert(sha256, row.file);
    return Status::success();
}

ImportReport Importer::importFolder(const QString& folder, const Progress& progress, const std::atomic_bool* cancel)
{
    ImportReport report;
    const QDir root(QFileInfo(folder).absoluteFilePath());
    QStringList files;
    QDirIterator it(root.path(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && *cancel) {
            report.cancelled = true;
            break;
        }
        if (!report.fatal.isEmpty())
            break;
        const QString relative = root.relativeFilePath(files[i]);
        const QStringList parts = relative.split('/');
        // Folder per class: the first folder names the class; loose files are unlabelled.
        const QString className = !m_options.intoClass.isEmpty() ? sanitiseClassName(m_options.intoClass)
            : parts.size() > 1                                   ? sanitiseClassName(parts.first())
                                                                 : QString();
        if (!Project::isImageFile(files[i]) && !QFileInfo(files[i]).suffix().isEmpty()) {
            report.skipped.push_back({files[i], tr("not an image file type (.%1)").arg(QFileInfo(files[i]).suffix())});
        } else if (const auto bytes = ImageDecoder::readFile(files[i]); !bytes) {
            report.skipped.push_back({files[i], bytes.error()});
        } else if (const Status added = addImage(*bytes, QFileInfo(files[i]).fileName(), className, QDir::toNativeSeparators(files[i]),
                                                 QStringLiteral("folder"), &report);
                   !added) {
            report.skipped.push_back({files[i], added.error()});
        }
        if (progress)
            progress(i + 1, int(files.size()));
    }
    return report;
}

ImportReport Importer::importZip(const QString& zipPath, const Progress& progress, const std::atomic_bool* cancel)
{
    ImportReport report;
    auto zip = ZipReader::open(zipPath);
    if (!zip) {
        report.skipped.push_back({zipPath, zip.error()});
        return report;
    }
    QVector<ZipReader::Entry> files;
    for (const auto& e : zip->entries())
        if (!e.isDirectory())
            files << e;
    // One folder wrapping everything ("dataset/cats/x.jpg") is looked through; refused names do not count.
    QString wrapper;
    for (const auto& e : files) {
        if (!ZipReader::unsafeName(e.name).isEmpty())
            continue;
        if (wrapper.isEmpty())
            wrapper = e.name.section('/', 0, 0) + '/';
        if (!e.name.startsWith(wrapper) || e.name.count('/') < 2) {
            wrapper = QStringLiteral("/"); // no common wrapper: a name never starts with "/" here
            break;
        }
    }
    if (wrapper == QLatin1String("/"))
        wrapper.clear();
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && *cancel) {
            report.cancelled = true;
            break;
        }
        if (!report.fatal.isEmpty())
            break;
        const ZipReader::Entry& e = files[i];
        const QString shown = QDir::toNativeSeparators(zipPath) + QStringLiteral(": ") + e.name;
        const QString why = ZipReader::unsafeName(e.name);
        if (!why.isEmpty()) {
            report.skipped.push_back({shown, tr("refused: %1").arg(why)});
            continue;
        }
        const QStringList parts = e.name.mid(wrapper.size()).split('/', Qt::SkipEmptyParts);
        if (parts.first().startsWith(QLatin1String("__MACOSX")) || parts.last().startsWith('.'))
            continue; // macOS resource forks and hidden files
        if (!Project::isImageFile(parts.last())) {
            report.skipped.push_back({shown, tr("not an image file type")});
            continue;
        }
        const auto bytes = zip->read(e);
        const QString className = !m_options.intoClass.isEmpty() ? sanitiseClassName(m_options.intoClass)
            : parts.size() > 1                                   ? sanitiseClassName(parts.first())
                                                                 : QString();
        if (!bytes)
            report.skipped.push_back({shown, bytes.error()});
        else if (const Status added = addImage(*bytes, parts.last(), className, shown, QStringLiteral("zip"), &report); !added)
            report.skipped.push_back({shown, added.error()});
        if (progress)
            progress(i + 1, int(files.size()));
    }
    return report;
}

ImportReport Importer::importUrlList(const QString& listFile, const Progress& progress, const std::atomic_bool* cancel)
{
    ImportReport report;
    const auto text = AtomicFile::read(listFile);
    if (!text) {
        report.skipped.push_back({listFile, text.error()});
        return report;
    }
    QStringList urls;
    for (const QByteArray& line : text->split('\n')) {
        const QString url = QString::fromUtf8(line).trimmed();
        if (!url.isEmpty() && !url.startsWith('#'))
            urls << url;
    }
    QDir(m_root).mkpath(QStringLiteral(".cache"));
    QTemporaryDir downloads(QDir(m_root).filePath(QStringLiteral(".cache/download-XXXXXX")));
    if (!downloads.isValid()) {
        report.skipped.push_back({listFile, tr("cannot create a download folder under %1").arg(QDir::toNativeSeparators(m_root))});
        return report;
    }
    FileDownloader::Options options;
    options.maxBytes = qint64(50) << 20;
    options.timeoutMs = m_options.downloadTimeoutMs;
    for (int i = 0; i < urls.size(); ++i) {
        if (cancel && *cancel) {
            report.cancelled = true;
            break;
        }
        if (!report.fatal.isEmpty())
            break;
        const QUrl url(urls[i]);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            report.skipped.push_back({urls[i], tr("not an http(s) address")});
        } else {
            const QString target = downloads.filePath(QString::number(i));
            Status status = FileDownloader::fetch(url, target, options);
            if (status) {
                const auto bytes = AtomicFile::read(target);
                status = !bytes ? Status::failure(bytes.error())
                                : addImage(*bytes, url.fileName().isEmpty() ? QStringLiteral("image") : url.fileName(), QString(), urls[i],
                                           QStringLiteral("url-list"), &report);
            }
            if (!status)
                report.skipped.push_back({urls[i], status.error()});
            QFile::remove(target);
        }
        if (progress)
            progress(i + 1, int(urls.size()));
    }
    return report;
}

ImportReport Importer::importFile(const QString& path, const QString& className, const QString& provider)
{
    ImportReport report;
    const auto bytes = ImageDecoder::readFile(path);
    const Status added = !bytes
        ? Status::failure(bytes.error())
        : addImage(*bytes, QFileInfo(path).fileName(), sanitiseClassName(className), QDir::toNativeSeparators(path), provider, &report);
    if (!added)
        report.skipped.push_back({path, added.error()});
    return report;
}

ImportReport Importer::import(const QString& source, const Progress& progress, const std::atomic_bool* cancel)
{
    const QFileInfo info(source);
    if (info.isDir())
        return importFolder(source, progress, cancel);
    if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        return importZip(source, progress, cancel);
    QFile head(source);
    if (info.isFile()
        && (Project::isImageFile(source) || (head.open(QIODevice::ReadOnly) && !ImageDecoder::sniffFormat(head.read(16)).isEmpty())))
        return importFile(source, QString(), QStringLiteral("file")); // one image, not a list of addresses
    if (info.isFile())
        return importUrlList(source, progress, cancel);
    ImportReport report;
    report.skipped.push_back({source, tr("no such file or folder")});
    return report;
}

} // namespace picta

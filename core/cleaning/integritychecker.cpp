#include "integritychecker.h"

#include "imageheader.h"
#include "imaging/imagedecoder.h"
#include "project/project.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <opencv2/core/utility.hpp>

namespace picta {

QString IntegrityProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::NotAnImage:
        return QStringLiteral("not-an-image");
    case Kind::Unsupported:
        return QStringLiteral("unsupported-format");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::TooSmall:
        return QStringLiteral("too-small");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Animated:
        return QStringLiteral("animated");
    }
    return {};
}

namespace {

// Formats the decoder does not read, recognised so that the message says what the file is.
QString otherFormat(const QByteArray& head)
{
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp") {
        const QByteArray brand = head.mid(8, 4);
        if (brand.startsWith("avi"))
            return QStringLiteral("AVIF");
        if (brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("hev"))
            return QStringLiteral("HEIF");
        return QStringLiteral("MP4/QuickTime");
    }
    const QByteArray start = head.left(256).trimmed().toLower();
    if (start.startsWith("<svg") || (start.startsWith("<?xml") && start.contains("<svg")))
        return QStringLiteral("SVG");
    if (head.startsWith(QByteArray("\x00\x00\x01\x00", 4)))
        return QStringLiteral("ICO");
    if (head.startsWith("8BPS"))
        return QStringLiteral("Photoshop");
    if (head.startsWith("%PDF"))
        return QStringLiteral("PDF");
    return {};
}

QString describeContent(const QByteArray& head)
{
    const QByteArray start = head.left(512).trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return IntegrityChecker::tr("an HTML page");
    if (start.startsWith("{") || start.startsWith("["))
        return IntegrityChecker::tr("JSON text");
    bool text = !head.isEmpty();
    for (char c : head.left(512))
        text = text && (uchar(c) >= 0x20 || c == '\n' || c == '\r' || c == '\t');
    return text ? IntegrityChecker::tr("plain text") : IntegrityChecker::tr("unrecognised binary data");
}

} // namespace

std::optional<IntegrityProblem> IntegrityChecker::checkFile(const QString& path, const Options& options)
{
    using Kind = IntegrityProblem::Kind;
    auto problem = [&](Kind kind, const QString& reason) { return std::optional<IntegrityProblem>(IntegrityProblem{path, kind, reason}); };
    const auto read = ImageDecoder::readFile(path);
    if (!read)
        return problem(Kind::Unreadable, read.error().section(QStringLiteral(": "), 1));
    const QByteArray& bytes = *read;
    if (bytes.isEmpty())
        return problem(Kind::Empty, tr("empty file (0 bytes)"));
    const QString format = ImageDecoder::sniffFormat(bytes.left(16));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (format.isEmpty()) {
        if (const QString other = otherFormat(bytes.left(512)); !other.isEmpty())
            return problem(Kind::Unsupported, tr("%1 images are not supported").arg(other));
        if (Project::imageExtensions().contains(suffix))
            return problem(Kind::NotAnImage, tr("not an image despite its .%1 extension: %2").arg(suffix, describeContent(bytes)));
        return problem(Kind::NotAnImage, tr("not an image: %1").arg(describeContent(bytes)));
    }
    const auto header = ImageHeader::read(bytes);
    if (!header)
        return problem(Kind::Corrupt, header.error());
    if (header->width <= 0 || header->height <= 0)
        return problem(Kind::Corrupt, tr("%1 header gives a size of %2×%3").arg(format.toUpper()).arg(header->width).arg(header->height));
    if (double(header->width) * double(header->height) > double(options.maxPixels)) // both may be 2^32: no integer product
        return problem(Kind::TooLarge,
                       tr("%1×%2 pixels is over the cap of %3 megapixels (not decoded)")
                           .arg(header->width)
                           .arg(header->height)
                           .arg(double(options.maxPixels) / 1e6, 0, 'f', 1));
    if (header->frames > 1)
        return problem(Kind::Animated, format == QLatin1String("tiff") ? tr("multi-page TIFF") : tr("animated %1").arg(format.toUpper()));
    if (format == QLatin1String("gif"))
        return problem(Kind::Unsupported, tr("GIF images are not supported"));
    if (std::min(header->width, header->height) < options.minSide)
        return problem(Kind::TooSmall,
                       tr("%1×%2 pixels is smaller than %3 px on a side").arg(header->width).arg(header->height).arg(options.minSide));
    const auto decoded = ImageDecoder::decodeBytes(bytes, QString(), ImageDecoder::Color::Keep);
    if (!decoded) {
        // The decoder's message starts with the (here empty) name and a colon.
        const QString reason = decoded.error().section(QStringLiteral(": "), 1);
        return problem(reason.contains(QLatin1String("truncated")) ? Kind::Truncated : Kind::Corrupt, reason);
    }
    if (decoded->cols != header->width || decoded->rows != header->height) {
        // EXIF rotation swaps the sides; anything else means the header lies.
        if (!(decoded->cols == header->height && decoded->rows == header->width))
            return problem(Kind::Corrupt,
                           tr("header says %1×%2 but the pixels are %3×%4")
                               .arg(header->width)
                               .arg(header->height)
                               .arg(decoded->cols)
                               .arg(decoded->rows));
    }
    return std::nullopt;
}

QVector<IntegrityProblem> IntegrityChecker::check(const QStringList& files, const Options& options, const Progress& progress,
                                                  const std::atomic_bool* cancel)
{
    cv::setNumThreads(1); // parallel across files instead; OpenCV's own pool would oversubscribe
    std::atomic_int done{0};
    const QVector<std::optional<IntegrityProblem>> results
        = QtConcurrent::blockingMapped<QVector<std::optional<IntegrityProblem>>>(files, [&](const QString& path) {
              std::optional<IntegrityProblem> result;
              if (!(cancel && *cancel))
                  result = checkFile(path, options);
              const int n = ++done;
              if (progress)
                  progress(n, int(files.size()));
              return result;
          });
    QVector<IntegrityProblem> problems;
    for (const auto& r : results)
        if (r)
            problems.push_back(*r);
    return problems;
}

QStringList IntegrityChecker::datasetFiles(const QString& dir)
{
    static const QStringList skippedFolders = {QStringLiteral("runs"), QStringLiteral("quarantine")};
    static const QStringList skippedFiles = {Project::fileName(), QStringLiteral("sources.csv"), QStringLiteral("feedback.json")};
    const QString root = QFileInfo(dir).absoluteFilePath();
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        const QStringList parts = relative.split('/');
        bool skip = parts.size() == 1 && skippedFiles.contains(parts.first());
        skip = skip || (parts.size() > 1 && skippedFolders.contains(parts.first()));
        for (int i = 0; i < parts.size() && !skip; ++i) // hidden files and folders, but not .unlabelled
            skip = parts[i].startsWith('.') && parts[i] != QLatin1String(".unlabelled");
        if (!skip)
            files << path;
    }
    files.sort();
    return files;
}

} // namespace picta

#include "capture/videoframeimporter.h"

#include "capture/videofilesource.h"
#include "cleaning/hammingindex.h"
#include "cleaning/imagehasher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace picta {

namespace {

cv::Mat rgbMat(const RawImage& image)
{
    return cv::Mat(image.height, image.width, CV_8UC3, const_cast<char*>(image.data.constData()), size_t(image.bytesPerLine));
}

// A frame for the scene measure: small, gray, so that noise and compression count for little.
cv::Mat thumbnail(const RawImage& image)
{
    cv::Mat gray, small;
    cv::cvtColor(rgbMat(image), gray, cv::COLOR_RGB2GRAY);
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    return small;
}

// The duplicate finder's measures (pHash, thumbnail correlation) ignore brightness and contrast, as
// they should for copies of one photo; two shots of a video that differ only in light or colour are
// different pictures, so the thumbnails' own levels must agree too.
bool looksAlike(const ImageHashes& a, const ImageHashes& b)
{
    if (HammingIndex::distance(a.phash[0], b.phash[0]) > 4 || ImageHasher::correlation(a, 0, b) <= 0.97)
        return false;
    int difference = 0;
    for (size_t i = 0; i < a.thumbnail.size(); ++i)
        difference += std::abs(int(a.thumbnail[i]) - int(b.thumbnail[i]));
    return difference < 8 * int(a.thumbnail.size());
}

} // namespace

VideoFrameImporter::VideoFrameImporter(const QString& projectRoot, const Options& options)
    : m_root(projectRoot)
    , m_options(options)
{
}

VideoImportReport VideoFrameImporter::importVideo(const QString& path, const Progress& progress, const std::atomic_bool* cancel)
{
    VideoImportReport report;
    VideoFileSource source(path);
    if (const Status opened = source.open(); !opened) {
        report.error = opened.error();
        report.import.skipped.push_back({path, opened.error()});
        return report;
    }
    report.durationSeconds = source.durationSeconds();
    Importer::Options importOptions;
    importOptions.maxSide = m_options.maxSide;
    Importer importer(m_root, importOptions);
    const double every = m_options.everySeconds > 0 ? m_options.everySeconds : 0;
    const bool scenes = m_options.scenes || every <= 0;
    constexpr double kSlack = 1e-6;
    double due = 0;
    double lastKept = -std::numeric_limits<double>::infinity();
    cv::Mat lastThumb;
    QVector<ImageHashes> kept;
    const QString stem = Importer::sanitiseFileName(QFileInfo(path).completeBaseName()).left(60);
    // Progress by the clock (a few times a second), from skipped frames as from read ones.
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgress = -1000;
    const auto tell = [&](double seconds) {
        if (progress && clock.elapsed() - lastProgress >= 200) {
            lastProgress = clock.elapsed();
            progress(seconds, report.durationSeconds);
        }
    };
    while (true) {
        if (cancel && cancel->load()) {
            report.import.cancelled = true;
            break;
        }
        // Every N seconds with a known frame rate: frames that are not due are skipped undecoded.
        if (!scenes && source.framesPerSecond() > 0 && source.position() / source.framesPerSecond() + kSlack < due) {
            if (!source.skip())
                break;
            ++report.framesRead;
            tell(source.position() / source.framesPerSecond());
            continue;
        }
        auto read = source.read();
        if (!read) {
            report.import.skipped.push_back({path, read.error()});
            break;
        }
        if (!read->has_value())
            break;
        const CaptureFrame& frame = **read;
        ++report.framesRead;
        report.secondsRead = frame.seconds;
        tell(frame.seconds);
        if (scenes) {
            const cv::Mat thumb = thumbnail(frame.image);
            double difference = std::numeric_limits<double>::infinity();
            if (!lastThumb.empty()) {
                cv::Mat delta;
                cv::absdiff(thumb, lastThumb, delta);
                difference = cv::mean(delta)[0];
            }
            if (difference <= m_options.sceneThreshold || frame.seconds - lastKept < m_options.minSceneSeconds)
                continue;
            lastThumb = thumb;
        } else {
            if (frame.seconds + kSlack < due)
                continue;
            while (due <= frame.seconds + kSlack)
                due += every;
        }
        cv::Mat bgr;
        cv::cvtColor(rgbMat(frame.image), bgr, cv::COLOR_RGB2BGR);
        std::vector<uchar> encoded;
        if (!cv::imencode(".jpg", bgr, encoded, {cv::IMWRITE_JPEG_QUALITY, 92}))
            continue;
        const QByteArray bytes(reinterpret_cast<const char*>(encoded.data()), int(encoded.size()));
        const QString name = QStringLiteral("%1-t%2s.jpg").arg(stem, QString::number(frame.seconds, 'f', 3));
        lastKept = frame.seconds;
        if (m_options.skipNearDuplicates) {
            const auto hashes = ImageHasher::hashBytes(bytes, name);
            if (hashes) {
                bool alike = false;
                for (const ImageHashes& other : kept)
                    alike = alike || looksAlike(*hashes, other);
                if (alike) {
                    ++report.nearDuplicates;
                    continue;
                }
                kept.push_back(*hashes);
            }
        }
        const Status added
            = importer.addImage(bytes, name, m_options.intoClass, source.provenance(frame), source.provider(), &report.import);
        if (!added) {
            report.import.skipped.push_back({source.provenance(frame), added.error()});
            if (!report.import.fatal.isEmpty())
                break;
            continue;
        }
        report.keptAt.push_back(frame.seconds);
    }
    report.truncated = source.truncation();
    if (!report.truncated.isEmpty())
        report.import.skipped.push_back({path, report.truncated});
    if (progress)
        progress(report.secondsRead, report.durationSeconds);
    return report;
}

} // namespace picta

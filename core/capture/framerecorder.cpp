#include "capture/framerecorder.h"

#include "capture/capturesource.h"

#include <QDateTime>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace picta {

FrameRecorder::FrameRecorder(const QString& projectRoot, const QString& className, double framesPerSecond)
    : m_importer(projectRoot)
    , m_class(className)
    , m_period(1.0 / std::clamp(framesPerSecond, 0.1, 60.0))
{
}

QByteArray FrameRecorder::encodeSquare(const RawImage& image, int quality)
{
    if (!image.isValid() || image.format != RawImage::Format::Rgb888)
        return {};
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<char*>(image.data.constData()), size_t(image.bytesPerLine));
    const int side = std::min(rgb.cols, rgb.rows);
    const cv::Mat square = rgb(cv::Rect((rgb.cols - side) / 2, (rgb.rows - side) / 2, side, side));
    cv::Mat bgr;
    cv::cvtColor(square, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> encoded;
    if (!cv::imencode(".jpg", bgr, encoded, {cv::IMWRITE_JPEG_QUALITY, quality}))
        return {};
    return QByteArray(reinterpret_cast<const char*>(encoded.data()), int(encoded.size()));
}

Status FrameRecorder::save(const CaptureFrame& frame, const CaptureSource& source)
{
    const QByteArray bytes = encodeSquare(frame.image);
    if (bytes.isEmpty())
        return Status::failure(tr("frame %1 could not be encoded").arg(frame.index));
    // Named after the source and the frame's time: sortable, and says where it came from.
    QString stem = Importer::sanitiseFileName(source.name()).section(QLatin1Char('.'), 0, 0).left(40);
    if (stem.isEmpty())
        stem = source.provider();
    const QString name
        = QStringLiteral("%1-%2-%3s.jpg")
              .arg(stem, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")), QString::number(frame.seconds, 'f', 2));
    const Status added = m_importer.addImage(bytes, name, m_class, source.provenance(frame), source.provider(), &m_report);
    if (added)
        m_lastSaved = m_importer.lastWritten();
    else
        m_error = added.error();
    return added;
}

bool FrameRecorder::offer(const CaptureFrame& frame, const CaptureSource& source)
{
    // A small tolerance: time stamps of 20 fps video are 0.05 apart, not always exactly.
    constexpr double kSlack = 1e-6;
    m_error.clear();
    if (m_due >= 0 && frame.seconds + kSlack < m_due)
        return false;
    m_due = m_due < 0 ? frame.seconds + m_period : std::max(m_due + m_period, frame.seconds + m_period / 2);
    return bool(save(frame, source));
}

} // namespace picta

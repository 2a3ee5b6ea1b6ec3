#include "capture/videofilesource.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cmath>

namespace picta {

VideoFileSource::VideoFileSource(const QString& path)
    : m_path(path)
{
}

VideoFileSource::~VideoFileSource() = default;

Status VideoFileSource::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.isFile())
        return Status::failure(tr("%1: no such file").arg(shown));
    if (!info.isReadable())
        return Status::failure(tr("%1: cannot be read (permissions)").arg(shown));
    if (info.size() == 0)
        return Status::failure(tr("%1 is empty").arg(shown));
    try {
        m_capture = std::make_unique<cv::VideoCapture>();
        // FFmpeg only: it reads every common container. OpenCV's other backends (GStreamer, image
        // sequences) would only add their own complaints about a file that is no video.
        if (!m_capture->open(m_path.toStdString(), cv::CAP_FFMPEG))
            return Status::failure(tr("%1 is not a video that can be read here (no decoder for it, or the file is damaged)").arg(shown));
        m_fps = m_capture->get(cv::CAP_PROP_FPS);
        if (!std::isfinite(m_fps) || m_fps <= 0 || m_fps > 1000)
            m_fps = 0;
        const double count = m_capture->get(cv::CAP_PROP_FRAME_COUNT);
        m_frameCount = std::isfinite(count) && count > 0 && count < 1e9 ? qint64(count) : 0;
        cv::Mat picture;
        if (!m_capture->read(picture) || picture.empty())
            return Status::failure(tr("%1 holds no picture that can be decoded").arg(shown));
        CaptureFrame frame;
        if (!toFrame(picture, &frame))
            return Status::failure(
                tr("%1: its pictures are %2×%3, too large or of an unknown kind").arg(shown).arg(picture.cols).arg(picture.rows));
        frame.index = 0;
        frame.seconds = 0;
        m_first = frame;
        m_next = 1;
        m_lastSeconds = 0;
        m_ended = false;
        return Status::success();
    } catch (const cv::Exception& e) {
        return Status::failure(tr("%1 cannot be read (%2)").arg(shown, QString::fromStdString(e.msg).section('\n', 0, 0)));
    }
}

double VideoFileSource::secondsOf(qint64 index) const
{
    return m_fps > 0 ? index / m_fps : 0;
}

double VideoFileSource::stampOf(qint64 index)
{
    // The frame's own time stamp (after read(): the frame just read), so that variable frame rate
    // video (phones record it) keeps true times; the frame's number over the rate when there is none.
    const double ms = m_capture ? m_capture->get(cv::CAP_PROP_POS_MSEC) : -1;
    const double seconds = std::isfinite(ms) && ms >= 0 && (ms > 0 || index == 0) ? ms / 1000.0 : secondsOf(index);
    // Never backwards: a damaged stamp must not make "every N seconds" or the pacing go back in time.
    m_lastSeconds = std::max(m_lastSeconds, seconds);
    return m_lastSeconds;
}

Expected<std::optional<CaptureFrame>> VideoFileSource::read()
{
    using R = Expected<std::optional<CaptureFrame>>;
    if (m_first) {
        std::optional<CaptureFrame> first = std::move(m_first);
        m_first.reset();
        return first;
    }
    if (!m_capture || m_ended)
        return R(std::nullopt);
    try {
        cv::Mat picture;
        if (!m_capture->read(picture) || picture.empty()) {
            m_ended = true;
            return R(std::nullopt);
        }
        CaptureFrame frame;
        if (!toFrame(picture, &frame))
            return R::failure(tr("%1: frame %2 is %3×%4, too large or of an unknown kind")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(m_next)
                                  .arg(picture.cols)
                                  .arg(picture.rows));
        frame.index = m_next;
        frame.seconds = stampOf(m_next);
        ++m_next;
        return R(std::optional<CaptureFrame>(std::move(frame)));
    } catch (const cv::Exception& e) {
        m_ended = true;
        return R::failure(tr("%1: frame %2 cannot be decoded (%3)")
                              .arg(QDir::toNativeSeparators(m_path))
                              .arg(m_next)
                              .arg(QString::fromStdString(e.msg).section('\n', 0, 0)));
    }
}

bool VideoFileSource::skip()
{
    if (m_first) {
        m_first.reset();
        return true;
    }
    if (!m_capture || m_ended)
        return false;
    try {
        if (!m_capture->grab()) {
            m_ended = true;
            return false;
        }
    } catch (const cv::Exception&) {
        m_ended = true;
        return false;
    }
    ++m_next;
    return true;
}

QString VideoFileSource::name() const
{
    return QFileInfo(m_path).fileName();
}

QString VideoFileSource::provenance(const CaptureFrame& frame) const
{
    return QStringLiteral("%1#t=%2").arg(QFileInfo(m_path).absoluteFilePath(), QString::number(frame.seconds, 'f', 3));
}

double VideoFileSource::durationSeconds() const
{
    return m_fps > 0 && m_frameCount > 0 ? m_frameCount / m_fps : 0;
}

QString VideoFileSource::truncation() const
{
    // Containers announce their length; a file cut short (an interrupted copy or download) ends
    // before it. Slack of 2 % or half a second: some containers count a frame that holds no picture,
    // and OpenCV estimates the count of Matroska/WebM files from a duration that may be the
    // audio's, a little longer than the pictures.
    if (!m_ended || m_frameCount <= 0)
        return {};
    const qint64 slack = std::max<qint64>({1, m_frameCount / 50, qint64(m_fps * 0.5)});
    if (m_next >= m_frameCount - slack)
        return {};
    return tr("%1 ends early: %2 of the %n frame(s) it announces could be read (%4 s of %5 s); the rest of the file is missing or damaged",
              nullptr, int(m_frameCount))
        .arg(QDir::toNativeSeparators(m_path))
        .arg(m_next)
        .arg(QString::number(std::max(m_lastSeconds, secondsOf(m_next)), 'f', 1), QString::number(durationSeconds(), 'f', 1));
}

} // namespace picta

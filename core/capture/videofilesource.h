#pragma once

#include "capture/capturesource.h"

#include <QCoreApplication>

#include <memory>

namespace cv {
class VideoCapture;
}

namespace picta {

/// Frames of a video file (MP4/H.264, WebM, AVI/MJPEG, … whatever Debian's FFmpeg decodes),
/// read as fast as they decode. A file that ends before the frames it announces is reported by
/// truncation() after the last good frame.
class VideoFileSource : public CaptureSource {
    Q_DECLARE_TR_FUNCTIONS(VideoFileSource)

public:
    explicit VideoFileSource(const QString& path);
    ~VideoFileSource() override;

    Status open() override;
    Expected<std::optional<CaptureFrame>> read() override;
    bool skip() override;
    QString name() const override;
    QString provenance(const CaptureFrame& frame) const override;
    QString provider() const override { return QStringLiteral("video"); }
    bool isLive() const override { return false; }
    double framesPerSecond() const override { return m_fps; }
    double durationSeconds() const override;
    qint64 frameCount() const override { return m_frameCount; }

    QString path() const { return m_path; }
    /// Index of the frame the next read() or skip() gives.
    qint64 position() const { return m_next; }
    /// After the end: why the video stopped before its announced length, or empty when it did not.
    QString truncation() const;

private:
    double secondsOf(qint64 index) const;
    double stampOf(qint64 index);

    QString m_path;
    std::unique_ptr<cv::VideoCapture> m_capture;
    double m_fps = 0;
    qint64 m_frameCount = 0;
    qint64 m_next = 0; ///< index of the next frame
    double m_lastSeconds = 0;
    bool m_ended = false;
    std::optional<CaptureFrame> m_first; ///< read by open() to check the file, handed out first
};

} // namespace picta

#pragma once

#include "capture/capturesource.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

namespace cv {
class VideoCapture;
}

namespace picta {

/// A camera the system offers: its name for people, the device for OpenCV.
struct CameraDevice {
    QString name;   ///< "Integrated Camera: Integrated C"
    QString device; ///< /dev/video0
    int index = -1; ///< 0 for /dev/video0
};

/// A webcam read through OpenCV's V4L2 backend at 640×480 (or what the camera offers nearest).
/// Frames come at the camera's pace; a camera that stops sending (unplugged) makes read() fail.
class CameraSource : public CaptureSource {
    Q_DECLARE_TR_FUNCTIONS(CameraSource)

public:
    explicit CameraSource(const CameraDevice& device);
    ~CameraSource() override;

    /// The cameras of this system, by name: Linux lists them under /sys/class/video4linux (the
    /// environment variable PICTA_VIDEO4LINUX points elsewhere, for tests). Metadata nodes (a
    /// second /dev/video per camera) are left out.
    static QVector<CameraDevice> available();

    Status open() override;
    Expected<std::optional<CaptureFrame>> read() override;
    bool skip() override;
    QString name() const override { return m_device.name; }
    QString provenance(const CaptureFrame& frame) const override;
    QString provider() const override { return QStringLiteral("camera"); }
    bool isLive() const override { return true; }
    double framesPerSecond() const override { return m_fps; }
    double durationSeconds() const override { return 0; }
    qint64 frameCount() const override { return 0; }

private:
    CameraDevice m_device;
    std::unique_ptr<cv::VideoCapture> m_capture;
    double m_fps = 0;
    qint64 m_next = 0;
    qint64 m_openedAtNs = 0;
    std::optional<CaptureFrame> m_first; ///< read by open() to check the camera
};

} // namespace picta

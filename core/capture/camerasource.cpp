#include "capture/camerasource.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <opencv2/videoio.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace picta {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QString readLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(256)).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

CameraSource::CameraSource(const CameraDevice& device)
    : m_device(device)
{
}

CameraSource::~CameraSource() = default;

QVector<CameraDevice> CameraSource::available()
{
    QVector<CameraDevice> cameras;
    const QByteArray root = qgetenv("PICTA_VIDEO4LINUX");
    const QDir sysfs(root.isEmpty() ? QStringLiteral("/sys/class/video4linux") : QString::fromLocal8Bit(root));
    static const QRegularExpression node(QStringLiteral("^video(\\d+)$"));
    for (const QString& entry : sysfs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const auto match = node.match(entry);
        if (!match.hasMatch())
            continue;
        // A camera's second node carries metadata; V4L2 numbers the picture node 0.
        const QString index = readLine(sysfs.filePath(entry + QStringLiteral("/index")));
        if (!index.isEmpty() && index != QLatin1String("0"))
            continue;
        CameraDevice camera;
        camera.index = match.captured(1).toInt();
        camera.device = QStringLiteral("/dev/") + entry;
        camera.name = readLine(sysfs.filePath(entry + QStringLiteral("/name")));
        if (camera.name.isEmpty())
            camera.name = tr("Camera %1").arg(camera.index);
        cameras.push_back(camera);
    }
    std::sort(cameras.begin(), cameras.end(), [](const CameraDevice& a, const CameraDevice& b) { return a.index < b.index; });
    return cameras;
}

Status CameraSource::open()
{
    try {
        m_capture = std::make_unique<cv::VideoCapture>();
        if (!m_capture->open(m_device.index, cv::CAP_V4L2) && !m_capture->open(m_device.index, cv::CAP_ANY))
            return Status::failure(
                tr("The camera %1 (%2) cannot be opened: another program may be using it").arg(m_device.name, m_device.device));
        m_capture->set(cv::CAP_PROP_FRAME_WIDTH, 640);
        m_capture->set(cv::CAP_PROP_FRAME_HEIGHT, 480);
        m_capture->set(cv::CAP_PROP_BUFFERSIZE, 1); // the newest picture, not a queue of old ones
        m_fps = m_capture->get(cv::CAP_PROP_FPS);
        if (!std::isfinite(m_fps) || m_fps <= 0 || m_fps > 1000)
            m_fps = 0;
        m_openedAtNs = nowNs();
        m_next = 0;
        // The first picture proves the camera works; it is handed out by the first read().
        cv::Mat picture;
        CaptureFrame frame;
        if (!m_capture->read(picture) || !toFrame(picture, &frame))
            return Status::failure(
                tr("The camera %1 (%2) opened but sends no picture: another program may be using it").arg(m_device.name, m_device.device));
        frame.index = m_next++;
        frame.seconds = (frame.readAtNs - m_openedAtNs) / 1e9;
        m_first = std::move(frame);
        return Status::success();
    } catch (const cv::Exception& e) {
        return Status::failure(
            tr("The camera %1 cannot be opened (%2)").arg(m_device.name, QString::fromStdString(e.msg).section('\n', 0, 0)));
    }
}

Expected<std::optional<CaptureFrame>> CameraSource::read()
{
    using R = Expected<std::optional<CaptureFrame>>;
    const QString lost = tr("The camera %1 stopped sending pictures (unplugged?)").arg(m_device.name);
    if (m_first) {
        std::optional<CaptureFrame> first = std::move(m_first);
        m_first.reset();
        return R(std::move(first));
    }
    if (!m_capture)
        return R::failure(lost);
    try {
        cv::Mat picture;
        if (!m_capture->read(picture) || picture.empty())
            return R::failure(lost);
        CaptureFrame frame;
        if (!toFrame(picture, &frame))
            return R::failure(lost);
        frame.index = m_next++;
        frame.seconds = (frame.readAtNs - m_openedAtNs) / 1e9;
        return R(std::optional<CaptureFrame>(std::move(frame)));
    } catch (const cv::Exception&) {
        return R::failure(lost);
    }
}

bool CameraSource::skip()
{
    try {
        return m_capture && m_capture->grab() && ++m_next > 0;
    } catch (const cv::Exception&) {
        return false;
    }
}

QString CameraSource::provenance(const CaptureFrame&) const
{
    return QStringLiteral("camera:%1").arg(m_device.name);
}

} // namespace picta

#include "gradcamimage.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace picta {

Status GradCamImage::writePng(const GradCamResult& cam, const QString& path)
{
    if (!cam.ok())
        return Status::failure(cam.error);
    if (cam.overlay.width <= 0 || cam.overlay.height <= 0)
        return Status::failure(tr("%1: there is no overlay to write").arg(QDir::toNativeSeparators(path)));
    const cv::Mat rgb(cam.overlay.height, cam.overlay.width, CV_8UC3, const_cast<char*>(cam.overlay.data.constData()),
                      size_t(cam.overlay.bytesPerLine));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> png;
    if (!cv::imencode(".png", bgr, png))
        return Status::failure(tr("%1 cannot be encoded as PNG").arg(QDir::toNativeSeparators(path)));
    return AtomicFile::write(path, QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size())));
}

QString GradCamImage::fileNameFor(const QString& imagePath)
{
    return QFileInfo(imagePath).completeBaseName() + QStringLiteral("-gradcam.png");
}

} // namespace picta

#include "camera/framepreview.h"

#include <QPainter>

namespace picta {

FramePreview::FramePreview(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QImage FramePreview::toImage(const RawImage& raw)
{
    if (!raw.isValid())
        return {};
    const QImage::Format format = raw.format == RawImage::Format::Gray8 ? QImage::Format_Grayscale8
        : raw.format == RawImage::Format::Rgb888                        ? QImage::Format_RGB888
                                                                        : QImage::Format_RGBA8888;
    return QImage(reinterpret_cast<const uchar*>(raw.data.constData()), raw.width, raw.height, raw.bytesPerLine, format).copy();
}

void FramePreview::setFrame(const QImage& frame)
{
    m_frame = frame;
    update();
}

void FramePreview::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    update();
}

void FramePreview::setSquareShown(bool shown)
{
    m_square = shown;
    update();
}

void FramePreview::setHeat(const QImage& heat)
{
    m_heat = heat;
    update();
}

void FramePreview::setRecording(bool recording)
{
    m_recording = recording;
    update();
}

void FramePreview::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void FramePreview::clear()
{
    m_frame = QImage();
    m_heat = QImage();
    update();
}

void FramePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(32, 32, 32));
    if (m_frame.isNull()) {
        painter.setPen(QColor(220, 220, 220));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize fitted = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_mirrored ? m_frame.mirrored(true, false) : m_frame);
    // The centre square: training and prediction crop every picture to it.
    const int side = std::min(target.width(), target.height());
    const QRect square(target.center().x() - side / 2 + 1, target.center().y() - side / 2 + 1, side, side);
    if (m_square) {
        const QColor dim(0, 0, 0, 140);
        painter.fillRect(QRect(target.topLeft(), QPoint(square.left() - 1, target.bottom())), dim);
        painter.fillRect(QRect(QPoint(square.right() + 1, target.top()), target.bottomRight()), dim);
        painter.fillRect(QRect(QPoint(square.left(), target.top()), QPoint(square.right(), square.top() - 1)), dim);
        painter.fillRect(QRect(QPoint(square.left(), square.bottom() + 1), QPoint(square.right(), target.bottom())), dim);
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1, Qt::DashLine));
        painter.drawRect(square.adjusted(0, 0, -1, -1));
    }
    if (!m_heat.isNull()) // see-through where it is cold
        painter.drawImage(square, m_mirrored ? m_heat.mirrored(true, false) : m_heat);
    if (m_recording) {
        painter.setPen(QPen(QColor(220, 30, 30), 6));
        painter.drawRect(rect().adjusted(3, 3, -3, -3));
        painter.setBrush(QColor(220, 30, 30));
        painter.drawEllipse(QPoint(24, 24), 8, 8);
    }
}

} // namespace picta

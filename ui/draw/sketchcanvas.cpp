#include "draw/sketchcanvas.h"

#include "imaging/sketchpreprocessor.h"

#include <QBuffer>

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

namespace picta {

SketchCanvas::SketchCanvas(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    setAccessibleName(tr("Drawing canvas"));
}

QRectF SketchCanvas::square() const
{
    const double side = std::min(width(), height());
    return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

QPointF SketchCanvas::toCanvas(const QPointF& pos) const
{
    const QRectF s = square();
    return {(pos.x() - s.x()) / s.width(), (pos.y() - s.y()) / s.height()};
}

void SketchCanvas::paintStrokes(QPainter& painter, const Drawing& strokes, double side)
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Stroke& stroke : strokes) {
        QPen pen(stroke.eraser ? Qt::white : Qt::black, std::max(1.0, stroke.width * side), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const auto at = [&](int i) { return stroke.points[i] * side; };
        if (stroke.points.size() == 1) {
            painter.drawPoint(at(0));
            continue;
        }
        // Quadratic curves through the midpoints: smooth lines from jagged mouse samples.
        QPainterPath path(at(0));
        for (int i = 1; i + 1 < stroke.points.size(); ++i)
            path.quadTo(at(i), (at(i) + at(i + 1)) / 2);
        path.lineTo(at(int(stroke.points.size()) - 1));
        painter.drawPath(path);
    }
}

void SketchCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF s = square();
    painter.fillRect(s, Qt::white);
    painter.save();
    painter.translate(s.topLeft());
    painter.setClipRect(QRectF(0, 0, s.width(), s.height()));
    paintStrokes(painter, m_strokes, s.width());
    painter.restore();
    painter.setPen(QPen(hasFocus() ? palette().highlight().color() : palette().mid().color(), 1));
    painter.drawRect(s.adjusted(0, 0, -1, -1));
}

QImage SketchCanvas::render(int side) const
{
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintStrokes(painter, m_strokes, side);
    return image;
}

RawImage SketchCanvas::toRaw(int side) const
{
    const QImage image = render(side);
    RawImage raw;
    raw.width = raw.height = side;
    raw.bytesPerLine = int(image.bytesPerLine());
    raw.format = RawImage::Format::Gray8;
    raw.data = QByteArray(reinterpret_cast<const char*>(image.constBits()), int(image.sizeInBytes()));
    return raw;
}

void SketchCanvas::begin(const QPointF& pos)
{
    m_history.push_back(m_strokes);
    m_future.clear();
    m_strokes.push_back({{toCanvas(pos)}, m_eraser ? m_brush * 3 : m_brush, m_eraser});
    m_drawing = true;
    update();
    Q_EMIT changed();
}

void SketchCanvas::extend(const QPointF& pos)
{
    if (!m_drawing)
        return;
    const QPointF p = toCanvas(pos);
    QVector<QPointF>& points = m_strokes.last().points;
    if ((p - points.last()).manhattanLength() < 0.002)
        return; // sub-pixel jitter
    points.push_back(p);
    update();
    Q_EMIT changed();
}

void SketchCanvas::end()
{
    m_drawing = false;
}

void SketchCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SketchCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SketchCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        end();
}

void SketchCanvas::tabletEvent(QTabletEvent* event)
{
    // A pen's eraser end erases; otherwise the pen draws like the mouse.
    const bool eraser = event->pointerType() == QPointingDevice::PointerType::Eraser;
    switch (event->type()) {
    case QEvent::TabletPress: {
        const bool was = m_eraser;
        m_eraser = m_eraser || eraser;
        begin(event->position());
        m_eraser = was;
        break;
    }
    case QEvent::TabletMove:
        extend(event->position());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept();
}

void SketchCanvas::undo()
{
    if (m_history.isEmpty())
        return;
    m_future.push_back(m_strokes);
    m_strokes = m_history.takeLast();
    update();
    Q_EMIT changed();
}

void SketchCanvas::redo()
{
    if (m_future.isEmpty())
        return;
    m_history.push_back(m_strokes);
    m_strokes = m_future.takeLast();
    update();
    Q_EMIT changed();
}

void SketchCanvas::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_history.push_back(m_strokes);
    m_future.clear();
    m_strokes.clear();
    update();
    Q_EMIT changed();
}

QByteArray SketchCanvas::preparedPng(int side) const
{
    if (isEmpty())
        return {};
    const auto prepared = SketchPreprocessor::prepare(toRaw(256), side, false);
    if (!prepared)
        return {};
    const QImage image = QImage(reinterpret_cast<const uchar*>(prepared->data.constData()), prepared->width, prepared->height,
                                prepared->bytesPerLine, QImage::Format_Grayscale8);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace picta

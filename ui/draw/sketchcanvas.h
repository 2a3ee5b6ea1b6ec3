#pragma once

#include "imaging/rawimage.h"

#include <QImage>
#include <QPointF>
#include <QVector>
#include <QWidget>

namespace picta {

/// A drawing surface: smooth strokes from mouse, pen or touch (touch arrives as mouse events),
/// brush size, eraser, undo and redo per stroke, clear (undoable too). Strokes are kept in
/// canvas-relative coordinates, so the drawing survives resizing and renders at any size.
class SketchCanvas : public QWidget {
    Q_OBJECT

public:
    explicit SketchCanvas(QWidget* parent = nullptr);

    /// Brush width as a fraction of the canvas side (default 0.03).
    void setBrushSize(double fraction) { m_brush = fraction; }
    double brushSize() const { return m_brush; }
    void setEraser(bool on) { m_eraser = on; }
    bool isEraser() const { return m_eraser; }
    bool isEmpty() const { return m_strokes.isEmpty(); }
    int strokeCount() const { return int(m_strokes.size()); }
    bool canUndo() const { return !m_history.isEmpty(); }
    bool canRedo() const { return !m_future.isEmpty(); }

    /// The drawing as dark ink on white, `side` pixels square, 8-bit gray.
    QImage render(int side) const;
    RawImage toRaw(int side) const;
    /// The drawing prepared as the sketch demo stores drawings (cropped to the ink, centred on a
    /// `side`-pixel square, dark ink on white) and encoded as PNG; empty for an empty canvas.
    QByteArray preparedPng(int side) const;

    QSize sizeHint() const override { return {420, 420}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

public Q_SLOTS:
    void undo();
    void redo();
    void clear();

Q_SIGNALS:
    /// The drawing changed (also while a stroke is being drawn).
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;

private:
    struct Stroke {
        QVector<QPointF> points; ///< 0–1 on both axes of the square canvas
        double width = 0.03;
        bool eraser = false;
    };
    using Drawing = QVector<Stroke>;

    QRectF square() const;
    QPointF toCanvas(const QPointF& widgetPos) const;
    void begin(const QPointF& pos);
    void extend(const QPointF& pos);
    void end();
    static void paintStrokes(QPainter& painter, const Drawing& strokes, double side);

    Drawing m_strokes;
    QVector<Drawing> m_history, m_future; ///< states before each change, and undone ones
    bool m_drawing = false;
    double m_brush = 0.03;
    bool m_eraser = false;
};

} // namespace picta

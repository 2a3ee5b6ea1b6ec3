#pragma once

#include "imaging/rawimage.h"

#include <QImage>
#include <QWidget>

namespace picta {

/// A live picture: the newest camera or video frame, scaled to fit, optionally mirrored (people
/// expect to see themselves as in a mirror), with the square the model sees outlined and the
/// rest dimmed, a Grad-CAM heat map over that square, and a red frame while recording.
class FramePreview : public QWidget {
    Q_OBJECT

public:
    explicit FramePreview(QWidget* parent = nullptr);

    /// An RGB or gray frame from core as a QImage (a deep copy).
    static QImage toImage(const RawImage& raw);

    void setFrame(const QImage& frame);
    QImage frame() const { return m_frame; }
    void setMirrored(bool mirrored);
    bool isMirrored() const { return m_mirrored; }
    void setSquareShown(bool shown);
    /// Drawn over the square with its own transparency; a null image removes it.
    void setHeat(const QImage& heat);
    void setRecording(bool recording);
    /// Shown, centred, while there is no frame.
    void setPlaceholder(const QString& text);
    void clear();

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame, m_heat;
    QString m_placeholder;
    bool m_mirrored = false, m_square = true, m_recording = false;
};

} // namespace picta

#pragma once

#include "capture/captureframe.h"
#include "data/importer.h"

#include <QCoreApplication>

namespace picta {

class CaptureSource;

/// Saves frames into a class of a project at a chosen rate, as Teachable Machine's "hold to
/// record" does: the square centre of each frame (what the model sees: training and prediction
/// crop the centre square of any picture), as a JPEG, through the Importer (checked, never
/// overwriting, a row in sources.csv naming the camera or the video and the frame's time).
/// Frames are kept by their own time stamps, so 10 per second from a 20 fps video keeps every
/// second frame, whatever the speed it is read at.
class FrameRecorder {
    Q_DECLARE_TR_FUNCTIONS(FrameRecorder)

public:
    FrameRecorder(const QString& projectRoot, const QString& className, double framesPerSecond);

    /// Saves `frame` when it is due (the first frame always is); false when it was not due or could
    /// not be saved (error() says why).
    bool offer(const CaptureFrame& frame, const CaptureSource& source);
    /// Saves `frame` whatever the rate.
    Status save(const CaptureFrame& frame, const CaptureSource& source);

    int saved() const { return m_report.imported; }
    QString lastSaved() const { return m_lastSaved; }
    QString error() const { return m_error; }
    const ImportReport& report() const { return m_report; }

    /// The centre square of an RGB frame (what the model sees), encoded as JPEG.
    static QByteArray encodeSquare(const RawImage& image, int quality = 95);

private:
    Importer m_importer;
    QString m_class;
    double m_period = 0.1;
    double m_due = -1; ///< seconds; -1 before the first frame
    ImportReport m_report;
    QString m_lastSaved, m_error;
};

} // namespace picta

#pragma once

#include "imaging/rawimage.h"

#include <QMetaType>
#include <QString>

namespace picta {

/// One picture from a camera or a video file, as core hands it on: RGB pixels (ui/ wraps them in
/// a QImage), where the frame sits in the stream, and when it was read (for the latency shown).
struct CaptureFrame {
    RawImage image;      ///< Rgb888
    qint64 index = -1;   ///< 0 for the first frame read from the source
    double seconds = 0;  ///< position in the video, or seconds since the camera was opened
    qint64 readAtNs = 0; ///< when it was read: std::chrono::steady_clock, in ns
    bool isValid() const { return image.isValid(); }
};

} // namespace picta

Q_DECLARE_METATYPE(picta::CaptureFrame)

#pragma once

#include "capture/captureframe.h"
#include "support/expected.h"
#include "support/status.h"

#include <QString>

#include <optional>

namespace cv {
class Mat;
}

namespace picta {

/// Where pictures come from: a camera or a video file. Both are read through OpenCV's videoio
/// (V4L2 for cameras, FFmpeg for files, as Debian builds it), so the code that records,
/// classifies and imports frames is the same for both, and tests drive it with a video file.
/// A source is used from one thread at a time (CaptureSession's reader thread).
class CaptureSource {
public:
    virtual ~CaptureSource() = default;
    CaptureSource() = default;
    CaptureSource(const CaptureSource&) = delete;
    CaptureSource& operator=(const CaptureSource&) = delete;

    /// Opens the device or file and checks that a first frame can be read.
    virtual Status open() = 0;
    /// The next frame, std::nullopt at the end of a video, or why no frame came (a camera
    /// unplugged, a damaged file).
    virtual Expected<std::optional<CaptureFrame>> read() = 0;
    /// Skips the next frame without converting it (cheaper than read() where the codec allows);
    /// false at the end or on a failure, which the following read() reports.
    virtual bool skip() = 0;
    /// The camera's name or the file's name, for people.
    virtual QString name() const = 0;
    /// What sources.csv records as the frame's origin ("camera:Name", or the file's path with
    /// "#t=SECONDS", a media fragment).
    virtual QString provenance(const CaptureFrame& frame) const = 0;
    /// "camera" or "video".
    virtual QString provider() const = 0;
    /// A camera: frames come at its own pace, forever. A file: as fast as it decodes, then ends.
    virtual bool isLive() const = 0;
    /// Frames per second the source announces (0 when unknown).
    virtual double framesPerSecond() const = 0;
    /// Length of a video in seconds (0 when unknown or live).
    virtual double durationSeconds() const = 0;
    /// Frames a video announces (0 when unknown or live).
    virtual qint64 frameCount() const = 0;

    /// A decoded BGR or gray OpenCV picture as an RGB frame; false when it is too large or empty.
    static bool toFrame(const cv::Mat& picture, CaptureFrame* frame);
};

} // namespace picta

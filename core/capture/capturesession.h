#pragma once

#include "capture/captureframe.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace picta {

class CaptureSource;

/// Reads a capture source on its own thread, never the GUI's: the newest frame is kept for
/// whoever shows it (frameReady() is sent once until takeFrame() collects it, so a slow screen
/// never queues up frames), each frame goes to the listener (live classification) and, while
/// recording, to a FrameRecorder that saves frames into the project at the chosen rate (on the
/// reader thread). A video file stands in for a camera: by default its frames are paced by their
/// own time stamps.
///
/// Nothing here waits for the reader thread: a camera may take seconds to open or to give up on
/// a stalled read, and FFmpeg may take as long to probe a damaged file. stop() and start() leave
/// such a thread to finish on its own, with its state (shared with it) and without a way back
/// to this object: no signal, no listener call and no saved frame comes from it afterwards.
class CaptureSession : public QObject {
    Q_OBJECT

public:
    explicit CaptureSession(QObject* parent = nullptr);
    ~CaptureSession() override;

    /// Stops any source being read, then opens and reads `source` on a reader thread:
    /// started() or failed() follows.
    void start(std::unique_ptr<CaptureSource> source);
    /// Stops reading, at once (see above). A recording asked for stays asked for: it goes on with
    /// the next source started, until stopRecording().
    void stop();
    bool isRunning() const;
    /// Video files: wait between frames as long as their time stamps say (default), or read as
    /// fast as they decode. Applies to the next start().
    void setPaced(bool paced) { m_paced = paced; }

    /// The newest frame (an invalid frame before the first).
    CaptureFrame takeFrame();
    /// Called on the reader thread with every frame; keep it short (LiveClassifier::offer). After
    /// setListener({}) or stop() returns, the old listener is not called again.
    void setListener(std::function<void(const CaptureFrame&)> listener);

    /// Saves frames into `className` of the project at `framesPerSecond` until stopRecording().
    void startRecording(const QString& projectRoot, const QString& className, double framesPerSecond);
    void stopRecording();
    bool isRecording() const { return m_recording; }
    /// Saves the next frame into `className`.
    void snap(const QString& projectRoot, const QString& className);

Q_SIGNALS:
    void started(const QString& name, bool live);
    void frameReady();
    /// A frame was saved: `total` in this recording (or 1 for a snap), the file written.
    void recorded(int total, const QString& file);
    void recordingFailed(const QString& error);
    /// The source could not be opened or stopped sending (a camera unplugged); recording stops.
    void failed(const QString& error);
    /// A video file ended; `note` says when it ended before its announced length.
    void ended(const QString& note);

private:
    struct Shared;

    std::shared_ptr<Shared> m_shared; ///< the running reader's state; null when none
    std::function<void(const CaptureFrame&)> m_listener;
    bool m_paced = true;
    bool m_recording = false;
    QString m_recordRoot, m_recordClass;
    double m_recordRate = 10;
    QString m_snapRoot, m_snapClass; ///< a snap asked for before a source runs
};

} // namespace picta

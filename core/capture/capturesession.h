#pragma once

#include "capture/captureframe.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace picta {

class CaptureSource;
class FrameRecorder;

/// Reads a capture source on its own thread, never the GUI's: the newest frame is kept for
/// whoever shows it (frameReady() is sent once until takeFrame() collects it, so a slow screen
/// never queues up frames), each frame goes to the listener (live classification) and, while
/// recording, to a FrameRecorder that saves frames into the project at the chosen rate. A video
/// file stands in for a camera: by default its frames are paced by their own time stamps.
class CaptureSession : public QObject {
    Q_OBJECT

public:
    explicit CaptureSession(QObject* parent = nullptr);
    ~CaptureSession() override;

    /// Stops any source being read, then opens and reads `source` on the reader thread:
    /// started() or failed() follows.
    void start(std::unique_ptr<CaptureSource> source);
    /// Stops reading (waits for the reader thread; a camera answers within a frame). A recording
    /// asked for stays asked for: it goes on with the next source started, until stopRecording().
    void stop();
    bool isRunning() const { return m_running.load(); }
    /// Video files: wait between frames as long as their time stamps say (default), or read as
    /// fast as they decode.
    void setPaced(bool paced) { m_paced = paced; }

    /// The newest frame (an invalid frame before the first).
    CaptureFrame takeFrame();
    /// Called on the reader thread with every frame; keep it short (LiveClassifier::offer).
    void setListener(std::function<void(const CaptureFrame&)> listener);

    /// Saves frames into `className` of the project at `framesPerSecond` until stopRecording().
    void startRecording(const QString& projectRoot, const QString& className, double framesPerSecond);
    void stopRecording();
    bool isRecording() const;
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
    void run(std::unique_ptr<CaptureSource> source);
    void deliver(const CaptureFrame& frame, const CaptureSource& source);

    std::thread m_thread;
    std::atomic_bool m_stop{false}, m_running{false}, m_frameShown{true};
    bool m_paced = true;
    mutable std::mutex m_mutex; ///< guards everything below
    CaptureFrame m_latest;
    std::function<void(const CaptureFrame&)> m_listener;
    std::unique_ptr<FrameRecorder> m_recorder, m_snapper;
};

} // namespace picta

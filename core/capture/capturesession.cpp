#include "capture/capturesession.h"

#include "capture/capturesource.h"
#include "capture/framerecorder.h"
#include "capture/videofilesource.h"

#include <opencv2/core/utility.hpp>

#include <chrono>

namespace picta {

CaptureSession::CaptureSession(QObject* parent)
    : QObject(parent)
{
}

CaptureSession::~CaptureSession()
{
    stop();
}

void CaptureSession::start(std::unique_ptr<CaptureSource> source)
{
    stop();
    m_stop = false;
    m_running = true;
    m_frameShown = true;
    m_thread = std::thread([this, s = std::move(source)]() mutable { run(std::move(s)); });
}

void CaptureSession::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

CaptureFrame CaptureSession::takeFrame()
{
    std::lock_guard lock(m_mutex);
    m_frameShown = true;
    return m_latest;
}

void CaptureSession::setListener(std::function<void(const CaptureFrame&)> listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

void CaptureSession::startRecording(const QString& projectRoot, const QString& className, double framesPerSecond)
{
    auto recorder = std::make_unique<FrameRecorder>(projectRoot, className, framesPerSecond);
    std::lock_guard lock(m_mutex);
    m_recorder = std::move(recorder);
}

void CaptureSession::stopRecording()
{
    std::lock_guard lock(m_mutex);
    m_recorder.reset();
}

bool CaptureSession::isRecording() const
{
    std::lock_guard lock(m_mutex);
    return bool(m_recorder);
}

void CaptureSession::snap(const QString& projectRoot, const QString& className)
{
    auto snapper = std::make_unique<FrameRecorder>(projectRoot, className, 1.0);
    std::lock_guard lock(m_mutex);
    m_snapper = std::move(snapper);
}

void CaptureSession::deliver(const CaptureFrame& frame, const CaptureSource& source)
{
    std::function<void(const CaptureFrame&)> listener;
    int savedCount = 0;
    QString savedFile, saveError;
    {
        std::lock_guard lock(m_mutex);
        m_latest = frame;
        listener = m_listener;
        // Saving runs here, on the reader thread: a JPEG and a row in sources.csv, a few ms.
        if (m_snapper) {
            if (const Status saved = m_snapper->save(frame, source)) {
                savedCount = 1;
                savedFile = m_snapper->lastSaved();
            } else {
                saveError = saved.error();
            }
            m_snapper.reset();
        }
        if (m_recorder) {
            if (m_recorder->offer(frame, source)) {
                savedCount = m_recorder->saved();
                savedFile = m_recorder->lastSaved();
            } else if (!m_recorder->error().isEmpty()) {
                saveError = m_recorder->error();
                if (!m_recorder->report().fatal.isEmpty())
                    m_recorder.reset(); // the project cannot be written to: stop, say so once
            }
        }
    }
    // Signals after the lock: a receiver connected directly may call back into the session.
    if (savedCount > 0)
        Q_EMIT recorded(savedCount, savedFile);
    if (!saveError.isEmpty())
        Q_EMIT recordingFailed(saveError);
    if (listener)
        listener(frame);
    if (m_frameShown.exchange(false))
        Q_EMIT frameReady();
}

void CaptureSession::run(std::unique_ptr<CaptureSource> source)
{
    cv::setNumThreads(1); // decoding shares the cores with inference: never oversubscribe
    if (const Status opened = source->open(); !opened) {
        m_running = false;
        Q_EMIT failed(opened.error());
        return;
    }
    Q_EMIT started(source->name(), source->isLive());
    using Clock = std::chrono::steady_clock;
    const Clock::time_point begin = Clock::now();
    while (!m_stop.load()) {
        auto read = source->read();
        if (!read) {
            m_running = false;
            stopRecording();
            Q_EMIT failed(read.error());
            return;
        }
        if (!read->has_value())
            break;
        CaptureFrame frame = std::move(**read);
        if (!source->isLive() && m_paced) {
            // A video standing in for a camera plays at its own speed, in small sleeps so stop() is quick.
            const Clock::time_point due = begin + std::chrono::microseconds(qint64(frame.seconds * 1e6));
            while (!m_stop.load() && Clock::now() < due)
                std::this_thread::sleep_for(std::min<Clock::duration>(due - Clock::now(), std::chrono::milliseconds(20)));
            // Its frame "arrives" now, as a camera's would: latencies are measured from here.
            frame.readAtNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
        }
        deliver(frame, *source);
    }
    m_running = false;
    if (!m_stop.load()) {
        const auto* video = dynamic_cast<const VideoFileSource*>(source.get());
        Q_EMIT ended(video ? video->truncation() : QString());
    }
}

} // namespace picta

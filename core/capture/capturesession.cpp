#include "capture/capturesession.h"

#include "capture/capturesource.h"
#include "capture/framerecorder.h"
#include "capture/videofilesource.h"

#include <opencv2/core/utility.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace picta {

/// Carries the reader thread's signals to the session: a plain object the thread shares, whose
/// signals are connected (queued) to the session's own. Disconnecting it cuts the way back.
class CaptureRelay : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void started(const QString& name, bool live);
    void frameReady();
    void recorded(int total, const QString& file);
    void recordingFailed(const QString& error);
    void failed(const QString& error);
    void ended(const QString& note);
};

/// What one reader thread shares with the session that started it.
struct CaptureSession::Shared {
    CaptureRelay relay;
    std::atomic_bool stop{false}, running{true}, frameShown{true};
    bool paced = true;
    std::mutex mutex; ///< guards latest, recorder, snapper, recordingGeneration
    CaptureFrame latest;
    std::unique_ptr<FrameRecorder> recorder, snapper;
    int recordingGeneration = 0;
    std::mutex listenerMutex; ///< held while the listener runs, so that clearing it waits for that call
    std::function<void(const CaptureFrame&)> listener;

    void deliver(const CaptureFrame& frame, const CaptureSource& source);
    void run(std::unique_ptr<CaptureSource> source);
};

void CaptureSession::Shared::deliver(const CaptureFrame& frame, const CaptureSource& source)
{
    std::unique_ptr<FrameRecorder> recording, snapping;
    int generation = 0;
    {
        std::lock_guard lock(mutex);
        latest = frame;
        recording = std::move(recorder);
        snapping = std::move(snapper);
        generation = recordingGeneration;
    }
    // Saving runs here, on the reader thread, outside the lock the screen takes frames under: a
    // JPEG, a check of the bytes, a row in sources.csv and a file, a few ms each.
    if (snapping) {
        if (const Status saved = snapping->save(frame, source))
            Q_EMIT relay.recorded(1, snapping->lastSaved());
        else
            Q_EMIT relay.recordingFailed(saved.error());
    }
    if (recording) {
        if (recording->offer(frame, source)) {
            Q_EMIT relay.recorded(recording->saved(), recording->lastSaved());
        } else if (!recording->error().isEmpty()) {
            Q_EMIT relay.recordingFailed(recording->error());
            if (!recording->report().fatal.isEmpty())
                recording.reset(); // the project cannot be written to: stop, say so once
        }
        std::lock_guard lock(mutex);
        if (!recorder && generation == recordingGeneration && !stop.load())
            recorder = std::move(recording); // still recording: keep it for the next frame
    }
    {
        std::lock_guard lock(listenerMutex);
        if (listener && !stop.load())
            listener(frame);
    }
    if (frameShown.exchange(false))
        Q_EMIT relay.frameReady();
}

void CaptureSession::Shared::run(std::unique_ptr<CaptureSource> source)
{
    cv::setNumThreads(1); // decoding shares the cores with inference: never oversubscribe
    if (const Status opened = source->open(); !opened) {
        running = false;
        if (!stop.load())
            Q_EMIT relay.failed(opened.error());
        return;
    }
    if (stop.load()) {
        running = false;
        return;
    }
    Q_EMIT relay.started(source->name(), source->isLive());
    using Clock = std::chrono::steady_clock;
    const Clock::time_point begin = Clock::now();
    while (!stop.load()) {
        auto read = source->read();
        if (!read) {
            running = false;
            {
                std::lock_guard lock(mutex);
                recorder.reset();
                ++recordingGeneration;
            }
            if (!stop.load())
                Q_EMIT relay.failed(read.error());
            return;
        }
        if (!read->has_value())
            break;
        CaptureFrame frame = std::move(**read);
        if (!source->isLive() && paced) {
            // A video standing in for a camera plays at its own speed, in small sleeps so stopping is quick.
            const Clock::time_point due = begin + std::chrono::microseconds(qint64(frame.seconds * 1e6));
            while (!stop.load() && Clock::now() < due)
                std::this_thread::sleep_for(std::min<Clock::duration>(due - Clock::now(), std::chrono::milliseconds(20)));
            // Its frame "arrives" now, as a camera's would: latencies are measured from here.
            frame.readAtNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
        }
        if (!stop.load())
            deliver(frame, *source);
    }
    running = false;
    if (!stop.load()) {
        const auto* video = dynamic_cast<const VideoFileSource*>(source.get());
        Q_EMIT relay.ended(video ? video->truncation() : QString());
    }
}

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
    auto shared = std::make_shared<Shared>();
    shared->paced = m_paced;
    shared->listener = m_listener;
    if (m_recording)
        shared->recorder = std::make_unique<FrameRecorder>(m_recordRoot, m_recordClass, m_recordRate);
    if (!m_snapClass.isEmpty()) {
        shared->snapper = std::make_unique<FrameRecorder>(m_snapRoot, m_snapClass, 1.0);
        m_snapClass.clear();
    }
    const CaptureRelay* relay = &shared->relay;
    connect(relay, &CaptureRelay::started, this, &CaptureSession::started);
    connect(relay, &CaptureRelay::frameReady, this, &CaptureSession::frameReady);
    connect(relay, &CaptureRelay::recorded, this, &CaptureSession::recorded);
    connect(relay, &CaptureRelay::recordingFailed, this, &CaptureSession::recordingFailed);
    connect(relay, &CaptureRelay::failed, this, [this](const QString& error) {
        m_recording = false;
        Q_EMIT failed(error);
    });
    connect(relay, &CaptureRelay::ended, this, &CaptureSession::ended);
    m_shared = shared;
    // The thread holds the state as long as it runs; the session may let go of it at any time.
    std::thread([shared, s = std::move(source)]() mutable { shared->run(std::move(s)); }).detach();
}

void CaptureSession::stop()
{
    if (!m_shared)
        return;
    m_shared->stop = true;
    QObject::disconnect(&m_shared->relay, nullptr, this, nullptr);
    {
        // Waits only for a listener call in progress (a copy and a notify), never for the reader.
        std::lock_guard lock(m_shared->listenerMutex);
        m_shared->listener = {};
    }
    m_shared.reset();
}

bool CaptureSession::isRunning() const
{
    return m_shared && m_shared->running.load();
}

CaptureFrame CaptureSession::takeFrame()
{
    if (!m_shared)
        return {};
    std::lock_guard lock(m_shared->mutex);
    m_shared->frameShown = true;
    return m_shared->latest;
}

void CaptureSession::setListener(std::function<void(const CaptureFrame&)> listener)
{
    m_listener = listener;
    if (m_shared) {
        std::lock_guard lock(m_shared->listenerMutex);
        m_shared->listener = std::move(listener);
    }
}

void CaptureSession::startRecording(const QString& projectRoot, const QString& className, double framesPerSecond)
{
    m_recording = true;
    m_recordRoot = projectRoot;
    m_recordClass = className;
    m_recordRate = framesPerSecond;
    if (m_shared) {
        auto recorder = std::make_unique<FrameRecorder>(projectRoot, className, framesPerSecond);
        std::lock_guard lock(m_shared->mutex);
        m_shared->recorder = std::move(recorder);
        ++m_shared->recordingGeneration;
    }
}

void CaptureSession::stopRecording()
{
    m_recording = false;
    if (m_shared) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->recorder.reset();
        ++m_shared->recordingGeneration;
    }
}

void CaptureSession::snap(const QString& projectRoot, const QString& className)
{
    if (!isRunning()) { // for the next source started
        m_snapRoot = projectRoot;
        m_snapClass = className;
        return;
    }
    auto snapper = std::make_unique<FrameRecorder>(projectRoot, className, 1.0);
    std::lock_guard lock(m_shared->mutex);
    m_shared->snapper = std::move(snapper);
}

} // namespace picta

#include "capturesession.moc"

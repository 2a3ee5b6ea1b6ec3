#include "capture/liveclassifier.h"

#include "inference/predictor.h"

#include <algorithm>
#include <chrono>

namespace picta {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

LiveClassifier::LiveClassifier(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<LiveResult>();
    m_thread = std::thread([this] { run(); });
}

LiveClassifier::~LiveClassifier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void LiveClassifier::setPredictor(std::shared_ptr<const Predictor> predictor)
{
    std::lock_guard lock(m_mutex);
    m_predictor = std::move(predictor);
}

void LiveClassifier::setGradCam(bool on)
{
    std::lock_guard lock(m_mutex);
    m_gradCam = on;
}

void LiveClassifier::setMaxRate(double answersPerSecond)
{
    std::lock_guard lock(m_mutex);
    m_minIntervalMs = answersPerSecond > 0 ? 1000.0 / answersPerSecond : 0;
}

void LiveClassifier::offer(const CaptureFrame& frame)
{
    {
        std::lock_guard lock(m_mutex);
        m_waiting = frame;
    }
    m_wake.notify_one();
}

void LiveClassifier::run()
{
    qint64 lastStartNs = 0;
    while (true) {
        CaptureFrame frame;
        std::shared_ptr<const Predictor> predictor;
        bool gradCam = false;
        {
            std::unique_lock lock(m_mutex);
            // Wait for a frame, a model, and the end of the pause that keeps to maxRate.
            while (true) {
                if (m_stop)
                    return;
                const qint64 dueNs = lastStartNs + qint64(m_minIntervalMs * 1e6);
                const qint64 now = nowNs();
                if (m_waiting.isValid() && m_predictor && now >= dueNs)
                    break;
                if (m_waiting.isValid() && m_predictor)
                    m_wake.wait_for(lock, std::chrono::nanoseconds(dueNs - now));
                else
                    m_wake.wait(lock);
            }
            frame = std::move(m_waiting);
            m_waiting = CaptureFrame();
            predictor = m_predictor;
            gradCam = m_gradCam;
        }
        lastStartNs = nowNs();
        LiveResult result;
        result.prediction = predictor->predictRaw(frame.image, 5);
        bool stopping = false;
        {
            std::lock_guard lock(m_mutex);
            stopping = m_stop;
        }
        if (gradCam && result.prediction.ok() && !stopping)
            result.gradCam = predictor->gradCamRaw(frame.image);
        result.model = predictor.get();
        const qint64 doneNs = nowNs();
        result.inferenceMs = (doneNs - lastStartNs) / 1e6;
        result.latencyMs = frame.readAtNs > 0 ? (doneNs - frame.readAtNs) / 1e6 : result.inferenceMs;
        result.frame = std::move(frame);
        Q_EMIT classified(result);
    }
}

} // namespace picta

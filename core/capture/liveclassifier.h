#pragma once

#include "capture/captureframe.h"
#include "inference/gradcamresult.h"
#include "inference/prediction.h"

#include <QMetaType>
#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace picta {

class Predictor;

/// One answer about one frame of a live picture.
struct LiveResult {
    Prediction prediction;
    GradCamResult gradCam; ///< empty unless Grad-CAM is switched on
    CaptureFrame frame;    ///< the frame that was classified (for "Wrong?" and "add to dataset")
    double latencyMs = 0;  ///< from reading the frame to the answer
    double inferenceMs = 0;
    const void* model = nullptr; ///< the Predictor that answered: a result of a model replaced since is dropped
};

/// Classifies a live picture on its own thread: offer() keeps only the newest frame (a frame that
/// arrives while the model is busy replaces the waiting one), so answers are always about the
/// picture of now, however slow the model. At most maxRate answers a second, so a fast model
/// leaves the cores to the rest of the program.
class LiveClassifier : public QObject {
    Q_OBJECT

public:
    explicit LiveClassifier(QObject* parent = nullptr);
    ~LiveClassifier() override;

    void setPredictor(std::shared_ptr<const Predictor> predictor);
    void setGradCam(bool on);
    void setMaxRate(double answersPerSecond);
    /// Any thread: the frame to classify next.
    void offer(const CaptureFrame& frame);

Q_SIGNALS:
    void classified(const picta::LiveResult& result);

private:
    void run();

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false, m_gradCam = false;
    double m_minIntervalMs = 100;
    CaptureFrame m_waiting; ///< newest frame not yet classified
    std::shared_ptr<const Predictor> m_predictor;
};

} // namespace picta

Q_DECLARE_METATYPE(picta::LiveResult)

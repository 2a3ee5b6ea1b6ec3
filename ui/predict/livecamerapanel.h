#pragma once

#include "capture/camerasource.h"
#include "capture/liveclassifier.h"

#include <QElapsedTimer>
#include <QVector>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace picta {

class CaptureSession;
class FramePreview;
class Predictor;
class SourceBar;

/// The Predict tab's camera mode: the live picture classified several times a second off the
/// GUI thread (top classes with bars, the last answer's latency), Grad-CAM over the picture when
/// switched on, and Right / Wrong answers about the picture of the moment.
class LiveCameraPanel : public QWidget {
    Q_OBJECT

public:
    explicit LiveCameraPanel(QWidget* parent = nullptr);
    ~LiveCameraPanel() override;

    void setPredictor(std::shared_ptr<const Predictor> predictor, const QStringList& classes);
    void setGradCam(bool on);
    void openVideo(const QString& path);
    void openCamera(const CameraDevice& camera);
    /// Starts the first camera when there is one.
    void start();
    void stop();

    /// The last answer shown (empty prediction before the first).
    const LiveResult& lastResult() const { return m_last; }
    int answersShown() const { return m_answers; }
    QString latencyText() const;
    QString message() const;
    SourceBar* sourceBar() const { return m_source; }
    FramePreview* preview() const { return m_preview; }
    /// Records what the picture of the last answer showed: `truth` (Wrong? with a class, or Right).
    void recordAnswer(const QString& truth);

Q_SIGNALS:
    /// The user says what the picture of the last answer showed.
    void answered(const QString& predicted, const QString& truth, const QString& source);
    /// The user wants the picture of the last answer in the dataset, as `className`.
    void addToDataset(const QByteArray& jpeg, const QString& fileName, const QString& className);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void showResult(const LiveResult& result);
    void showMessage(const QString& text);

    CaptureSession* m_session = nullptr;
    LiveClassifier* m_live = nullptr;
    SourceBar* m_source = nullptr;
    FramePreview* m_preview = nullptr;
    QVector<QLabel*> m_names;
    QVector<QProgressBar*> m_bars;
    QLabel* m_latency = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_right = nullptr;
    QComboBox* m_truth = nullptr;
    QPushButton* m_wrong = nullptr;
    QCheckBox* m_addToDataset = nullptr;
    QCheckBox* m_mirror = nullptr;
    LiveResult m_last;
    const void* m_model = nullptr; ///< the model whose answers are shown
    QString m_sourceName;
    int m_answers = 0;
    bool m_gradCam = false;
    QVector<qint64> m_answerTimes; ///< ms of the last answers, for the rate shown
    QElapsedTimer m_clock;
};

} // namespace picta

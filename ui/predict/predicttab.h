#pragma once

#include "inference/prediction.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace picta {

class ConfusionHeatmap;
class ExportButton;
class ShareDialog;
class FeedbackPanel;
class LiveCameraPanel;
class ImageIntake;
class Predictor;
class PredictionCard;
class ProjectDocument;

/// The Predict tab: drop image files (or open them) and each shows its thumbnail and top-3
/// classes with probability bars. Decoding and inference run on a worker thread.
class PredictTab : public QWidget {
    Q_OBJECT

public:
    explicit PredictTab(ProjectDocument* document, QWidget* parent = nullptr);
    ~PredictTab() override;

    /// Loads a run folder (in the background) and selects it.
    void setRun(const QString& runDir);
    /// Classifies these files; folders are searched for images, other files are refused.
    void addFiles(const QStringList& paths);

    QVector<PredictionCard*> cards() const { return m_cards; }
    /// Classifies what the clipboard holds: an image, or file and web addresses.
    void paste();
    /// Downloads images from web addresses (dropped from a browser) and classifies them.
    void addUrls(const QList<QUrl>& urls);
    void setGradCamShown(bool shown);
    ConfusionHeatmap* feedbackMatrix() const;
    ExportButton* exportButton() const { return m_export; }
    /// Share… (created on first use): the loaded model as a web page.
    ShareDialog* shareDialog();
    void showShare();
    QString message() const;
    /// Camera mode: the live picture of a camera or a video file, classified as it comes.
    void setCameraMode(bool on);
    bool isCameraMode() const;
    /// The camera mode's panel (created on first use).
    LiveCameraPanel* livePanel();

public Q_SLOTS:
    void openImages();
    void clearResults();

Q_SIGNALS:
    void predictionShown(const picta::Prediction& prediction);
    void modelLoaded(const QString& runDir);
    void gradCamShown(picta::PredictionCard* card);
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showMessage(const QString& text);
    void predict(const QString& path);
    void refreshRuns(const QString& select);
    void requestGradCam(PredictionCard* card);
    void recordAnswer(PredictionCard* card, const QString& predicted, const QString& truth);
    void addToDataset(PredictionCard* card, const QString& className);
    void refreshFeedback();
    void onOpened();
    void onRunsChanged(const QStringList& runs);
    /// Hands the loaded model (or none) to the camera mode.
    void updateLivePredictor();
    QString projectDir() const;

    ProjectDocument* m_document;
    QComboBox* m_runs = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_clear = nullptr;
    ExportButton* m_export = nullptr;
    QPushButton* m_shareButton = nullptr;
    QPushButton* m_cameraButton = nullptr;
    LiveCameraPanel* m_live = nullptr;
    QWidget* m_cardsArea = nullptr; ///< the results of dropped images, hidden in camera mode
    ShareDialog* m_share = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_modelInfo = nullptr;
    QLabel* m_hint = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
    QVector<PredictionCard*> m_cards;
    std::shared_ptr<Predictor> m_predictor;
    QStringList m_pending; ///< files dropped while the model loads
    QString m_loadingRun;
    QThreadPool m_pool; ///< one thread: inference uses torch's own threads
    QCheckBox* m_showGradCam = nullptr;
    FeedbackPanel* m_feedback = nullptr;
    ImageIntake* m_intake = nullptr; ///< clipboard, drops and downloads to local files
    QProgressBar* m_batch = nullptr; ///< shown while several images are being classified
    int m_batchTotal = 0, m_batchDone = 0;
};

} // namespace picta

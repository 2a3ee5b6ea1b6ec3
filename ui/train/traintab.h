#pragma once

#include "common/backgroundjob.h"
#include "etaestimator.h"
#include "training/trainingtypes.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace picta {

class AugmentationGrid;
class LrFinderPlot;
class ProjectDocument;
class TrainingController;
class TrainingPlots;
class TrainingSettings;
struct LrFinderResult;

/// The Train tab: what the project holds, the settings, Start/Resume/Stop, progress with ETA and
/// the live plots. Training runs on the controller's thread; this widget only reacts to its signals.
class TrainTab : public QWidget {
    Q_OBJECT

public:
    explicit TrainTab(ProjectDocument* document, QWidget* parent = nullptr);
    ~TrainTab() override;

    QString projectDir() const;
    TrainingConfig config() const;
    TrainingPlots* plots() const { return m_plots; }
    LrFinderPlot* lrFinderPlot() const { return m_lrFinder; }
    AugmentationGrid* augmentationGrid() const { return m_augmentation; }
    TrainingSettings* settings() const { return m_settings; }
    bool isTraining() const;
    bool isPlanning() const { return m_planJob.isRunning(); }
    /// The planner's reasons for the settings it filled in last (empty before).
    QString planText() const;
    /// The controller this tab trains with, for views that follow the same run (the wizard).
    TrainingController* controller() const { return m_controller; }

public Q_SLOTS:
    void startTraining();
    /// Goes on with the newest run where it stopped (offered when it was stopped early).
    void resumeTraining();
    void stopTraining();
    void findLearningRate();
    /// Fills the settings from the training planner (it looks at the pictures and runs the
    /// learning-rate finder in the background) and shows its reasons.
    void recommendSettings();
    /// Shows `config` in the settings and starts training with it (the wizard's Train button).
    void startWith(const picta::TrainingConfig& config);

Q_SIGNALS:
    /// A run ended (complete or cancelled) and its folder holds a loadable model.
    void runFinished(const QString& runDir);
    void statusMessage(const QString& message);

private:
    void buildUi();
    void refreshSummary();
    void refreshResumable();
    void onOpened();
    void begin(const TrainingConfig& config);
    void setRunning(bool running);
    void onPreparing(int done, int total);
    void onDownloading(qint64 received, qint64 total);
    void onStarted(const QString& runDir, const QString& device, int trainImages, int valImages);
    void onBatch(const picta::BatchStats& stats);
    void onEpoch(const picta::EpochStats& stats);
    void onFinished(const picta::TrainingResult& result);
    void onFailed(const QString& message);
    void onLrFinderFinished(const picta::LrFinderResult& result);

    TrainingController* m_controller = nullptr;
    ProjectDocument* m_document;
    QTimer* m_summaryTimer = nullptr; ///< one summary for a burst of changes
    JobHandle m_resumableJob;
    JobHandle m_planJob;
    int m_resumableGeneration = 0;
    QLabel* m_projectLabel = nullptr;
    QTableWidget* m_classTable = nullptr;
    TrainingSettings* m_settings = nullptr;
    QTabWidget* m_views = nullptr;
    LrFinderPlot* m_lrFinder = nullptr;
    AugmentationGrid* m_augmentation = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_recommend = nullptr;
    QLabel* m_plan = nullptr; ///< the planner's reasons, on their own tab beside the plots
    int m_planIndex = -1;
    QPushButton* m_resume = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lastEpoch = nullptr;
    TrainingPlots* m_plots = nullptr;
    QElapsedTimer m_clock;
    int m_trainableImages = 0;
    QString m_resumableRun;
    TrainingConfig m_resumableConfig;
    qint64 m_stepsBefore = 0; ///< batches of the run done before this start (ETA); −1: not yet known
    EtaEstimator m_eta;
};

} // namespace picta

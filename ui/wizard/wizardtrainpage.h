#pragma once

#include "common/backgroundjob.h"
#include "training/trainingplanner.h"

#include <QWizardPage>

#include <optional>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;

namespace picta {

class NewClassifierWizard;

/// Wizard step 4, "Train": the training planner's choice in plain words with the time it expects
/// on this computer, one big Train button, a progress bar and the live accuracy curve with one
/// sentence that explains it. Training runs through the Train tab (same controller, same run):
/// *Show me the details* goes there. Stop keeps the best model so far.
class WizardTrainPage : public QWizardPage {
    Q_OBJECT

public:
    explicit WizardTrainPage(NewClassifierWizard* wizard);
    ~WizardTrainPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return m_planJob.isRunning(); }
    bool isTraining() const { return m_training; }
    std::optional<TrainingPlan> plan() const { return m_plan; }
    QString planText() const;
    QString explanation() const;
    /// The Train button: trains with the plan (made first when it is not there yet).
    void train();
    void stop();
    /// "right 9 times out of 10 on pictures it has not seen".
    static QString inPlainWords(double accuracy);

Q_SIGNALS:
    void planned();
    void trained(const QString& runDir);

private:
    void makePlan();
    void onEpoch(const EpochStats& stats);
    void onFinished(const TrainingResult& result);

    NewClassifierWizard* m_wizard;
    QLabel* m_reasons;
    QPushButton* m_train;
    QPushButton* m_stop;
    QPushButton* m_details;
    QProgressBar* m_progress;
    QCustomPlot* m_plot;
    QLabel* m_explanation;
    JobHandle m_planJob;
    std::optional<TrainingPlan> m_plan;
    QVector<int> m_plannedCounts; ///< the counts the plan was made for
    bool m_training = false;
    bool m_trainWhenPlanned = false;
};

} // namespace picta

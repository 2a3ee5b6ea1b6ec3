#pragma once

#include "common/backgroundjob.h"
#include "inference/runevaluator.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace picta {

class ClassMetricsTable;
class ConfusionHeatmap;
class EvaluationSummary;
class ExportButton;
class LearningCurves;
class ProjectDocument;
class ThumbnailCache;

/// Judge a run: the confusion matrix as a heat map (click a cell for its images), per-class
/// precision, recall, F1 and support, the most confused pairs, the learning curves with a
/// plain-words hint when the model overfits, and the top losses (the images the model is most
/// wrong or least sure about), which can be relabelled (1–9) or quarantined (Del) through the
/// shared ProjectDocument: Ctrl+Z here or on the Dataset tab undoes them.
class EvaluateTab : public QWidget {
    Q_OBJECT

public:
    explicit EvaluateTab(ProjectDocument* document, QWidget* parent = nullptr);
    void setRun(const QString& runDir);

    const RunEvaluation& evaluation() const { return m_evaluation; }
    ConfusionHeatmap* heatmap() const { return m_heatmap; }
    QListWidget* losses() const { return m_losses; }
    QString overfittingHint() const;
    /// Shows the images of one cell (truth, predicted), or the top losses when truth is -1.
    void showImages(int truth, int predicted);
    /// Evaluates on the training images instead of the validation ones.
    void setTrainingSplit(bool training);
    /// Orders the image list by how wrong the model is (loss), or by how unsure (confidence).
    void setLeastSureFirst(bool leastSure);

Q_SIGNALS:
    void evaluated();
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void onOpened();
    void onRelabelled(const QStringList& from, const QStringList& to);
    /// Notes what was decided for an image (empty: nothing) in the list and across views.
    void setDecision(const QString& path, const QString& decision);
    void onEvaluated(const RunEvaluation& evaluation);
    QStringList selectedLossPaths() const;
    void evaluate();

    ProjectDocument* m_document;
    QString m_runDir;
    RunEvaluation m_evaluation;
    JobHandle m_job;
    QPushButton* m_cancel = nullptr;
    int m_generation = 0;
    int m_cellTruth = -1, m_cellPredicted = -1;
    QHash<QString, QString> m_decisions; ///< path → what the user decided, kept across views and splits
    QComboBox* m_split = nullptr;
    QComboBox* m_order = nullptr;
    QComboBox* m_classFilter = nullptr;
    QComboBox* m_runs = nullptr;
    ExportButton* m_export = nullptr;
    EvaluationSummary* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QCheckBox* m_normalised = nullptr;
    ConfusionHeatmap* m_heatmap = nullptr;
    ClassMetricsTable* m_metrics = nullptr;
    LearningCurves* m_curves = nullptr;
    QLabel* m_lossesTitle = nullptr;
    QListWidget* m_losses = nullptr;
    ThumbnailCache* m_thumbnails;
    QHash<QString, QListWidgetItem*> m_items; ///< the list's items by image path
};

} // namespace picta

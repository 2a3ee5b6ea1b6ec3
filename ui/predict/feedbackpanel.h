#pragma once

#include <QGroupBox>

class QLabel;

namespace picta {

class ConfusionHeatmap;

/// The Predict tab's record of the user's answers (✓ or the right class under a prediction), as
/// a live confusion matrix for the model in use, read from the project's feedback.json. Folded
/// away until the user opens it.
class FeedbackPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit FeedbackPanel(QWidget* parent = nullptr);

    /// Shows the answers given about run `runName` (a run folder's name) over its classes;
    /// an empty project or run shows the hint alone.
    void showAnswers(const QString& projectDir, const QString& runName, const QStringList& classes);
    ConfusionHeatmap* matrix() const { return m_matrix; }

private:
    ConfusionHeatmap* m_matrix = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace picta

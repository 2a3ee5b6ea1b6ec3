#pragma once

#include <QLabel>

namespace picta {

struct RunEvaluation;

/// The Evaluate tab's headline: accuracy on which images, the most confused pairs and the images
/// that could not be read; between evaluations, what the tab is doing.
class EvaluationSummary : public QLabel {
    Q_OBJECT

public:
    explicit EvaluationSummary(QWidget* parent = nullptr);
    void showEvaluation(const RunEvaluation& evaluation);
};

} // namespace picta

#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace picta {

/// The Evaluate tab's learning curves: training and validation loss per epoch from a run's
/// history.csv, and below them a plain-words verdict on overfitting.
class LearningCurves : public QWidget {
    Q_OBJECT

public:
    explicit LearningCurves(QWidget* parent = nullptr);

    void showRun(const QString& runDir);
    /// The verdict under the curves ("" before three epochs).
    QString hint() const;

private:
    QCustomPlot* m_plot = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace picta

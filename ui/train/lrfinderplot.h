#pragma once

#include "training/lrfinderresult.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;

namespace picta {

/// The learning-rate finder's curve: smoothed loss against the learning rate on a log axis, the
/// suggestion marked, and one click to use it.
class LrFinderPlot : public QWidget {
    Q_OBJECT

public:
    explicit LrFinderPlot(QWidget* parent = nullptr);

    void clear();
    void addPoint(double lr, double loss);
    void setResult(const picta::LrFinderResult& result);
    void setMessage(const QString& message);
    double suggestion() const { return m_suggestion; }
    QCustomPlot* plot() const { return m_plot; }

Q_SIGNALS:
    void useLearningRate(double lr);

private:
    void rescale();
    QCustomPlot* m_plot = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_use = nullptr;
    double m_suggestion = 0;
};

} // namespace picta

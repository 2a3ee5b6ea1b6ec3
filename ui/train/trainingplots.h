#pragma once

#include "training/trainingtypes.h"

#include <QWidget>

class QCustomPlot;

namespace picta {

/// Live plots of a training run. Loss: every batch report (light), an exponentially smoothed
/// curve, and validation loss per epoch. Accuracy: training and validation per epoch. Learning
/// rate: the schedule as it was applied. The x axis is epochs, fractional for batches.
class TrainingPlots : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPlots(QWidget* parent = nullptr);

    void clear();
    void addBatch(const picta::BatchStats& stats);
    void addEpoch(const picta::EpochStats& stats);

    QCustomPlot* lossPlot() const { return m_loss; }
    QCustomPlot* accuracyPlot() const { return m_accuracy; }
    QCustomPlot* learningRatePlot() const { return m_learningRate; }
    /// Points on the batch-loss curve (raw reports).
    int batchPointCount() const;
    int epochPointCount() const;

Q_SIGNALS:
    void pointsAdded();

private:
    void rescale();

    QCustomPlot* m_loss = nullptr;
    QCustomPlot* m_accuracy = nullptr;
    QCustomPlot* m_learningRate = nullptr;
    double m_smoothed = 0;
    int m_smoothedCount = 0;
    int m_epochs = 1;
};

} // namespace picta

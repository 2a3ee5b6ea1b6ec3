#include "train/trainingplots.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace picta {

namespace {

enum LossGraph { RawLoss, SmoothLoss, ValLoss };
enum AccuracyGraph { TrainAccuracy, ValAccuracy };

QCustomPlot* makePlot(const QString& title, const QString& yLabel, QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(180);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(plot->font().family(), 10, QFont::Bold)));
    plot->xAxis->setLabel(TrainingPlots::tr("epoch"));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return plot;
}

QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& color, double width, bool markers)
{
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(color, width));
    if (markers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 7));
    return graph;
}

} // namespace

TrainingPlots::TrainingPlots(QWidget* parent)
    : QWidget(parent)
{
    m_loss = makePlot(tr("Loss"), tr("cross-entropy"), this);
    addGraph(m_loss, tr("training (per batch)"), QColor(31, 119, 180, 70), 1, false);
    addGraph(m_loss, tr("training (smoothed)"), QColor(31, 119, 180), 2, false);
    addGraph(m_loss, tr("validation"), QColor(255, 127, 14), 2, true);

    m_accuracy = makePlot(tr("Accuracy"), tr("accuracy (%)"), this);
    addGraph(m_accuracy, tr("training"), QColor(31, 119, 180), 2, true);
    addGraph(m_accuracy, tr("validation"), QColor(255, 127, 14), 2, true);
    // Accuracy climbs towards the top right: keep the legend out of its way.
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_learningRate = makePlot(tr("Learning rate"), tr("learning rate"), this);
    m_learningRate->setMinimumHeight(120);
    m_learningRate->legend->setVisible(false);
    m_learningRate->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_learningRate->yAxis->setNumberPrecision(1);
    addGraph(m_learningRate, tr("learning rate"), QColor(44, 160, 44), 2, false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loss, 3);
    layout->addWidget(m_accuracy, 3);
    layout->addWidget(m_learningRate, 2);
    clear();
}

void TrainingPlots::clear()
{
    for (QCustomPlot* plot : {m_loss, m_accuracy, m_learningRate})
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->data()->clear();
    m_smoothed = 0;
    m_smoothedCount = 0;
    m_epochs = 1;
    m_loss->xAxis->setRange(0, 1);
    m_loss->yAxis->setRange(0, 1);
    m_accuracy->xAxis->setRange(0, 1);
    m_accuracy->yAxis->setRange(0, 100);
    m_learningRate->xAxis->setRange(0, 1);
    m_learningRate->yAxis->setRange(0, 1e-3);
    m_loss->replot();
    m_accuracy->replot();
    m_learningRate->replot();
}

void TrainingPlots::addBatch(const BatchStats& stats)
{
    if (!std::isfinite(stats.loss))
        return;
    m_epochs = std::max(m_epochs, int((stats.totalSteps + stats.batchesPerEpoch - 1) / std::max(1, stats.batchesPerEpoch)));
    const double x = (stats.epoch - 1) + double(stats.batch) / std::max(1, stats.batchesPerEpoch);
    // Debiased exponential moving average (as fastai's smoothed loss): early points are not
    // dragged towards zero.
    constexpr double beta = 0.9;
    m_smoothed = beta * m_smoothed + (1 - beta) * stats.loss;
    ++m_smoothedCount;
    const double smoothed = m_smoothed / (1 - std::pow(beta, m_smoothedCount));
    m_loss->graph(RawLoss)->addData(x, stats.loss);
    m_loss->graph(SmoothLoss)->addData(x, smoothed);
    m_learningRate->graph(0)->addData(x, stats.learningRate);
    rescale();
}

void TrainingPlots::addEpoch(const EpochStats& stats)
{
    m_epochs = std::max(m_epochs, stats.epochs);
    if (std::isfinite(stats.valLoss))
        m_loss->graph(ValLoss)->addData(stats.epoch, stats.valLoss);
    if (std::isfinite(stats.trainAccuracy))
        m_accuracy->graph(TrainAccuracy)->addData(stats.epoch, stats.trainAccuracy * 100.0);
    if (std::isfinite(stats.valAccuracy))
        m_accuracy->graph(ValAccuracy)->addData(stats.epoch, stats.valAccuracy * 100.0);
    rescale();
}

void TrainingPlots::rescale()
{
    m_loss->xAxis->setRange(0, m_epochs);
    m_accuracy->xAxis->setRange(0, m_epochs);
    m_learningRate->xAxis->setRange(0, m_epochs);
    bool foundLr = false;
    const QCPRange lr = m_learningRate->graph(0)->data()->valueRange(foundLr);
    if (foundLr)
        m_learningRate->yAxis->setRange(0, std::max(lr.upper * 1.1, 1e-9));
    bool found = false;
    QCPRange range = m_loss->graph(RawLoss)->data()->valueRange(found);
    if (found) {
        bool foundVal = false;
        const QCPRange val = m_loss->graph(ValLoss)->data()->valueRange(foundVal);
        if (foundVal)
            range.expand(val);
        m_loss->yAxis->setRange(0, std::max(0.1, range.upper * 1.05));
    }
    bool foundAcc = false;
    const QCPRange acc = m_accuracy->graph(TrainAccuracy)->data()->valueRange(foundAcc);
    m_accuracy->yAxis->setRange(foundAcc ? std::max(0.0, std::floor(acc.lower / 10.0) * 10.0 - 10.0) : 0.0, 100.5);
    // Queued: many reports in one event-loop turn cost one repaint.
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_accuracy->replot(QCustomPlot::rpQueuedReplot);
    m_learningRate->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT pointsAdded();
}

int TrainingPlots::batchPointCount() const
{
    return m_loss->graph(RawLoss)->dataCount();
}

int TrainingPlots::epochPointCount() const
{
    return m_accuracy->graph(TrainAccuracy)->dataCount();
}

} // namespace picta

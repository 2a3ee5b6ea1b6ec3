#include "evaluate/learningcurves.h"

#include "training/runfolder.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace picta {

LearningCurves::LearningCurves(QWidget* parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(160);
    m_plot->xAxis->setLabel(tr("Epoch"));
    m_plot->yAxis->setLabel(tr("Loss"));
    m_plot->legend->setVisible(true);
    QSharedPointer<QCPAxisTickerFixed> epochTicker(new QCPAxisTickerFixed);
    epochTicker->setTickStep(1);
    epochTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(epochTicker);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_hint);
}

void LearningCurves::showRun(const QString& runDir)
{
    QVector<double> epochs, train, val;
    for (const EpochStats& e : RunFolder::readHistory(runDir)) {
        epochs << e.epoch;
        train << e.trainLoss;
        val << e.valLoss;
    }
    m_plot->clearGraphs();
    auto* trainGraph = m_plot->addGraph();
    trainGraph->setName(tr("training loss"));
    trainGraph->setPen(QPen(QColor(33, 102, 172), 2));
    trainGraph->setData(epochs, train);
    auto* valGraph = m_plot->addGraph();
    valGraph->setName(tr("validation loss"));
    valGraph->setPen(QPen(QColor(202, 0, 32), 2));
    valGraph->setData(epochs, val);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->replot();

    // Overfitting, in plain words: validation loss rising for two epochs or more after its
    // minimum while training loss kept falling.
    m_hint->clear();
    if (val.size() >= 3 && std::none_of(val.begin(), val.end(), [](double v) { return std::isnan(v); })) {
        const int best = int(std::min_element(val.begin(), val.end()) - val.begin());
        const int rising = int(val.size()) - 1 - best;
        if (rising >= 2 && train.last() < train[best])
            m_hint->setText(tr("⚠ Since epoch %1 the validation loss has risen while the training loss kept falling: the model is "
                               "starting to memorise its training images instead of learning what tells the classes apart "
                               "(overfitting). Early stopping keeps the best epoch; more images or augmentation help.")
                                .arg(int(epochs[best])));
        else
            m_hint->setText(tr("Training and validation loss fell together: no sign of overfitting."));
    }
}

QString LearningCurves::hint() const
{
    return m_hint->text();
}

} // namespace picta

#include "train/lrfinderplot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace picta {

LrFinderPlot::LrFinderPlot(QWidget* parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(200);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->xAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->xAxis->setLabel(tr("learning rate (log scale)"));
    m_plot->yAxis->setLabel(tr("loss (smoothed)"));
    QCPGraph* curve = m_plot->addGraph();
    curve->setPen(QPen(QColor(31, 119, 180), 2));
    curve->setName(tr("loss"));
    QCPGraph* marker = m_plot->addGraph();
    marker->setLineStyle(QCPGraph::lsNone);
    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(214, 39, 40), 11));
    marker->setName(tr("suggestion"));

    m_label = new QLabel(tr("Press Find… beside the learning rate to try rates from 1e-7 to 10 on a few batches."), this);
    m_label->setWordWrap(true);
    m_use = new QPushButton(tr("&Use this learning rate"), this);
    m_use->setObjectName(QStringLiteral("useSuggestion"));
    m_use->setEnabled(false);
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useLearningRate(m_suggestion); });

    auto* row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_use);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_plot, 1);
    layout->addLayout(row);
    clear();
}

void LrFinderPlot::clear()
{
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->xAxis->setRange(1e-7, 10);
    m_plot->yAxis->setRange(0, 1);
    m_suggestion = 0;
    m_use->setEnabled(false);
    m_plot->replot();
}

void LrFinderPlot::setMessage(const QString& message)
{
    m_label->setText(message);
}

void LrFinderPlot::addPoint(double lr, double loss)
{
    if (std::isfinite(loss))
        m_plot->graph(0)->addData(lr, loss);
    rescale();
}

void LrFinderPlot::setResult(const LrFinderResult& result)
{
    m_plot->graph(0)->data()->clear();
    for (int i = 0; i < result.lrs.size(); ++i)
        m_plot->graph(0)->addData(result.lrs[i], result.losses[i]);
    m_suggestion = result.suggestion;
    // Mark the suggestion on the curve, at the loss measured nearest to it.
    int nearest = 0;
    for (int i = 0; i < result.lrs.size(); ++i)
        if (std::abs(std::log(result.lrs[i] / m_suggestion)) < std::abs(std::log(result.lrs[nearest] / m_suggestion)))
            nearest = i;
    if (!result.lrs.isEmpty())
        m_plot->graph(1)->addData(m_suggestion, result.losses[nearest]);
    m_label->setText(tr("Suggested learning rate: <b>%1</b> (where the loss falls fastest over the longest stretch; "
                        "steepest point %2, minimum ÷ 10 %3)")
                         .arg(QLocale().toString(m_suggestion, 'g', 2))
                         .arg(QLocale().toString(result.steep, 'g', 2))
                         .arg(QLocale().toString(result.minimum, 'g', 2)));
    m_use->setEnabled(m_suggestion > 0);
    rescale();
}

void LrFinderPlot::rescale()
{
    bool found = false;
    const QCPRange range = m_plot->graph(0)->data()->valueRange(found);
    if (found) {
        // The divergence at the end would flatten everything else: cap the view at 2× the start.
        const double first = m_plot->graph(0)->data()->constBegin()->value;
        m_plot->yAxis->setRange(range.lower * 0.95, std::min(range.upper, std::max(first * 2, range.lower * 1.5)) * 1.05);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace picta

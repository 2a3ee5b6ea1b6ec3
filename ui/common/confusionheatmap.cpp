#include "common/confusionheatmap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace picta {

namespace {

constexpr int kLabelWidth = 110;
constexpr int kHeaderHeight = 90;

} // namespace

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Confusion matrix"));
}

void ConfusionHeatmap::setMatrix(const QStringList& classes, const QVector<QVector<int>>& counts)
{
    m_classes = classes;
    m_counts = counts;
    update();
}

void ConfusionHeatmap::setNormalised(bool rows)
{
    m_normalised = rows;
    update();
}

QRect ConfusionHeatmap::gridRect() const
{
    const int n = std::max<int>(1, int(m_classes.size()));
    const int side = std::max(1, std::min(width() - kLabelWidth - 8, height() - kHeaderHeight - 8) / n * n);
    return {kLabelWidth, kHeaderHeight, side, side};
}

QRect ConfusionHeatmap::cellRect(int truth, int predicted) const
{
    const QRect g = gridRect();
    const int cell = g.width() / std::max<int>(1, int(m_classes.size()));
    return {g.x() + predicted * cell, g.y() + truth * cell, cell, cell};
}

QPoint ConfusionHeatmap::cellAt(const QPoint& pos) const
{
    const QRect g = gridRect();
    if (m_classes.isEmpty() || !g.contains(pos))
        return {-1, -1};
    const int cell = g.width() / int(m_classes.size());
    return {(pos.y() - g.y()) / cell, (pos.x() - g.x()) / cell}; // (truth, predicted) as (x, y)
}

double ConfusionHeatmap::rowShare(int truth, int predicted) const
{
    int row = 0;
    for (int c : m_counts.value(truth))
        row += c;
    return row ? double(m_counts[truth][predicted]) / row : 0.0;
}

void ConfusionHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_classes.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose a run to see its confusion matrix"));
        return;
    }
    const int n = int(m_classes.size());
    const QRect g = gridRect();
    const int cell = g.width() / n;
    QFont font = this->font();
    font.setPixelSize(std::clamp(cell / 3, 8, 22));
    painter.setFont(font);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) {
            const QRect r = cellRect(t, p);
            const double share = rowShare(t, p);
            // Correct answers in blue, mistakes in red: the eye finds the errors first.
            const QColor base = t == p ? QColor(33, 102, 172) : QColor(202, 0, 32);
            QColor fill = base;
            fill.setAlphaF(m_counts[t][p] == 0 ? 0.0 : 0.12 + 0.88 * share);
            painter.fillRect(r, palette().base());
            painter.fillRect(r, fill);
            painter.setPen(share > 0.55 ? Qt::white : palette().text().color());
            const QString text = m_normalised ? (m_counts[t][p] ? QLocale().toString(share * 100, 'f', share < 0.1 ? 1 : 0) : QString())
                                              : (m_counts[t][p] ? QString::number(m_counts[t][p]) : QString());
            painter.drawText(r, Qt::AlignCenter, text);
            painter.setPen(palette().mid().color());
            painter.drawRect(r.adjusted(0, 0, -1, -1));
        }
    QFont labels = this->font();
    labels.setPixelSize(std::clamp(cell / 3, 9, 16));
    painter.setFont(labels);
    painter.setPen(palette().text().color());
    for (int i = 0; i < n; ++i) {
        const QRect row = cellRect(i, 0);
        painter.drawText(QRect(0, row.y(), kLabelWidth - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(m_classes[i], Qt::ElideRight, kLabelWidth - 8));
        const QRect column = cellRect(0, i);
        painter.save();
        painter.translate(column.center().x() + labels.pixelSize() / 2, kHeaderHeight - 6);
        painter.rotate(-60);
        painter.drawText(0, 0, painter.fontMetrics().elidedText(m_classes[i], Qt::ElideRight, kHeaderHeight + 20));
        painter.restore();
    }
    painter.drawText(QRect(0, 0, kLabelWidth, kHeaderHeight - 20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("true ↓  predicted →"));
}

void ConfusionHeatmap::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() >= 0)
        Q_EMIT cellClicked(cell.x(), cell.y());
}

bool ConfusionHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(),
                               tr("%n image(s) of '%2' predicted as '%3' (%4 % of the row)", nullptr, m_counts[cell.x()][cell.y()])
                                   .arg(m_classes[cell.x()], m_classes[cell.y()])
                                   .arg(QLocale().toString(rowShare(cell.x(), cell.y()) * 100, 'f', 1)));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace picta

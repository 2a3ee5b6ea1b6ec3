#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace picta {

/// A confusion matrix as a heat map: rows are true classes, columns predicted ones; counts or
/// row-normalised shares in each cell, shaded by the row share so that small classes show their
/// mistakes as clearly as large ones. Click a cell to see its images. Readable at 10+ classes
/// and on a projector (the font follows the cell size).
class ConfusionHeatmap : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);
    void setMatrix(const QStringList& classes, const QVector<QVector<int>>& counts);
    void setNormalised(bool rows);
    bool isNormalised() const { return m_normalised; }
    /// The counts shown, rows true class, columns predicted.
    const QVector<QVector<int>>& counts() const { return m_counts; }
    /// The cell under a point, or {-1, -1}.
    QPoint cellAt(const QPoint& pos) const;
    QRect cellRect(int truth, int predicted) const;

    QSize minimumSizeHint() const override { return {240, 240}; }
    QSize sizeHint() const override { return {520, 480}; }

Q_SIGNALS:
    void cellClicked(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect gridRect() const;
    double rowShare(int truth, int predicted) const;

    QStringList m_classes;
    QVector<QVector<int>> m_counts;
    bool m_normalised = false;
};

} // namespace picta

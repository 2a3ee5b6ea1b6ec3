#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// Precision, recall and F1 of one class.
struct ClassMetrics {
    QString name;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int support = 0; ///< images whose true class this is
};

/// Counts of (true class, predicted class), and the metrics derived from them.
class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int classes = 0);

    void add(int truth, int predicted, int count = 1);
    int classCount() const { return int(m_counts.size()); }
    int at(int truth, int predicted) const { return m_counts[truth][predicted]; }
    int total() const;
    double accuracy() const;
    QVector<ClassMetrics> perClass(const QStringList& names) const;
    /// Off-diagonal cells, largest first: {truth, predicted, count}.
    QVector<std::array<int, 3>> mostConfused(int limit) const;

    /// Rows are true classes, columns predicted, with a header row of class names.
    QString toCsv(const QStringList& names) const;
    QJsonArray toJson() const;
    static ConfusionMatrix fromJson(const QJsonArray& rows);
    /// {"accuracy", "per_class": {name: {precision, recall, f1, support}}, "macro_f1"}
    QJsonObject metricsJson(const QStringList& names) const;

private:
    QVector<QVector<int>> m_counts;
};

} // namespace picta

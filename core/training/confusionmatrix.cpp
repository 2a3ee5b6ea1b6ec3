#include "confusionmatrix.h"

#include <algorithm>

namespace picta {

ConfusionMatrix::ConfusionMatrix(int classes)
    : m_counts(classes, QVector<int>(classes, 0))
{
}

void ConfusionMatrix::add(int truth, int predicted, int count)
{
    if (truth >= 0 && truth < classCount() && predicted >= 0 && predicted < classCount())
        m_counts[truth][predicted] += count;
}

int ConfusionMatrix::total() const
{
    int sum = 0;
    for (const auto& row : m_counts)
        for (int v : row)
            sum += v;
    return sum;
}

double ConfusionMatrix::accuracy() const
{
    int correct = 0;
    for (int i = 0; i < classCount(); ++i)
        correct += m_counts[i][i];
    const int n = total();
    return n > 0 ? double(correct) / n : 0.0;
}

QVector<ClassMetrics> ConfusionMatrix::perClass(const QStringList& names) const
{
    QVector<ClassMetrics> metrics;
    for (int c = 0; c < classCount(); ++c) {
        int predicted = 0, actual = 0;
        for (int k = 0; k < classCount(); ++k) {
            predicted += m_counts[k][c];
            actual += m_counts[c][k];
        }
        ClassMetrics m;
        m.name = names.value(c);
        m.support = actual;
        m.precision = predicted > 0 ? double(m_counts[c][c]) / predicted : 0.0;
        m.recall = actual > 0 ? double(m_counts[c][c]) / actual : 0.0;
        m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0.0;
        metrics.push_back(m);
    }
    return metrics;
}

QVector<std::array<int, 3>> ConfusionMatrix::mostConfused(int limit) const
{
    QVector<std::array<int, 3>> cells;
    for (int t = 0; t < classCount(); ++t)
        for (int p = 0; p < classCount(); ++p)
            if (t != p && m_counts[t][p] > 0)
                cells.push_back({t, p, m_counts[t][p]});
    std::stable_sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) { return a[2] > b[2]; });
    if (cells.size() > limit)
        cells.resize(limit);
    return cells;
}

QString ConfusionMatrix::toCsv(const QStringList& names) const
{
    auto quote = [](QString s) { return '"' + s.replace('"', QStringLiteral("\"\"")) + '"'; };
    QStringList header{QStringLiteral("true\\predicted")};
    for (int c = 0; c < classCount(); ++c)
        header << quote(names.value(c));
    QString csv = header.join(',') + '\n';
    for (int t = 0; t < classCount(); ++t) {
        QStringList row{quote(names.value(t))};
        for (int v : m_counts[t])
            row << QString::number(v);
        csv += row.join(',') + '\n';
    }
    return csv;
}

QJsonArray ConfusionMatrix::toJson() const
{
    QJsonArray rows;
    for (const auto& row : m_counts) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        rows.append(r);
    }
    return rows;
}

ConfusionMatrix ConfusionMatrix::fromJson(const QJsonArray& rows)
{
    ConfusionMatrix m(int(rows.size()));
    for (int t = 0; t < rows.size(); ++t) {
        const QJsonArray row = rows[t].toArray();
        for (int p = 0; p < std::min<int>(row.size(), m.classCount()); ++p)
            m.m_counts[t][p] = row[p].toInt();
    }
    return m;
}

QJsonObject ConfusionMatrix::metricsJson(const QStringList& names) const
{
    QJsonObject perClassJson;
    double f1Sum = 0;
    const QVector<ClassMetrics> metrics = perClass(names);
    for (const ClassMetrics& m : metrics) {
        perClassJson[m.name] = QJsonObject{{"precision", m.precision}, {"recall", m.recall}, {"f1", m.f1}, {"support", m.support}};
        f1Sum += m.f1;
    }
    return QJsonObject{
        {"accuracy", accuracy()}, {"per_class", perClassJson}, {"macro_f1", metrics.isEmpty() ? 0.0 : f1Sum / metrics.size()}};
}

} // namespace picta

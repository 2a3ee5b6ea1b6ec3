#pragma once

#include <QTableWidget>

namespace picta {

class ConfusionMatrix;

/// The Evaluate tab's per-class table: precision, recall, F1 and support of each class.
class ClassMetricsTable : public QTableWidget {
    Q_OBJECT

public:
    explicit ClassMetricsTable(QWidget* parent = nullptr);
    void showMetrics(const ConfusionMatrix& confusion, const QStringList& classes);
};

} // namespace picta

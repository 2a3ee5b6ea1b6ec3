#include "evaluate/classmetricstable.h"

#include "training/confusionmatrix.h"

#include <QHeaderView>
#include <QLocale>

namespace picta {

ClassMetricsTable::ClassMetricsTable(QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support")});
    // The numbers' columns as wide as their titles (German "Trefferquote" was cut off when all
    // five shared the width); the class column takes the rest.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ClassMetricsTable::showMetrics(const ConfusionMatrix& confusion, const QStringList& classes)
{
    const QVector<ClassMetrics> metrics = confusion.perClass(classes);
    setRowCount(int(metrics.size()));
    for (int r = 0; r < metrics.size(); ++r) {
        const ClassMetrics& m = metrics[r];
        const QStringList cells{m.name, QLocale().toString(m.precision, 'f', 3), QLocale().toString(m.recall, 'f', 3),
                                QLocale().toString(m.f1, 'f', 3), QString::number(m.support)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, item);
        }
    }
}

} // namespace picta

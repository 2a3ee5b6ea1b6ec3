#include "dataset/quarantinedialog.h"

#include "cleaning/quarantine.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace picta {

QuarantineDialog::QuarantineDialog(const QString& projectRoot, QWidget* parent)
    : QDialog(parent)
    , m_root(projectRoot)
{
    setWindowTitle(tr("Quarantine"));
    resize(760, 420);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Original file"), tr("Reason"), tr("Removed")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* restore = buttons->addButton(tr("&Restore selected"), QDialogButtonBox::ActionRole);
    QPushButton* empty = buttons->addButton(tr("&Empty quarantine…"), QDialogButtonBox::DestructiveRole);
    connect(restore, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
            rows << i.row();
        restoreRows(rows);
    });
    connect(empty, &QPushButton::clicked, this, &QuarantineDialog::emptyQuarantine);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void QuarantineDialog::reload()
{
    const QVector<QuarantineItem> items = Quarantine(m_root).items();
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        auto* original = new QTableWidgetItem(items[r].originalPath);
        original->setData(Qt::UserRole, items[r].id);
        m_table->setItem(r, 0, original);
        m_table->setItem(r, 1, new QTableWidgetItem(items[r].reason));
        m_table->setItem(r, 2, new QTableWidgetItem(QLocale().toString(items[r].when.toLocalTime(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnToContents(0);
}

void QuarantineDialog::restoreRows(const QList<int>& rows)
{
    Quarantine quarantine(m_root);
    QStringList errors;
    for (int r : std::set<int>(rows.begin(), rows.end())) {
        const auto restored = quarantine.restore(m_table->item(r, 0)->data(Qt::UserRole).toString());
        if (restored)
            m_changed = true;
        else
            errors << restored.error();
    }
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Restore"), errors.join('\n'));
    reload();
}

void QuarantineDialog::emptyQuarantine()
{
    const int n = m_table->rowCount();
    if (n == 0)
        return;
    if (QMessageBox::question(this, tr("Empty quarantine"),
                              tr("Delete the %n quarantined file(s) for good? This cannot be undone.", nullptr, n))
        != QMessageBox::Yes)
        return;
    if (const Status emptied = Quarantine(m_root).empty(); !emptied)
        QMessageBox::warning(this, tr("Empty quarantine"), emptied.error());
    m_changed = true;
    reload();
}

} // namespace picta

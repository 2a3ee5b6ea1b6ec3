#pragma once

#include <QDialog>

class QTableWidget;

namespace picta {

/// Lists the project's quarantine (original path, reason, date): restore any items, or empty the
/// quarantine for good after a confirmation.
class QuarantineDialog : public QDialog {
    Q_OBJECT

public:
    QuarantineDialog(const QString& projectRoot, QWidget* parent = nullptr);
    /// Whether anything was restored or deleted.
    bool changed() const { return m_changed; }
    /// Restores the items in these table rows (for the button and for tests).
    void restoreRows(const QList<int>& rows);

private:
    void reload();
    void emptyQuarantine();

    QString m_root;
    QTableWidget* m_table;
    bool m_changed = false;
};

} // namespace picta

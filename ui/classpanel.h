#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QUndoStack;

namespace picta {

class ClassSidebar;
class DatasetModel;

/// The Dataset tab's left side: the class list with counts (a filter and a drop target), the
/// Add / Rename / Merge buttons, whose changes go on the tab's undo stack, and the class-balance
/// chart.
class ClassPanel : public QWidget {
    Q_OBJECT

public:
    ClassPanel(DatasetModel* model, QUndoStack* undo, QWidget* parent = nullptr);

    /// The class names and images per class (one more entry, last: unlabelled).
    void setCounts(const QStringList& classes, const QVector<int>& counts);
    ClassSidebar* sidebar() const { return m_sidebar; }
    /// The last of the panel's widgets in tab order, for the tab to continue from.
    QWidget* lastInTabOrder() const { return m_lastInTabOrder; }

    void addClass();
    void renameClass();
    void mergeClass();

Q_SIGNALS:
    void problem(const QString& message);

private:
    void drawBalance(const QStringList& classes, const QVector<int>& counts);

    DatasetModel* m_model;
    QUndoStack* m_undo;
    ClassSidebar* m_sidebar = nullptr;
    QCustomPlot* m_balance = nullptr;
    QWidget* m_lastInTabOrder = nullptr;
};

} // namespace picta

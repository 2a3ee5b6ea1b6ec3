#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace picta {

class ClassSidebar;
class ProjectDocument;

/// The Dataset tab's left side: the class list with counts (a filter and a drop target), the
/// Add / Rename / Merge buttons, whose changes go through the document (undoable), and the class-balance
/// chart.
class ClassPanel : public QWidget {
    Q_OBJECT

public:
    explicit ClassPanel(ProjectDocument* document, QWidget* parent = nullptr);

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

    ProjectDocument* m_document;
    ClassSidebar* m_sidebar = nullptr;
    QCustomPlot* m_balance = nullptr;
    QWidget* m_lastInTabOrder = nullptr;
};

} // namespace picta

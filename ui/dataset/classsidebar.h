#pragma once

#include <QListWidget>

namespace picta {

/// The Dataset tab's class list: "All", each class with its number key and count, "Unlabelled".
/// Images dragged from the grid and dropped on a class get that class.
class ClassSidebar : public QListWidget {
    Q_OBJECT

public:
    explicit ClassSidebar(QWidget* parent = nullptr);
    /// `counts`: per class, then unlabelled.
    void setClasses(const QStringList& classes, const QVector<int>& counts);
    /// The filter value of the current row (DatasetFilter::kAllClasses, kUnlabelled or a class).
    int currentFilter() const;
    void selectFilter(int filter);

Q_SIGNALS:
    void filterChanged(int filter);
    void imagesDropped(const QStringList& paths, int classIndex);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace picta

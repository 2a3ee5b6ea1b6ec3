#include "dataset/classsidebar.h"

#include "dataset/datasetfilter.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QUrl>

namespace picta {

ClassSidebar::ClassSidebar(QWidget* parent)
    : QListWidget(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    connect(this, &QListWidget::currentRowChanged, this, [this] { Q_EMIT filterChanged(currentFilter()); });
}

void ClassSidebar::setClasses(const QStringList& classes, const QVector<int>& counts)
{
    const int filter = currentFilter();
    const QSignalBlocker block(this);
    clear();
    int total = 0;
    for (int c : counts)
        total += c;
    auto add = [this](const QString& text, int value) {
        auto* item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, value);
    };
    add(tr("All images (%1)").arg(total), DatasetFilter::kAllClasses);
    for (int c = 0; c < classes.size(); ++c)
        add(c < 9 ? tr("%1  %2 (%3)").arg(c + 1).arg(classes[c]).arg(counts.value(c))
                  : tr("    %1 (%2)").arg(classes[c]).arg(counts.value(c)),
            c);
    add(tr("0  Unlabelled (%1)").arg(counts.value(classes.size())), DatasetFilter::kUnlabelled);
    selectFilter(filter);
}

int ClassSidebar::currentFilter() const
{
    const QListWidgetItem* item = currentItem();
    return item ? item->data(Qt::UserRole).toInt() : DatasetFilter::kAllClasses;
}

void ClassSidebar::selectFilter(int filter)
{
    for (int r = 0; r < count(); ++r)
        if (item(r)->data(Qt::UserRole).toInt() == filter) {
            setCurrentRow(r);
            return;
        }
    setCurrentRow(0);
}

void ClassSidebar::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->source())
        event->acceptProposedAction();
}

void ClassSidebar::dragMoveEvent(QDragMoveEvent* event)
{
    const QListWidgetItem* target = itemAt(event->position().toPoint());
    if (target && target->data(Qt::UserRole).toInt() != DatasetFilter::kAllClasses)
        event->acceptProposedAction();
    else
        event->ignore();
}

void ClassSidebar::dropEvent(QDropEvent* event)
{
    const QListWidgetItem* target = itemAt(event->position().toPoint());
    if (!target || target->data(Qt::UserRole).toInt() == DatasetFilter::kAllClasses)
        return;
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    event->setDropAction(Qt::CopyAction); // the grid must not remove the rows itself
    event->accept();
    Q_EMIT imagesDropped(paths, target->data(Qt::UserRole).toInt());
}

} // namespace picta

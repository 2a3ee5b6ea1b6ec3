#include "dataset/datasetfilter.h"

#include "document/datasetmodel.h"

namespace picta {

DatasetFilter::DatasetFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void DatasetFilter::setClassFilter(int classIndex)
{
    m_class = classIndex;
    invalidateRowsFilter();
}

void DatasetFilter::setNameFilter(const QString& text)
{
    m_name = text;
    invalidateRowsFilter();
}

bool DatasetFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_class != kAllClasses && index.data(DatasetModel::ClassRole).toInt() != m_class)
        return false;
    return m_name.isEmpty() || index.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive);
}

} // namespace picta

#pragma once

#include <QSortFilterProxyModel>

namespace picta {

/// What the Dataset grid shows: one class (or all, or the unlabelled), file names containing a
/// text, sorted by name, size or date.
class DatasetFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    static constexpr int kAllClasses = -2;
    static constexpr int kUnlabelled = -1;

    explicit DatasetFilter(QObject* parent = nullptr);
    void setClassFilter(int classIndex);
    int classFilter() const { return m_class; }
    void setNameFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_class = kAllClasses;
    QString m_name;
};

} // namespace picta

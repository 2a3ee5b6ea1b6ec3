#pragma once

#include "cleaning/duplicatefinder.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace picta {

class ThumbnailCache;

/// Searches a project for exact and near duplicates off the GUI thread and shows each group side
/// by side with resolution and file size. The best image of each group (largest resolution, then
/// largest file) is ticked to keep; accepting quarantines the unticked ones.
class DuplicatesDialog : public QDialog {
    Q_OBJECT

public:
    DuplicatesDialog(const QString& projectRoot, QWidget* parent = nullptr);
    ~DuplicatesDialog() override;

    QStringList pathsToQuarantine() const;
    QStringList reasons() const;
    const DuplicateReport& report() const { return m_report; }
    bool finished() const { return m_finished; }

private:
    void search();
    void onProgress(int phase, int done, int total);
    void onFinished(const DuplicateReport& report);

    QString m_root;
    std::shared_ptr<std::atomic_bool> m_cancel;
    DuplicateReport m_report;
    QElapsedTimer m_timer;
    QSpinBox* m_threshold;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTreeWidget* m_tree;
    QPushButton* m_quarantine;
    ThumbnailCache* m_thumbnails;
    QHash<QString, QTreeWidgetItem*> m_items; ///< the tree's image rows by path
    bool m_finished = false;
};

} // namespace picta

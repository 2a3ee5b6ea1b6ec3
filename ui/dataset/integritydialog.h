#pragma once

#include "cleaning/integritychecker.h"

#include <QDialog>
#include <QElapsedTimer>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace picta {

/// Checks every file of a project off the GUI thread (progress, ETA, cancel) and lists the
/// problems with their reasons; "Quarantine all" accepts the dialog with those files.
class IntegrityDialog : public QDialog {
    Q_OBJECT

public:
    IntegrityDialog(const QString& projectRoot, QWidget* parent = nullptr);
    ~IntegrityDialog() override;

    QStringList pathsToQuarantine() const;
    QStringList reasons() const;
    const QVector<IntegrityProblem>& problems() const { return m_problems; }
    /// True once the check has finished (for tests).
    bool finished() const { return m_finished; }

private:
    void onProgress(int done, int total);
    void onFinished(const QVector<IntegrityProblem>& problems);

    std::shared_ptr<std::atomic_bool> m_cancel;
    QVector<IntegrityProblem> m_problems;
    QElapsedTimer m_timer;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_quarantine;
    bool m_finished = false;
};

} // namespace picta

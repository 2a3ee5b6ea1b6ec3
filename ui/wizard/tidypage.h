#pragma once

#include "common/backgroundjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace picta {

class NewClassifierWizard;

/// Wizard step 3, "Tidy up": runs the integrity check and the duplicate search on every picture
/// as soon as the page shows (after the downloads still running), moves what they find to the
/// quarantine through the document (undoable; nothing is deleted) and says so in one sentence,
/// with *Review…* opening the quarantine.
class TidyPage : public QWizardPage {
    Q_OBJECT

public:
    explicit TidyPage(NewClassifierWizard* wizard);
    ~TidyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QString summary() const;
    bool isChecking() const { return m_job.isRunning(); }

Q_SIGNALS:
    void checked();

private:
    void start();
    struct Findings;
    void apply(const Findings& findings);

    NewClassifierWizard* m_wizard;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_review;
    JobHandle m_job;
    int m_generation = 0; ///< bumped per start and on Back: an older job's result is dropped
    QMetaObject::Connection m_waitForDownloads;
    bool m_done = false;
};

} // namespace picta

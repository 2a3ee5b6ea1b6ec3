#pragma once

#include <QJsonObject>
#include <QWizard>

namespace picta {

class ProjectDocument;
class TrainTab;
class ClassesPage;
class CollectPage;
class TidyPage;
class WizardTrainPage;
class TryPage;
class UsePage;

/// File ▸ New classifier…: the guided path from nothing to a tested classifier, in six pages
/// (what to tell apart, examples per class, tidy up, train, try it, use it elsewhere). It edits
/// the same ProjectDocument the tabs show, trains through the Train tab (so *Show me the details*
/// shows the same run), and keeps its progress in the project's picta.json ("wizard"), so that
/// reopening the project offers to continue where the user stopped.
class NewClassifierWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { Classes, Collect, Tidy, Train, Try, Use };

    NewClassifierWizard(ProjectDocument* document, TrainTab* trainTab, QWidget* parent = nullptr);
    ~NewClassifierWizard() override;

    /// Goes on with the open project's saved progress: the pages before are passed through (Back
    /// still reaches them), and the wizard opens on the page where the user stopped.
    void resume();
    /// The saved progress of the open project, or an empty object.
    static QJsonObject savedState(ProjectDocument* document);
    /// Whether the open project has a wizard left unfinished.
    static bool hasUnfinished(ProjectDocument* document);

    ProjectDocument* document() const { return m_document; }
    /// The project this wizard made or continues (empty before page 1's Next).
    QString projectDir() const;
    /// Downloads, a check, a plan or training still running: closing hides it until they end.
    bool isBusy() const;
    TrainTab* trainTab() const { return m_trainTab; }
    /// The model trained on the Train page (a run folder), or empty.
    QString runDir() const { return m_runDir; }
    void setRunDir(const QString& dir);
    /// Stores a value in the saved progress (with the current page).
    void remember(const QString& key, const QJsonValue& value);

    ClassesPage* classesPage() const { return m_classes; }
    CollectPage* collectPage() const { return m_collect; }
    TidyPage* tidyPage() const { return m_tidy; }
    WizardTrainPage* trainPage() const { return m_train; }
    TryPage* tryPage() const { return m_try; }
    UsePage* usePage() const { return m_use; }

Q_SIGNALS:
    /// *Show me the details*: the Train tab, with the run in progress.
    void showTrainTabRequested();
    /// *Open in Evaluate*.
    void evaluateRequested(const QString& runDir);

protected:
    void done(int result) override;

private:
    void saveProgress();

    ProjectDocument* m_document;
    TrainTab* m_trainTab;
    QString m_runDir;
    ClassesPage* m_classes;
    CollectPage* m_collect;
    TidyPage* m_tidy;
    WizardTrainPage* m_train;
    TryPage* m_try;
    UsePage* m_use;
    bool m_resuming = false;
};

} // namespace picta

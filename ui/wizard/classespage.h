#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace picta {

class NewClassifierWizard;

/// Wizard step 1, "What should it tell apart?": the project's name and folder (a default under the
/// user's documents) and its class names (two empty ones to start; add, remove, rename). Next
/// creates the project, or brings the open one's classes in line (renamed, added, and removed
/// when they hold no picture yet).
class ClassesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ClassesPage(NewClassifierWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// For tests and the keyboard: sets the name, folder and classes as a user would type them.
    void setProjectName(const QString& name);
    void setFolder(const QString& dir);
    void setClassNames(const QStringList& names);
    QStringList classNames() const;
    /// A new row; `edit` opens its editor at once (the Add button, Insert).
    QListWidgetItem* addClassRow(const QString& name = {}, bool edit = false);
    void removeCurrentClass();
    QString problem() const;

private:
    void chooseFolder();
    void showProblem(const QString& text);

    NewClassifierWizard* m_wizard;
    QLineEdit* m_name;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QListWidget* m_classes;
    QLabel* m_problem;
    bool m_folderEdited = false;
    QStringList m_removed; ///< classes of the open project the user removed from the list
};

} // namespace picta

#pragma once

#include "common/backgroundjob.h"
#include "project/project.h"

#include <QMainWindow>

#include <functional>

class QMenu;
class QStackedWidget;
class QTabWidget;

class QLabel;

namespace picta {

class DatasetTab;
class DrawTab;
class ProjectDocument;
class ScrapeTab;
class EvaluateTab;
class PredictTab;
class TrainTab;
class NewClassifierWizard;
class StartPage;

/// Assembles the tabs around one ProjectDocument (the open project every tab shares), and the File
/// and Edit menus; each tab owns its own controller and work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project folder (or a folder-per-class tree); shows a message and returns false when
    /// it cannot.
    bool openProject(const QString& dir);
    /// Opens the built-in demo, creating it in the background first when needed.
    void openDemo();
    /// Opens the sketch demo (shapes to draw), creating it first when needed.
    void openSketchDemo();
    /// What a start without arguments does: the last project, else the demo.
    void openStartupProject();
    /// File ▸ New classifier… (Ctrl+N): the guided wizard, for a new project.
    NewClassifierWizard* newClassifier();
    /// The wizard on the open project, where the user stopped (offered by the banner).
    NewClassifierWizard* continueWizard();
    NewClassifierWizard* wizard() const;
    StartPage* startPage() const { return m_startPage; }
    /// Whether the start page is shown (no project open yet).
    bool isShowingStartPage() const;
    /// Imports a folder, zip archive or URL list into the open project, in the background.
    void importImages(const QString& source);

    QString projectDir() const;
    ProjectDocument* document() const { return m_document; }
    DatasetTab* datasetTab() const { return m_dataset; }
    TrainTab* trainTab() const { return m_train; }
    PredictTab* predictTab() const { return m_predict; }
    DrawTab* drawTab() const { return m_draw; }
    EvaluateTab* evaluateTab() const { return m_evaluate; }
    ScrapeTab* scrapeTab() const { return m_scrape; }
    static QString demoDirectory();

Q_SIGNALS:
    void projectOpened(const QString& dir);

private:
    using DemoFactory = std::function<Expected<Project>(const QString&, const std::function<void(int, int)>&)>;
    /// Opens a built-in project in `dir`, making it in the background with `create` first if needed.
    void openBuiltIn(const QString& dir, const QString& message, const DemoFactory& create);
    void createMenus();
    void onDocumentOpened();
    NewClassifierWizard* showWizard(bool resume);
    void retireWizard(NewClassifierWizard* wizard);
    void newProjectFromFolder();
    void showPreferences();
    void chooseProject();
    void rememberProject(const QString& dir);
    void updateRecentMenu();
    void showError(const QString& message);

    ProjectDocument* m_document = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_readOnlyBanner = nullptr; ///< shown above the tabs for a project that cannot be written
    QWidget* m_continueBar = nullptr;   ///< "continue the wizard" for a project whose wizard was left unfinished
    QStackedWidget* m_stack = nullptr;  ///< the start page, or the tabs
    StartPage* m_startPage = nullptr;
    NewClassifierWizard* m_wizard = nullptr;
    DatasetTab* m_dataset = nullptr;
    TrainTab* m_train = nullptr;
    PredictTab* m_predict = nullptr;
    DrawTab* m_draw = nullptr;
    EvaluateTab* m_evaluate = nullptr;
    ScrapeTab* m_scrape = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_creatingDemo = false;
    JobHandle m_importJob;
};

} // namespace picta

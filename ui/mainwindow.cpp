#include "mainwindow.h"

#include "camera/videoimportdialog.h"
#include "common/aboutdialog.h"
#include "common/preferencesdialog.h"
#include "support/appsettings.h"

#include "data/fashionmnist.h"
#include "data/importer.h"
#include "predict/predicttab.h"
#include "project/project.h"
#include "document/projectdocument.h"
#include "dataset/datasettab.h"
#include "draw/drawtab.h"
#include "scrape/scrapetab.h"
#include "evaluate/evaluatetab.h"
#include "data/sketchdemo.h"
#include "train/traintab.h"
#include "train/trainingsettings.h"
#include "wizard/newclassifierwizard.h"
#include "wizard/startpage.h"
#include "wizard/usepage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QVBoxLayout>
#include <QLabel>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QProgressDialog>
#include <QTabWidget>
#include <QUndoStack>

namespace picta {

namespace {
constexpr int kMaxRecent = 8;
const char* kRecentKey = "recentProjects";
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Picta"));
    m_document = new ProjectDocument(this);
    m_tabs = new QTabWidget(this);
    m_scrape = new ScrapeTab(m_document, m_tabs);
    m_dataset = new DatasetTab(m_document, m_tabs);
    m_train = new TrainTab(m_document, m_tabs);
    m_predict = new PredictTab(m_document, m_tabs);
    m_draw = new DrawTab(m_document, m_tabs);
    m_evaluate = new EvaluateTab(m_document, m_tabs);
    m_tabs->addTab(m_scrape, tr("S&crape"));
    m_tabs->addTab(m_dataset, tr("&Dataset"));
    m_tabs->addTab(m_train, tr("&Train"));
    m_tabs->addTab(m_evaluate, tr("&Evaluate"));
    m_tabs->addTab(m_predict, tr("&Predict"));
    m_tabs->addTab(m_draw, tr("D&raw"));
    // A project on a read-only medium (or without write permission) opens for looking and
    // predicting; the banner says so before the first edit fails.
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border-bottom: 1px solid #ffe69c; }"));
    m_readOnlyBanner->hide();
    m_continueBar = new QWidget(this);
    m_continueBar->setObjectName(QStringLiteral("continueBar"));
    m_continueBar->setStyleSheet(QStringLiteral("#continueBar { background: #e7f1ff; border-bottom: 1px solid #b6d4fe; }"));
    auto* continueLabel = new QLabel(tr("You were building this classifier step by step."), m_continueBar);
    auto* continueButton = new QPushButton(tr("&Continue where I stopped"), m_continueBar);
    continueButton->setObjectName(QStringLiteral("continueWizard"));
    connect(continueButton, &QPushButton::clicked, this, &MainWindow::continueWizard);
    auto* continueLayout = new QHBoxLayout(m_continueBar);
    continueLayout->setContentsMargins(8, 4, 8, 4);
    continueLayout->addWidget(continueLabel, 1);
    continueLayout->addWidget(continueButton);
    m_continueBar->hide();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_continueBar);
    layout->addWidget(m_tabs);
    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::newClassifierRequested, this, &MainWindow::newClassifier);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::sketchDemoRequested, this, &MainWindow::openSketchDemo);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseProject);
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openProject);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(central);
    m_stack->setCurrentWidget(central);
    setCentralWidget(m_stack);
    createMenus();
    connect(m_document, &ProjectDocument::opened, this, &MainWindow::onDocumentOpened);
    connect(m_document, &ProjectDocument::loaded, this,
            [this] { m_continueBar->setVisible((!m_wizard || !m_wizard->isVisible()) && NewClassifierWizard::hasUnfinished(m_document)); });

    connect(m_train, &TrainTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    // The tabs share the document and follow its signals; only cross-tab hand-offs are wired here.
    connect(m_train, &TrainTab::runFinished, m_document, &ProjectDocument::refreshRuns);
    connect(m_train, &TrainTab::runFinished, m_predict, &PredictTab::setRun);
    connect(m_train, &TrainTab::runFinished, m_draw, &DrawTab::setRun);
    connect(m_train, &TrainTab::runFinished, m_evaluate, &EvaluateTab::setRun);
    connect(m_document, &ProjectDocument::problem, this, [this](const QString& m) { statusBar()->showMessage(m, 10000); });
    connect(m_train, &TrainTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_draw, &DrawTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_scrape, &ScrapeTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_predict, &PredictTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_dataset, &DatasetTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_evaluate, &EvaluateTab::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    statusBar()->showMessage(tr("Open a project or the demo from the File menu"));
    resize(1180, 760);
}

MainWindow::~MainWindow()
{
    // Wizards follow the Train tab's controller and this window's widgets: they go first.
    for (NewClassifierWizard* wizard : findChildren<NewClassifierWizard*>(QString(), Qt::FindDirectChildrenOnly)) {
        disconnect(wizard, nullptr, this, nullptr);
        delete wizard;
    }
}

QString MainWindow::projectDir() const
{
    return m_document->rootDir();
}

void MainWindow::importImages(const QString& source)
{
    if (!m_document->isOpen()) {
        showError(tr("Open or create a project first; images are imported into it."));
        return;
    }
    if (m_importJob.isRunning()) {
        showError(tr("An import is already running; wait for it or cancel it first."));
        return;
    }
    auto* progress = new QProgressDialog(tr("Importing %1…").arg(QDir::toNativeSeparators(source)), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    const QString root = m_document->rootDir();
    // Files land while the import runs: the document's watcher merges them into every tab as they
    // come, and a last rescan at the end catches what the watcher could not see.
    m_importJob = startJob(
        this, [root, source](const JobContext& job) { return Importer(root).import(source, job.progressCallback(), job.cancelFlag()); },
        [this, progress](const ImportReport& report) {
            progress->deleteLater();
            m_document->rescan();
            QString message = tr("%n image(s) imported", nullptr, report.imported);
            if (!report.classesAdded.isEmpty())
                message += tr("; new classes: %1").arg(report.classesAdded.join(QStringLiteral(", ")));
            statusBar()->showMessage(message, 10000);
            if (!report.skipped.isEmpty()) {
                QStringList lines;
                for (const ListingProblem& p : report.skipped.mid(0, 30))
                    lines << tr("%1: %2").arg(p.path, p.reason);
                if (report.skipped.size() > 30)
                    lines << tr("… and %n more", nullptr, int(report.skipped.size()) - 30);
                QMessageBox::warning(this, tr("Import"),
                                     message + tr(". %n file(s) skipped:", nullptr, int(report.skipped.size())) + QStringLiteral("\n\n")
                                         + lines.join(QLatin1Char('\n')));
            }
        },
        [progress](int done, int total) {
            progress->setMaximum(total);
            progress->setValue(done);
        });
    connect(progress, &QProgressDialog::canceled, this, [this] { m_importJob.cancel(); });
}

namespace {

// Where the project dialogs open: the projects folder of Preferences once it exists, else its parent.
QString startFolder()
{
    const QString root = AppSettings::projectsRoot();
    return QFileInfo(root).isDir() ? root : QFileInfo(root).absolutePath();
}

} // namespace

QString MainWindow::demoDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo"));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newClassifierAction = file->addAction(tr("&New classifier…"), this, &MainWindow::newClassifier);
    newClassifierAction->setShortcut(QKeySequence::New);
    newClassifierAction->setObjectName(QStringLiteral("newClassifier"));
    QAction* newProject = file->addAction(tr("New project from &folder…"), this, &MainWindow::newProjectFromFolder);
    newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &demo project"), this, &MainWindow::openDemo);
    file->addAction(tr("Open &sketch demo (shapes to draw)"), this, &MainWindow::openSketchDemo);
    m_recentMenu = file->addMenu(tr("&Recent projects"));
    file->addSeparator();
    QAction* importFolder = file->addAction(tr("&Import folder of images…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder (one subfolder per class, or loose images)"));
        if (!dir.isEmpty())
            importImages(dir);
    });
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import &zip archive or URL list…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a zip archive or a text file of image URLs"), QString(),
                                                          tr("Zip archives and URL lists (*.zip *.txt *.csv);;All files (*)"));
        if (!path.isEmpty())
            importImages(path);
    });
    file->addAction(tr("Import frames from &video…"), this, [this] {
        if (!m_document->isOpen()) {
            showError(tr("Open or create a project first; the frames are imported into it."));
            return;
        }
        auto* dialog = new VideoImportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction* camera = file->addAction(tr("Collect from ca&mera…"), this, [this] {
        m_tabs->setCurrentWidget(m_dataset);
        m_dataset->collectFromCamera();
    });
    camera->setObjectName(QStringLiteral("collectFromCamera"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    // Undo and redo of every tab's edits. The menu items carry no shortcut: Ctrl+Z is the Dataset
    // and Evaluate tabs' (same stack), and the Draw tab's for its strokes.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    QAction* redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    undo->setObjectName(QStringLiteral("undo"));
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Picta"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_train->settings()->reloadMirror(); // the Train tab's mirror field is the same setting
    if (!dialog.languageChanged())
        return;
    // Widgets built in one language stay in it: the new one shows from the next start, now if the user wants.
    const auto answer
        = QMessageBox::question(this, tr("Language"), tr("The new language shows when Picta starts again. Restart Picta now?"),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString project = m_document->rootDir();
    if (close()) // a running training or import may keep the window open: then nothing restarts
        QProcess::startDetached(QCoreApplication::applicationFilePath(), project.isEmpty() ? QStringList() : QStringList{project});
}

bool MainWindow::openProject(const QString& dir)
{
    if (m_importJob.isRunning()) {
        showError(tr("An import into %1 is running: cancel it before opening another project.")
                      .arg(QDir::toNativeSeparators(m_document->rootDir())));
        return false;
    }
    const Status opened = m_document->open(dir);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    return true;
}

void MainWindow::onDocumentOpened()
{
    const QString root = m_document->rootDir();
    if (root.isEmpty())
        return;
    m_stack->setCurrentIndex(1);
    const bool readOnly = m_document->isReadOnly();
    setWindowTitle(readOnly ? tr("%1 (read-only) — Picta").arg(m_document->name()) : tr("%1 — Picta").arg(m_document->name()));
    m_readOnlyBanner->setText(tr("This project is read-only (%1): you can look at it and try its models, but nothing can be "
                                 "added, changed or trained here. Copy the folder somewhere you can write to, to work on it.")
                                  .arg(QDir::toNativeSeparators(root)));
    m_readOnlyBanner->setVisible(readOnly);
    rememberProject(root);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(root)), 5000);
    m_continueBar->hide(); // until the listing is read (the loaded signal)
    Q_EMIT projectOpened(root);
}

void MainWindow::retireWizard(NewClassifierWizard* wizard)
{
    // Hidden, it finishes what it was doing (a download writes into its own project), then goes;
    // shown again meanwhile ("continue"), it stays.
    wizard->hide();
    auto* timer = new QTimer(wizard);
    connect(timer, &QTimer::timeout, wizard, [wizard] {
        if (!wizard->isVisible() && !wizard->isBusy())
            wizard->deleteLater();
    });
    timer->start(500);
}

NewClassifierWizard* MainWindow::newClassifier()
{
    return showWizard(false);
}

NewClassifierWizard* MainWindow::continueWizard()
{
    // The pages it passes through read the listing: wait for it.
    return m_document->isOpen() && !m_document->isLoading() ? showWizard(true) : nullptr;
}

NewClassifierWizard* MainWindow::wizard() const
{
    return m_wizard;
}

bool MainWindow::isShowingStartPage() const
{
    return m_stack->currentWidget() == m_startPage;
}

NewClassifierWizard* MainWindow::showWizard(bool resume)
{
    // One wizard at a time. A closed one stays while its work runs (downloads, planning, training),
    // and "continue" on its project shows it again as it was.
    if (m_wizard && (m_wizard->isVisible() || (resume && m_wizard->projectDir() == m_document->rootDir()))) {
        m_continueBar->hide();
        m_wizard->show();
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (m_wizard) {
        retireWizard(m_wizard);
        m_wizard = nullptr;
    }
    if (m_train->isTraining()) {
        showError(tr("A model is training: stop it first, or wait for it to finish."));
        return nullptr;
    }
    m_wizard = new NewClassifierWizard(m_document, m_train, this);
    NewClassifierWizard* created = m_wizard;
    connect(m_wizard, &QObject::destroyed, this, [this, created] {
        if (m_wizard == created)
            m_wizard = nullptr;
    });
    connect(m_wizard, &QDialog::finished, this, [this, created] {
        if (!created->isBusy())
            created->deleteLater();
        else
            retireWizard(created);
        m_continueBar->setVisible(m_document->isOpen() && NewClassifierWizard::hasUnfinished(m_document));
    });
    connect(m_wizard, &NewClassifierWizard::showTrainTabRequested, this, [this] {
        m_tabs->setCurrentWidget(m_train);
        raise();
        activateWindow();
    });
    connect(m_wizard, &NewClassifierWizard::evaluateRequested, this, [this](const QString& run) {
        m_evaluate->setRun(run);
        m_tabs->setCurrentWidget(m_evaluate);
        raise();
        activateWindow();
    });
    connect(m_wizard->usePage(), &UsePage::predictRequested, this, [this] {
        m_tabs->setCurrentWidget(m_predict);
        raise();
        activateWindow();
    });
    m_continueBar->hide();
    if (resume)
        m_wizard->resume();
    m_wizard->show();
    return m_wizard;
}

void MainWindow::openDemo()
{
    openBuiltIn(demoDirectory(), tr("Creating the demo project from Fashion-MNIST…"),
                [](const QString& dir, const std::function<void(int, int)>& progress) { return FashionMnist::createDemo(dir, progress); });
}

void MainWindow::openSketchDemo()
{
    const QString dir
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("sketch-demo"));
    openBuiltIn(dir, tr("Drawing the sketch demo…"), [](const QString& dir, const std::function<void(int, int)>& progress) {
        return SketchDemo::createProject(dir, 300, progress);
    });
}

void MainWindow::openBuiltIn(const QString& dir, const QString& message, const DemoFactory& create)
{
    if (QFileInfo::exists(QDir(dir).filePath(Project::fileName()))) {
        openProject(dir);
        return;
    }
    if (m_creatingDemo)
        return;
    m_creatingDemo = true;
    QDir(dir).removeRecursively(); // a half-made demo from an interrupted first start
    auto* progress = new QProgressBar(statusBar());
    progress->setMaximumWidth(240);
    statusBar()->addPermanentWidget(progress);
    statusBar()->showMessage(message);

    const QString openBefore = m_document->rootDir();
    startJob(
        this, [dir, create](const JobContext& job) { return create(dir, job.progressCallback()); },
        [this, progress, dir, openBefore](const Expected<Project>& created) {
            progress->deleteLater();
            m_creatingDemo = false;
            if (!created) {
                showError(tr("The demo project could not be created: %1").arg(created.error()));
                return;
            }
            if (m_document->rootDir() != openBefore) { // the user opened another project meanwhile: keep it
                statusBar()->showMessage(tr("The demo is ready: open it from the File menu"), 10000);
                return;
            }
            openProject(dir);
        },
        [progress](int done, int total) {
            progress->setRange(0, total);
            progress->setValue(done);
        });
}

void MainWindow::openStartupProject()
{
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& dir : recent)
        if (QFileInfo(dir).isDir() && openProject(dir))
            return;
    // The first start: the start page (new classifier, the demos, open), not an empty tab.
    m_startPage->setRecentProjects(recent);
    m_stack->setCurrentWidget(m_startPage);
    statusBar()->showMessage(tr("Start with a new classifier, or open a demo"));
}

void MainWindow::newProjectFromFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose a folder with one subfolder of images per class, or an empty folder"), startFolder());
    if (dir.isEmpty())
        return;
    if (QDir(dir).isEmpty()) {
        const auto created = Project::create(dir, QFileInfo(dir).fileName());
        if (!created) {
            showError(created.error());
            return;
        }
        openProject(dir);
        return;
    }
    auto project = Project::open(dir);
    if (!project) {
        showError(project.error());
        return;
    }
    if (const Status saved = project->save(); !saved) {
        showError(saved.error());
        return;
    }
    openProject(dir);
}

void MainWindow::chooseProject()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Picta project folder"), startFolder());
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::rememberProject(const QString& dir)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString dir = recent[i];
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(dir)), this,
                                                  [this, dir] { openProject(dir); });
        action->setEnabled(QFileInfo(dir).isDir());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_startPage->setRecentProjects(recent);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Picta"), message);
}

} // namespace picta

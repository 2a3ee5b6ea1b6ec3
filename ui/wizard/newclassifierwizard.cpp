#include "wizard/newclassifierwizard.h"

#include "document/projectdocument.h"
#include "wizard/classespage.h"
#include "wizard/collectpage.h"
#include "wizard/tidypage.h"
#include "wizard/trypage.h"
#include "wizard/usepage.h"
#include "wizard/wizardtrainpage.h"

#include "project/project.h"

#include <QDir>
#include <QFileInfo>

namespace picta {

namespace {
const QString kStateKey = QStringLiteral("wizard");
}

NewClassifierWizard::NewClassifierWizard(ProjectDocument* document, TrainTab* trainTab, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_trainTab(trainTab)
{
    setWindowTitle(tr("New classifier"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CancelButton, tr("Close (continue later)"));
    m_classes = new ClassesPage(this);
    m_collect = new CollectPage(this);
    m_tidy = new TidyPage(this);
    m_train = new WizardTrainPage(this);
    m_try = new TryPage(this);
    m_use = new UsePage(this);
    setPage(Classes, m_classes);
    setPage(Collect, m_collect);
    setPage(Tidy, m_tidy);
    setPage(Train, m_train);
    setPage(Try, m_try);
    setPage(Use, m_use);
    setStartId(Classes);
    resize(900, 680);
    connect(this, &QWizard::currentIdChanged, this, &NewClassifierWizard::saveProgress);
    // Another project opened in the window: this wizard's project is no longer the document's.
    connect(m_document, &ProjectDocument::opened, this, [this] {
        if (property("projectReady").toBool() && m_document->rootDir() != property("projectDir").toString())
            close();
    });
}

NewClassifierWizard::~NewClassifierWizard() = default;

QString NewClassifierWizard::projectDir() const
{
    return property("projectDir").toString();
}

bool NewClassifierWizard::isBusy() const
{
    return m_collect->isBusy() || m_tidy->isChecking() || m_train->isPlanning() || m_train->isTraining();
}

QJsonObject NewClassifierWizard::savedState(ProjectDocument* document)
{
    return document->isOpen() ? document->setting(kStateKey).toObject() : QJsonObject();
}

bool NewClassifierWizard::hasUnfinished(ProjectDocument* document)
{
    const QJsonObject state = savedState(document);
    return !state.isEmpty() && !state.value(QStringLiteral("finished")).toBool();
}

void NewClassifierWizard::resume()
{
    const QJsonObject state = savedState(m_document);
    setProperty("projectReady", true);
    setProperty("projectDir", m_document->rootDir());
    // picta.json travels between people: the run must be one of this project's.
    const QString run = state.value(QStringLiteral("run")).toString();
    const QString runDir = QDir::cleanPath(QDir(m_document->rootDir()).filePath(run));
    if (!run.isEmpty() && QFileInfo::exists(runDir + QStringLiteral("/model.json"))
        && Project::isInside(m_document->project().runsDir(), runDir))
        m_runDir = runDir;
    const int page = std::clamp(state.value(QStringLiteral("page")).toInt(), int(Classes), int(Use));
    m_resuming = true;
    restart();
    // Passing through the pages before (their work starts only on the page where the user stops).
    while (currentId() != -1 && currentId() < page && (currentId() < Train || !m_runDir.isEmpty())) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused (e.g. the classes were merged down to one meanwhile): stay there
    }
    m_resuming = false;
    saveProgress();
}

void NewClassifierWizard::setRunDir(const QString& dir)
{
    m_runDir = dir;
    remember(QStringLiteral("run"), QDir(m_document->rootDir()).relativeFilePath(dir));
}

void NewClassifierWizard::remember(const QString& key, const QJsonValue& value)
{
    if (!property("projectReady").toBool() || !m_document->isOpen() || m_document->rootDir() != property("projectDir").toString())
        return;
    QJsonObject state = savedState(m_document);
    state.insert(key, value);
    if (const Status saved = m_document->setSetting(kStateKey, state); !saved)
        m_document->reportProblem(saved.error());
}

void NewClassifierWizard::saveProgress()
{
    if (m_resuming)
        return;
    if (property("projectReady").toBool() && property("projectDir").toString().isEmpty())
        setProperty("projectDir", m_document->rootDir());
    if (currentId() >= 0)
        remember(QStringLiteral("page"), currentId());
}

void NewClassifierWizard::done(int result)
{
    if (result == QDialog::Accepted)
        remember(QStringLiteral("finished"), true);
    QWizard::done(result);
}

} // namespace picta

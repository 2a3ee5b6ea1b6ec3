#include "train/traintab.h"

#include "document/datasetmodel.h"
#include "document/projectdocument.h"
#include "train/augmentationgrid.h"
#include "train/lrfinderplot.h"
#include "train/projectsummary.h"
#include "training/runfolder.h"
#include "train/trainingsettings.h"
#include "train/trainingplots.h"
#include "training/trainingcontroller.h"
#include "training/trainingplanner.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTabWidget>

#include <cmath>

namespace picta {

namespace {

QString percent(double v)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 1) + '%' : QStringLiteral("–");
}

QString duration(double seconds)
{
    const int s = int(std::lround(std::max(0.0, seconds)));
    return s >= 3600
        ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainTab::TrainTab(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_document(document)
    , m_summaryTimer(new QTimer(this))
{
    buildUi();
    // The class table follows the document: images added, labelled or removed anywhere (or by
    // another program) show here within a moment.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(200);
    connect(m_summaryTimer, &QTimer::timeout, this, &TrainTab::refreshSummary);
    connect(m_document, &ProjectDocument::opened, this, &TrainTab::onOpened);
    auto later = [this] { m_summaryTimer->start(); };
    connect(m_document, &ProjectDocument::countsChanged, this, later);
    connect(m_document, &ProjectDocument::classesChanged, this, later);
    connect(m_document, &ProjectDocument::loaded, this, &TrainTab::refreshSummary);
    connect(m_document, &ProjectDocument::runsChanged, this, &TrainTab::refreshResumable);
    connect(m_controller, &TrainingController::preparing, this, &TrainTab::onPreparing);
    connect(m_controller, &TrainingController::downloading, this, &TrainTab::onDownloading);
    connect(m_controller, &TrainingController::started, this, &TrainTab::onStarted);
    connect(m_controller, &TrainingController::batchFinished, this, &TrainTab::onBatch);
    connect(m_controller, &TrainingController::epochFinished, this, &TrainTab::onEpoch);
    connect(m_controller, &TrainingController::finished, this, &TrainTab::onFinished);
    connect(m_controller, &TrainingController::failed, this, &TrainTab::onFailed);
    connect(m_controller, &TrainingController::warning, this, &TrainTab::statusMessage);
    connect(m_controller, &TrainingController::lrFinderPoint, this,
            [this](int, double lr, double loss) { m_lrFinder->addPoint(lr, loss); });
    connect(m_controller, &TrainingController::lrFinderFinished, this, &TrainTab::onLrFinderFinished);
    connect(m_controller, &TrainingController::lrFinderFailed, this, &TrainTab::onFailed);
    setRunning(false);
}

TrainTab::~TrainTab() = default;

void TrainTab::buildUi()
{
    m_projectLabel = new QLabel(this);
    m_projectLabel->setWordWrap(true);
    m_classTable = new QTableWidget(0, 3, this);
    m_classTable->setObjectName(QStringLiteral("classTable"));
    m_classTable->setHorizontalHeaderLabels({tr("Class"), tr("Training"), tr("Validation")});
    m_classTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classTable->verticalHeader()->hide();
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->setMinimumWidth(260);

    m_settings = new TrainingSettings(this);
    connect(m_settings, &TrainingSettings::findLearningRateRequested, this, &TrainTab::findLearningRate);

    m_start = new QPushButton(tr("&Start training"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setToolTip(tr("Train a new model on this project (Ctrl+Return)"));
    m_stop = new QPushButton(tr("St&op"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop after the current batch; the last finished epoch is kept (Esc)"));
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->hide(); // shown when the newest run was stopped before its last epoch
    m_recommend = new QPushButton(tr("&Recommended settings"), this);
    m_recommend->setObjectName(QStringLiteral("recommendButton"));
    m_recommend->setToolTip(tr("Let Picta choose the settings for these pictures (it tries learning rates first, a few seconds) "
                               "and say why"));
    connect(m_recommend, &QPushButton::clicked, this, &TrainTab::recommendSettings);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("planText"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_plan->setMargin(8);
    connect(m_start, &QPushButton::clicked, this, &TrainTab::startTraining);
    connect(m_resume, &QPushButton::clicked, this, &TrainTab::resumeTraining);
    connect(m_stop, &QPushButton::clicked, this, &TrainTab::stopTraining);
    auto* startShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    startShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(startShortcut, &QShortcut::activated, this, &TrainTab::startTraining);
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, this, &TrainTab::stopTraining);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status = new QLabel(tr("Ready"), this);
    m_status->setWordWrap(true);
    m_lastEpoch = new QLabel(this);
    m_lastEpoch->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_stop);

    auto* side = new QVBoxLayout;
    side->addWidget(m_projectLabel);
    side->addWidget(m_classTable, 1);
    side->addWidget(m_recommend);
    side->addWidget(m_settings);
    side->addLayout(buttons);
    side->addWidget(m_progress);
    side->addWidget(m_status);
    side->addWidget(m_lastEpoch);

    m_plots = new TrainingPlots(this);
    m_lrFinder = new LrFinderPlot(this);
    connect(m_lrFinder, &LrFinderPlot::useLearningRate, this, [this](double lr) {
        m_settings->setLearningRate(lr);
        m_views->setCurrentWidget(m_plots);
        Q_EMIT statusMessage(tr("Learning rate set to %1").arg(QLocale().toString(lr, 'g', 2)));
    });
    m_views = new QTabWidget(this);
    m_views->addTab(m_plots, tr("Progress"));
    m_views->addTab(m_lrFinder, tr("Learning-rate finder"));
    m_augmentation = new AugmentationGrid(this);
    m_views->addTab(m_augmentation, tr("Augmentation"));
    m_planIndex = m_views->addTab(m_plan, tr("Why these settings"));
    m_views->setTabVisible(m_planIndex, false);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(side, 0);
    layout->addWidget(m_views, 1);

    setTabOrder(m_classTable, m_recommend);
    setTabOrder(m_recommend, m_settings->firstField());
    setTabOrder(m_settings->lastField(), m_start);
    setTabOrder(m_start, m_resume);
    setTabOrder(m_resume, m_stop);
}

QString TrainTab::projectDir() const
{
    return m_document->rootDir();
}

void TrainTab::onOpened()
{
    m_augmentation->setProject(projectDir());
    m_planJob.cancel();
    m_plan->clear();
    m_views->setTabVisible(m_planIndex, false);
    refreshSummary();
    refreshResumable();
}

void TrainTab::refreshSummary()
{
    if (!m_document->isOpen())
        return;
    // From the document's listing, in memory: the table follows every change without a disk walk.
    const ProjectSummary s = ProjectSummary::fromListing(m_document->project(), m_document->model()->images());
    m_settings->setProjectImageSize(s.imageSize);
    m_classTable->setRowCount(int(s.classes.size()));
    for (int i = 0; i < s.classes.size(); ++i) {
        m_classTable->setItem(i, 0, new QTableWidgetItem(s.classes[i]));
        m_classTable->setItem(i, 1, new QTableWidgetItem(QString::number(s.train[i])));
        m_classTable->setItem(i, 2, new QTableWidgetItem(QString::number(s.validation[i])));
    }
    m_trainableImages = s.classes.size() >= 2 ? s.trainTotal() : 0;
    m_projectLabel->setText(m_document->isLoading() ? tr("Reading %1…").arg(QDir::toNativeSeparators(projectDir()))
                                                    : tr("<b>%1</b><br>%n class(es) · %3 training and %4 validation images · %5×%5 px",
                                                         nullptr, int(s.classes.size()))
                                                          .arg(s.name.toHtmlEscaped())
                                                          .arg(s.trainTotal())
                                                          .arg(s.validationTotal())
                                                          .arg(s.imageSize));
    setRunning(isTraining());
}

void TrainTab::refreshResumable()
{
    // Read off the GUI thread (it completes an interrupted commit first, under the run's lock),
    // and never while this tab trains: the run being started would find its lock taken.
    if (!m_document->isOpen() || isTraining())
        return;
    m_resumableJob.cancel();
    const QString runsDir = m_document->project().runsDir();
    const int generation = ++m_resumableGeneration;
    m_resumableJob = startJob(
        this, [runsDir](const JobContext&) { return RunFolder::newestResumable(runsDir); },
        [this, generation](const std::optional<RunFolder::ResumePoint>& point) {
            if (generation != m_resumableGeneration || isTraining())
                return; // a newer answer is on its way, or a run started meanwhile
            m_resumableRun = point ? point->runDir : QString();
            m_resumableConfig = point ? point->config : TrainingConfig();
            m_resume->setVisible(point.has_value());
            if (point)
                m_resume->setToolTip(tr("Go on with the stopped run %1 from epoch %2 of %3, with the settings it was started with")
                                         .arg(QFileInfo(point->runDir).fileName())
                                         .arg(point->epochsCompleted + 1)
                                         .arg(point->epochs));
            setRunning(isTraining());
        });
}

TrainingConfig TrainTab::config() const
{
    TrainingConfig config;
    config.projectDir = projectDir();
    return m_settings->apply(config);
}

bool TrainTab::isTraining() const
{
    return m_controller->isRunning();
}

void TrainTab::startTraining()
{
    if (isTraining() || projectDir().isEmpty())
        return;
    m_plots->clear();
    m_stepsBefore = 0;
    begin(config());
}

void TrainTab::resumeTraining()
{
    if (isTraining() || m_resumableRun.isEmpty())
        return;
    // The finished epochs are drawn again; their batches were not kept.
    m_plots->clear();
    for (const EpochStats& e : RunFolder::readHistory(m_resumableRun))
        m_plots->addEpoch(e);
    m_stepsBefore = -1;                       // known at the first batch: the finished epochs' batches
    m_settings->setConfig(m_resumableConfig); // the settings it goes on with, shown
    TrainingConfig config;
    config.resumeRunDir = m_resumableRun;
    begin(config);
}

void TrainTab::startWith(const TrainingConfig& config)
{
    if (isTraining() || projectDir().isEmpty())
        return;
    m_settings->setConfig(config);
    m_plots->clear();
    m_stepsBefore = 0;
    begin(config);
}

void TrainTab::recommendSettings()
{
    if (isTraining() || isPlanning() || projectDir().isEmpty())
        return;
    TrainingPlanner::Options options;
    options.zooBase = config().zooBase; // the mirror the user named, if any
    options.threads = config().threads;
    const QString dir = projectDir();
    m_recommend->setEnabled(false);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Looking at the pictures and trying learning rates…"));
    m_planJob = startJob(
        this,
        [dir, options](const JobContext& job) {
            return TrainingPlanner::make(dir, options, job.cancelFlag(),
                                         [&job](const QString&, int done, int total) { job.setProgress(done, total); });
        },
        [this, dir](const Expected<TrainingPlan>& plan) {
            m_recommend->setEnabled(!isTraining());
            if (dir != projectDir() || isTraining())
                return; // another project was opened, or training started (its progress shows), meanwhile
            m_progress->setRange(0, 1);
            m_progress->setValue(plan ? 1 : 0);
            if (!plan) {
                m_status->setText(tr("No recommendation: %1").arg(plan.error()));
                return;
            }
            m_settings->setConfig(plan->config);
            QStringList lines;
            for (const PlanReason& r : plan->reasons)
                lines << QStringLiteral("• ") + r.text;
            m_plan->setText(lines.join(QStringLiteral("\n\n")));
            m_views->setTabVisible(m_planIndex, true);
            m_views->setCurrentIndex(m_planIndex);
            m_status->setText(tr("Settings recommended for these pictures; press Start training."));
        },
        [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
}

QString TrainTab::planText() const
{
    return m_plan->text();
}

void TrainTab::begin(const TrainingConfig& config)
{
    m_planJob.cancel();         // a recommendation still being worked out would overwrite these settings
    m_progress->setRange(0, 0); // busy until the first report
    m_status->setText(tr("Starting…"));
    m_lastEpoch->clear();
    m_clock.start();
    m_views->setCurrentWidget(m_plots);
    m_controller->start(config);
    setRunning(true);
}

void TrainTab::findLearningRate()
{
    if (isTraining() || projectDir().isEmpty())
        return;
    m_lrFinder->clear();
    m_lrFinder->setMessage(tr("Trying learning rates…"));
    m_views->setCurrentWidget(m_lrFinder);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Finding a learning rate…"));
    m_controller->findLearningRate(config());
    setRunning(true);
}

void TrainTab::onLrFinderFinished(const LrFinderResult& result)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (result.cancelled) {
        m_status->setText(tr("Learning-rate finder stopped."));
        m_lrFinder->setMessage(tr("Stopped."));
        return;
    }
    m_lrFinder->setResult(result);
    m_status->setText(tr("Suggested learning rate: %1").arg(QLocale().toString(result.suggestion, 'g', 2)));
}

void TrainTab::stopTraining()
{
    if (!isTraining())
        return;
    m_status->setText(tr("Stopping after the current batch…"));
    m_controller->cancel();
}

void TrainTab::setRunning(bool running)
{
    m_start->setEnabled(!running && m_trainableImages > 0);
    m_resume->setEnabled(!running && !m_resumableRun.isEmpty());
    m_stop->setEnabled(running);
    m_recommend->setEnabled(!running && !isPlanning());
    m_settings->setEditable(!running);
}

void TrainTab::onPreparing(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_status->setText(tr("Reading images: %1 of %2").arg(done).arg(total));
}

void TrainTab::onDownloading(qint64 received, qint64 total)
{
    // Kilobytes fit a progress bar's int for any backbone.
    m_progress->setRange(0, total > 0 ? int(total >> 10) : 0);
    m_progress->setValue(int(received >> 10));
    m_status->setText(total > 0 ? tr("Downloading pretrained weights: %1 of %2 MB")
                                      .arg(QLocale().toString(received / 1e6, 'f', 1))
                                      .arg(QLocale().toString(total / 1e6, 'f', 1))
                                : tr("Downloading pretrained weights: %1 MB").arg(QLocale().toString(received / 1e6, 'f', 1)));
}

void TrainTab::onStarted(const QString& runDir, const QString& device, int trainImages, int valImages)
{
    m_status->setText(tr("Training on %1 with %2 training and %n validation image(s)", nullptr, valImages).arg(device).arg(trainImages));
    m_clock.restart(); // the ETA counts training time only
    m_eta.restart(0, m_stepsBefore);
    Q_EMIT statusMessage(tr("Training into %1").arg(QDir::toNativeSeparators(runDir)));
}

void TrainTab::onBatch(const BatchStats& stats)
{
    m_plots->addBatch(stats);
    m_progress->setRange(0, int(stats.totalSteps));
    m_progress->setValue(int(stats.step));
    const double remaining = m_eta.update(stats, m_clock.elapsed() / 1000.0);
    QString text = tr("Epoch %1 of %2 · batch %3 of %4 · loss %5")
                       .arg(stats.epoch)
                       .arg((stats.totalSteps + stats.batchesPerEpoch - 1) / std::max(1, stats.batchesPerEpoch))
                       .arg(stats.batch)
                       .arg(stats.batchesPerEpoch)
                       .arg(QLocale().toString(stats.loss, 'f', 3));
    // No ETA while frozen epochs run on cached features (their pace says nothing of the rest),
    // nor for the first batch of another kind of step.
    if (remaining >= 0)
        text = tr("%1 · ETA %2").arg(text, duration(remaining));
    m_status->setText(text);
}

void TrainTab::onEpoch(const EpochStats& stats)
{
    m_plots->addEpoch(stats);
    m_lastEpoch->setText(tr("After epoch %1: training accuracy %2, validation accuracy %3 (%4 images/s)")
                             .arg(stats.epoch)
                             .arg(percent(stats.trainAccuracy), percent(stats.valAccuracy))
                             .arg(QLocale().toString(stats.imagesPerSecond, 'f', 0)));
}

void TrainTab::onFinished(const TrainingResult& result)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(result.cancelled ? 0 : 1);
    if (result.cancelled)
        m_status->setText(result.epochsCompleted > 0 ? tr("Stopped. The model after epoch %1 is kept (validation accuracy %2).")
                                                           .arg(result.best.epoch)
                                                           .arg(percent(result.best.valAccuracy))
                                                     : tr("Stopped before the first epoch ended."));
    else
        m_status->setText(tr("Done in %1: validation accuracy %2. Try it on the Predict tab.")
                              .arg(duration(result.seconds), percent(result.best.valAccuracy)));
    if (!result.skipped.isEmpty())
        Q_EMIT statusMessage(tr("%n image(s) could not be read and were skipped", nullptr, int(result.skipped.size())));
    if (!result.runDir.isEmpty())
        Q_EMIT runFinished(result.runDir);
    refreshResumable(); // a stopped run can be resumed, a finished one no longer
}

void TrainTab::onFailed(const QString& message)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(message);
    Q_EMIT statusMessage(message);
    refreshResumable();
}

} // namespace picta

#include "evaluate/evaluatetab.h"

#include "common/confusionheatmap.h"
#include "common/exportbutton.h"
#include "evaluate/classmetricstable.h"
#include "evaluate/evaluationsummary.h"
#include "evaluate/learningcurves.h"
#include "common/thumbnailcache.h"

#include "document/datasetmodel.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace picta {

namespace {

constexpr int kTopLosses = 60;

} // namespace

EvaluateTab::EvaluateTab(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_thumbnails(new ThumbnailCache(this))
{
    buildUi();
    // Relabels and quarantines made here are undone here too (the same stack as the Dataset tab's).
    auto* undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    auto* redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    addActions({undo, redo});
    connect(m_document, &ProjectDocument::opened, this, &EvaluateTab::onOpened);
    connect(m_document, &ProjectDocument::classesChanged, this, [this] { showImages(m_cellTruth, m_cellPredicted); });
    connect(m_document, &ProjectDocument::runsChanged, this, [this](const QStringList& runs) {
        const QString current = m_runDir;
        m_runs->clear();
        for (const QString& run : runs)
            m_runs->addItem(QFileInfo(run).fileName(), run);
        if (runs.contains(current))
            m_runs->setCurrentIndex(m_runs->findData(current));
        else if (!runs.isEmpty())
            setRun(runs.first());
    });
    // Images relabelled here or on another tab keep their place in the list under their new path.
    // Images relabelled or quarantined here or on another tab (and their undo) keep their place in
    // the list under their new path, with a note saying what was decided.
    connect(m_document, &ProjectDocument::imagesRelabelled, this, &EvaluateTab::onRelabelled);
    connect(m_document, &ProjectDocument::imagesRemoved, this, [this](const QStringList& paths) {
        for (const QString& path : paths)
            setDecision(path, tr("removed")); // quarantined here or elsewhere, or deleted by another program
    });
    connect(m_document, &ProjectDocument::imagesAdded, this, [this](const QStringList& paths) {
        for (const QString& path : paths)
            if (m_decisions.value(path) == tr("removed"))
                setDecision(path, QString()); // restored: undone
    });
    if (m_document->isOpen())
        onOpened();
    // Thumbnails come from the shared cache, decoded off the GUI thread.
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString& path) {
        if (QListWidgetItem* item = m_items.value(path))
            item->setIcon(m_thumbnails->thumbnail(path));
    });
}

void EvaluateTab::buildUi()
{
    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("runs"));
    connect(m_runs, &QComboBox::activated, this, [this] { setRun(m_runs->currentData().toString()); });
    m_normalised = new QCheckBox(tr("Show &shares of each true class"), this);
    m_normalised->setToolTip(tr("Row-normalised: each row sums to 100 %"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setToolTip(tr("Stop evaluating (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job.cancel();
        m_summary->setText(tr("Evaluation stopped."));
    });
    m_summary = new EvaluationSummary(this);
    m_split = new QComboBox(this);
    m_split->addItem(tr("validation images"));
    m_split->addItem(tr("training images"));
    connect(m_split, &QComboBox::activated, this, [this] { evaluate(); });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Run:"), this));
    top->addWidget(m_runs);
    top->addWidget(new QLabel(tr("on"), this));
    top->addWidget(m_split);
    top->addWidget(m_normalised);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addStretch(1);
    m_export = new ExportButton(this);
    connect(m_export, &ExportButton::statusMessage, this, &EvaluateTab::statusMessage);
    top->addWidget(m_export);

    m_heatmap = new ConfusionHeatmap(this);
    m_heatmap->setObjectName(QStringLiteral("heatmap"));
    connect(m_normalised, &QCheckBox::toggled, m_heatmap, &ConfusionHeatmap::setNormalised);
    connect(m_heatmap, &ConfusionHeatmap::cellClicked, this, &EvaluateTab::showImages);

    m_metrics = new ClassMetricsTable(this);
    m_curves = new LearningCurves(this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_metrics, 1);
    rightLayout->addWidget(m_curves, 1);

    auto* upper = new QSplitter(this);
    upper->addWidget(m_heatmap);
    upper->addWidget(right);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);

    m_lossesTitle = new QLabel(this);
    m_lossesTitle->setWordWrap(true);
    m_order = new QComboBox(this);
    m_order->addItem(tr("Most wrong first (top losses)"));
    m_order->addItem(tr("Least sure first"));
    connect(m_order, &QComboBox::activated, this, [this] { showImages(m_cellTruth, m_cellPredicted); });
    m_classFilter = new QComboBox(this);
    m_classFilter->addItem(tr("All classes"), -1);
    connect(m_classFilter, &QComboBox::activated, this, [this] { showImages(-1, -1); });
    auto* listBar = new QHBoxLayout;
    listBar->addWidget(m_order);
    listBar->addWidget(m_classFilter);
    listBar->addWidget(m_lossesTitle, 1);
    m_losses = new QListWidget(this);
    m_losses->setObjectName(QStringLiteral("losses"));
    m_losses->setViewMode(QListView::IconMode);
    m_losses->setIconSize(QSize(80, 80));
    m_losses->setGridSize(QSize(150, 130));
    m_losses->setResizeMode(QListView::Adjust);
    m_losses->setMovement(QListView::Static);
    m_losses->setWordWrap(true);
    m_losses->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_losses->installEventFilter(this);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(listBar);
    lowerLayout->addWidget(m_losses);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setTabOrder(m_runs, m_split);
    setTabOrder(m_split, m_normalised);
    setTabOrder(m_normalised, m_metrics);
    setTabOrder(m_metrics, m_order);
    setTabOrder(m_order, m_classFilter);
    setTabOrder(m_classFilter, m_losses);
}

void EvaluateTab::onOpened()
{
    m_job.cancel();
    m_thumbnails->setCacheDir(QDir(m_document->rootDir()).filePath(QStringLiteral(".cache/thumbnails")));
    const QStringList runs = m_document->runs();
    m_runs->clear();
    for (const QString& run : runs)
        m_runs->addItem(QFileInfo(run).fileName(), run);
    m_runDir.clear();
    m_evaluation = RunEvaluation();
    m_heatmap->setMatrix({}, {});
    m_losses->clear();
    m_items.clear();
    if (runs.isEmpty())
        m_summary->setText(tr("No run yet: train a model on the Train tab first."));
    else
        setRun(runs.first());
}

void EvaluateTab::setRun(const QString& runDir)
{
    if (runDir.isEmpty())
        return;
    if (m_runs->findData(runDir) < 0)
        m_runs->insertItem(0, QFileInfo(runDir).fileName(), runDir);
    m_runs->setCurrentIndex(m_runs->findData(runDir));
    m_runDir = runDir;
    m_export->setRun(runDir);
    m_decisions.clear();
    m_curves->showRun(runDir);
    evaluate();
}

void EvaluateTab::setTrainingSplit(bool training)
{
    m_split->setCurrentIndex(training ? 1 : 0);
    evaluate();
}

void EvaluateTab::setLeastSureFirst(bool leastSure)
{
    m_order->setCurrentIndex(leastSure ? 1 : 0);
    showImages(m_cellTruth, m_cellPredicted);
}

void EvaluateTab::evaluate()
{
    if (m_runDir.isEmpty())
        return;
    const QString runDir = m_runDir;
    const bool training = m_split->currentIndex() == 1;
    m_summary->setText(tr("Evaluating %1 on the %2…").arg(QFileInfo(runDir).fileName(), m_split->currentText()));
    m_progress->setRange(0, 0);
    m_progress->show();
    const int generation = ++m_generation;
    m_job.cancel(); // the previous evaluation's result would be dropped anyway
    m_cancel->show();
    const QString project = m_document->rootDir();
    m_job = startJob(
        this,
        [runDir, project, training](const JobContext& job) {
            return RunEvaluator::evaluate(runDir, project, job.progressCallback(), job.cancelFlag(), training);
        },
        [this, generation](const Expected<RunEvaluation>& result) {
            if (generation != m_generation)
                return;
            m_progress->hide();
            m_cancel->hide();
            if (m_job.isCancelled())
                return;
            if (!result) {
                m_summary->setText(result.error());
                return;
            }
            onEvaluated(*result);
        },
        [this, generation](int done, int total) {
            if (generation != m_generation)
                return;
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
}

void EvaluateTab::onEvaluated(const RunEvaluation& evaluation)
{
    m_evaluation = evaluation;
    const int n = int(evaluation.classes.size());
    QVector<QVector<int>> counts(n, QVector<int>(n, 0));
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p)
            counts[t][p] = evaluation.confusion.at(t, p);
    m_heatmap->setMatrix(evaluation.classes, counts);

    m_metrics->showMetrics(evaluation.confusion, evaluation.classes);
    m_summary->showEvaluation(evaluation);
    const int filter = m_classFilter->currentData().toInt();
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), -1);
    for (int c = 0; c < evaluation.classes.size(); ++c)
        m_classFilter->addItem(tr("Labelled %1").arg(evaluation.classes[c]), c);
    m_classFilter->setCurrentIndex(std::max(0, m_classFilter->findData(filter)));
    showImages(-1, -1);
    Q_EMIT evaluated();
}

void EvaluateTab::showImages(int truth, int predicted)
{
    m_cellTruth = truth;
    m_cellPredicted = predicted;
    m_items.clear();
    m_losses->clear();
    QVector<ImageOutcome> outcomes = m_evaluation.outcomes; // by loss, highest first
    const bool leastSure = m_order->currentIndex() == 1;
    if (leastSure)
        std::stable_sort(outcomes.begin(), outcomes.end(),
                         [](const ImageOutcome& a, const ImageOutcome& b) { return a.confidence < b.confidence; });
    const int classFilter = m_classFilter->currentData().toInt();
    int shown = 0;
    for (const ImageOutcome& o : std::as_const(outcomes)) {
        if (truth >= 0 && (o.truth != truth || o.predicted != predicted))
            continue;
        if (truth < 0 && classFilter >= 0 && o.truth != classFilter)
            continue;
        if (shown++ >= (truth >= 0 ? 500 : kTopLosses))
            break;
        auto* item = new QListWidgetItem(m_thumbnails->thumbnail(o.path),
                                         tr("%1 → %2\n%3 %")
                                             .arg(m_evaluation.classes[o.truth], m_evaluation.classes[o.predicted])
                                             .arg(QLocale().toString(o.confidence * 100, 'f', 0)),
                                         m_losses);
        item->setData(Qt::UserRole, o.path);
        m_items.insert(o.path, item);
        if (m_decisions.contains(o.path)) // decided earlier, in this view or another
            item->setText(item->text() + '\n' + m_decisions.value(o.path));
        item->setToolTip(tr("%1\nlabelled %2, predicted %3 with %4 %, loss %5")
                             .arg(QDir::toNativeSeparators(o.path), m_evaluation.classes[o.truth], m_evaluation.classes[o.predicted])
                             .arg(QLocale().toString(o.confidence * 100, 'f', 1))
                             .arg(QLocale().toString(o.loss, 'f', 3)));
    }
    QStringList keys;
    for (int c = 0; c < std::min<int>(9, int(m_document->classes().size())); ++c)
        keys << QStringLiteral("%1 %2").arg(c + 1).arg(m_document->classes()[c]);
    const QString help = tr("Select and press a number to relabel (%1), Del to quarantine; Ctrl+Z undoes (here or on the Dataset tab).")
                             .arg(keys.join(QStringLiteral(", ")));
    m_lossesTitle->setText(truth >= 0 ? tr("Images of '%1' predicted as '%2' (%3). %4")
                                            .arg(m_evaluation.classes[truth], m_evaluation.classes[predicted])
                                            .arg(shown)
                                            .arg(help)
                                      : (leastSure ? tr("The images the model is least sure about. %1").arg(help)
                                                   : tr("Top losses: the images the model is most wrong about. %1").arg(help)));
}

QStringList EvaluateTab::selectedLossPaths() const
{
    QStringList paths;
    for (const QListWidgetItem* item : m_losses->selectedItems())
        paths << item->data(Qt::UserRole).toString();
    return paths;
}

bool EvaluateTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_losses && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QStringList paths = selectedLossPaths();
        if (!paths.isEmpty() && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9
            && key->key() - Qt::Key_1 < m_document->classes().size()) {
            const int cls = key->key() - Qt::Key_1;
            m_document->relabel(paths, cls); // undoable from any tab; onRelabelled() notes it
            return true;
        }
        if (!paths.isEmpty() && key->key() == Qt::Key_Delete) {
            m_document->quarantine(paths, QStringList{tr("quarantined from the top losses of run %1").arg(QFileInfo(m_runDir).fileName())});
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString EvaluateTab::overfittingHint() const
{
    return m_curves->hint();
}

void EvaluateTab::onRelabelled(const QStringList& from, const QStringList& to)
{
    QHash<QString, QString> moved;
    for (int i = 0; i < from.size() && i < to.size(); ++i)
        moved.insert(from[i], to[i]);
    for (ImageOutcome& o : m_evaluation.outcomes) {
        const QString next = moved.value(o.path);
        if (next.isEmpty())
            continue;
        if (QListWidgetItem* item = m_items.take(o.path)) {
            item->setData(Qt::UserRole, next);
            m_items.insert(next, item);
        }
        m_decisions.remove(o.path);
        o.path = next;
        // Back in the class it was judged as (an undo): no decision to show.
        const int row = m_document->model()->rowOf(next);
        const int now = row >= 0 ? m_document->model()->image(row).classIndex : -1;
        const QString nowName = now < 0 ? tr("unlabelled") : m_document->classes().value(now);
        setDecision(next, nowName == m_evaluation.classes.value(o.truth) ? QString() : tr("now: %1").arg(nowName));
    }
}

void EvaluateTab::setDecision(const QString& path, const QString& decision)
{
    if (decision.isEmpty())
        m_decisions.remove(path);
    else
        m_decisions.insert(path, decision);
    if (QListWidgetItem* item = m_items.value(path))
        item->setText(item->text().section(QLatin1Char('\n'), 0, 1) + (decision.isEmpty() ? QString() : QLatin1Char('\n') + decision));
}

} // namespace picta

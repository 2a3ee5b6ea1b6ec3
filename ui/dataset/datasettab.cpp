#include "dataset/datasettab.h"

#include "camera/capturedialog.h"
#include "camera/capturepanel.h"

#include "dataset/classpanel.h"
#include "dataset/classsidebar.h"
#include "dataset/datasetfilter.h"
#include "document/datasetmodel.h"
#include "document/projectdocument.h"
#include "dataset/duplicatesdialog.h"
#include "common/imagepreviewdialog.h"
#include "dataset/integritydialog.h"
#include "dataset/quarantinedialog.h"
#include "common/thumbnailcache.h"

#include "cleaning/quarantine.h"
#include "inference/lossranker.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace picta {

DatasetTab::DatasetTab(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(document->model())
    , m_filter(new DatasetFilter(this))
    , m_undo(document->undoStack())
{
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(m_document, &ProjectDocument::countsChanged, this, &DatasetTab::refreshCounts);
    connect(m_document, &ProjectDocument::classesChanged, this, &DatasetTab::refreshCounts);
    connect(m_document, &ProjectDocument::opened, this, &DatasetTab::onOpened);
    connect(m_document, &ProjectDocument::loaded, this, &DatasetTab::onLoaded);
    if (m_document->isOpen()) {
        onOpened();
        if (!m_document->isLoading())
            onLoaded();
    }
}

QString DatasetTab::root() const
{
    return m_document->rootDir();
}

void DatasetTab::onOpened()
{
    m_lossJob.cancel();
    m_classes->setEnabled(m_document->isOpen());
    m_hint->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(root())));
    refreshCounts();
}

void DatasetTab::onLoaded()
{
    m_classes->sidebar()->selectFilter(DatasetFilter::kAllClasses);
    if (m_filter->rowCount() > 0)
        m_grid->setCurrentIndex(m_filter->index(0, 0));
    m_hint->setText(
        tr("%n image(s) · 1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo", nullptr, m_model->rowCount()));
    refreshCounts();
}

void DatasetTab::buildUi()
{
    m_classes = new ClassPanel(m_document, this);
    m_classes->setEnabled(false); // until a project is open
    connect(m_classes->sidebar(), &ClassSidebar::filterChanged, m_filter, &DatasetFilter::setClassFilter);
    connect(m_classes->sidebar(), &ClassSidebar::imagesDropped, m_document, &ProjectDocument::relabel);
    connect(m_classes, &ClassPanel::problem, this, &DatasetTab::reportError);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by file name"));
    m_search->setMinimumWidth(120); // stays usable when a language's longer button texts take the row
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &DatasetFilter::setNameFilter);
    m_sort = new QComboBox(this);
    // As wide as a short entry, not the longest: the tool bar must fit a 1280 px projector in every language.
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sort->setMinimumContentsLength(22);
    m_sort->addItem(tr("Sort by class and name"), -1);
    m_sort->addItem(tr("Sort by name"), int(Qt::DisplayRole));
    m_sort->addItem(tr("Sort by size, largest first"), int(DatasetModel::SizeRole));
    m_sort->addItem(tr("Sort by date, newest first"), int(DatasetModel::DateRole));
    m_sort->addItem(tr("Sort by the latest run's loss, highest first"), int(DatasetModel::LossRole));
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_sort->currentData().toInt();
        if (role < 0) {
            m_filter->sort(-1);
            return;
        }
        if (role == DatasetModel::LossRole && !m_model->hasLosses()) {
            computeLosses(); // sorts when the losses are in
            return;
        }
        m_filter->setSortRole(role);
        m_filter->sort(0, role == Qt::DisplayRole ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    auto* checkButton = new QPushButton(tr("&Check images…"), this);
    checkButton->setToolTip(tr("Find corrupt, truncated, too small, too large and animated files"));
    auto* duplicatesButton = new QPushButton(tr("Find d&uplicates…"), this);
    duplicatesButton->setToolTip(tr("Group exact and near duplicates, including mirrored and rotated copies"));
    m_quarantineButton = new QPushButton(tr("&Quarantine…"), this);
    auto* cameraButton = new QPushButton(tr("Ca&mera…"), this);
    cameraButton->setObjectName(QStringLiteral("cameraButton"));
    cameraButton->setToolTip(tr("Collect pictures from a camera (or a video file): hold Record while showing the object"));
    connect(cameraButton, &QPushButton::clicked, this, &DatasetTab::collectFromCamera);
    connect(checkButton, &QPushButton::clicked, this, &DatasetTab::checkIntegrity);
    connect(duplicatesButton, &QPushButton::clicked, this, &DatasetTab::findDuplicates);
    connect(m_quarantineButton, &QPushButton::clicked, this, &DatasetTab::showQuarantine);
    auto* undoButton = new QToolButton(this);
    auto* redoButton = new QToolButton(this);
    // Fixed texts keep the tool bar still; the tooltip names the change ("Label 3 images 'Bag'").
    auto* undo = new QAction(tr("Undo"), this);
    auto* redo = new QAction(tr("Redo"), this);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) { undo->setToolTip(tr("Undo: %1").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) { redo->setToolTip(tr("Redo: %1").arg(text)); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    undoButton->setDefaultAction(undo);
    redoButton->setDefaultAction(redo);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_sort);
    top->addWidget(checkButton);
    top->addWidget(duplicatesButton);
    top->addWidget(m_quarantineButton);
    top->addWidget(cameraButton);
    top->addWidget(undoButton);
    top->addWidget(redoButton);

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched); // 50,000 items lay out in slices, the GUI stays live
    m_grid->setBatchSize(500);
    m_grid->setIconSize(QSize(ThumbnailCache::kSide, ThumbnailCache::kSide));
    m_grid->setGridSize(QSize(ThumbnailCache::kSide + 24, ThumbnailCache::kSide + 40));
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragOnly);
    m_grid->setDefaultDropAction(Qt::CopyAction);
    m_grid->setModel(m_filter);
    m_grid->installEventFilter(this);
    connect(m_grid, &QListView::doubleClicked, this, &DatasetTab::previewCurrent);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int n = int(m_grid->selectionModel()->selectedIndexes().size());
        m_hint->setText(tr("%n selected", nullptr, n) + QStringLiteral(" · ")
                        + tr("1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo"));
    });
    m_hint = new QLabel(tr("1–9: label · 0: unlabelled · Del: quarantine · Space: preview · Ctrl+Z: undo"), this);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_grid, 1);
    rightLayout->addWidget(m_hint);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_classes);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_classes->lastInTabOrder(), m_search);
    setTabOrder(m_search, m_sort);
    setTabOrder(m_sort, checkButton);
    setTabOrder(checkButton, duplicatesButton);
    setTabOrder(duplicatesButton, m_quarantineButton);
    setTabOrder(m_quarantineButton, m_grid);
}

void DatasetTab::refreshCounts()
{
    const QStringList classes = m_model->classes();
    const QVector<int> counts = m_model->counts();
    m_classes->setCounts(classes, counts);
    m_quarantineButton->setText(tr("&Quarantine (%1)…").arg(root().isEmpty() ? 0 : Quarantine(root()).items().size()));
}

void DatasetTab::collectFromCamera()
{
    if (!m_document->isOpen()) {
        reportError(tr("Open or create a project first; the pictures are saved into it."));
        return;
    }
    if (!m_capture)
        m_capture = new CaptureDialog(m_document, this);
    const int filter = m_classes->sidebar()->currentFilter();
    if (filter >= 0 && filter < m_document->classes().size())
        m_capture->panel()->setClass(m_document->classes().at(filter));
    m_capture->show();
    m_capture->raise();
    m_capture->activateWindow();
}

QStringList DatasetTab::selectedPaths() const
{
    QModelIndexList rows = m_grid->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList paths;
    for (const QModelIndex& i : rows)
        paths << i.data(DatasetModel::PathRole).toString();
    if (paths.isEmpty() && m_grid->currentIndex().isValid())
        paths << m_grid->currentIndex().data(DatasetModel::PathRole).toString();
    return paths;
}

void DatasetTab::selectRowAfterEdit(int row)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex next = m_filter->index(std::clamp(row, 0, rows - 1), 0);
    m_grid->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(next);
}

void DatasetTab::labelSelection(int classIndex)
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty() || classIndex >= m_model->classes().size())
        return;
    const int row = m_grid->currentIndex().row();
    const bool staysVisible = m_filter->classFilter() == DatasetFilter::kAllClasses || m_filter->classFilter() == classIndex;
    m_document->relabel(paths, classIndex);
    // Keyboard flow: the next image is current (the same row when the labelled one left the view).
    selectRowAfterEdit(staysVisible && paths.size() == 1 ? row + 1 : row);
}

void DatasetTab::quarantineSelection()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    quarantinePaths(paths, {tr("removed by the user")});
}

void DatasetTab::quarantinePaths(const QStringList& paths, const QStringList& reasons)
{
    const int row = m_grid->currentIndex().row();
    m_document->quarantine(paths, reasons);
    selectRowAfterEdit(row);
}

void DatasetTab::reportError(const QString& message)
{
    Q_EMIT statusMessage(message);
}

bool DatasetTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
            labelSelection(key->key() == Qt::Key_0 ? -1 : key->key() - Qt::Key_1);
            return true;
        }
        if (mods == Qt::NoModifier && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            quarantineSelection();
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_Space) {
            previewCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DatasetTab::previewCurrent()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return;
    const int classIndex = current.data(DatasetModel::ClassRole).toInt();
    ImagePreviewDialog dialog(root(), current.data(DatasetModel::PathRole).toString(),
                              classIndex < 0 ? tr("Unlabelled") : m_model->classes().value(classIndex), this);
    dialog.exec();
}

void DatasetTab::computeLosses()
{
    const QStringList runs = m_document->runs();
    if (runs.isEmpty()) {
        reportError(tr("Train a model first: sorting by loss needs a run"));
        m_sort->setCurrentIndex(0);
        return;
    }
    QVector<LossRanker::Labelled> images;
    const QStringList classes = m_model->classes();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->image(r).classIndex >= 0)
            images.push_back({m_model->image(r).path, classes.value(m_model->image(r).classIndex)});
    m_hint->setText(tr("Scoring %n image(s) with the latest run…", nullptr, int(images.size())));
    const QString runDir = runs.first();
    m_lossJob.cancel();
    m_lossJob = startJob(
        this,
        [runDir, images, projectDir = root()](const JobContext& job) {
            return LossRanker::compute(runDir, projectDir, images, job.progressCallback(), job.cancelFlag());
        },
        [this, root = root()](const Expected<QHash<QString, double>>& losses) {
            if (root != this->root())
                return; // another project was opened meanwhile
            if (!losses) {
                reportError(losses.error());
                return;
            }
            m_model->setLosses(*losses);
            m_hint->setText(tr("Sorted by the latest run's loss: the images it finds most wrong come first"));
            if (m_sort->currentData().toInt() == DatasetModel::LossRole) {
                m_filter->setSortRole(DatasetModel::LossRole);
                m_filter->sort(0, Qt::DescendingOrder);
            }
        },
        [this](int done, int total) { m_hint->setText(tr("Scoring images with the latest run: %1 of %2").arg(done).arg(total)); });
}

void DatasetTab::checkIntegrity()
{
    if (root().isEmpty())
        return;
    IntegrityDialog dialog(root(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.pathsToQuarantine().isEmpty())
        quarantinePaths(dialog.pathsToQuarantine(), dialog.reasons());
}

void DatasetTab::findDuplicates()
{
    if (root().isEmpty())
        return;
    DuplicatesDialog dialog(root(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.pathsToQuarantine().isEmpty())
        quarantinePaths(dialog.pathsToQuarantine(), dialog.reasons());
}

void DatasetTab::showQuarantine()
{
    if (root().isEmpty())
        return;
    QuarantineDialog dialog(root(), this);
    dialog.exec();
    if (dialog.changed()) {
        // Items restored or deleted here no longer match the records of quarantines on the stack.
        m_undo->clear();
        m_document->rescan();
    }
    refreshCounts();
}

} // namespace picta

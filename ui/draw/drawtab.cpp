#include "draw/drawtab.h"

#include "draw/sketchcanvas.h"

#include "document/projectdocument.h"

#include "imaging/sketchpreprocessor.h"
#include "inference/predictor.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace picta {

namespace {

constexpr int kTop = 5;
constexpr int kCanvasPixels = 256; ///< the drawing is rendered at this size before preparation
constexpr int kSavedSide = 64;     ///< collected drawings, as the sketch demo stores them

QImage toImage(const RawImage& raw)
{
    return QImage(reinterpret_cast<const uchar*>(raw.data.constData()), raw.width, raw.height, raw.bytesPerLine, QImage::Format_Grayscale8)
        .copy();
}

} // namespace

DrawTab::DrawTab(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    m_pool.setMaxThreadCount(1); // torch has its own threads; one prediction at a time
    buildUi();
    connect(m_document, &ProjectDocument::opened, this, [this] {
        m_predictor.reset();
        m_loadingRun.clear();
        fillCollectClasses();
        refreshRuns(QString());
    });
    // A renamed class stays the chosen one under its new name.
    connect(m_document, &ProjectDocument::classRenamed, this, [this](const QString& from, const QString& to) {
        const int i = m_collectClass->findText(from);
        if (i >= 0)
            m_collectClass->setItemText(i, to);
    });
    connect(m_document, &ProjectDocument::classesChanged, this, &DrawTab::fillCollectClasses);
    connect(m_document, &ProjectDocument::countsChanged, this, &DrawTab::refreshCollectCounts);
    connect(m_document, &ProjectDocument::runsChanged, this, &DrawTab::onRunsChanged);
    if (m_document->isOpen()) {
        fillCollectClasses();
        refreshRuns(QString());
    }
}

DrawTab::~DrawTab()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void DrawTab::buildUi()
{
    m_canvas = new SketchCanvas(this);
    m_canvas->setObjectName(QStringLiteral("canvas"));
    connect(m_canvas, &SketchCanvas::changed, this, &DrawTab::schedulePrediction);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &DrawTab::predictNow);

    m_brush = new QSlider(Qt::Horizontal, this);
    m_brush->setRange(1, 10);
    m_brush->setValue(3);
    m_brush->setToolTip(tr("Brush size ([ and ])"));
    connect(m_brush, &QSlider::valueChanged, this, [this](int v) { m_canvas->setBrushSize(v / 100.0); });
    m_eraser = new QPushButton(tr("&Eraser"), this);
    m_eraser->setCheckable(true);
    m_eraser->setShortcut(QKeySequence(Qt::Key_E));
    connect(m_eraser, &QPushButton::toggled, m_canvas, &SketchCanvas::setEraser);
    auto* undo = new QPushButton(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QPushButton::clicked, m_canvas, &SketchCanvas::undo);
    auto* redo = new QPushButton(tr("Redo"), this);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(redo, &QPushButton::clicked, m_canvas, &SketchCanvas::redo);
    auto* clear = new QPushButton(tr("&Clear"), this);
    clear->setShortcut(QKeySequence(Qt::Key_Delete));
    clear->setToolTip(tr("Clear the canvas (Delete); Undo brings it back"));
    connect(clear, &QPushButton::clicked, m_canvas, &SketchCanvas::clear);
    auto* bigger = new QShortcut(QKeySequence(Qt::Key_BracketRight), this);
    connect(bigger, &QShortcut::activated, this, [this] { m_brush->setValue(m_brush->value() + 1); });
    auto* smaller = new QShortcut(QKeySequence(Qt::Key_BracketLeft), this);
    connect(smaller, &QShortcut::activated, this, [this] { m_brush->setValue(m_brush->value() - 1); });
    auto* tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Brush:"), this));
    tools->addWidget(m_brush, 1);
    tools->addWidget(m_eraser);
    tools->addWidget(undo);
    tools->addWidget(redo);
    tools->addWidget(clear);

    auto* left = new QVBoxLayout;
    left->addLayout(tools);
    left->addWidget(m_canvas, 1);

    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("runs"));
    connect(m_runs, &QComboBox::activated, this, [this] { setRun(m_runs->currentData().toString()); });
    m_modelInfo = new QLabel(tr("Train a model first, or open the sketch demo and train it (a minute)."), this);
    m_modelInfo->setWordWrap(true);
    m_seen = new QLabel(this);
    m_seen->setFixedSize(112, 112);
    m_seen->setFrameShape(QFrame::Box);
    m_seen->setAlignment(Qt::AlignCenter);
    m_seen->setToolTip(tr("What the model sees: the drawing cropped to its ink, centred and resized"));
    auto* results = new QGridLayout;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5); // readable on a projector
    for (int i = 0; i < kTop; ++i) {
        auto* name = new QLabel(this);
        name->setFont(big);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setTextVisible(true);
        bar->setFormat(QString());
        bar->setMinimumHeight(i == 0 ? 34 : 24);
        results->addWidget(name, i, 0);
        results->addWidget(bar, i, 1);
        m_names << name;
        m_bars << bar;
    }
    results->setColumnStretch(1, 1);

    m_collect = new QGroupBox(tr("C&ollect drawings for the dataset"), this);
    m_collect->setCheckable(true);
    m_collect->setChecked(false);
    m_collectClass = new QComboBox(m_collect);
    m_collectClass->setObjectName(QStringLiteral("collectClass"));
    auto* save = new QPushButton(tr("&Save drawing (Enter)"), m_collect);
    connect(save, &QPushButton::clicked, this, &DrawTab::saveDrawing);
    m_collectCounts = new QLabel(m_collect);
    m_collectCounts->setObjectName(QStringLiteral("collectCounts"));
    m_collectCounts->setWordWrap(true);
    auto* collectLayout = new QFormLayout(m_collect);
    collectLayout->addRow(tr("Class:"), m_collectClass);
    collectLayout->addRow(save);
    collectLayout->addRow(m_collectCounts);

    auto* right = new QVBoxLayout;
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Model:"), this));
    runRow->addWidget(m_runs, 1);
    right->addLayout(runRow);
    right->addWidget(m_modelInfo);
    auto* seenRow = new QHBoxLayout;
    seenRow->addWidget(m_seen);
    seenRow->addWidget(new QLabel(tr("What the\nmodel sees"), this));
    seenRow->addStretch(1);
    right->addLayout(seenRow);
    right->addLayout(results);
    right->addStretch(1);
    right->addWidget(m_collect);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    setTabOrder(m_canvas, m_brush);
    setTabOrder(m_brush, m_eraser);
    setTabOrder(m_eraser, undo);
    setTabOrder(undo, redo);
    setTabOrder(redo, clear);
    setTabOrder(clear, m_runs);
    setTabOrder(m_runs, m_collect);
    setTabOrder(m_collect, m_collectClass);
    setTabOrder(m_collectClass, save);
}

void DrawTab::fillCollectClasses()
{
    const QString chosen = m_collectClass->currentText();
    m_collectClass->clear();
    m_collectClass->addItems(m_document->classes());
    m_collectClass->setCurrentIndex(std::max(0, m_collectClass->findText(chosen)));
    refreshCollectCounts();
}

void DrawTab::onRunsChanged(const QStringList& runs)
{
    // The list follows the project; the loaded model changes only when it went away or there was none.
    const QString current = m_runs->currentData().toString();
    m_runs->clear();
    for (const QString& run : runs)
        m_runs->addItem(QFileInfo(run).fileName(), run);
    if (runs.contains(current))
        m_runs->setCurrentIndex(m_runs->findData(current));
    else
        refreshRuns(QString());
}

void DrawTab::refreshRuns(const QString& select)
{
    const QStringList runs = m_document->runs();
    m_runs->clear();
    for (const QString& run : runs)
        m_runs->addItem(QFileInfo(run).fileName(), run);
    if (runs.isEmpty()) {
        m_predictor.reset();
        m_loadingRun.clear(); // a load still on its way is dropped
        m_modelInfo->setText(tr("Train a model first, or open the sketch demo and train it (a minute)."));
        return;
    }
    const QString run = select.isEmpty() ? runs.first() : select;
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(run)));
    setRun(run);
}

void DrawTab::setRun(const QString& runDir)
{
    if (runDir.isEmpty() || runDir == m_loadingRun)
        return; // on its way already
    if (m_predictor && m_predictor->runDir() == QDir(runDir).absolutePath()) {
        m_loadingRun.clear(); // chosen again while another was loading: that one is dropped
        m_runs->setCurrentIndex(std::max(0, m_runs->findData(runDir)));
        return;
    }
    if (m_runs->findData(runDir) < 0) // a run made after the list was filled
        m_runs->insertItem(0, QFileInfo(runDir).fileName(), runDir);
    m_runs->setCurrentIndex(m_runs->findData(runDir));
    m_modelInfo->setText(tr("Loading %1…").arg(QFileInfo(runDir).fileName()));
    m_loadingRun = runDir;
    auto* watcher = new QFutureWatcher<Expected<std::shared_ptr<Predictor>>>(this);
    connect(watcher, &QFutureWatcher<Expected<std::shared_ptr<Predictor>>>::finished, this, [this, watcher, runDir] {
        watcher->deleteLater();
        if (runDir != m_loadingRun)
            return; // another run (or project) was chosen meanwhile
        m_loadingRun.clear();
        const auto loaded = watcher->result();
        if (!loaded) {
            m_predictor.reset(); // the list shows the run that failed: never predict with another
            m_modelInfo->setText(loaded.error());
            showPrediction({}, {});
            return;
        }
        m_predictor = *loaded;
        const ModelInfo& info = m_predictor->info();
        m_modelInfo->setText(tr("%1 · %n class(es): %2", nullptr, int(info.classes.size())).arg(info.arch, info.classes.join(", ")));
        Q_EMIT modelLoaded(runDir);
        schedulePrediction();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [runDir] { return Predictor::load(runDir); }));
}

void DrawTab::schedulePrediction()
{
    m_debounce->start();
}

void DrawTab::predictNow()
{
    const int generation = ++m_generation;
    if (m_canvas->isEmpty()) {
        showPrediction({}, {});
        return;
    }
    if (!m_predictor)
        return;
    const std::shared_ptr<Predictor> predictor = m_predictor;
    const RawImage canvas = m_canvas->toRaw(kCanvasPixels);
    auto* watcher = new QFutureWatcher<QPair<Prediction, QImage>>(this);
    connect(watcher, &QFutureWatcher<QPair<Prediction, QImage>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // a newer drawing has been asked for meanwhile
            showPrediction(watcher->result().first, watcher->result().second);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [predictor, canvas] {
        const ModelInfo& info = predictor->info();
        const auto prepared = SketchPreprocessor::prepare(canvas, info.imageSize, SketchPreprocessor::expectsLightInk(info.mean[0]));
        if (!prepared)
            return QPair<Prediction, QImage>();
        return QPair<Prediction, QImage>(predictor->predictRaw(*prepared, kTop), toImage(*prepared));
    }));
}

void DrawTab::showPrediction(const Prediction& prediction, const QImage& seen)
{
    m_seen->setPixmap(seen.isNull() ? QPixmap() : QPixmap::fromImage(seen.scaled(m_seen->size() - QSize(4, 4), Qt::KeepAspectRatio)));
    for (int i = 0; i < kTop; ++i) {
        const bool shown = prediction.ok() && i < prediction.top.size();
        m_names[i]->setText(shown ? prediction.top[i].className : QString());
        m_bars[i]->setValue(shown ? int(prediction.top[i].probability * 1000) : 0);
        m_bars[i]->setFormat(shown ? QStringLiteral("%1 %").arg(QLocale().toString(prediction.top[i].probability * 100, 'f', 1))
                                   : QString());
    }
    if (!prediction.ok())
        m_modelInfo->setToolTip(prediction.error);
    Q_EMIT predicted(prediction);
}

QStringList DrawTab::shownClasses() const
{
    QStringList names;
    for (QLabel* label : m_names)
        if (!label->text().isEmpty())
            names << label->text();
    return names;
}

void DrawTab::setCollecting(bool on)
{
    m_collect->setChecked(on);
}

QString DrawTab::saveDrawing()
{
    if (!m_collect->isChecked() || m_canvas->isEmpty() || m_collectClass->currentIndex() < 0 || !m_document->isOpen())
        return {};
    const QByteArray png = m_canvas->preparedPng(kSavedSide);
    if (png.isEmpty())
        return {};
    const QString className = m_collectClass->currentText();
    // The importer's rules (a free name, never overwriting; an atomic write; a sources.csv row),
    // through the document: every tab sees the new image, and Edit ▸ Undo (or Ctrl+Z on the Dataset tab) takes it back.
    const QString name = QStringLiteral("drawing-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const auto written = m_document->addImageData(png, name, className, QStringLiteral("drawing"));
    if (!written) {
        Q_EMIT statusMessage(tr("The drawing cannot be saved: %1").arg(written.error()));
        return {};
    }
    const QString path = *written;
    m_canvas->clear();
    Q_EMIT drawingSaved(path);
    Q_EMIT statusMessage(tr("Saved as a drawing of '%1'").arg(className));
    return path;
}

void DrawTab::refreshCollectCounts()
{
    QStringList parts;
    const QStringList classes = m_document->classes();
    const QVector<int> counts = m_document->counts();
    for (int c = 0; c < classes.size(); ++c)
        parts << tr("%1: %2").arg(classes[c]).arg(counts.value(c));
    m_collectCounts->setText(parts.join(QStringLiteral(" · ")));
}

void DrawTab::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_collect->isChecked()) {
        saveDrawing();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace picta

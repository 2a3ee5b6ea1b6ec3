#include "wizard/trypage.h"

#include "predict/livecamerapanel.h"
#include "common/backgroundjob.h"
#include "common/thumbnailcache.h"
#include "document/projectdocument.h"
#include "draw/sketchcanvas.h"
#include "wizard/newclassifierwizard.h"

#include "inference/predictor.h"
#include "inference/runadvice.h"
#include "project/feedbacklog.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace picta {

namespace {
constexpr int kPictureSide = 200;
constexpr int kDrawingSide = 64; ///< drawings are stored and classified as the sketch demo's
} // namespace

TryPage::TryPage(NewClassifierWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("5 · Try it"));
    setSubTitle(tr("Drop a picture here, paste one (Ctrl+V) or open one (Ctrl+O), and see what your classifier says."));
    setAcceptDrops(true);
    m_pool.setMaxThreadCount(1); // torch has its own threads; one prediction at a time

    m_picture = new QLabel(this);
    m_picture->setFixedSize(kPictureSide, kPictureSide);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_picture->setText(tr("Drop a picture here"));
    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setWordWrap(true);
    QFont big = m_answer->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_answer->setFont(big);
    m_others = new QLabel(this);
    m_others->setWordWrap(true);
    auto* open = new QPushButton(tr("&Open a picture…"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("A picture to classify"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff)"));
        if (!path.isEmpty())
            tryFile(path);
    });
    auto* openKey = new QShortcut(QKeySequence::Open, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(openKey, &QShortcut::activated, open, &QPushButton::click);
    auto* pasteKey = new QShortcut(QKeySequence::Paste, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(pasteKey, &QShortcut::activated, this, &TryPage::paste);

    m_truth = new QComboBox(this);
    m_truth->setObjectName(QStringLiteral("truth"));
    m_record = new QPushButton(tr("&Record"), this);
    m_record->setToolTip(tr("Tell Picta the right answer: it is recorded with the Predict tab's feedback"));
    connect(m_record, &QPushButton::clicked, this, [this] { recordTruth(m_truth->currentText()); });
    m_add = new QPushButton(tr("&Add it to the pictures"), this);
    m_add->setToolTip(tr("Copy this picture into the class it really belongs to, so the next training learns from it"));
    connect(m_add, &QPushButton::clicked, this, &TryPage::addToDataset);
    m_record->setEnabled(false);
    m_add->setEnabled(false);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);

    m_canvas = new SketchCanvas(this);
    m_canvas->setMinimumSize(200, 200);
    auto* drawTimer = new QTimer(this);
    drawTimer->setSingleShot(true);
    drawTimer->setInterval(150);
    connect(m_canvas, &SketchCanvas::changed, drawTimer, qOverload<>(&QTimer::start));
    connect(drawTimer, &QTimer::timeout, this, &TryPage::tryDrawing);
    auto* clear = new QPushButton(tr("&Clear the drawing"), this);
    connect(clear, &QPushButton::clicked, m_canvas, &SketchCanvas::clear);
    m_drawBox = new QWidget(this);
    auto* drawLayout = new QVBoxLayout(m_drawBox);
    drawLayout->setContentsMargins(0, 0, 0, 0);
    drawLayout->addWidget(new QLabel(tr("…or draw one:"), m_drawBox));
    drawLayout->addWidget(m_canvas, 1);
    drawLayout->addWidget(clear);
    m_drawBox->hide();

    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);

    auto* wrongLabel = new QLabel(tr("&Wrong? It really is:"), this);
    wrongLabel->setBuddy(m_truth);
    auto* wrong = new QHBoxLayout;
    wrong->addWidget(wrongLabel);
    wrong->addWidget(m_truth, 1);
    wrong->addWidget(m_record);
    wrong->addWidget(m_add);
    auto* answerColumn = new QVBoxLayout;
    answerColumn->addWidget(m_answer);
    answerColumn->addWidget(m_others);
    answerColumn->addLayout(wrong);
    answerColumn->addWidget(m_feedback);
    auto* camera = new QPushButton(tr("Ca&mera…"), this);
    camera->setObjectName(QStringLiteral("tryCamera"));
    camera->setToolTip(tr("Hold things up to a camera and watch the answers change as you move them"));
    connect(camera, &QPushButton::clicked, this, &TryPage::tryCamera);
    auto* sources = new QHBoxLayout;
    sources->addWidget(open);
    sources->addWidget(camera);
    sources->addStretch();
    answerColumn->addLayout(sources);
    answerColumn->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_picture, 0, Qt::AlignTop);
    top->addLayout(answerColumn, 1);
    top->addWidget(m_drawBox, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_advice);
}

TryPage::~TryPage()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone(); // predictions hold the predictor; never outlive the page
}

void TryPage::initializePage()
{
    m_truth->clear();
    m_truth->addItems(m_wizard->document()->classes());
    if (m_loadedRun != m_wizard->runDir())
        loadModel();
}

void TryPage::loadModel()
{
    const QString run = m_wizard->runDir();
    m_loadedRun = run;
    m_predictor.reset();
    m_answer->setText(tr("Loading the model…"));
    const auto info = ModelInfo::load(QDir(run).filePath(QStringLiteral("model.json")));
    const RunAdvice advice = info ? RunAdvice::of(*info) : RunAdvice();
    m_advice->setText(advice.sentence());
    startJob(
        this, [run](const JobContext&) { return Predictor::load(run); },
        [this, run](const Expected<std::shared_ptr<Predictor>>& loaded) {
            if (run != m_loadedRun)
                return;
            if (!loaded) {
                m_answer->setText(tr("The model cannot be loaded: %1").arg(loaded.error()));
                return;
            }
            m_predictor = *loaded;
            m_drawBox->setVisible(m_predictor->info().inputChannels == 1);
            m_answer->setText(tr("Ready: give it a picture."));
            Q_EMIT modelLoaded();
        },
        {}, &m_pool);
}

void TryPage::tryFile(const QString& path)
{
    if (!m_predictor)
        return;
    m_lastPath = path;
    m_lastPng.clear();
    const std::shared_ptr<Predictor> predictor = m_predictor;
    const int generation = ++m_generation;
    startJob(
        this,
        [predictor, path](const JobContext&) {
            return qMakePair(predictor->predictFile(path), ThumbnailCache::readScaled(path, kPictureSide));
        },
        [this, generation](const QPair<Prediction, QImage>& result) {
            if (generation == m_generation)
                showAnswer(result.first, result.second);
        },
        {}, &m_pool);
}

void TryPage::tryDrawing()
{
    if (!m_predictor || m_canvas->isEmpty())
        return;
    const QByteArray png = m_canvas->preparedPng(kDrawingSide);
    if (png.isEmpty())
        return;
    m_lastPath.clear();
    m_lastPng = png;
    const std::shared_ptr<Predictor> predictor = m_predictor;
    const int generation = ++m_generation;
    startJob(
        this, [predictor, png](const JobContext&) { return predictor->predictBytes(png, QStringLiteral("drawing.png")); },
        [this, generation, png](const Prediction& prediction) {
            if (generation == m_generation)
                showAnswer(prediction, QImage::fromData(png));
        },
        {}, &m_pool);
}

void TryPage::showAnswer(const Prediction& prediction, const QImage& picture)
{
    m_last = prediction;
    m_recordedTruth.clear();
    m_feedback->clear();
    m_picture->setPixmap(picture.isNull() ? QPixmap()
                                          : QPixmap::fromImage(picture.scaled(m_picture->size() - QSize(4, 4), Qt::KeepAspectRatio,
                                                                              Qt::SmoothTransformation)));
    if (!prediction.ok() || prediction.top.isEmpty()) {
        m_answer->setText(tr("No answer: %1").arg(prediction.error));
        m_others->clear();
        m_record->setEnabled(false);
        m_add->setEnabled(false);
        Q_EMIT predicted(prediction);
        return;
    }
    const ClassScore& best = prediction.top.first();
    m_answer->setText(tr("It is <b>%1</b> (%2 % sure)").arg(best.className.toHtmlEscaped()).arg(qRound(best.probability * 100)));
    QStringList others;
    for (int i = 1; i < prediction.top.size(); ++i)
        others << tr("%1 %2 %").arg(prediction.top[i].className).arg(qRound(prediction.top[i].probability * 100));
    m_others->setText(others.isEmpty() ? QString() : tr("Other guesses: %1").arg(others.join(QStringLiteral(" · "))));
    m_truth->setCurrentText(best.className);
    m_record->setEnabled(true);
    m_add->setEnabled(true);
    Q_EMIT predicted(prediction);
}

void TryPage::tryCamera()
{
    if (!m_predictor)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Try it with a camera"));
    auto* live = new LiveCameraPanel(&dialog);
    live->setPredictor(m_predictor, m_predictor->info().classes);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(live, 1);
    layout->addWidget(close);
    const QString root = m_wizard->document()->rootDir();
    const QString run = QFileInfo(m_loadedRun).fileName();
    connect(live, &LiveCameraPanel::answered, &dialog, [root, run](const QString& predicted, const QString& truth, const QString& source) {
        // (void): an answer that cannot be written is not worth interrupting the demonstration for
        (void)FeedbackLog(root).append({source, run, predicted, truth, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    });
    connect(live, &LiveCameraPanel::addToDataset, &dialog, [this](const QByteArray& jpeg, const QString& name, const QString& className) {
        const auto written = m_wizard->document()->addImageData(jpeg, name, className, QStringLiteral("camera"));
        m_feedback->setText(written ? tr("Added to %1 (Edit ▸ Undo takes it back).").arg(className)
                                    : tr("It cannot be added: %1").arg(written.error()));
    });
    dialog.resize(900, 560);
    QTimer::singleShot(0, live, &LiveCameraPanel::start);
    dialog.exec();
}

void TryPage::recordTruth(const QString& truth)
{
    if (!m_last.ok() || m_last.top.isEmpty() || truth.isEmpty())
        return;
    const QString root = m_wizard->document()->rootDir();
    const FeedbackEntry answer{m_lastPath.isEmpty() ? tr("a drawing or pasted picture") : QDir(root).relativeFilePath(m_lastPath),
                               QFileInfo(m_loadedRun).fileName(), m_last.top.first().className, truth,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (const Status recorded = FeedbackLog(root).append(answer); !recorded) {
        m_feedback->setText(recorded.error());
        return;
    }
    m_recordedTruth = truth;
    m_feedback->setText(truth == m_last.top.first().className
                            ? tr("Noted: it was right.")
                            : tr("Noted: it is %1. Add it to the pictures so the next training learns from it.").arg(truth));
}

QString TryPage::addToDataset()
{
    const QString className = m_recordedTruth.isEmpty() ? m_truth->currentText() : m_recordedTruth;
    if (className.isEmpty() || (m_lastPath.isEmpty() && m_lastPng.isEmpty()))
        return {};
    const auto written = m_lastPath.isEmpty()
        ? m_wizard->document()->addImageData(
            m_lastPng, QStringLiteral("tried-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
            className, QStringLiteral("wizard"))
        : m_wizard->document()->addImageFile(m_lastPath, className, QStringLiteral("wizard"));
    if (!written) {
        m_feedback->setText(tr("It cannot be added: %1").arg(written.error()));
        return {};
    }
    m_add->setEnabled(false);
    m_feedback->setText(tr("Added to %1 (Edit ▸ Undo takes it back).").arg(className));
    return *written;
}

void TryPage::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !m_predictor)
        return;
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        tryFile(mime->urls().first().toLocalFile());
        return;
    }
    if (!mime->hasImage())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qvariant_cast<QImage>(mime->imageData()).save(&buffer, "PNG");
    m_lastPath.clear();
    m_lastPng = png;
    const std::shared_ptr<Predictor> predictor = m_predictor;
    const int generation = ++m_generation;
    startJob(
        this, [predictor, png](const JobContext&) { return predictor->predictBytes(png, QStringLiteral("pasted.png")); },
        [this, generation, png](const Prediction& prediction) {
            if (generation == m_generation)
                showAnswer(prediction, QImage::fromData(png));
        },
        {}, &m_pool);
}

QString TryPage::answerText() const
{
    return m_answer->text();
}

QString TryPage::adviceText() const
{
    return m_advice->text();
}

void TryPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void TryPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        tryFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace picta

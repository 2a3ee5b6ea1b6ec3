#include "predict/predicttab.h"

#include "predict/feedbackpanel.h"
#include "predict/imageintake.h"
#include "predict/livecamerapanel.h"
#include "inference/predictor.h"
#include "predict/predictioncard.h"
#include "predict/sharedialog.h"
#include "common/exportbutton.h"
#include "common/thumbnailcache.h"

#include "document/projectdocument.h"
#include "project/feedbacklog.h"
#include "project/project.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QProgressBar>
#include <QShortcut>

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace picta {

namespace {

struct Classified {
    QImage thumbnail;
    Prediction prediction;
};

} // namespace

PredictTab::PredictTab(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setAcceptDrops(true);
    m_pool.setMaxThreadCount(1);

    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("runs"));
    m_runs->setMinimumContentsLength(24);
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // long run names do not widen the window
    m_runs->setToolTip(tr("The trained model to use"));
    connect(m_runs, &QComboBox::activated, this, [this](int index) { setRun(m_runs->itemData(index).toString()); });
    m_open = new QPushButton(tr("&Open images…"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_open, &QPushButton::clicked, this, &PredictTab::openImages);
    m_clear = new QPushButton(tr("C&lear"), this);
    connect(m_clear, &QPushButton::clicked, this, &PredictTab::clearResults);
    m_export = new ExportButton(this);
    connect(m_export, &ExportButton::statusMessage, this, &PredictTab::showMessage);
    m_shareButton = new QPushButton(tr("S&hare…"), this);
    m_shareButton->setObjectName(QStringLiteral("share"));
    m_shareButton->setToolTip(tr("Let others use the model from a web page: on this computer, or on phones on the same network"));
    m_shareButton->setEnabled(false);
    connect(m_shareButton, &QPushButton::clicked, this, &PredictTab::showShare);
    m_cameraButton = new QPushButton(tr("&Camera"), this);
    m_cameraButton->setObjectName(QStringLiteral("cameraMode"));
    m_cameraButton->setCheckable(true);
    m_cameraButton->setToolTip(tr("Classify the live picture of a camera (or of a video file) as it comes"));
    connect(m_cameraButton, &QPushButton::toggled, this, &PredictTab::setCameraMode);
    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_runs);

    m_showGradCam = new QCheckBox(tr("Show where it &looked (Grad-CAM)"), this);
    m_showGradCam->setToolTip(tr("A heat map over each image: red where the model found the evidence for its answer"));
    connect(m_showGradCam, &QCheckBox::toggled, this, &PredictTab::setGradCamShown);
    m_intake = new ImageIntake(this);
    connect(m_intake, &ImageIntake::filesReady, this, &PredictTab::addFiles);
    connect(m_intake, &ImageIntake::problem, this, &PredictTab::showMessage);
    connect(m_intake, &ImageIntake::statusMessage, this, &PredictTab::statusMessage);
    auto* paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this, &PredictTab::paste);

    auto* bar = new QHBoxLayout;
    bar->addWidget(modelLabel);
    bar->addWidget(m_runs, 1);
    bar->addWidget(m_showGradCam);
    bar->addWidget(m_cameraButton);
    bar->addWidget(m_open);
    bar->addWidget(m_clear);
    bar->addWidget(m_export);
    bar->addWidget(m_shareButton);

    // The user's answers, as the dino seed showed them: a live confusion matrix.
    m_feedback = new FeedbackPanel(this);

    m_batch = new QProgressBar(this);
    m_batch->setObjectName(QStringLiteral("batchProgress"));
    m_batch->hide();
    m_modelInfo = new QLabel(this);
    m_modelInfo->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px; }"));
    m_message->hide();

    m_hint = new QLabel(tr("Drop image files, folders or images from a web page here, paste one (Ctrl+V), or press Ctrl+Shift+O."), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMinimumHeight(120);
    m_hint->setStyleSheet(
        QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 8px; color: palette(dark); font-size: 14pt; }"));

    auto* cards = new QWidget;
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(cards);
    m_cardsArea = scroll;

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_modelInfo);
    layout->addWidget(m_batch);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_feedback);

    connect(m_document, &ProjectDocument::opened, this, &PredictTab::onOpened);
    connect(m_document, &ProjectDocument::runsChanged, this, &PredictTab::onRunsChanged);
    if (m_document->isOpen())
        onOpened();
}

PredictTab::~PredictTab()
{
    m_pool.clear();
    m_pool.waitForDone();
}

ConfusionHeatmap* PredictTab::feedbackMatrix() const
{
    return m_feedback->matrix();
}

QString PredictTab::projectDir() const
{
    return m_document->rootDir();
}

void PredictTab::onOpened()
{
    if (m_share) // another project: its answers must not go to the old one's feedback
        m_share->stop();
    m_predictor.reset();
    updateLivePredictor();
    m_loadingRun.clear();
    refreshRuns(QString());
    refreshFeedback();
}

void PredictTab::onRunsChanged(const QStringList& runs)
{
    // The list follows the project; the loaded model changes only when it went away or there was none.
    const QString current = m_predictor ? m_predictor->runDir() : m_loadingRun;
    if (!current.isEmpty() && runs.contains(current)) {
        m_runs->clear();
        for (const QString& run : runs)
            m_runs->addItem(QFileInfo(run).fileName(), run);
        m_runs->setCurrentIndex(m_runs->findData(current));
        return;
    }
    m_predictor.reset();
    updateLivePredictor();
    refreshRuns(QString());
}

LiveCameraPanel* PredictTab::livePanel()
{
    if (!m_live) {
        m_live = new LiveCameraPanel(this);
        m_live->setObjectName(QStringLiteral("livePanel"));
        m_live->hide();
        auto* box = static_cast<QVBoxLayout*>(layout());
        box->insertWidget(box->indexOf(m_cardsArea) + 1, m_live, 1);
        m_live->setGradCam(m_showGradCam->isChecked());
        connect(m_live, &LiveCameraPanel::answered, this, [this](const QString& predicted, const QString& truth, const QString& source) {
            if (projectDir().isEmpty() || !m_predictor)
                return;
            const FeedbackEntry answer{source, QFileInfo(m_predictor->runDir()).fileName(), predicted, truth,
                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
            if (const Status recorded = FeedbackLog(projectDir()).append(answer); !recorded)
                showMessage(recorded.error());
            refreshFeedback();
            Q_EMIT statusMessage(predicted == truth ? tr("Recorded: right, %1").arg(truth)
                                                    : tr("Recorded: it was %1, not %2").arg(truth, predicted));
        });
        connect(m_live, &LiveCameraPanel::addToDataset, this,
                [this](const QByteArray& jpeg, const QString& name, const QString& className) {
                    if (!m_document->isOpen())
                        return;
                    const auto added = m_document->addImageData(jpeg, name, className, QStringLiteral("camera"));
                    if (!added)
                        showMessage(added.error());
                    else
                        Q_EMIT statusMessage(tr("Added the picture to the dataset as '%1'").arg(className));
                });
        updateLivePredictor();
    }
    return m_live;
}

void PredictTab::updateLivePredictor()
{
    if (m_live)
        m_live->setPredictor(m_predictor, m_predictor ? m_predictor->info().classes : QStringList());
}

void PredictTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_live && isCameraMode())
        m_live->start(); // hiding the tab let the camera go
}

bool PredictTab::isCameraMode() const
{
    return m_cameraButton->isChecked();
}

void PredictTab::setCameraMode(bool on)
{
    if (m_cameraButton->isChecked() != on) {
        m_cameraButton->setChecked(on); // toggled() comes back here
        return;
    }
    LiveCameraPanel* live = livePanel();
    m_cardsArea->setVisible(!on);
    m_hint->setVisible(!on && m_cards.isEmpty());
    live->setVisible(on);
    if (on)
        live->start();
    else
        live->stop();
}

void PredictTab::paste()
{
    m_intake->take(QApplication::clipboard()->mimeData(), /*acceptImage=*/true);
}

void PredictTab::addUrls(const QList<QUrl>& urls)
{
    m_intake->fetch(urls);
}

void PredictTab::setGradCamShown(bool shown)
{
    if (m_showGradCam->isChecked() != shown) {
        m_showGradCam->setChecked(shown); // toggled() comes back here
        return;
    }
    if (m_live)
        m_live->setGradCam(shown);
    for (PredictionCard* card : std::as_const(m_cards)) {
        if (!shown)
            card->setGradCam({});
        else if (card->hasResult())
            requestGradCam(card);
    }
}

void PredictTab::requestGradCam(PredictionCard* card)
{
    if (!m_predictor || card->path().isEmpty() || !card->prediction().ok())
        return;
    auto* watcher = new QFutureWatcher<GradCamResult>(card);
    connect(watcher, &QFutureWatcher<GradCamResult>::finished, card, [this, watcher, card] {
        const GradCamResult cam = watcher->result();
        if (!m_showGradCam->isChecked())
            return;
        const QImage overlay = cam.ok() ? QImage(reinterpret_cast<const uchar*>(cam.overlay.data.constData()), cam.overlay.width,
                                                 cam.overlay.height, cam.overlay.bytesPerLine, QImage::Format_RGB888)
                                              .copy()
                                        : QImage();
        card->setGradCam(overlay, cam.error);
        Q_EMIT gradCamShown(card);
    });
    std::shared_ptr<Predictor> predictor = m_predictor;
    const QString path = card->path();
    watcher->setFuture(QtConcurrent::run(&m_pool, [predictor, path] { return predictor->gradCam(path); }));
}

void PredictTab::recordAnswer(PredictionCard* card, const QString& predicted, const QString& truth)
{
    if (projectDir().isEmpty() || !m_predictor)
        return;
    const FeedbackEntry answer{card->path().isEmpty() ? card->toolTip() : QDir(projectDir()).relativeFilePath(card->path()),
                               QFileInfo(m_predictor->runDir()).fileName(), predicted, truth,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (const Status recorded = FeedbackLog(projectDir()).append(answer); !recorded)
        showMessage(recorded.error());
    refreshFeedback();
}

void PredictTab::addToDataset(PredictionCard* card, const QString& className)
{
    if (projectDir().isEmpty() || card->path().isEmpty())
        return;
    // Through the document: every tab sees the new image, and Ctrl+Z on any tab takes it back.
    const auto added = m_document->addImageFile(card->path(), className, QStringLiteral("predict"));
    if (!added) {
        showMessage(added.error());
        return;
    }
    Q_EMIT statusMessage(tr("Added %1 to the dataset as '%2'").arg(QFileInfo(card->path()).fileName(), className));
}

void PredictTab::refreshFeedback()
{
    if (m_predictor)
        m_feedback->showAnswers(projectDir(), QFileInfo(m_predictor->runDir()).fileName(), m_predictor->info().classes);
    else
        m_feedback->showAnswers(QString(), QString(), {});
}

void PredictTab::refreshRuns(const QString& select)
{
    m_runs->clear();
    const QStringList runs = m_document->runs();
    for (const QString& run : runs)
        m_runs->addItem(QFileInfo(run).fileName(), run);
    if (runs.isEmpty()) {
        m_modelInfo->setText(tr("No trained model yet: train one on the Train tab first."));
        return;
    }
    const QString run = select.isEmpty() ? runs.first() : select;
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(run)));
    setRun(run);
}

void PredictTab::setRun(const QString& runDir)
{
    if (runDir.isEmpty() || (m_predictor && m_predictor->runDir() == QDir(runDir).absolutePath()))
        return;
    if (m_runs->findData(runDir) < 0) // a run made after the list was filled
        m_runs->insertItem(0, QFileInfo(runDir).fileName(), runDir);
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(runDir)));
    m_loadingRun = runDir;
    m_predictor.reset();
    updateLivePredictor();
    m_export->setRun({});
    m_shareButton->setEnabled(false);
    m_modelInfo->setText(tr("Loading %1…").arg(QFileInfo(runDir).fileName()));
    using Loaded = Expected<std::shared_ptr<Predictor>>;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, runDir] {
        watcher->deleteLater();
        if (runDir != m_loadingRun)
            return; // another run was chosen meanwhile
        const Loaded loaded = watcher->result();
        if (!loaded) {
            m_modelInfo->setText(loaded.error());
            return;
        }
        m_predictor = loaded.value();
        m_export->setRun(runDir);
        m_shareButton->setEnabled(true);
        const ModelInfo& info = m_predictor->info();
        const double accuracy = info.metrics.value("val_accuracy").toDouble(-1);
        m_modelInfo->setText(
            tr("%1 · %n class(es): %3%4", nullptr, int(info.classes.size()))
                .arg(info.arch)
                .arg(info.classes.join(", "))
                .arg(accuracy >= 0 ? tr(" · validation accuracy %1%").arg(QLocale().toString(accuracy * 100.0, 'f', 1)) : QString()));
        refreshFeedback();
        updateLivePredictor();
        Q_EMIT modelLoaded(runDir);
        const QStringList pending = std::exchange(m_pending, {});
        for (const QString& path : pending)
            predict(path);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [runDir] { return Predictor::load(runDir); }));
}

ShareDialog* PredictTab::shareDialog()
{
    if (!m_share) {
        m_share = new ShareDialog(this);
        connect(m_share, &ShareDialog::feedbackRecorded, this, &PredictTab::refreshFeedback);
        connect(m_share, &ShareDialog::sharingChanged, this, [this](bool sharing) {
            m_shareButton->setText(sharing ? tr("S&haring…") : tr("S&hare…"));
            Q_EMIT statusMessage(sharing ? tr("Sharing the model at %1").arg(m_share->address()) : tr("Stopped sharing the model"));
        });
    }
    return m_share;
}

void PredictTab::showShare()
{
    ShareDialog* dialog = shareDialog();
    if (!dialog->isSharing())
        dialog->setModel(m_predictor, projectDir());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void PredictTab::openImages()
{
    const QString filter = tr("Images (%1)").arg("*." + Project::imageExtensions().join(" *."));
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open images"), QString(), filter);
    addFiles(files);
}

void PredictTab::clearResults()
{
    for (PredictionCard* card : std::as_const(m_cards))
        card->deleteLater();
    m_cards.clear();
    m_message->hide();
    m_hint->show();
}

QString PredictTab::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PredictTab::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PredictTab::addFiles(const QStringList& paths)
{
    QStringList refused;
    const QStringList accepted = ImageIntake::imageFiles(paths, &refused);
    showMessage(refused.join('\n'));
    if (accepted.isEmpty())
        return;
    m_hint->hide();
    if (!m_predictor && m_loadingRun.isEmpty()) {
        showMessage(tr("No trained model to use yet: train one on the Train tab first."));
        return;
    }
    if (accepted.size() > 1 || m_batch->isVisible()) {
        m_batchTotal += int(accepted.size());
        m_batch->setRange(0, m_batchTotal);
        m_batch->setValue(m_batchDone);
        m_batch->setFormat(tr("Classifying %v of %m images"));
        m_batch->show();
    }
    for (const QString& path : accepted) {
        if (m_predictor)
            predict(path);
        else
            m_pending << path;
    }
}

void PredictTab::predict(const QString& path)
{
    auto* card = new PredictionCard(QFileInfo(path).fileName(), this);
    card->setToolTip(QDir::toNativeSeparators(path));
    card->setPath(path);
    connect(card, &PredictionCard::answered, this,
            [this, card](const QString& predicted, const QString& truth) { recordAnswer(card, predicted, truth); });
    connect(card, &PredictionCard::addToDatasetRequested, this, [this, card](const QString& cls) { addToDataset(card, cls); });
    m_cardLayout->insertWidget(0, card); // newest on top
    m_cards.push_back(card);

    auto* watcher = new QFutureWatcher<Classified>(card);
    connect(watcher, &QFutureWatcher<Classified>::finished, card, [this, watcher, card] {
        const Classified result = watcher->result();
        card->setThumbnail(result.thumbnail);
        if (m_predictor)
            card->setClasses(m_predictor->info().classes);
        card->setPrediction(result.prediction);
        if (m_showGradCam->isChecked())
            requestGradCam(card);
        if (m_batch->isVisible()) {
            m_batch->setValue(++m_batchDone);
            if (m_batchDone >= m_batchTotal) {
                m_batch->hide();
                m_batchDone = m_batchTotal = 0;
            }
        }
        Q_EMIT predictionShown(result.prediction);
    });
    std::shared_ptr<Predictor> predictor = m_predictor;
    watcher->setFuture(QtConcurrent::run(&m_pool, [predictor, path] {
        // EXIF-upright, as the model sees it; twice the card's size for sharp high-DPI screens.
        return Classified{ThumbnailCache::readScaled(path, PredictionCard::kThumbnailSize * 2),
                          predictor->predictFile(path, PredictionCard::kRows)};
    }));
}

void PredictTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PredictTab::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PredictTab::dropEvent(QDropEvent* event)
{
    event->acceptProposedAction();
    m_intake->take(event->mimeData(), /*acceptImage=*/false);
}

} // namespace picta

#include "predicttab.h"

#include "confusionheatmap.h"
#include "inference/predictor.h"
#include "predictioncard.h"
#include "thumbnailcache.h"

#include "data/importer.h"
#include "project/feedbacklog.h"
#include "project/project.h"
#include "zoo/filedownloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QGroupBox>
#include <QProgressBar>
#include <QShortcut>
#include <QTemporaryDir>

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
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

PredictTab::PredictTab(QWidget* parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    m_pool.setMaxThreadCount(1);

    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("runs"));
    m_runs->setMinimumContentsLength(24);
    m_runs->setToolTip(tr("The trained model to use"));
    connect(m_runs, &QComboBox::activated, this, [this](int index) { setRun(m_runs->itemData(index).toString()); });
    m_open = new QPushButton(tr("&Open images…"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_open, &QPushButton::clicked, this, &PredictTab::openImages);
    m_clear = new QPushButton(tr("C&lear"), this);
    connect(m_clear, &QPushButton::clicked, this, &PredictTab::clearResults);
    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_runs);

    m_showGradCam = new QCheckBox(tr("Show where it &looked (Grad-CAM)"), this);
    m_showGradCam->setToolTip(tr("A heat map over each image: red where the model found the evidence for its answer"));
    connect(m_showGradCam, &QCheckBox::toggled, this, &PredictTab::setGradCamShown);
    auto* paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this, &PredictTab::paste);

    auto* bar = new QHBoxLayout;
    bar->addWidget(modelLabel);
    bar->addWidget(m_runs, 1);
    bar->addWidget(m_showGradCam);
    bar->addWidget(m_open);
    bar->addWidget(m_clear);

    // The user's answers, as the dino seed showed them: a live confusion matrix.
    m_feedback = new QGroupBox(tr("Your answers (feedback confusion matrix)"), this);
    m_feedback->setCheckable(true);
    m_feedback->setChecked(false);
    m_feedbackMatrix = new ConfusionHeatmap(m_feedback);
    m_feedbackMatrix->setMinimumHeight(220);
    m_feedbackSummary = new QLabel(m_feedback);
    m_feedbackSummary->setWordWrap(true);
    auto* feedbackLayout = new QVBoxLayout(m_feedback);
    feedbackLayout->addWidget(m_feedbackSummary);
    feedbackLayout->addWidget(m_feedbackMatrix, 1);
    connect(m_feedback, &QGroupBox::toggled, m_feedbackMatrix, &QWidget::setVisible);
    m_feedbackMatrix->hide();

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
    m_hint->setMinimumHeight(120);
    m_hint->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 8px; color: palette(dark); font-size: 14pt; }"));

    auto* cards = new QWidget;
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(cards);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_modelInfo);
    layout->addWidget(m_batch);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_feedback);
}

PredictTab::~PredictTab()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void PredictTab::setProject(const QString& projectDir)
{
    m_projectDir = projectDir;
    m_predictor.reset();
    refreshRuns(QString());
    refreshFeedback();
}

QString PredictTab::temporaryDir()
{
    if (!m_temporary)
        m_temporary = std::make_unique<QTemporaryDir>();
    return m_temporary->path();
}

void PredictTab::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const QString path = QDir(temporaryDir()).filePath(QStringLiteral("pasted-%1.png").arg(++m_pasted));
        if (image.isNull() || !image.save(path, "PNG")) {
            showMessage(tr("The clipboard's image cannot be read"));
            return;
        }
        addFiles({path});
        return;
    }
    QList<QUrl> urls = mime->urls();
    if (urls.isEmpty() && mime->hasText())
        for (const QString& line : mime->text().split('\n', Qt::SkipEmptyParts))
            urls << QUrl::fromUserInput(line.trimmed());
    QStringList local;
    QList<QUrl> remote;
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            local << url.toLocalFile();
        else
            remote << url;
    }
    addFiles(local);
    addUrls(remote);
}

void PredictTab::addUrls(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            showMessage(tr("%1 is not a web address").arg(url.toDisplayString()));
            continue;
        }
        const QString name = Importer::sanitiseFileName(url.fileName().isEmpty() ? QStringLiteral("download") : url.fileName());
        const QString target = QDir(temporaryDir()).filePath(QStringLiteral("%1-%2").arg(++m_pasted).arg(name));
        auto* downloader = new FileDownloader(this);
        FileDownloader::Options options;
        options.maxBytes = qint64(50) << 20;
        connect(downloader, &FileDownloader::finished, this, [this, downloader](const QString& path) {
            downloader->deleteLater();
            addFiles({path});
        });
        connect(downloader, &FileDownloader::failed, this, [this, downloader, url](const QString& message) {
            downloader->deleteLater();
            showMessage(tr("%1 could not be downloaded: %2").arg(url.toDisplayString(), message));
        });
        Q_EMIT statusMessage(tr("Downloading %1…").arg(url.toDisplayString()));
        downloader->start(url, target, options);
    }
}

void PredictTab::setGradCamShown(bool shown)
{
    if (m_showGradCam->isChecked() != shown) {
        m_showGradCam->setChecked(shown); // toggled() comes back here
        return;
    }
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
        const QImage overlay = cam.ok() ? QImage(reinterpret_cast<const uchar*>(cam.overlay.data.constData()), cam.overlay.width, cam.overlay.height,
                                                 cam.overlay.bytesPerLine, QImage::Format_RGB888)
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
    if (m_projectDir.isEmpty() || !m_predictor)
        return;
    QString error;
    if (!FeedbackLog(m_projectDir)
             .append({card->path().isEmpty() ? card->toolTip() : QDir(m_projectDir).relativeFilePath(card->path()),
                      QFileInfo(m_predictor->runDir()).fileName(), predicted, truth,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                     &error))
        showMessage(error);
    refreshFeedback();
}

void PredictTab::addToDataset(PredictionCard* card, const QString& className)
{
    if (m_projectDir.isEmpty() || card->path().isEmpty())
        return;
    const ImportReport report = Importer(m_projectDir).importFile(card->path(), className, QStringLiteral("predict"));
    if (report.imported == 0) {
        showMessage(report.skipped.isEmpty() ? tr("Nothing was added") : report.skipped.first().reason);
        return;
    }
    Q_EMIT statusMessage(tr("Added %1 to the dataset as '%2'").arg(QFileInfo(card->path()).fileName(), className));
    Q_EMIT datasetChanged();
}

void PredictTab::refreshFeedback()
{
    if (m_projectDir.isEmpty() || !m_predictor) {
        m_feedbackMatrix->setMatrix({}, {});
        m_feedbackSummary->setText(tr("Answer under a prediction (✓ or the right class) and your answers add up here."));
        return;
    }
    const QStringList classes = m_predictor->info().classes;
    const ConfusionMatrix matrix = FeedbackLog(m_projectDir).confusion(classes, QFileInfo(m_predictor->runDir()).fileName());
    QVector<QVector<int>> counts(classes.size(), QVector<int>(classes.size(), 0));
    for (int t = 0; t < classes.size(); ++t)
        for (int p = 0; p < classes.size(); ++p)
            counts[t][p] = matrix.at(t, p);
    m_feedbackMatrix->setMatrix(classes, counts);
    m_feedbackSummary->setText(matrix.total() == 0
                                   ? tr("Answer under a prediction (✓ or the right class) and your answers add up here.")
                                   : tr("%n answer(s) about this model; it was right in %1 % of them.", nullptr, matrix.total())
                                         .arg(matrix.accuracy() * 100, 0, 'f', 0));
}

void PredictTab::refreshRuns(const QString& select)
{
    m_runs->clear();
    const auto project = Project::open(m_projectDir);
    const QStringList runs = project ? project->runs() : QStringList();
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
    if (m_runs->findData(runDir) < 0)
        refreshRuns(runDir); // a run made after the list was filled
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(runDir)));
    m_loadingRun = runDir;
    m_predictor.reset();
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
        const ModelInfo& info = m_predictor->info();
        const double accuracy = info.metrics.value("val_accuracy").toDouble(-1);
        m_modelInfo->setText(tr("%1 · %2 classes: %3%4")
                                 .arg(info.arch)
                                 .arg(info.classes.size())
                                 .arg(info.classes.join(", "))
                                 .arg(accuracy >= 0 ? tr(" · validation accuracy %1%").arg(accuracy * 100.0, 0, 'f', 1)
                                                    : QString()));
        refreshFeedback();
        Q_EMIT modelLoaded(runDir);
        const QStringList pending = std::exchange(m_pending, {});
        for (const QString& path : pending)
            predict(path);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [runDir] { return Predictor::load(runDir); }));
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
    QStringList accepted;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (Project::isImageFile(file))
                    accepted << file;
            }
        } else if (!info.exists()) {
            refused << tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
        } else if (!Project::isImageFile(path)) {
            refused << tr("%1 is not an image (supported: %2)")
                           .arg(info.fileName(), Project::imageExtensions().join(", "));
        } else {
            accepted << path;
        }
    }
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
    QStringList paths;
    QList<QUrl> remote;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            remote << url;
    }
    event->acceptProposedAction();
    addFiles(paths);
    addUrls(remote);
}

} // namespace picta

#include "predicttab.h"

#include "inference/predictor.h"
#include "predictioncard.h"
#include "project/project.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
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

QImage loadThumbnail(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation, as the model sees it
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(PredictionCard::kThumbnailSize * 2, PredictionCard::kThumbnailSize * 2,
                                         Qt::KeepAspectRatio));
    return reader.read();
}

bool hasImageExtension(const QString& path)
{
    return Project::imageExtensions().contains(QFileInfo(path).suffix().toLower());
}

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

    auto* bar = new QHBoxLayout;
    bar->addWidget(modelLabel);
    bar->addWidget(m_runs, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_clear);

    m_modelInfo = new QLabel(this);
    m_modelInfo->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px; }"));
    m_message->hide();

    m_hint = new QLabel(tr("Drop image files or folders here, or press Ctrl+Shift+O to open them."), this);
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
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
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
                if (hasImageExtension(file))
                    accepted << file;
            }
        } else if (!info.exists()) {
            refused << tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
        } else if (!hasImageExtension(path)) {
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
    m_cardLayout->insertWidget(0, card); // newest on top
    m_cards.push_back(card);

    auto* watcher = new QFutureWatcher<Classified>(card);
    connect(watcher, &QFutureWatcher<Classified>::finished, card, [this, watcher, card] {
        const Classified result = watcher->result();
        card->setThumbnail(result.thumbnail);
        card->setPrediction(result.prediction);
        Q_EMIT predictionShown(result.prediction);
    });
    std::shared_ptr<Predictor> predictor = m_predictor;
    watcher->setFuture(QtConcurrent::run(&m_pool, [predictor, path] {
        return Classified{loadThumbnail(path), predictor->predictFile(path, PredictionCard::kRows)};
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
    QStringList remote;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            remote << url.toDisplayString();
    }
    event->acceptProposedAction();
    addFiles(paths);
    if (!remote.isEmpty())
        showMessage(tr("Only files on this computer can be classified for now: %1").arg(remote.join(", ")));
}

} // namespace picta

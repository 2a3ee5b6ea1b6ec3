#include "scrape/scrapetab.h"

#include "common/thumbnailcache.h"

#include "document/projectdocument.h"
#include "project/credits.h"
#include "scraping/scrapecontroller.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace picta {

namespace {

enum Column { TermColumn, ClassColumn, ProgressColumn, CountsColumn };

} // namespace

ScrapeTab::ScrapeTab(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(new ScrapeController(this))
    , m_thumbnailCache(new ThumbnailCache(this))
{
    buildUi();
    connect(m_thumbnailCache, &ThumbnailCache::ready, this, [this](const QString& path) {
        if (QListWidgetItem* item = m_items.value(path))
            item->setIcon(m_thumbnailCache->thumbnail(path));
    });
    connect(m_controller, &ScrapeController::progress, this, &ScrapeTab::onProgress);
    connect(m_controller, &ScrapeController::imageSaved, this, &ScrapeTab::onImage);
    connect(m_controller, &ScrapeController::failure, this, [this](const QString& m) { m_log->appendPlainText(m); });
    connect(m_controller, &ScrapeController::finished, this, &ScrapeTab::onFinished);
    connect(m_controller, &ScrapeController::runningChanged, this, [this](bool running) {
        m_start->setEnabled(!running);
        m_stop->setEnabled(running);
        m_terms->setEnabled(!running);
    });
    connect(m_document, &ProjectDocument::opened, this,
            [this] { m_thumbnailCache->setCacheDir(QDir(m_document->rootDir()).filePath(QStringLiteral(".cache/thumbnails"))); });
    if (m_document->isOpen())
        m_thumbnailCache->setCacheDir(QDir(m_document->rootDir()).filePath(QStringLiteral(".cache/thumbnails")));
}

void ScrapeTab::buildUi()
{
    m_terms = new QTableWidget(0, 4, this);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setHorizontalHeaderLabels({tr("Search term"), tr("Class"), tr("Progress"), tr("Found · new · dup. · failed")});
    m_terms->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_terms->horizontalHeader()->setSectionResizeMode(CountsColumn, QHeaderView::ResizeToContents);
    m_terms->verticalHeader()->hide();
    auto* newTerm = new QLineEdit(this);
    newTerm->setPlaceholderText(tr("Type a term (e.g. sea otter) and press Enter"));
    connect(newTerm, &QLineEdit::returnPressed, this, [this, newTerm] {
        addTerm(newTerm->text().trimmed());
        newTerm->clear();
    });
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_terms->currentRow() >= 0)
            m_terms->removeRow(m_terms->currentRow());
    });
    auto* termRow = new QHBoxLayout;
    termRow->addWidget(newTerm, 1);
    termRow->addWidget(remove);

    m_source = new QComboBox(this);
    m_source->addItem(tr("Openverse (Creative Commons, many collections)"), QStringLiteral("openverse"));
    m_source->addItem(tr("Wikimedia Commons"), QStringLiteral("wikimedia"));
    m_source->addItem(tr("iNaturalist (animals and plants, by species name)"), QStringLiteral("inaturalist"));
    m_source->addItem(tr("A list of image addresses (text file)"), QStringLiteral("urls"));
    m_source->addItem(tr("Reddit (needs your own app credentials: not available)"), QStringLiteral("reddit"));
    if (ImageSource::redditId().isEmpty())
        m_source->setItemData(4, 0, Qt::UserRole - 1); // item flags 0: shown but not selectable
    else
        m_source->setItemText(4, tr("Reddit (no licence stated: ask before reusing the images)"));
    connect(m_source, &QComboBox::currentIndexChanged, this, &ScrapeTab::updateSourceUi);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 10000);
    m_count->setValue(50);
    m_minSide = new QSpinBox(this);
    m_minSide->setRange(0, 4000);
    m_minSide->setValue(64);
    m_minSide->setSuffix(tr(" px"));
    m_license = new QComboBox(this);
    m_license->addItem(tr("Any licence"), QStringLiteral("any"));
    m_license->addItem(tr("Commercial use allowed"), QStringLiteral("commercial"));
    m_license->addItem(tr("Modification allowed"), QStringLiteral("modification"));
    m_license->addItem(tr("CC0 or public domain only"), QStringLiteral("cc0"));
    m_urlsFile = new QLineEdit(this);
    m_browse = new QPushButton(tr("Choose…"), this);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("A text file of image addresses"));
        if (!file.isEmpty())
            m_urlsFile->setText(file);
    });
    auto* urlsRow = new QHBoxLayout;
    urlsRow->addWidget(m_urlsFile, 1);
    urlsRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("So&urce:"), m_source);
    form->addRow(tr("&Images per term:"), m_count);
    form->addRow(tr("Smallest si&ze:"), m_minSide);
    form->addRow(tr("&Licence:"), m_license);
    form->addRow(tr("Address list:"), urlsRow);

    m_start = new QPushButton(tr("&Start"), this);
    m_start->setToolTip(tr("Start, or resume a stopped job where it stopped (Ctrl+Return)"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_stop = new QPushButton(tr("St&op"), this);
    m_stop->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &ScrapeTab::start);
    connect(m_stop, &QPushButton::clicked, this, &ScrapeTab::stop);
    m_overall = new QProgressBar(this);
    m_counts
        = new QLabel(tr("Add search terms, choose a source, press Start. Each term becomes a class; every image keeps its licence."), this);
    m_counts->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    // The attribution file every scraped dataset needs before it is shared (core writes it, as
    // `picta-cli credits` does).
    auto* credits = new QPushButton(tr("Write c&redits"), this);
    credits->setToolTip(tr("Write CREDITS.md: each image with its page, creator and licence, from sources.csv"));
    connect(credits, &QPushButton::clicked, this, [this] {
        if (!m_document->isOpen())
            return;
        int credited = 0;
        const Status written = Credits::write(m_document->rootDir(), {}, &credited);
        Q_EMIT statusMessage(written ? tr("%n image(s) credited in %1", nullptr, credited)
                                           .arg(QDir::toNativeSeparators(Credits::defaultPath(m_document->rootDir())))
                                     : written.error());
    });
    buttons->addWidget(credits);
    buttons->addWidget(m_overall, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_terms, 1);
    leftLayout->addLayout(termRow);
    leftLayout->addLayout(form);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_counts);

    m_thumbnails = new QListWidget(this);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(72, 72));
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setMovement(QListView::Static);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Failures and their reasons appear here"));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_thumbnails);
    right->addWidget(m_log);
    right->setStretchFactor(0, 3);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setTabOrder(m_terms, newTerm);
    setTabOrder(newTerm, remove);
    setTabOrder(remove, m_source);
    setTabOrder(m_source, m_count);
    setTabOrder(m_count, m_minSide);
    setTabOrder(m_minSide, m_license);
    setTabOrder(m_license, m_urlsFile);
    setTabOrder(m_urlsFile, m_browse);
    setTabOrder(m_browse, m_start);
    setTabOrder(m_start, m_stop);
    setTabOrder(m_stop, credits);
    updateSourceUi();
}

void ScrapeTab::updateSourceUi()
{
    const bool urls = m_source->currentData().toString() == QLatin1String("urls");
    m_urlsFile->setEnabled(urls);
    m_browse->setEnabled(urls);
}

void ScrapeTab::addTerm(const QString& term, const QString& className)
{
    if (term.isEmpty())
        return;
    const int row = m_terms->rowCount();
    m_terms->insertRow(row);
    m_terms->setItem(row, TermColumn, new QTableWidgetItem(term));
    m_terms->setItem(row, ClassColumn, new QTableWidgetItem(className.isEmpty() ? term : className));
    auto* bar = new QProgressBar(m_terms);
    bar->setRange(0, m_count->value());
    bar->setValue(0);
    m_terms->setCellWidget(row, ProgressColumn, bar);
    auto* counts = new QTableWidgetItem(QStringLiteral("–"));
    counts->setFlags(counts->flags() & ~Qt::ItemIsEditable);
    m_terms->setItem(row, CountsColumn, counts);
}

ScrapeOptions ScrapeTab::options() const
{
    ScrapeOptions o;
    o.projectDir = m_document->rootDir();
    o.source = m_source->currentData().toString();
    for (int r = 0; r < m_terms->rowCount(); ++r) {
        o.terms << m_terms->item(r, TermColumn)->text().trimmed();
        o.classNames << m_terms->item(r, ClassColumn)->text().trimmed();
    }
    o.count = m_count->value();
    o.minSide = m_minSide->value();
    o.license = *ImageSource::parseFilter(m_license->currentData().toString());
    o.urlsFile = m_urlsFile->text();
    o.apiBase = m_apiBase;
    o.requestsPerMinute = m_perMinute;
    return o;
}

bool ScrapeTab::isRunning() const
{
    return m_controller->isRunning();
}

void ScrapeTab::start()
{
    if (!m_document->isOpen()) {
        Q_EMIT statusMessage(tr("Open or create a project first"));
        return;
    }
    const ScrapeOptions o = options();
    if (o.terms.isEmpty()) {
        Q_EMIT statusMessage(tr("Add at least one search term"));
        return;
    }
    m_progress.clear();
    for (int r = 0; r < m_terms->rowCount(); ++r)
        if (auto* bar = qobject_cast<QProgressBar*>(m_terms->cellWidget(r, ProgressColumn)))
            bar->setRange(0, o.count);
    m_overall->setRange(0, o.count * int(o.terms.size()));
    m_overall->setValue(0);
    m_counts->setText(tr("Searching…"));
    m_controller->start(o);
}

void ScrapeTab::stop()
{
    m_controller->stop();
    m_counts->setText(tr("Stopping after the current download…"));
}

void ScrapeTab::onProgress(const TermProgress& p)
{
    m_progress[p.term] = p;
    for (int r = 0; r < m_terms->rowCount(); ++r) {
        if (m_terms->item(r, TermColumn)->text().trimmed() != p.term)
            continue;
        if (auto* bar = qobject_cast<QProgressBar*>(m_terms->cellWidget(r, ProgressColumn)))
            bar->setValue(std::min(bar->maximum(), p.downloaded));
        m_terms->item(r, CountsColumn)
            ->setText(QStringLiteral("%1 · %2 · %3 · %4").arg(p.found).arg(p.downloaded).arg(p.duplicates).arg(p.failed));
    }
    updateOverall();
}

void ScrapeTab::updateOverall()
{
    int downloaded = 0, duplicates = 0, failed = 0, found = 0;
    for (const TermProgress& p : std::as_const(m_progress)) {
        downloaded += p.downloaded;
        duplicates += p.duplicates;
        failed += p.failed;
        found += p.found;
    }
    m_overall->setValue(std::min(m_overall->maximum(), downloaded));
    m_counts->setText(
        tr("%1 found, %2 downloaded, %n skipped as duplicate(s), %4 failed", nullptr, duplicates).arg(found).arg(downloaded).arg(failed));
}

void ScrapeTab::onImage(const QString& path, const QString& className)
{
    auto* item = new QListWidgetItem(m_thumbnailCache->thumbnail(path), className, m_thumbnails);
    item->setToolTip(path);
    m_items.insert(path, item);
    m_thumbnails->scrollToItem(item);
    m_document->rescan(); // the Dataset tab shows the images as they land (one listing per burst)
}

void ScrapeTab::onFinished(const ScrapeReport& report)
{
    if (!report.error.isEmpty()) {
        m_counts->setText(report.error);
        m_log->appendPlainText(report.error);
    } else {
        m_counts->setText((report.cancelled ? tr("Stopped: press Start to resume. ") : tr("Done. "))
                          + tr("%1 downloaded, %n duplicate(s) skipped, %3 failed", nullptr, report.duplicates())
                                .arg(report.downloaded())
                                .arg(report.failed()));
    }
    if (report.downloaded() > 0)
        m_document->rescan();
    Q_EMIT finished(report);
}

QString ScrapeTab::log() const
{
    return m_log->toPlainText();
}

} // namespace picta

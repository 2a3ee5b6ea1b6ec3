#include "wizard/collectpage.h"

#include "camera/capturedialog.h"
#include "camera/capturepanel.h"

#include "common/thumbnailcache.h"
#include "document/datasetmodel.h"
#include "document/projectdocument.h"
#include "wizard/newclassifierwizard.h"
#include "wizard/sketchdialog.h"

#include "data/importer.h"
#include "scraping/imagesource.h"
#include "scraping/scrapecontroller.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace picta {

namespace {
constexpr int kStripSize = 24; ///< newest pictures shown for the class
constexpr int kThumbSide = 56;
} // namespace

CollectPage::CollectPage(NewClassifierWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("2 · Collect examples, class by class"));
    setSubTitle(tr("Pick a class on the left and give it pictures: search the web, import a folder, drop or paste pictures, or draw. "
                   "At least %1 per class; %2 or more work much better.")
                    .arg(kFewest)
                    .arg(kEnough));
    setAcceptDrops(true);

    m_classList = new QListWidget(this);
    m_classList->setObjectName(QStringLiteral("collectClasses"));
    m_classList->setMaximumWidth(220);
    connect(m_classList, &QListWidget::currentRowChanged, this, [this] {
        const QString name = currentClass();
        m_heading->setText(tr("Pictures of <b>%1</b>").arg(name.toHtmlEscaped()));
        m_term->setText(m_terms.value(name, name));
        refreshStrip();
    });
    m_heading = new QLabel(this);

    m_term = new QLineEdit(this);
    m_term->setObjectName(QStringLiteral("searchTerm"));
    connect(m_term, &QLineEdit::textEdited, this, [this](const QString& text) { m_terms[currentClass()] = text; });
    connect(m_term, &QLineEdit::returnPressed, this, &CollectPage::searchWeb);
    m_source = new QComboBox(this);
    m_source->addItem(tr("Openverse (Creative Commons pictures)"), QStringLiteral("openverse"));
    m_source->addItem(tr("Wikimedia Commons"), QStringLiteral("wikimedia"));
    m_source->addItem(tr("iNaturalist (animals and plants, by species name)"), QStringLiteral("inaturalist"));
    m_license = new QComboBox(this);
    m_license->addItem(tr("Free to change and share (modification allowed)"), QStringLiteral("modification"));
    m_license->addItem(tr("Free for any use, also commercial"), QStringLiteral("commercial"));
    m_license->addItem(tr("Public domain only (CC0)"), QStringLiteral("cc0"));
    m_license->addItem(tr("Any licence"), QStringLiteral("any"));
    m_license->setToolTip(tr("Only pictures whose licence allows this are downloaded; each picture's licence and author are kept"));
    m_count = new QSpinBox(this);
    m_count->setRange(1, 1000);
    m_count->setValue(kEnough);
    m_count->setSuffix(tr(" pictures"));
    m_search = new QPushButton(tr("&Search the web"), this);
    m_search->setObjectName(QStringLiteral("searchButton"));
    connect(m_search, &QPushButton::clicked, this, &CollectPage::searchWeb);
    auto* web = new QGroupBox(tr("From the web"), this);
    auto* webForm = new QFormLayout(web);
    webForm->addRow(tr("Search fo&r:"), m_term);
    webForm->addRow(tr("S&ource:"), m_source);
    webForm->addRow(tr("&Licence:"), m_license);
    webForm->addRow(tr("&How many:"), m_count);
    webForm->addRow(QString(), m_search);

    m_import = new QPushButton(tr("Import a &folder…"), this);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder of pictures of %1").arg(currentClass()));
        if (!folder.isEmpty())
            importInto(folder);
    });
    auto* importZip = new QPushButton(tr("Import a &zip…"), this);
    connect(importZip, &QPushButton::clicked, this, [this] {
        const QString zip = QFileDialog::getOpenFileName(this, tr("A zip archive of pictures of %1").arg(currentClass()), QString(),
                                                         tr("Zip archives (*.zip)"));
        if (!zip.isEmpty())
            importInto(zip);
    });
    m_draw = new QPushButton(tr("&Draw…"), this);
    connect(m_draw, &QPushButton::clicked, this, &CollectPage::drawForClass);
    m_camera = new QPushButton(tr("&Camera…"), this);
    m_camera->setObjectName(QStringLiteral("cameraButton"));
    m_camera->setToolTip(tr("Show the object to a camera and hold Record: ten pictures a second"));
    connect(m_camera, &QPushButton::clicked, this, &CollectPage::recordForClass);
    auto* pasteKey = new QShortcut(QKeySequence::Paste, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(pasteKey, &QShortcut::activated, this, &CollectPage::paste);
    auto* other = new QHBoxLayout;
    other->addWidget(m_import);
    other->addWidget(importZip);
    other->addWidget(m_draw);
    other->addWidget(m_camera);
    other->addStretch();
    auto* dropHint = new QLabel(tr("…or drop picture files here, or paste one (Ctrl+V)."), this);

    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("strip"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setIconSize(QSize(kThumbSide, kThumbSide));
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setFixedHeight(kThumbSide + 34);
    m_strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip->setFocusPolicy(Qt::NoFocus);
    m_thumbnails = new ThumbnailCache(this);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString& path) {
        for (int i = 0; i < m_strip->count(); ++i)
            if (m_strip->item(i)->data(Qt::UserRole).toString() == path)
                m_strip->item(i)->setIcon(m_thumbnails->thumbnail(path));
    });

    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("guidance"));
    m_guidance->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("collectStatus"));
    m_status->setWordWrap(true);

    auto* right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(web);
    right->addLayout(other);
    right->addWidget(dropHint);
    right->addWidget(m_strip);
    right->addWidget(m_status);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_classList);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_guidance);
    setTabOrder(m_classList, m_term);
    setTabOrder(m_term, m_source);
    setTabOrder(m_source, m_license);
    setTabOrder(m_license, m_count);
    setTabOrder(m_count, m_search);
    setTabOrder(m_search, m_import);
    setTabOrder(m_import, importZip);
    setTabOrder(importZip, m_draw);
    setTabOrder(m_draw, m_camera);

    m_scraper = new ScrapeController(this);
    connect(m_scraper, &ScrapeController::progress, this, [this](const TermProgress& p) {
        m_status->setText(tr("Downloading pictures of %1: %2 of %3 so far%4")
                              .arg(p.className)
                              .arg(p.downloaded)
                              .arg(m_count->value())
                              .arg(m_queue.isEmpty() ? QString() : tr(" · searches waiting: %1").arg(m_queue.size())));
    });
    connect(m_scraper, &ScrapeController::finished, this, &CollectPage::onScrapeFinished);

    ProjectDocument* document = m_wizard->document();
    connect(document, &ProjectDocument::countsChanged, this, [this] {
        refreshCounts();
        refreshStrip();
    });
    connect(document, &ProjectDocument::classesChanged, this, [this] {
        if (isVisible())
            initializePage();
    });
}

CollectPage::~CollectPage()
{
    m_importJob.cancel();
}

void CollectPage::initializePage()
{
    const QString selected = currentClass();
    const QStringList classes = m_wizard->document()->classes();
    m_classList->blockSignals(true);
    m_classList->clear();
    for (const QString& name : classes)
        m_classList->addItem(name);
    m_classList->blockSignals(false);
    const QJsonObject terms = NewClassifierWizard::savedState(m_wizard->document()).value(QStringLiteral("terms")).toObject();
    for (auto it = terms.begin(); it != terms.end(); ++it)
        if (!m_terms.contains(it.key()))
            m_terms.insert(it.key(), it.value().toString());
    m_thumbnails->setCacheDir(QDir(m_wizard->document()->rootDir()).filePath(QStringLiteral(".cache/thumbnails")));
    m_classList->setCurrentRow(std::max(0, int(classes.indexOf(selected))));
    refreshCounts();
}

QString CollectPage::currentClass() const
{
    const QListWidgetItem* item = m_classList->currentItem();
    return item ? item->data(Qt::UserRole).toString().isEmpty() ? item->text() : item->data(Qt::UserRole).toString() : QString();
}

void CollectPage::selectClass(const QString& name)
{
    for (int i = 0; i < m_classList->count(); ++i)
        if (m_classList->item(i)->data(Qt::UserRole).toString() == name)
            m_classList->setCurrentRow(i);
}

void CollectPage::setSearchTerm(const QString& term)
{
    m_term->setText(term);
    m_terms[currentClass()] = term;
}

void CollectPage::setSearchCount(int count)
{
    m_count->setValue(count);
}

void CollectPage::refreshCounts()
{
    ProjectDocument* document = m_wizard->document();
    const QStringList classes = document->classes();
    const QVector<int> counts = document->counts();
    for (int i = 0; i < m_classList->count() && i < classes.size(); ++i) {
        QListWidgetItem* item = m_classList->item(i);
        const int n = counts.value(i);
        item->setData(Qt::UserRole, classes[i]);
        item->setText(tr("%1 — %2").arg(classes[i]).arg(n));
        item->setForeground(n < kFewest ? QColor(0xb0, 0x00, 0x20) : n < kEnough ? QColor(0x99, 0x66, 0x00) : palette().text().color());
    }
    m_guidance->setText(guidance());
    Q_EMIT completeChanged();
}

void CollectPage::refreshStrip()
{
    const int classIndex = m_wizard->document()->classes().indexOf(currentClass());
    QStringList paths;
    for (const DatasetImage& image : m_wizard->document()->model()->images())
        if (image.classIndex == classIndex && classIndex >= 0)
            paths << image.path;
    if (paths.size() > kStripSize)
        paths = paths.mid(paths.size() - kStripSize);
    m_strip->clear();
    for (const QString& path : std::as_const(paths)) {
        auto* item = new QListWidgetItem(m_thumbnails->thumbnail(path), QString(), m_strip);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

QString CollectPage::guidance() const
{
    ProjectDocument* document = m_wizard->document();
    const QStringList classes = document->classes();
    const QVector<int> counts = document->counts();
    QStringList blocking, thin;
    for (int i = 0; i < classes.size(); ++i) {
        if (counts.value(i) < kFewest)
            blocking << tr("%1 has %2").arg(classes[i]).arg(counts.value(i));
        else if (counts.value(i) < kEnough)
            thin << classes[i];
    }
    if (!blocking.isEmpty())
        return tr("Every class needs at least %n picture(s) before training (%2).", nullptr, kFewest).arg(blocking.join(tr(", ")));
    if (!thin.isEmpty())
        return tr("You can go on. Classes with fewer than %n picture(s) (%2) will get more answers wrong: add more when you can.", nullptr,
                  kEnough)
            .arg(thin.join(tr(", ")));
    if (isBusy())
        return tr("Enough pictures to go on; downloads keep running in the background.");
    return tr("Every class has %n or more pictures: a good start.", nullptr, kEnough);
}

QString CollectPage::status() const
{
    return m_status->text();
}

bool CollectPage::isComplete() const
{
    const QVector<int> counts = m_wizard->document()->counts();
    const int classes = int(m_wizard->document()->classes().size());
    if (classes < 2)
        return false;
    for (int i = 0; i < classes; ++i)
        if (counts.value(i) < kFewest)
            return false;
    return true;
}

bool CollectPage::isBusy() const
{
    return m_scraper->isRunning() || !m_queue.isEmpty() || m_importJob.isRunning();
}

void CollectPage::searchWeb()
{
    const QString className = currentClass();
    const QString term = m_term->text().trimmed();
    if (className.isEmpty() || term.isEmpty())
        return;
    ScrapeOptions options;
    options.projectDir = m_wizard->document()->rootDir();
    options.source = m_source->currentData().toString();
    options.terms = {term};
    options.classNames = {className};
    options.count = m_count->value();
    options.license = *ImageSource::parseFilter(m_license->currentData().toString());
    options.apiBase = m_apiBase;
    options.requestsPerMinute = m_perMinute;
    m_queue << options;
    m_wizard->remember(QStringLiteral("terms"), QJsonObject::fromVariantHash([this] {
                           QVariantHash h;
                           for (auto it = m_terms.cbegin(); it != m_terms.cend(); ++it)
                               h.insert(it.key(), it.value());
                           return h;
                       }()));
    if (!m_scraper->isRunning())
        startNextSearch();
    else
        m_status->setText(tr("%1 will be searched next (searches waiting: %2).").arg(className).arg(m_queue.size()));
    m_guidance->setText(guidance());
}

void CollectPage::startNextSearch()
{
    if (m_queue.isEmpty() || m_scraper->isRunning())
        return;
    const ScrapeOptions options = m_queue.takeFirst();
    m_searching = options.classNames.value(0);
    m_status->setText(
        tr("Searching %1 for “%2”…").arg(m_source->itemText(std::max(0, m_source->findData(options.source))), options.terms.value(0)));
    m_scraper->start(options);
}

void CollectPage::onScrapeFinished(const ScrapeReport& report)
{
    QString note;
    if (!report.error.isEmpty())
        note = tr("The search for %1 failed: %2").arg(m_searching, report.error);
    else
        note = tr("%1: %2 downloaded").arg(m_searching).arg(report.downloaded())
            + (report.failed() > 0 ? tr(", %1 failed").arg(report.failed()) : QString())
            + (report.duplicates() > 0 ? tr(", %1 already in the project").arg(report.duplicates()) : QString())
            + (report.downloaded() == 0 && report.failed() == 0 ? tr(" (nothing found: try other words)") : QString());
    m_notes.prepend(note);
    m_searching.clear();
    m_wizard->document()->rescan();
    m_status->setText(m_notes.mid(0, 3).join('\n'));
    startNextSearch();
    if (!isBusy())
        Q_EMIT idle();
    m_guidance->setText(guidance());
}

void CollectPage::importInto(const QString& source)
{
    const QString className = currentClass();
    if (className.isEmpty())
        return;
    if (m_importJob.isRunning()) {
        m_status->setText(tr("An import is running: add %1 when it has finished.").arg(QDir::toNativeSeparators(source)));
        return;
    }
    Importer::Options options;
    options.intoClass = className;
    const QString root = m_wizard->document()->rootDir();
    m_status->setText(tr("Importing %1 into %2…").arg(QDir::toNativeSeparators(source), className));
    m_importJob = startJob(
        this,
        [root, options, source](const JobContext& job) {
            return Importer(root, options).import(source, job.progressCallback(), job.cancelFlag());
        },
        [this, className](const ImportReport& report) {
            QString note = tr("%1: %2 imported").arg(className).arg(report.imported);
            if (report.duplicates > 0)
                note += tr(", %1 already in the project").arg(report.duplicates);
            if (!report.skipped.isEmpty())
                note += tr(", %1 skipped (first: %2)")
                            .arg(report.skipped.size())
                            .arg(QFileInfo(report.skipped.first().path).fileName() + QStringLiteral(": ") + report.skipped.first().reason);
            if (!report.fatal.isEmpty())
                note += QStringLiteral(" — ") + report.fatal;
            m_notes.prepend(note);
            m_status->setText(m_notes.mid(0, 3).join('\n'));
            m_wizard->document()->rescan();
            if (!isBusy())
                Q_EMIT idle();
        },
        [this](int done, int total) { m_status->setText(tr("Importing: %1 of %2").arg(done).arg(total)); });
}

void CollectPage::addFiles(const QStringList& paths)
{
    const QString className = currentClass();
    if (className.isEmpty())
        return;
    int added = 0;
    QStringList problems;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir() || path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
            importInto(path);
            continue;
        }
        const auto written = m_wizard->document()->addImageFile(path, className, QStringLiteral("drop"));
        if (written)
            ++added;
        else
            problems << written.error();
    }
    m_notes.prepend(tr("%1: %2 added").arg(className).arg(added)
                    + (problems.isEmpty() ? QString() : QStringLiteral(" — ") + problems.join(QStringLiteral("; "))));
    m_status->setText(m_notes.mid(0, 3).join('\n'));
}

void CollectPage::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasUrls()) {
        QStringList files;
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
        if (!files.isEmpty()) {
            addFiles(files);
            return;
        }
    }
    if (!mime->hasImage() || currentClass().isEmpty())
        return;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString name = QStringLiteral("pasted-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const auto written = m_wizard->document()->addImageData(png, name, currentClass(), QStringLiteral("paste"));
    m_status->setText(written ? tr("Pasted picture added to %1").arg(currentClass())
                              : tr("The pasted picture cannot be added: %1").arg(written.error()));
}

void CollectPage::drawForClass()
{
    if (currentClass().isEmpty())
        return;
    SketchDialog dialog(m_wizard->document(), currentClass(), this);
    dialog.resize(480, 560);
    dialog.exec();
}

void CollectPage::recordForClass()
{
    if (currentClass().isEmpty())
        return;
    CaptureDialog dialog(m_wizard->document(), this);
    dialog.panel()->setClass(currentClass());
    dialog.exec();
}

void CollectPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void CollectPage::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty())
        addFiles(files);
    event->acceptProposedAction();
}

} // namespace picta

#include "dataset/duplicatesdialog.h"

#include "common/thumbnailcache.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "cleaning/integritychecker.h"

namespace picta {

DuplicatesDialog::DuplicatesDialog(const QString& projectRoot, QWidget* parent)
    : QDialog(parent)
    , m_root(projectRoot)
    , m_thumbnails(new ThumbnailCache(this))
{
    setWindowTitle(tr("Find duplicates"));
    resize(820, 560);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 24);
    m_threshold->setValue(DuplicateFinder::kDefaultThreshold);
    m_threshold->setToolTip(tr("How many of the 64 hash bits may differ: higher finds more altered copies, and more false matches"));
    auto* again = new QPushButton(tr("&Search again"), this);
    connect(again, &QPushButton::clicked, this, &DuplicatesDialog::search);
    auto* thresholdRow = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(tr("&Similarity threshold (bits):"), this);
    thresholdLabel->setBuddy(m_threshold);
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(again);
    thresholdRow->addStretch(1);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Keep"), tr("Resolution"), tr("File size"), tr("File")});
    m_tree->setIconSize(QSize(64, 64));
    m_tree->header()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_quarantine = buttons->addButton(tr("&Quarantine the unticked"), QDialogButtonBox::AcceptRole);
    m_quarantine->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_thumbnails->setCacheDir(QDir(projectRoot).filePath(QStringLiteral(".cache/thumbnails"))); // shared with the Dataset tab
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString& path) {
        if (QTreeWidgetItem* item = m_items.value(path))
            item->setIcon(0, m_thumbnails->thumbnail(path));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    search();
}

DuplicatesDialog::~DuplicatesDialog()
{
    if (m_cancel)
        *m_cancel = true;
}

void DuplicatesDialog::search()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_finished = false;
    m_items.clear();
    m_tree->clear();
    m_quarantine->setEnabled(false);
    m_status->setText(tr("Listing files…"));
    m_timer.start();
    QPointer<DuplicatesDialog> self(this);
    auto cancel = m_cancel;
    const QString root = m_root;
    const int threshold = m_threshold->value();
    auto future = QtConcurrent::run([self, cancel, root, threshold] {
        QStringList files;
        for (const QString& f : IntegrityChecker::datasetFiles(root))
            if (!f.contains(QLatin1String("/quarantine/")))
                files << f;
        QElapsedTimer throttle;
        throttle.start();
        std::atomic_llong last{0};
        const DuplicateReport report = DuplicateFinder::find(
            files, threshold,
            [&](DuplicateFinder::Phase phase, int done, int total) {
                const qint64 now = throttle.elapsed();
                if (done != total && now - last < 50)
                    return;
                last = now;
                QMetaObject::invokeMethod(qApp, [self, phase, done, total, cancel] {
                    if (self && !*cancel)
                        self->onProgress(int(phase), done, total);
                });
            },
            cancel.get());
        QMetaObject::invokeMethod(qApp, [self, report, cancel] {
            if (self && !*cancel)
                self->onFinished(report);
        });
    });
    Q_UNUSED(future);
}

void DuplicatesDialog::onProgress(int phase, int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    const qint64 left = done > 0 && done < total ? m_timer.elapsed() * (total - done) / done / 1000 : 0;
    m_status->setText(phase == int(DuplicateFinder::Phase::Hashing)
                          ? tr("Hashing %1 of %n image(s), about %3 s left", nullptr, total).arg(done).arg(left)
                          : tr("Searching %1 of %2").arg(done).arg(total));
}

void DuplicatesDialog::onFinished(const DuplicateReport& report)
{
    m_finished = true;
    m_report = report;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    int extra = 0;
    for (const DuplicateGroup& g : report.groups)
        extra += int(g.images.size()) - 1;
    m_status->setText(tr("%n group(s) among %1 images", nullptr, int(report.groups.size())).arg(report.images)
                      + tr("; %n copies would go to the quarantine (%1 s).", nullptr, extra)
                            .arg(QLocale().toString(report.hashSeconds + report.searchSeconds, 'f', 1)));
    const QDir root(m_root);
    for (int g = 0; g < report.groups.size(); ++g) {
        const DuplicateGroup& group = report.groups[g];
        auto* top = new QTreeWidgetItem(
            m_tree, {group.exact ? tr("Group %1: identical files").arg(g + 1) : tr("Group %1: near duplicates").arg(g + 1)});
        top->setFirstColumnSpanned(true);
        for (int i = 0; i < group.images.size(); ++i) {
            const DuplicateImage& image = group.images[i];
            auto* item = new QTreeWidgetItem(top,
                                             {QString(), tr("%1×%2").arg(image.width).arg(image.height),
                                              QLocale().formattedDataSize(image.fileSize),
                                              QDir::toNativeSeparators(root.relativeFilePath(image.path))});
            item->setCheckState(0, i == 0 ? Qt::Checked : Qt::Unchecked);
            item->setData(3, Qt::UserRole, image.path);
            item->setIcon(0, m_thumbnails->thumbnail(image.path));
            m_items.insert(image.path, item);
        }
        top->setExpanded(g < 200);
    }
    m_tree->setColumnWidth(0, 130); // check box and a 64 px thumbnail
    m_tree->resizeColumnToContents(1);
    m_quarantine->setEnabled(!report.groups.isEmpty());
}

QStringList DuplicatesDialog::pathsToQuarantine() const
{
    QStringList paths;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(g);
        for (int i = 0; i < top->childCount(); ++i)
            if (top->child(i)->checkState(0) == Qt::Unchecked)
                paths << top->child(i)->data(3, Qt::UserRole).toString();
    }
    return paths;
}

QStringList DuplicatesDialog::reasons() const
{
    // Worded by core, as `picta-cli dedupe --quarantine` words it; the kept copy is the first one
    // left ticked (the best, unless the user chose another).
    QStringList list;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(g);
        QString kept;
        for (int i = 0; i < top->childCount() && kept.isEmpty(); ++i)
            if (top->child(i)->checkState(0) == Qt::Checked)
                kept = top->child(i)->data(3, Qt::UserRole).toString();
        const bool exact = g < m_report.groups.size() && m_report.groups[g].exact;
        for (int i = 0; i < top->childCount(); ++i)
            if (top->child(i)->checkState(0) == Qt::Unchecked)
                list << DuplicateFinder::quarantineReason(exact, m_root, kept);
    }
    return list;
}

} // namespace picta

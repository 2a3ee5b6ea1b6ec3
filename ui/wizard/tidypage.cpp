#include "wizard/tidypage.h"

#include "dataset/quarantinedialog.h"
#include "document/datasetmodel.h"
#include "document/projectdocument.h"
#include "wizard/collectpage.h"
#include "wizard/newclassifierwizard.h"

#include "cleaning/duplicatefinder.h"
#include "cleaning/integritychecker.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace picta {

struct TidyPage::Findings {
    QStringList paths, reasons;
    int broken = 0, copies = 0, checked = 0;
};

TidyPage::TidyPage(NewClassifierWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("3 · Tidy up"));
    setSubTitle(tr("Picta looks for broken files and for copies of the same picture, and sets them aside. Nothing is deleted."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tidySummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    m_progress = new QProgressBar(this);
    m_review = new QPushButton(tr("&Review…"), this);
    m_review->setToolTip(tr("See what was set aside, and put back anything that should stay"));
    connect(m_review, &QPushButton::clicked, this, [this] {
        QuarantineDialog dialog(m_wizard->document()->rootDir(), this);
        dialog.exec();
        if (dialog.changed())
            m_wizard->document()->rescan();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_review, 0, Qt::AlignLeft);
    layout->addStretch();
    // Checks when the page is really shown, forward or (after a resume passed it) by Back; not
    // while a resume passes through: start() looks again once the event loop turns.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == NewClassifierWizard::Tidy && !m_done)
            QTimer::singleShot(0, this, &TidyPage::start);
    });
}

TidyPage::~TidyPage()
{
    m_job.cancel();
}

void TidyPage::initializePage()
{
    m_done = false;
    m_review->setEnabled(false);
    Q_EMIT completeChanged();
}

void TidyPage::cleanupPage()
{
    // Back: whatever runs is dropped, and nothing starts while the user collects.
    m_job.cancel();
    ++m_generation;
    disconnect(m_waitForDownloads);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
}

void TidyPage::start()
{
    if (m_wizard->currentPage() != this)
        return;
    CollectPage* collect = m_wizard->collectPage();
    disconnect(m_waitForDownloads);
    if (collect->isBusy()) {
        m_summary->setText(tr("Waiting for the downloads to finish…"));
        m_progress->setRange(0, 0);
        m_waitForDownloads = connect(collect, &CollectPage::idle, this, &TidyPage::start, Qt::SingleShotConnection);
        return;
    }
    m_job.cancel(); // a check dropped by Back may still be finishing
    const int generation = ++m_generation;
    QStringList files;
    for (const DatasetImage& image : m_wizard->document()->model()->images())
        files << image.path;
    const QString root = m_wizard->document()->rootDir();
    m_summary->setText(tr("Checking the %n picture(s)…", nullptr, int(files.size())));
    m_progress->setRange(0, 0);
    m_job = startJob(
        this,
        [files, root](const JobContext& job) {
            Findings f;
            f.checked = int(files.size());
            const int total = int(files.size()) * 2;
            const QVector<IntegrityProblem> problems = IntegrityChecker::check(
                files, {}, [&job, total](int done, int) { job.setProgress(done, total); }, job.cancelFlag());
            QStringList healthy = files;
            for (const IntegrityProblem& p : problems) {
                f.paths << p.path;
                f.reasons << p.reason;
                healthy.removeOne(p.path);
                ++f.broken;
            }
            const DuplicateReport report = DuplicateFinder::find(
                healthy, DuplicateFinder::kDefaultThreshold,
                [&job, n = int(files.size()), total](DuplicateFinder::Phase phase, int done, int) {
                    if (phase == DuplicateFinder::Phase::Hashing)
                        job.setProgress(n + done, total);
                },
                job.cancelFlag());
            for (const auto& [path, reason] : DuplicateFinder::quarantinePlan(report, root)) {
                f.paths << path;
                f.reasons << reason;
                ++f.copies;
            }
            return f;
        },
        [this, generation](const Findings& f) {
            if (generation == m_generation)
                apply(f);
        },
        [this](int done, int total) {
            m_progress->setRange(0, std::max(1, total));
            m_progress->setValue(done);
        });
}

void TidyPage::apply(const Findings& f)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!f.paths.isEmpty())
        m_wizard->document()->quarantine(f.paths, f.reasons);
    if (f.broken == 0 && f.copies == 0)
        m_summary->setText(tr("All %n picture(s) are fine: no broken files, no copies.", nullptr, f.checked));
    else
        m_summary->setText(
            tr("%1 broken and %n copied picture(s) were set aside in the quarantine; the other %3 are fine.", nullptr, f.copies)
                .arg(f.broken)
                .arg(f.checked - f.broken - f.copies));
    m_review->setEnabled(true);
    m_done = true;
    Q_EMIT completeChanged();
    Q_EMIT checked();
}

QString TidyPage::summary() const
{
    return m_summary->text();
}

bool TidyPage::isComplete() const
{
    return m_done;
}

} // namespace picta

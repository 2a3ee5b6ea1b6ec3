#include "dataset/integritydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace picta {

namespace {

QString eta(qint64 elapsedMs, int done, int total)
{
    if (done <= 0 || done >= total)
        return {};
    const qint64 seconds = elapsedMs * (total - done) / done / 1000;
    return QObject::tr("about %1 s left").arg(seconds);
}

} // namespace

IntegrityDialog::IntegrityDialog(const QString& projectRoot, QWidget* parent)
    : QDialog(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Check images"));
    resize(760, 460);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(tr("Listing files…"), this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_quarantine = buttons->addButton(tr("&Quarantine all"), QDialogButtonBox::AcceptRole);
    m_quarantine->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    m_timer.start();
    QPointer<IntegrityDialog> self(this);
    auto cancel = m_cancel;
    auto future = QtConcurrent::run([self, cancel, projectRoot] {
        const QStringList files = IntegrityChecker::datasetFiles(projectRoot);
        QElapsedTimer throttle;
        throttle.start();
        std::atomic_llong last{0};
        const auto problems = IntegrityChecker::check(
            files, IntegrityChecker::Options(),
            [&](int done, int total) {
                const qint64 now = throttle.elapsed();
                if (done != total && now - last < 50)
                    return;
                last = now;
                QMetaObject::invokeMethod(qApp, [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                });
            },
            cancel.get());
        QMetaObject::invokeMethod(qApp, [self, problems] {
            if (self)
                self->onFinished(problems);
        });
    });
    Q_UNUSED(future);
}

IntegrityDialog::~IntegrityDialog()
{
    *m_cancel = true; // the worker finishes its current files and drops the result
}

void IntegrityDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(tr("Checked %1 of %n file(s) %3", nullptr, total).arg(done).arg(eta(m_timer.elapsed(), done, total)));
}

void IntegrityDialog::onFinished(const QVector<IntegrityProblem>& problems)
{
    m_finished = true;
    m_problems = problems;
    m_progress->setValue(m_progress->maximum());
    m_status->setText(problems.isEmpty()
                          ? tr("Every file is a usable image.")
                          : tr("%n file(s) with problems; quarantining keeps them restorable.", nullptr, int(problems.size())));
    m_table->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(QDir::toNativeSeparators(problems[r].path)));
        m_table->setItem(r, 1, new QTableWidgetItem(problems[r].reason));
    }
    m_table->resizeColumnToContents(0);
    m_quarantine->setEnabled(!problems.isEmpty());
}

QStringList IntegrityDialog::pathsToQuarantine() const
{
    QStringList paths;
    for (const IntegrityProblem& p : m_problems)
        paths << p.path;
    return paths;
}

QStringList IntegrityDialog::reasons() const
{
    QStringList list;
    for (const IntegrityProblem& p : m_problems)
        list << p.reason;
    return list;
}

} // namespace picta

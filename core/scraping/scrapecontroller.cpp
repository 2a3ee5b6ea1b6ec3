#include "scrapecontroller.h"

#include <QPointer>

namespace picta {

ScrapeController::ScrapeController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<picta::TermProgress>();
}

ScrapeController::~ScrapeController()
{
    if (m_thread) {
        *m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ScrapeController::start(const ScrapeOptions& options)
{
    if (m_thread)
        return;
    m_stop = std::make_shared<std::atomic_bool>(false);
    auto stop = m_stop;
    QPointer<ScrapeController> self(this);
    m_thread = QThread::create([self, options, stop] {
        Scraper scraper;
        // Queued to the controller's thread: the worker never touches the GUI.
        QObject::connect(
            &scraper, &Scraper::progress, self.data(),
            [self](const TermProgress& p) {
                if (self)
                    Q_EMIT self->progress(p);
            },
            Qt::QueuedConnection);
        QObject::connect(
            &scraper, &Scraper::imageSaved, self.data(),
            [self](const QString& path, const QString& cls) {
                if (self)
                    Q_EMIT self->imageSaved(path, cls);
            },
            Qt::QueuedConnection);
        QObject::connect(
            &scraper, &Scraper::failure, self.data(),
            [self](const QString& m) {
                if (self)
                    Q_EMIT self->failure(m);
            },
            Qt::QueuedConnection);
        const ScrapeReport report = scraper.run(options, stop.get());
        QMetaObject::invokeMethod(
            self.data(),
            [self, report] {
                if (!self)
                    return;
                self->m_thread->wait();
                self->m_thread->deleteLater();
                self->m_thread = nullptr;
                Q_EMIT self->runningChanged(false);
                Q_EMIT self->finished(report.downloaded(), report.duplicates(), report.failed(), report.cancelled, report.error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT runningChanged(true);
}

void ScrapeController::stop()
{
    if (m_stop)
        *m_stop = true;
}

} // namespace picta

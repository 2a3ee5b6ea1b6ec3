#include "scrapecontroller.h"

namespace picta {

ScrapeController::ScrapeController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<picta::TermProgress>();
    qRegisterMetaType<picta::ScrapeReport>();
    m_thread.setObjectName(QStringLiteral("picta-scrape"));
    m_thread.start();
}

ScrapeController::~ScrapeController()
{
    if (m_stop)
        m_stop->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ScrapeController::start(const ScrapeOptions& options)
{
    if (m_running)
        return;
    m_running = true;
    m_stop = std::make_shared<std::atomic_bool>(false);
    auto* scraper = new Scraper; // no parent: it lives on the scrape thread
    scraper->moveToThread(&m_thread);
    connect(scraper, &Scraper::progress, this, &ScrapeController::progress);
    connect(scraper, &Scraper::imageSaved, this, &ScrapeController::imageSaved);
    connect(scraper, &Scraper::failure, this, &ScrapeController::failure);
    Q_EMIT runningChanged(true);
    QMetaObject::invokeMethod(scraper, [this, scraper, options, stop = m_stop] {
        const ScrapeReport report = scraper->run(options, stop.get());
        scraper->deleteLater();
        // Queued to the controller's thread; dropped by Qt if the controller is gone by then
        // (its destructor joins this thread first, so `this` is alive while this call is made).
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_running = false;
                Q_EMIT runningChanged(false);
                Q_EMIT finished(report);
            },
            Qt::QueuedConnection);
    });
}

void ScrapeController::stop()
{
    if (m_stop)
        m_stop->store(true);
}

} // namespace picta

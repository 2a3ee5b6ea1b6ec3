#pragma once

#include "scraper.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace picta {

/// Runs a Scraper for the GUI on TrainingController's pattern: one worker thread owned by the
/// controller, a Scraper moved onto it per job, its signals coming back queued. start() returns at
/// once; stop() only sets a flag (the job stops after the current download and resumes when
/// started again), so the GUI thread never waits; the destructor stops and joins (the only wait()).
class ScrapeController : public QObject {
    Q_OBJECT

public:
    explicit ScrapeController(QObject* parent = nullptr);
    ~ScrapeController() override;
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    /// Ignored while a job is running.
    void start(const picta::ScrapeOptions& options);
    void stop();

Q_SIGNALS:
    void progress(const picta::TermProgress& term);
    void imageSaved(const QString& path, const QString& className);
    void failure(const QString& message);
    void finished(const picta::ScrapeReport& report);
    void runningChanged(bool running);

private:
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_running = false;
};

} // namespace picta

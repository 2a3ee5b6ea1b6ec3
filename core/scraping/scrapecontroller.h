#pragma once

#include "scraper.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace picta {

/// Runs a Scraper on its own thread for the GUI: start() returns at once, progress comes back
/// as queued signals, stop() only sets a flag (the job stops after the current download and can
/// be resumed by starting it again). The destructor stops and joins.
class ScrapeController : public QObject {
    Q_OBJECT

public:
    explicit ScrapeController(QObject* parent = nullptr);
    ~ScrapeController() override;
    bool isRunning() const { return m_thread != nullptr; }

public Q_SLOTS:
    void start(const picta::ScrapeOptions& options);
    void stop();

Q_SIGNALS:
    void progress(const picta::TermProgress& term);
    void imageSaved(const QString& path, const QString& className);
    void failure(const QString& message);
    void finished(int downloaded, int duplicates, int failed, bool cancelled, const QString& error);
    void runningChanged(bool running);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace picta

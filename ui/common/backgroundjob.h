#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace picta {

/// What a background job's work function sees: where to report progress and whether it has been
/// cancelled. The cancel flag is the plain `std::atomic_bool` that core's long operations take.
class JobContext {
public:
    explicit JobContext(std::shared_ptr<std::atomic_bool> cancel, std::function<void(int, int)> progress)
        : m_cancel(std::move(cancel))
        , m_progress(std::move(progress))
    {
    }
    /// Reports `done` of `total` (delivered to the GUI thread, throttled by Qt).
    void setProgress(int done, int total) const { m_progress(done, total); }
    /// A callback in the shape core's operations take.
    std::function<void(int, int)> progressCallback() const { return m_progress; }
    bool isCancelled() const { return m_cancel->load(); }
    const std::atomic_bool* cancelFlag() const { return m_cancel.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::function<void(int, int)> m_progress;
};

/// A running background job, as its starter holds it: cancel() only sets the flag the work polls,
/// so the GUI thread never waits. An empty handle is a job that is not running.
class JobHandle {
public:
    JobHandle() = default;
    explicit JobHandle(std::shared_ptr<std::atomic_bool> cancel, std::shared_ptr<std::atomic_bool> running)
        : m_cancel(std::move(cancel))
        , m_running(std::move(running))
    {
    }
    void cancel() const
    {
        if (m_cancel)
            *m_cancel = true;
    }
    bool isRunning() const { return m_running && m_running->load(); }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_running;
};

/// The one way the GUI runs long work: `work(const JobContext&)` runs on a pool thread (the global
/// pool, or `pool` when work must be serialised, e.g. inference on a one-thread pool); progress
/// and the result come back on `context`'s thread (the GUI thread) through a QFutureWatcher owned
/// by `context`. When `context` is destroyed first, the job is cancelled and its result dropped,
/// so no callback ever reaches a deleted widget. A cancelled job still delivers its result (core
/// operations return what they did up to the cancel, e.g. an import's report).
///
///     m_job = startJob(this, [dir](const JobContext& job) { return Importer(dir).import(src, job.progressCallback(),
///     job.cancelFlag()); },
///                      [this](const ImportReport& report) { … }, [this](int done, int total) { … });
template <typename Work, typename Done>
JobHandle startJob(QObject* context, Work work, Done done, std::function<void(int, int)> progress = {}, QThreadPool* pool = nullptr)
{
    using Result = std::invoke_result_t<Work, const JobContext&>;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto running = std::make_shared<std::atomic_bool>(true);
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QObject::destroyed, [cancel] { *cancel = true; });
    if (progress)
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context,
                         [watcher, progress](int value) { progress(value, watcher->progressMaximum()); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, running, done = std::move(done)] {
        watcher->deleteLater();
        *running = false;
        if (watcher->future().resultCount() > 0)
            done(watcher->future().result());
    });
    auto task = [work = std::move(work), cancel](QPromise<Result>& promise) {
        promise.setProgressRange(0, 0);
        const JobContext job(cancel, [&promise](int doneCount, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(doneCount);
        });
        promise.addResult(work(job));
    };
    watcher->setFuture(pool ? QtConcurrent::run(pool, std::move(task)) : QtConcurrent::run(std::move(task)));
    return JobHandle(cancel, running);
}

} // namespace picta

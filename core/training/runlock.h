#pragma once

#include "support/status.h"

#include <QCoreApplication>
#include <QString>

namespace picta {

/// Marks a run folder as being trained by a living process: training.lock, held with flock() for
/// as long as the run's Trainer works on it and released by the kernel when the process dies,
/// however it dies. So a run whose model.json still says "training" is told apart from one whose
/// process was killed (shown as interrupted, offered for resume), without trusting a process id
/// that may have been reused. The file names the process and host, for messages.
class RunLock {
    Q_DECLARE_TR_FUNCTIONS(RunLock)

public:
    RunLock() = default;
    ~RunLock();
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

    /// Takes the lock; fails (naming the holder) when another living process holds it.
    Status acquire(const QString& runDir);
    /// The same, trying again for up to `waitMs`: a reader that completes an interrupted commit
    /// holds the lock for a moment (RunJournal::recover), a trainer for the whole run.
    Status acquire(const QString& runDir, int waitMs);
    void release();
    bool held() const { return m_fd >= 0; }

    /// True while some living process holds the run's lock.
    static bool isActive(const QString& runDir);
    static QString path(const QString& runDir);

private:
    int m_fd = -1;
    QString m_path;
};

} // namespace picta

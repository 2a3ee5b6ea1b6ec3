#pragma once

#include <QString>

namespace picta {

/// An exclusive advisory lock (flock) on a lock file, held for the object's lifetime: two
/// programs on one project (the GUI and `picta-cli import`, two CLI commands) take turns at a
/// read-modify-write of picta.json, feedback.json or the quarantine manifest instead of losing
/// each other's changes. The kernel releases it when the process dies. Not re-entrant: take it
/// once, in the outermost operation.
class FileLock {
public:
    enum class Mode { Wait, Try };
    /// Mode::Try gives up at once when another holder has it (locked() is then false).
    explicit FileLock(const QString& lockFile, Mode mode = Mode::Wait);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    /// False when the lock file could not be created (a read-only project): the caller goes on
    /// unlocked, and its write fails with its own message.
    bool locked() const { return m_fd >= 0; }

    /// The project-wide lock file, .picta.lock in the project folder.
    static QString projectLockPath(const QString& projectRoot);

private:
    int m_fd = -1;
};

} // namespace picta

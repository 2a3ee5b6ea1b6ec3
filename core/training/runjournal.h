#pragma once

#include "support/status.h"

#include <QByteArray>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <utility>

namespace picta {

/// Commits several files of a run folder as one step, so that a run killed at any instruction
/// is found either before or after an epoch, never between two of its files (before this, a kill
/// between checkpoint.safetensors and history.csv made resume skip an epoch in the history).
///
/// commit() writes every file as ".NAME.pending" (each one atomically, synced), then the journal
/// commit.json naming them: that write is the commit point. Then each pending file is renamed
/// over its target and the journal removed. recover() finishes a commit whose journal exists
/// (roll forward) and deletes pending files that no journal names (roll back), as well as
/// temporary files of interrupted writes. Everything that reads a run folder calls recover()
/// first; in a read-only folder it changes nothing and the last complete state is read, and while
/// a living trainer holds the run's RunLock it leaves the folder to that trainer.
class RunJournal {
    Q_DECLARE_TR_FUNCTIONS(RunJournal)

public:
    using Files = QVector<std::pair<QString, QByteArray>>; ///< file name in the run folder, content

    static Status commit(const QString& runDir, const Files& files);
    /// Fails only when an interrupted commit could not be completed. Takes the run's RunLock for
    /// the time it works, and does nothing while another process holds it.
    static Status recover(const QString& runDir);
    /// recover() for the process that holds the run's RunLock itself (the trainer resuming).
    static Status recoverHeld(const QString& runDir);
    static QString journalPath(const QString& runDir);
    /// Names a journal may list: the run folder's own files, never a path.
    static bool isRunFile(const QString& name);

private:
    static Status finish(const QString& runDir);
};

} // namespace picta

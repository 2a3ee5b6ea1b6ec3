#include "runjournal.h"

#include "runlock.h"
#include "support/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace picta {

namespace {

QString pendingPath(const QString& runDir, const QString& name)
{
    return QDir(runDir).filePath(QLatin1Char('.') + name + QStringLiteral(".pending"));
}

// Fault injection for the kill tests (tests/tst_reliability.cpp): with PICTA_KILL_AT_STEP=K in
// the environment, the process kills itself at the K-th step of the commits it makes (each
// pending write, the journal, each rename, the journal's removal), as a power cut or an OOM
// kill would at that instruction. Never set outside tests.
void step()
{
    static const int killAt = qEnvironmentVariableIntValue("PICTA_KILL_AT_STEP");
    static int count = 0;
    if (killAt > 0 && ++count == killAt)
        ::kill(::getpid(), SIGKILL);
}

bool renameOver(const QString& from, const QString& to)
{
    step();
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString RunJournal::journalPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("commit.json"));
}

bool RunJournal::isRunFile(const QString& name)
{
    static const QStringList known
        = {"model.json", "model.safetensors", "checkpoint.safetensors", "history.csv", "epochs.json", "confusion.csv", "lr_find.csv"};
    return known.contains(name);
}

Status RunJournal::commit(const QString& runDir, const Files& files)
{
    if (Status finished = finish(runDir); !finished) // an earlier commit of this run, interrupted: completed first
        return finished;
    QJsonArray names;
    for (const auto& [name, bytes] : files) {
        Q_ASSERT(isRunFile(name));
        step();
        if (Status written = AtomicFile::write(pendingPath(runDir, name), bytes); !written) {
            for (const auto& file : files)
                QFile::remove(pendingPath(runDir, file.first));
            return written;
        }
        names.append(name);
    }
    step();
    if (Status written
        = AtomicFile::write(journalPath(runDir), QJsonDocument(QJsonObject{{"files", names}}).toJson(QJsonDocument::Compact));
        !written) {
        for (const auto& file : files)
            QFile::remove(pendingPath(runDir, file.first));
        return written;
    }
    return finish(runDir);
}

Status RunJournal::recover(const QString& runDir)
{
    if (QFileInfo(runDir).isSymLink())
        return Status::success(); // runs/<id> leading elsewhere: not ours to change
    // Held for the whole recovery, so that no trainer starts committing in the middle of it; a
    // trainer that holds it now is perhaps mid-commit, and the files are its to finish.
    RunLock lock;
    if (!lock.acquire(runDir))
        return Status::success();
    return finish(runDir);
}

Status RunJournal::recoverHeld(const QString& runDir)
{
    return finish(runDir);
}

Status RunJournal::finish(const QString& runDir)
{
    const QDir dir(runDir);
    const QFileInfo folder(runDir);
    if (!folder.isDir() || !folder.isWritable())
        return Status::success(); // read-only: readers see the last complete state (pending files are hidden)
    const auto journal = QFileInfo::exists(journalPath(runDir)) ? AtomicFile::read(journalPath(runDir), 1 << 20)
                                                                : Expected<QByteArray>::failure(QString());
    if (journal) { // an unreadable journal is a commit that never reached its commit point
        for (const QJsonValue& v : QJsonDocument::fromJson(*journal).object().value("files").toArray()) {
            const QString name = v.toString();
            if (!isRunFile(name) || !QFileInfo::exists(pendingPath(runDir, name)))
                continue; // renamed already, or not ours to touch
            if (!renameOver(pendingPath(runDir, name), dir.filePath(name)))
                return Status::failure(tr("Cannot complete the interrupted save of %1 in %2").arg(name, QDir::toNativeSeparators(runDir)));
        }
    }
    if (QFileInfo::exists(journalPath(runDir))) {
        step();
        QFile::remove(journalPath(runDir));
    }
    // Pending files no journal names belong to a commit that never reached its commit point.
    for (const QString& name : dir.entryList({QStringLiteral(".*.pending")}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
    AtomicFile::removeTemporaries(runDir);
    return Status::success();
}

} // namespace picta

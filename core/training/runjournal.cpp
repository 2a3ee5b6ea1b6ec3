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

bool RunJournal::commit(const QString& runDir, const Files& files, QString* error)
{
    if (!finish(runDir, error)) // an earlier commit of this run, interrupted: completed first
        return false;
    QJsonArray names;
    for (const auto& [name, bytes] : files) {
        Q_ASSERT(isRunFile(name));
        step();
        if (!AtomicFile::write(pendingPath(runDir, name), bytes, error)) {
            for (const auto& written : files)
                QFile::remove(pendingPath(runDir, written.first));
            return false;
        }
        names.append(name);
    }
    step();
    if (!AtomicFile::write(journalPath(runDir), QJsonDocument(QJsonObject{{"files", names}}).toJson(QJsonDocument::Compact), error)) {
        for (const auto& written : files)
            QFile::remove(pendingPath(runDir, written.first));
        return false;
    }
    return finish(runDir, error);
}

bool RunJournal::recover(const QString& runDir, QString* error)
{
    if (QFileInfo(runDir).isSymLink())
        return true; // runs/<id> leading elsewhere: not ours to change
    // Held for the whole recovery, so that no trainer starts committing in the middle of it; a
    // trainer that holds it now is perhaps mid-commit, and the files are its to finish.
    RunLock lock;
    if (!lock.acquire(runDir))
        return true;
    return finish(runDir, error);
}

bool RunJournal::recoverHeld(const QString& runDir, QString* error)
{
    return finish(runDir, error);
}

bool RunJournal::finish(const QString& runDir, QString* error)
{
    const QDir dir(runDir);
    const QFileInfo folder(runDir);
    if (!folder.isDir() || !folder.isWritable())
        return true; // read-only: readers see the last complete state (pending files are hidden)
    QByteArray bytes;
    if (QFileInfo::exists(journalPath(runDir)) && AtomicFile::read(journalPath(runDir), &bytes, nullptr, 1 << 20)) {
        for (const QJsonValue& v : QJsonDocument::fromJson(bytes).object().value("files").toArray()) {
            const QString name = v.toString();
            if (!isRunFile(name) || !QFileInfo::exists(pendingPath(runDir, name)))
                continue; // renamed already, or not ours to touch
            if (!renameOver(pendingPath(runDir, name), dir.filePath(name))) {
                if (error)
                    *error = tr("Cannot complete the interrupted save of %1 in %2").arg(name, QDir::toNativeSeparators(runDir));
                return false;
            }
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
    return true;
}

} // namespace picta

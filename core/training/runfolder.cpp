#include "runfolder.h"

#include "runjournal.h"
#include "runlock.h"

#include "models/modelinfo.h"
#include "support/atomicfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>

namespace picta {

Expected<QString> RunFolder::create(const QString& runsDir, const QVector<QPair<QString, QByteArray>>& files)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir runs(runsDir);
    if (!runs.mkpath(QStringLiteral(".")))
        return Expected<QString>::failure(tr("Cannot create %1").arg(QDir::toNativeSeparators(runsDir)));
    // Folders of runs killed while being set up (minutes old at most when alive): removed.
    for (const QFileInfo& stale : runs.entryInfoList({QStringLiteral(".new-*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        if (stale.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QDir(stale.absoluteFilePath()).removeRecursively();
    QByteArray staging = QFile::encodeName(runs.filePath(QStringLiteral(".new-%1-XXXXXX").arg(stamp)));
    if (!::mkdtemp(staging.data()))
        return Expected<QString>::failure(tr("Cannot create a run folder in %1").arg(QDir::toNativeSeparators(runsDir)));
    const QString stagingDir = QFile::decodeName(staging);
    for (const auto& [name, bytes] : files)
        if (const Status written = AtomicFile::write(QDir(stagingDir).filePath(name), bytes); !written) {
            QDir(stagingDir).removeRecursively();
            return Expected<QString>::failure(written.error());
        }
    ::chmod(staging.constData(), 0755); // mkdtemp's folder is private
    for (int n = 0; n < 1000; ++n) {
        const QString id = n == 0 ? stamp : QStringLiteral("%1-%2").arg(stamp).arg(n);
        if (runs.exists(id))
            continue;
        if (std::rename(staging.constData(), QFile::encodeName(runs.filePath(id)).constData()) == 0)
            return runs.absoluteFilePath(id);
    }
    QDir(stagingDir).removeRecursively();
    return Expected<QString>::failure(tr("Cannot create a run folder in %1").arg(QDir::toNativeSeparators(runsDir)));
}

QString RunFolder::weightsPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("model.safetensors"));
}

QString RunFolder::infoPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("model.json"));
}

QString RunFolder::historyPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("history.csv"));
}

QString RunFolder::confusionPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("confusion.csv"));
}

QString RunFolder::checkpointPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("checkpoint.safetensors"));
}

QString RunFolder::epochsPath(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("epochs.json"));
}

QVector<EpochStats> RunFolder::readHistory(const QString& runDir)
{
    QVector<EpochStats> history;
    const auto bytes = AtomicFile::read(historyPath(runDir));
    if (!bytes)
        return history; // none yet, or unreadable: the callers check what they need
    // Columns by their header names, so that a file with fewer or reordered columns still reads.
    const QList<QByteArray> lines = bytes->split('\n');
    const QList<QByteArray> header = lines.value(0).trimmed().split(',');
    auto value = [&header](const QList<QByteArray>& cells, const char* name) {
        bool ok = false;
        const double v = cells.value(int(header.indexOf(QByteArray(name)))).toDouble(&ok);
        return ok ? v : EpochStats::kNone;
    };
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        if (cells.size() != header.size() || !header.contains("epoch"))
            continue;
        EpochStats e;
        const double epoch = value(cells, "epoch");
        if (!(epoch >= 1 && epoch <= 1e6)) // NaN too: a damaged row is not an epoch
            continue;
        e.epoch = int(epoch);
        e.trainLoss = value(cells, "train_loss");
        e.trainAccuracy = value(cells, "train_accuracy");
        e.valLoss = value(cells, "val_loss");
        e.valAccuracy = value(cells, "val_accuracy");
        e.seconds = value(cells, "seconds");
        e.imagesPerSecond = value(cells, "images_per_s");
        e.learningRate = value(cells, "learning_rate");
        history.push_back(e);
    }
    return history;
}

QByteArray RunFolder::historyCsv(const QVector<EpochStats>& history)
{
    auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 8) : QString(); };
    QString csv = QStringLiteral("epoch,train_loss,train_accuracy,val_loss,val_accuracy,seconds,images_per_s,learning_rate\n");
    for (const EpochStats& e : history)
        csv += QStringList{QString::number(e.epoch), number(e.trainLoss), number(e.trainAccuracy),   number(e.valLoss),
                           number(e.valAccuracy),    number(e.seconds),   number(e.imagesPerSecond), number(e.learningRate)}
                   .join(',')
            + '\n';
    return csv.toUtf8();
}

QJsonArray RunFolder::readEpochs(const QString& runDir, int upTo)
{
    const auto bytes = AtomicFile::read(epochsPath(runDir));
    const QJsonArray all = bytes ? QJsonDocument::fromJson(*bytes).array() : QJsonArray();
    if (upTo <= 0)
        return all;
    QJsonArray kept;
    for (const QJsonValue& record : all)
        if (record.toObject().value(QStringLiteral("epoch")).toInt() <= upTo)
            kept.append(record);
    return kept;
}

Expected<QVector<EpochStats>> RunFolder::completedHistory(const QString& runDir, int epochs)
{
    QVector<EpochStats> history;
    for (const EpochStats& e : readHistory(runDir))
        if (e.epoch <= epochs)
            history.push_back(e);
    bool ok = history.size() == epochs;
    for (int i = 0; i < history.size(); ++i)
        ok = ok && history[i].epoch == i + 1;
    if (!ok)
        return Expected<QVector<EpochStats>>::failure(tr("%1 does not list epochs 1 to %2: the run folder is damaged")
                                                          .arg(QDir::toNativeSeparators(historyPath(runDir)))
                                                          .arg(epochs));
    return history;
}

QByteArray RunFolder::epochsJson(const QJsonArray& epochs)
{
    return QJsonDocument(epochs).toJson(QJsonDocument::Indented);
}

std::optional<RunFolder::ResumePoint> RunFolder::resumePoint(const QString& runDir)
{
    (void)RunJournal::recover(runDir); // finish a save that a kill interrupted, before reading; a failure shows below
    const auto info = ModelInfo::load(infoPath(runDir));
    if (!info)
        return std::nullopt;
    const bool interrupted = info->status == RunStatus::Cancelled || (info->status == RunStatus::Training && !RunLock::isActive(runDir));
    if (!interrupted || info->epochsCompleted >= info->epochs || (info->epochsCompleted > 0 && !QFileInfo::exists(checkpointPath(runDir))))
        return std::nullopt;
    return ResumePoint{runDir, info->epochsCompleted, info->epochs, TrainingConfig::fromJson(info->training)};
}

std::optional<RunFolder::ResumePoint> RunFolder::newestResumable(const QString& runsDir)
{
    // Run folders are named by their start time: the newest sorts last.
    const QDir runs(runsDir);
    const QStringList ids = runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& id : ids) {
        const QString dir = runs.absoluteFilePath(id);
        (void)RunJournal::recover(dir); // a failure shows as an unreadable model.json below
        if (!ModelInfo::load(infoPath(dir)))
            continue; // not a run (a stray or damaged folder)
        return resumePoint(dir);
    }
    return std::nullopt;
}

} // namespace picta

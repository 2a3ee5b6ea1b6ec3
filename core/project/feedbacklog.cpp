#include "feedbacklog.h"

#include "support/filelock.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace picta {

FeedbackLog::FeedbackLog(const QString& projectRoot)
    : m_root(projectRoot)
{
}

QString FeedbackLog::path() const
{
    return QDir(m_root).filePath(QStringLiteral("feedback.json"));
}

QVector<FeedbackEntry> FeedbackLog::entries() const
{
    const auto read = AtomicFile::read(path());
    if (!read)
        return {}; // no answers yet
    const QByteArray& data = *read;
    QVector<FeedbackEntry> result;
    for (const QJsonValue& v : QJsonDocument::fromJson(data).object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        result.push_back({o.value("file").toString(), o.value("run").toString(), o.value("predicted").toString(),
                          o.value("truth").toString(), o.value("time").toString()});
    }
    return result;
}

Status FeedbackLog::append(const FeedbackEntry& entry) const
{
    const FileLock lock(FileLock::projectLockPath(m_root)); // two programs appending keep both entries
    QVector<FeedbackEntry> all = entries();
    all.push_back(entry);
    QJsonArray array;
    for (const FeedbackEntry& e : std::as_const(all))
        array.append(QJsonObject{{"file", e.file}, {"run", e.run}, {"predicted", e.predicted}, {"truth", e.truth}, {"time", e.time}});
    return AtomicFile::write(path(), QJsonDocument(QJsonObject{{"version", 1}, {"entries", array}}).toJson());
}

ConfusionMatrix FeedbackLog::confusion(const QStringList& classes, const QString& run) const
{
    ConfusionMatrix matrix(int(classes.size()));
    for (const FeedbackEntry& e : entries()) {
        const int t = int(classes.indexOf(e.truth)), p = int(classes.indexOf(e.predicted));
        if (t >= 0 && p >= 0 && (run.isEmpty() || e.run == run))
            matrix.add(t, p);
    }
    return matrix;
}

} // namespace picta

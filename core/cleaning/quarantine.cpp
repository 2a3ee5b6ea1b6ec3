#include "quarantine.h"

#include "project/project.h"
#include "support/atomicfile.h"
#include "support/filelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace picta {

namespace {

QString manifestName()
{
    return QStringLiteral("quarantine.json");
}

QString newId()
{
    static std::atomic_int counter{0};
    return QStringLiteral("%1-%2").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"))).arg(counter++);
}

} // namespace

Quarantine::Quarantine(const QString& projectRoot)
    : m_root(QFileInfo(projectRoot).absoluteFilePath())
{
}

QString Quarantine::dir() const
{
    return QDir(m_root).filePath(QStringLiteral("quarantine"));
}

QVector<QuarantineItem> Quarantine::items() const
{
    const auto all = readItems();
    return all ? *all : QVector<QuarantineItem>(); // unreadable: nothing can be restored from it (the writers refuse it)
}

Expected<QVector<QuarantineItem>> Quarantine::readItems() const
{
    using R = Expected<QVector<QuarantineItem>>;
    const QString manifest = QDir(dir()).filePath(manifestName());
    if (!QFileInfo::exists(manifest))
        return QVector<QuarantineItem>(); // nothing quarantined yet
    const auto data = AtomicFile::read(manifest);
    if (!data)
        return R::failure(data.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("%1 is damaged (%2): the quarantine is left as it is; repair or move the file away")
                              .arg(QDir::toNativeSeparators(manifest), parseError.errorString()));
    QVector<QuarantineItem> result;
    m_foreign = QJsonArray();
    for (const QJsonValue& v : doc.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        QuarantineItem item{o.value("id").toString(), o.value("original").toString(), o.value("stored").toString(),
                            o.value("reason").toString(), QDateTime::fromString(o.value("when").toString(), Qt::ISODate)};
        // The manifest travels with the project: an item may only name a file inside it.
        const QString cleaned = QDir::cleanPath(item.originalPath);
        if (item.storedName.isEmpty() || item.storedName.contains('/') || item.storedName.startsWith('.') || cleaned.isEmpty()
            || QDir::isAbsolutePath(cleaned) || cleaned == QLatin1String("..") || cleaned.startsWith(QLatin1String("../"))) {
            m_foreign.append(v); // never acted on, but kept: the next write must not orphan its file
            continue;
        }
        // The manifest is written before files move in and after they move out: an item whose
        // file never arrived (or already left) while its original is in place is not in quarantine.
        if (!QFileInfo::exists(QDir(dir()).filePath(QStringLiteral("files/") + item.storedName))
            && QFileInfo::exists(absoluteOriginal(item)))
            continue;
        result.push_back(item);
    }
    return result;
}

Status Quarantine::saveItems(const QVector<QuarantineItem>& items) const
{
    QJsonArray array;
    for (const QuarantineItem& item : items)
        array.append(QJsonObject{{"id", item.id},
                                 {"original", item.originalPath},
                                 {"stored", item.storedName},
                                 {"reason", item.reason},
                                 {"when", item.when.toString(Qt::ISODate)}});
    for (const QJsonValue& v : m_foreign) // entries this version does not act on, carried over as they were
        array.append(v);
    return AtomicFile::write(QDir(dir()).filePath(manifestName()), QJsonDocument(QJsonObject{{"items", array}}).toJson());
}

QString Quarantine::absoluteOriginal(const QuarantineItem& item) const
{
    return QDir::isAbsolutePath(item.originalPath) ? item.originalPath : QDir(m_root).filePath(item.originalPath);
}

QVector<QuarantineItem> Quarantine::add(const QVector<QPair<QString, QString>>& pathsAndReasons, QStringList* errors)
{
    QDir files(QDir(dir()).filePath(QStringLiteral("files")));
    if (!files.mkpath(QStringLiteral("."))) {
        if (errors)
            *errors << tr("Cannot create the quarantine folder %1").arg(QDir::toNativeSeparators(files.path()));
        return {};
    }
    const FileLock lock(FileLock::projectLockPath(m_root));
    const auto existing = readItems();
    if (!existing) {
        if (errors)
            *errors << existing.error();
        return {};
    }
    QVector<QuarantineItem> all = *existing, planned, added;
    QVector<QPair<QString, QString>> moves; // (from, to)
    for (const auto& [path, reason] : pathsAndReasons) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            if (errors)
                *errors << tr("%1: no such file").arg(QDir::toNativeSeparators(path));
            continue;
        }
        QuarantineItem item;
        item.id = newId();
        const QString absolute = info.absoluteFilePath();
        if (!absolute.startsWith(m_root + '/')) {
            if (errors)
                *errors << tr("%1: not in the project").arg(QDir::toNativeSeparators(path));
            continue;
        }
        item.originalPath = absolute.mid(m_root.size() + 1);
        QString target = AtomicFile::freePath(files, item.id + '-' + info.fileName());
        for (const auto& move : moves) // free on disk, but perhaps planned already
            if (move.second == target)
                target = files.filePath(item.id + QString::number(moves.size()) + '-' + info.fileName());
        item.storedName = QFileInfo(target).fileName();
        item.reason = reason;
        item.when = QDateTime::currentDateTimeUtc();
        moves.push_back({absolute, target});
        planned.push_back(item);
    }
    if (planned.isEmpty())
        return planned;
    // Manifest first, then the moves: a kill between them leaves items whose files are still in
    // place, which items() does not list; never a quarantined file the manifest does not know.
    if (const Status saved = saveItems(all + planned); !saved) {
        if (errors)
            *errors << saved.error();
        return {};
    }
    for (int i = 0; i < planned.size(); ++i) {
        if (QFile::rename(moves[i].first, moves[i].second))
            added.push_back(planned[i]);
        else if (errors)
            *errors << tr("%1: cannot be moved to the quarantine").arg(QDir::toNativeSeparators(moves[i].first));
    }
    if (added.size() != planned.size())
        if (const Status saved = saveItems(all + added); !saved && errors)
            *errors << saved.error();
    return added;
}

Expected<QuarantineItem> Quarantine::add(const QString& path, const QString& reason)
{
    QStringList errors;
    const auto added = add({{path, reason}}, &errors);
    if (added.isEmpty())
        return Expected<QuarantineItem>::failure(errors.join('\n'));
    return added.first();
}

Expected<QString> Quarantine::restore(const QString& id)
{
    using R = Expected<QString>;
    const FileLock lock(FileLock::projectLockPath(m_root));
    const auto existing = readItems();
    if (!existing)
        return R::failure(existing.error());
    QVector<QuarantineItem> all = *existing;
    const auto it = std::find_if(all.begin(), all.end(), [&](const QuarantineItem& item) { return item.id == id; });
    if (it == all.end())
        return R::failure(tr("No quarantined item %1").arg(id));
    const QFileInfo original(absoluteOriginal(*it));
    QDir parent = original.dir();
    if (!parent.mkpath(QStringLiteral(".")))
        return R::failure(tr("Cannot create %1").arg(QDir::toNativeSeparators(parent.path())));
    if (!Project::isInside(m_root, parent.path()))
        return R::failure(
            tr("%1 leads outside the project (a link): nothing is restored there").arg(QDir::toNativeSeparators(parent.path())));
    const QString target = AtomicFile::freePath(parent, original.fileName());
    const QString stored = QDir(dir()).filePath(QStringLiteral("files/") + it->storedName);
    if (!QFile::rename(stored, target))
        return R::failure(tr("%1 cannot be moved back to %2").arg(QDir::toNativeSeparators(stored), QDir::toNativeSeparators(target)));
    all.erase(it);
    if (const Status saved = saveItems(all); !saved) {
        QFile::rename(target, stored);
        return R::failure(saved.error());
    }
    return target;
}

Status Quarantine::empty()
{
    const FileLock lock(FileLock::projectLockPath(m_root));
    const auto existing = readItems();
    if (!existing)
        return Status::failure(existing.error());
    const QVector<QuarantineItem>& all = *existing;
    QVector<QuarantineItem> kept;
    QDir files(QDir(dir()).filePath(QStringLiteral("files")));
    for (const QuarantineItem& item : all)
        if (QFileInfo::exists(files.filePath(item.storedName)) && !QFile::remove(files.filePath(item.storedName)))
            kept.push_back(item);
    if (Status saved = saveItems(kept); !saved)
        return saved;
    if (!kept.isEmpty())
        return Status::failure(tr("%n quarantined file(s) could not be deleted", nullptr, int(kept.size())));
    return Status::success();
}

} // namespace picta

#include "rankboard.h"

#ifdef PICTA_HAVE_C10D

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <torch/csrc/distributed/c10d/Store.hpp>

#include <stdexcept>

namespace picta {

namespace {

std::string key(const QString& text)
{
    return text.toStdString();
}

} // namespace

RankBoard::RankBoard(c10::intrusive_ptr<c10d::Store> store, int rank, int worldSize, int timeoutSeconds)
    : m_store(std::move(store))
    , m_rank(rank)
    , m_worldSize(worldSize)
    , m_timeoutSeconds(timeoutSeconds)
{
}

RankBoard::~RankBoard() = default;

c10::intrusive_ptr<c10d::Store> RankBoard::store() const
{
    return m_store;
}

void RankBoard::set(const QString& name, const QByteArray& value)
{
    m_store->set(key(name), std::vector<uint8_t>(value.begin(), value.end()));
}

void RankBoard::writeJson(const QString& name, const QJsonObject& value)
{
    set(name, QJsonDocument(value).toJson(QJsonDocument::Compact));
}

QJsonObject RankBoard::readJson(const QString& name)
{
    const std::vector<uint8_t> value = m_store->get(key(name));
    return QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(value.data()), qsizetype(value.size()))).object();
}

bool RankBoard::has(const QString& name)
{
    return m_store->check({key(name)});
}

QStringList RankBoard::waitFor(const QStringList& keys, int timeoutMs, const std::function<bool(const QStringList&)>& abandon)
{
    QElapsedTimer timer;
    timer.start();
    QStringList missing = keys;
    while (true) {
        for (auto it = missing.begin(); it != missing.end();)
            it = has(*it) ? missing.erase(it) : it + 1;
        if (missing.isEmpty() || timer.elapsed() >= timeoutMs || (abandon && abandon(missing)))
            return missing;
        QThread::msleep(timer.elapsed() < 1000 ? 5 : 50);
    }
}

Status RankBoard::agree(const QString& stage, const Status& local, const QByteArray& digest, const QString& what, bool cancelled,
                        bool* anyCancelled)
{
    // Keyed by the call's number alone, with the stage in the value: ranks that have come to
    // different stages find out at once, rather than each waiting for the other's key.
    const QString prefix = QStringLiteral("agree/%1/").arg(++m_sequence);
    QJsonObject mine{{QStringLiteral("stage"), stage},
                     {QStringLiteral("ok"), local.ok()},
                     {QStringLiteral("error"), local.error()},
                     {QStringLiteral("cancelled"), cancelled},
                     {QStringLiteral("digest"), QString::fromLatin1(digest.toBase64())}};
    writeJson(prefix + QString::number(m_rank), mine);
    QStringList keys;
    for (int r = 0; r < m_worldSize; ++r)
        keys << prefix + QString::number(r);
    // Waits for every rank's report, or for a rank that failed before it could report.
    QString failedRank;
    const QStringList missing = waitFor(keys, m_timeoutSeconds * 1000, [&](const QStringList& waiting) {
        for (const QString& k : waiting)
            if (has(QStringLiteral("failed/") + k.section(QLatin1Char('/'), -1))) {
                failedRank = k.section(QLatin1Char('/'), -1);
                return true;
            }
        return false;
    });
    if (!failedRank.isEmpty())
        return Status::failure(
            tr("Rank %1 failed: %2")
                .arg(failedRank, readJson(QStringLiteral("failed/") + failedRank).value(QStringLiteral("error")).toString()));
    if (!missing.isEmpty()) {
        QStringList ranks;
        for (const QString& k : missing)
            ranks << k.section(QLatin1Char('/'), -1);
        if (stage != QLatin1String("arrival"))
            return Status::failure(tr("Rank(s) %1 stopped answering (the process ended, its machine cannot be reached, or it did not "
                                      "reply within %2 s), so this rank stops too (stage: %3)")
                                       .arg(ranks.join(QStringLiteral(", ")))
                                       .arg(m_timeoutSeconds)
                                       .arg(stage));
        return Status::failure(tr("Rank(s) %1 of %2 did not arrive within %3 s (stage: %4): each rank must be started, "
                                  "with the same WORLD_SIZE, MASTER_ADDR and MASTER_PORT")
                                   .arg(ranks.join(QStringLiteral(", ")))
                                   .arg(m_worldSize)
                                   .arg(m_timeoutSeconds)
                                   .arg(stage));
    }
    QVector<QJsonObject> all;
    for (const QString& k : std::as_const(keys))
        all << readJson(k);
    bool someCancelled = false;
    for (const QJsonObject& o : std::as_const(all))
        someCancelled = someCancelled || o.value(QStringLiteral("cancelled")).toBool();
    if (anyCancelled)
        *anyCancelled = someCancelled;
    for (int r = 0; r < m_worldSize; ++r)
        if (all[r].value(QStringLiteral("stage")).toString() != stage)
            return Status::failure(tr("Rank %1 is at another step (%2) than this rank (%3): the ranks were started differently "
                                      "(a resumed run on some ranks only?)")
                                       .arg(r)
                                       .arg(all[r].value(QStringLiteral("stage")).toString(), stage));
    for (int r = 0; r < m_worldSize; ++r)
        if (!all[r].value(QStringLiteral("ok")).toBool())
            return Status::failure(r == m_rank ? local.error()
                                               : tr("Rank %1 failed: %2").arg(r).arg(all[r].value(QStringLiteral("error")).toString()));
    if (someCancelled)
        return Status::success(); // what a cancelled rank had done is not compared
    for (int r = 1; r < m_worldSize; ++r)
        if (all[r].value(QStringLiteral("digest")) != all[0].value(QStringLiteral("digest")))
            return Status::failure(tr("Rank %1's %2 differ(s) from rank 0's: every rank must run the same Picta on the same "
                                      "project and settings")
                                       .arg(r)
                                       .arg(what));
    return Status::success();
}

QByteArray RankBoard::share(const QString& name, const QByteArray& value)
{
    const QString k = QStringLiteral("share/") + name;
    if (m_rank == 0) {
        set(k, value);
        return value;
    }
    if (!waitFor({k}, m_timeoutSeconds * 1000).isEmpty())
        throw std::runtime_error(tr("Rank 0 did not share %1 within %2 s").arg(name).arg(m_timeoutSeconds).toStdString());
    const std::vector<uint8_t> got = m_store->get(key(k));
    return QByteArray(reinterpret_cast<const char*>(got.data()), qsizetype(got.size()));
}

RankBoard::Failure RankBoard::reportFailure(const QString& localError, bool communication, int graceMs)
{
    const QString failedPrefix = QStringLiteral("failed/");
    const QString explainedPrefix = QStringLiteral("explained/");
    QStringList others;
    for (int r = 0; r < m_worldSize; ++r)
        if (r != m_rank)
            others << failedPrefix + QString::number(r);
    Failure failure;
    try {
        writeJson(failedPrefix + QString::number(m_rank),
                  {{QStringLiteral("communication"), communication}, {QStringLiteral("error"), localError}});
        const QStringList absent = waitFor(others, graceMs);
        for (int r = 0; r < m_worldSize; ++r) {
            if (r == m_rank)
                continue;
            const QString k = failedPrefix + QString::number(r);
            if (absent.contains(k)) {
                failure.missing << r;
                continue;
            }
            const QJsonObject theirs = readJson(k);
            if (!theirs.value(QStringLiteral("communication")).toBool())
                failure.causes << tr("Rank %1 failed: %2").arg(r).arg(theirs.value(QStringLiteral("error")).toString());
        }
        if (m_rank == 0) {
            // The store lives in this process: keep it up while the others read it.
            QStringList readers;
            for (int r = 1; r < m_worldSize; ++r)
                if (!failure.missing.contains(r))
                    readers << explainedPrefix + QString::number(r);
            (void)waitFor(readers, m_timeoutSeconds * 1000);
        } else {
            set(explainedPrefix + QString::number(m_rank), "1");
        }
    } catch (const std::exception&) {
        // The store is unreachable: rank 0, which serves it, is gone.
        if (m_rank != 0) {
            failure.missing = {0};
            failure.causes.clear();
        }
    }
    return failure;
}

void RankBoard::leave(const std::set<int>& gone)
{
    try {
        if (m_rank != 0) {
            set(QStringLiteral("left/%1").arg(m_rank), "1");
        } else {
            QStringList others;
            for (int r = 1; r < m_worldSize; ++r)
                if (!gone.count(r))
                    others << QStringLiteral("left/%1").arg(r);
            (void)waitFor(others, m_timeoutSeconds * 1000);
        }
    } catch (const std::exception&) {
        // The store is gone: nobody is left to wait for.
    }
}

} // namespace picta

#endif // PICTA_HAVE_C10D

#pragma once

#include "support/status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <c10/util/intrusive_ptr.h>

#include <functional>
#include <set>

namespace c10d {
class Store;
}

namespace picta {

/// The ranks' notice board: what a data-parallel training's processes say to each other through
/// c10d's key-value store rather than through collectives — that they arrived, how each stage
/// went on each rank, values rank 0 shares, and, after a failure, who failed first. Every wait
/// is polled up to the timeout, so that a rank that never answers is named rather than waited for.
/// (Used by DistributedGroup; built only where libtorch has c10d.)
class RankBoard {
    Q_DECLARE_TR_FUNCTIONS(RankBoard)

public:
    RankBoard(c10::intrusive_ptr<c10d::Store> store, int rank, int worldSize, int timeoutSeconds);
    ~RankBoard();
    RankBoard(const RankBoard&) = delete;
    RankBoard& operator=(const RankBoard&) = delete;

    c10::intrusive_ptr<c10d::Store> store() const;

    /// See DistributedGroup::agree.
    Status agree(const QString& stage, const Status& local, const QByteArray& digest, const QString& what, bool cancelled,
                 bool* anyCancelled);
    /// See DistributedGroup::share. Throws std::runtime_error when rank 0 does not share in time.
    QByteArray share(const QString& name, const QByteArray& value);

    /// After a failure: what the other ranks said of theirs.
    struct Failure {
        QVector<int> missing; ///< ranks that said nothing within the grace time (or rank 0, when the store is gone)
        QStringList causes;   ///< "Rank N failed: …" for ranks whose own work failed
    };
    /// Posts this rank's error, waits up to `graceMs` for the others' and reads them. Rank 0,
    /// which serves the store, keeps it up until the others have read it.
    Failure reportFailure(const QString& localError, bool communication, int graceMs);
    /// Leaving: the other ranks say so, and rank 0 (the store's server) waits, up to the timeout,
    /// for those not in `gone`.
    void leave(const std::set<int>& gone);

private:
    void writeJson(const QString& name, const QJsonObject& value);
    QJsonObject readJson(const QString& name);
    void set(const QString& name, const QByteArray& value);
    /// The keys of `keys` that did not appear before the deadline (polled: a store get would
    /// block up to the store's own timeout with no way to say which key was missing), or that
    /// were still missing when `abandon`, asked after each look with them, said to stop waiting.
    QStringList waitFor(const QStringList& keys, int timeoutMs, const std::function<bool(const QStringList&)>& abandon = {});
    bool has(const QString& name);

    c10::intrusive_ptr<c10d::Store> m_store;
    int m_rank = 0, m_worldSize = 1, m_timeoutSeconds = 0;
    qint64 m_sequence = 0; ///< agree() calls so far: the same on every rank
};

} // namespace picta

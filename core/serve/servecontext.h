#pragma once

#include "serveoptions.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace picta {

class Predictor;

/// What ModelServer's worker threads share: the model, the project for feedback, the options,
/// and the thread-safe bookkeeping (request rate per client, recent predictions for feedback).
class ServeContext {
public:
    ServeContext(std::shared_ptr<Predictor> predictor, QString projectDir, ServeOptions options);

    const std::shared_ptr<Predictor>& predictor() const { return m_predictor; }
    const QString& projectDir() const { return m_projectDir; }
    const ServeOptions& options() const { return m_options; }
    /// Whether `token` opens the server (always, on 127.0.0.1 without a token set).
    bool authorised(const QString& token) const;

    /// Counts a request from `client`; false when it is over the per-minute limit.
    bool admit(const QHostAddress& client);
    /// Keeps a prediction for later feedback; returns its id (random, 16 hex digits). The
    /// 2000 newest are kept.
    QString remember(const QString& predicted);
    /// What prediction `id` said, if it is still kept; it is then forgotten (one answer each).
    std::optional<QString> take(const QString& id);
    /// Counts a connection from `client`; false (and not counted) when it has its maximum open.
    bool openFrom(const QString& client);
    void closeFrom(const QString& client);

    /// Held while feedback.json is appended to (workers answer on several threads).
    QMutex feedbackMutex;
    std::atomic<int> connections{0};
    std::atomic<int> port{0}; ///< the listening port, for the Host check
    std::atomic<int> predictions{0};
    std::atomic<int> refused{0};

private:
    std::shared_ptr<Predictor> m_predictor;
    QString m_projectDir;
    ServeOptions m_options;
    mutable QMutex m_mutex;
    QHash<QString, std::deque<qint64>> m_requests; ///< per client: request times (ms) in the last minute
    QHash<QString, QString> m_predicted;
    QHash<QString, int> m_open; ///< open connections per client address
    std::deque<QString> m_order;
};

} // namespace picta

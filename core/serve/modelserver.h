#pragma once

#include "serveoptions.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QThread;

namespace picta {

class HttpGate;
class Predictor;
class ServeContext;
class ServeWorker;

/// Shares a trained model on the network as a web page and a JSON API (Qt HTTP Server):
/// - `GET /` the page (in the binary, nothing fetched from elsewhere): pick, drop or photograph a
///   picture, or draw one for gray models; the top classes with bars; Right / Wrong: it was …;
/// - `GET /api/model` → {"classes", "input": {"size", "channels"}, "arch", "drawing", "title"};
/// - `POST /api/predict` (the picture's bytes; `?drawing=1` for a canvas drawing) →
///   {"top": [{"class", "p"}], "id", "ms"};
/// - `POST /api/feedback` {"id", "truth"} → the project's feedback.json, as the Predict tab writes it.
/// Safe by default: 127.0.0.1 only unless `network`, which needs the access token (Authorization:
/// Bearer, or ?token=); bodies, request heads, pixels, connections and requests per client are
/// capped; bad input gets a 4xx JSON {"error"} naming the problem. Requests are answered on
/// `workers` threads of their own, never on the caller's. stop() (or the destructor) ends it at once.
class ModelServer : public QObject {
    Q_OBJECT

public:
    explicit ModelServer(QObject* parent = nullptr);
    ~ModelServer() override;

    /// `projectDir` may be empty (no feedback then).
    Status start(std::shared_ptr<Predictor> predictor, const QString& projectDir, const ServeOptions& options);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString token() const;
    bool isNetwork() const;
    /// The page's address as visitors type or scan it (with ?token= when one is needed).
    QUrl pageUrl() const;
    /// Predictions answered, and requests refused (bad input, limits, token) since start().
    int predictions() const;
    int refused() const;
    /// This machine's address on the local network (the first non-loopback IPv4), or 127.0.0.1.
    static QString localAddress();
    /// A random access token: 22 URL-safe characters (128 bits).
    static QString makeToken();

Q_SIGNALS:
    /// A visitor's answer was written to feedback.json (emitted on the owner's thread).
    void feedbackRecorded();

private:
    std::shared_ptr<ServeContext> m_context;
    HttpGate* m_gate = nullptr;
    std::vector<QThread*> m_threads;
    std::vector<ServeWorker*> m_workers;
    size_t m_next = 0;
};

} // namespace picta

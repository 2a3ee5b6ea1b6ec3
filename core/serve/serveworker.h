#pragma once

#include "servecontext.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <memory>
#include <optional>

class QHttpServer;
class QTcpSocket;

namespace picta {

class ConnectionFeeder;

/// One of ModelServer's answering threads: a Qt HTTP Server fed with connections that
/// ModelServer's listener accepted. Requests on it are answered one at a time, inference
/// included, so the threads are the bounded pool and the GUI thread never runs a request.
/// Each connection is guarded before the HTTP server reads it: a request head over 16 KB, a body
/// over the limit (by its Content-Length, before it is read) or a chunked body are refused with
/// 431, 413 or 411 and the connection closed; one idle for too long is closed.
class ServeWorker : public QObject {
    Q_OBJECT

public:
    explicit ServeWorker(std::shared_ptr<ServeContext> context);
    ~ServeWorker() override;

    /// On the worker's thread, once, after moveToThread().
    void init();
    /// On the worker's thread: takes over an accepted connection.
    void adopt(qintptr descriptor);
    /// On the worker's thread: closes every connection and the HTTP server.
    void shutdown();

Q_SIGNALS:
    void feedbackRecorded();

private:
    QHttpServerResponse page(const QHttpServerRequest& request);
    QHttpServerResponse model(const QHttpServerRequest& request);
    QHttpServerResponse predict(const QHttpServerRequest& request);
    QHttpServerResponse feedback(const QHttpServerRequest& request);
    /// A refusal (429 over the rate, 401 without the token), or nothing when the request may go on.
    std::optional<QHttpServerResponse> gate(const QHttpServerRequest& request);
    void guard(QTcpSocket* socket);

    std::shared_ptr<ServeContext> m_context;
    QHttpServer* m_http = nullptr;
    ConnectionFeeder* m_feeder = nullptr;
    QVector<QPointer<QTcpSocket>> m_sockets;
};

} // namespace picta

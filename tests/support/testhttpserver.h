#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace picta::test {

/// A small HTTP/1.1 server on 127.0.0.1 for tests: routes by path, honours Range, and can cut a
/// response short or stay silent, to play the part of real servers misbehaving.
class TestHttpServer : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path;                      ///< with the query
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 cutAfter = -1;    ///< close the connection after this many body bytes
        qint64 stallAfter = -1;  ///< send this many body bytes, then nothing, the connection open
        bool honourRange = true; ///< answer "Range: bytes=N-" with 206
        bool silent = false;     ///< never answer (for timeouts)
    };
    using Handler = std::function<Response(const Request&)>;
    static Response reply(int status, const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        Response r;
        r.status = status;
        r.body = body;
        r.headers = headers;
        return r;
    }

    explicit TestHttpServer(QObject* parent = nullptr);
    bool listen();
    QUrl url(const QString& path = QString()) const;
    void route(const QString& path, Handler handler);
    /// Requests seen, in order.
    const QList<Request>& requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket);
    QTcpServer m_server;
    QMap<QString, Handler> m_routes;
    QList<Request> m_requests;
};

} // namespace picta::test

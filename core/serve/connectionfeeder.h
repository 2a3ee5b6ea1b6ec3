#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace picta {

/// Hands connections accepted elsewhere (ModelServer's listener) to a Qt HTTP Server on this
/// thread: QAbstractHttpServer::bind() takes a QTcpServer and serves its pending connections.
/// Qt 6.4 warns unless that server listens, so it listens on a loopback port of its own and
/// closes at once whatever connects there: every connection comes through the listener's guards.
class ConnectionFeeder : public QTcpServer {
public:
    explicit ConnectionFeeder(QObject* parent = nullptr)
        : QTcpServer(parent)
    {
        listen(QHostAddress::LocalHost, 0);
        pauseAccepting();
    }
    void feed(QTcpSocket* socket)
    {
        addPendingConnection(socket);
        Q_EMIT newConnection();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket refused;
        if (refused.setSocketDescriptor(descriptor))
            refused.abort();
    }
};

} // namespace picta

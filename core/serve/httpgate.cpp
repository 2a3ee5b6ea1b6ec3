#include "httpgate.h"

#include <QTcpSocket>
#include <QTimer>

namespace picta {

HttpGate::HttpGate(std::function<bool()> full, std::function<void(qintptr)> route, QObject* parent)
    : QTcpServer(parent)
    , m_full(std::move(full))
    , m_route(std::move(route))
{
}

void HttpGate::incomingConnection(qintptr descriptor)
{
    if (!m_full()) {
        m_route(descriptor);
        return;
    }
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    static const QByteArray body = R"({"error":"the server is busy: too many open connections"})";
    socket->write(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, &QObject::deleteLater);
}

} // namespace picta

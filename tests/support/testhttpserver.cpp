#include "testhttpserver.h"

#include <QTcpSocket>

namespace picta::test {

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void TestHttpServer::route(const QString& path, Handler handler)
{
    m_routes[path] = std::move(handler);
}

void TestHttpServer::serve(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = first.value(0);
    request.path = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers[lines[i].left(colon).trimmed().toLower()] = lines[i].mid(colon + 1).trimmed();
    }
    m_requests << request;

    const QString path = QString::fromUtf8(request.path.split('?').first());
    Response response = m_routes.contains(path) ? m_routes[path](request) : reply(404, "not found");
    if (response.silent)
        return;
    QByteArray body = response.body;
    int status = response.status;
    QList<QPair<QByteArray, QByteArray>> headers = response.headers;
    const QByteArray range = request.headers.value("range");
    if (status == 200 && response.honourRange && range.startsWith("bytes=") && range.endsWith('-')) {
        const qint64 from = range.mid(6, range.size() - 7).toLongLong();
        if (from >= body.size()) {
            status = 416;
            body.clear();
        } else {
            headers << qMakePair(QByteArray("Content-Range"),
                                 "bytes " + QByteArray::number(from) + '-' + QByteArray::number(body.size() - 1) + '/'
                                     + QByteArray::number(body.size()));
            body = body.mid(from);
            status = 206;
        }
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n");
    if (response.stallAfter >= 0) {
        socket->write(body.left(response.stallAfter));
        socket->flush();
        return;
    }
    socket->write(response.cutAfter >= 0 ? body.left(response.cutAfter) : body);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace picta::test

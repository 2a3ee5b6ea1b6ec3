#pragma once

#include <QTcpServer>

#include <functional>

namespace picta {

/// ModelServer's listener: accepts connections on the owner's thread and hands each socket
/// descriptor to `route` (a worker thread), or refuses it with 503 when `full` says so.
class HttpGate : public QTcpServer {
public:
    HttpGate(std::function<bool()> full, std::function<void(qintptr)> route, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<bool()> m_full;
    std::function<void(qintptr)> m_route;
};

} // namespace picta

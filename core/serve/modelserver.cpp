#include "modelserver.h"

#include "httpgate.h"
#include "servecontext.h"
#include "serveworker.h"

#include "inference/predictor.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace picta {

ModelServer::ModelServer(QObject* parent)
    : QObject(parent)
{
}

ModelServer::~ModelServer()
{
    stop();
}

QString ModelServer::makeToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ModelServer::localAddress()
{
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        if (!(iface.flags() & QNetworkInterface::IsUp) || !(iface.flags() & QNetworkInterface::IsRunning)
            || (iface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : iface.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip().toString();
    }
    return QStringLiteral("127.0.0.1");
}

Status ModelServer::start(std::shared_ptr<Predictor> predictor, const QString& projectDir, const ServeOptions& given)
{
    stop();
    if (!predictor)
        return Status::failure(tr("no model to share"));
    ServeOptions options = given;
    if (options.network && options.token.isEmpty())
        options.token = makeToken();
    options.workers = std::clamp(options.workers, 1, 16);
    m_context = std::make_shared<ServeContext>(std::move(predictor), projectDir, options);

    for (int i = 0; i < options.workers; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("serve-%1").arg(i));
        auto* worker = new ServeWorker(m_context);
        worker->moveToThread(thread);
        connect(worker, &ServeWorker::feedbackRecorded, this, &ModelServer::feedbackRecorded, Qt::QueuedConnection);
        thread->start();
        QMetaObject::invokeMethod(worker, &ServeWorker::init, Qt::BlockingQueuedConnection);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    const auto context = m_context;
    m_gate = new HttpGate([context] { return context->connections.load() >= context->options().maxConnections; },
                          [this, context](qintptr descriptor) {
                              ++context->connections; // counted here: queued connections count too
                              ServeWorker* worker = m_workers[m_next++ % m_workers.size()];
                              QMetaObject::invokeMethod(
                                  worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
                          },
                          this);
    const QHostAddress address = options.network ? QHostAddress::Any : QHostAddress::LocalHost;
    if (!m_gate->listen(address, options.port)) {
        const QString why = m_gate->errorString();
        stop();
        return Status::failure(tr("cannot listen on port %1: %2").arg(given.port).arg(why));
    }
    m_context->port = m_gate->serverPort();
    // Out of file descriptors, QTcpServer stops accepting for good: try again a second later.
    connect(m_gate, &QTcpServer::acceptError, m_gate,
            [gate = m_gate] { QTimer::singleShot(1000, gate, [gate] { gate->resumeAccepting(); }); });
    return Status::success();
}

void ModelServer::stop()
{
    delete m_gate; // no new connections
    m_gate = nullptr;
    for (ServeWorker* worker : m_workers)
        QMetaObject::invokeMethod(worker, &ServeWorker::shutdown, Qt::BlockingQueuedConnection);
    for (QThread* thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    qDeleteAll(m_workers);
    qDeleteAll(m_threads);
    m_workers.clear();
    m_threads.clear();
    m_context.reset();
}

bool ModelServer::isRunning() const
{
    return m_gate && m_gate->isListening();
}

quint16 ModelServer::port() const
{
    return m_gate ? m_gate->serverPort() : 0;
}

QString ModelServer::token() const
{
    return m_context ? m_context->options().token : QString();
}

bool ModelServer::isNetwork() const
{
    return m_context && m_context->options().network;
}

QUrl ModelServer::pageUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(isNetwork() ? localAddress() : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    if (!token().isEmpty())
        url.setQuery(QUrlQuery{{QStringLiteral("token"), token()}});
    return url;
}

int ModelServer::predictions() const
{
    return m_context ? m_context->predictions.load() : 0;
}

int ModelServer::refused() const
{
    return m_context ? m_context->refused.load() : 0;
}

} // namespace picta

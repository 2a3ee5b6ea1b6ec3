#include "servecontext.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace picta {

ServeContext::ServeContext(std::shared_ptr<Predictor> predictor, QString projectDir, ServeOptions options)
    : m_predictor(std::move(predictor))
    , m_projectDir(std::move(projectDir))
    , m_options(std::move(options))
{
}

bool ServeContext::authorised(const QString& token) const
{
    if (m_options.token.isEmpty())
        return !m_options.network;
    // Compared in full whatever the first difference, so timing says nothing about the token.
    const QByteArray a = token.toUtf8(), b = m_options.token.toUtf8();
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < b.size(); ++i)
        diff |= static_cast<unsigned char>(b[i] ^ (i < a.size() ? a[i] : 0));
    return diff == 0;
}

bool ServeContext::admit(const QHostAddress& client)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    if (m_requests.size() > 10000) // many addresses: forget those without a recent request
        for (auto it = m_requests.begin(); it != m_requests.end();)
            it = it->empty() || it->back() < now - 60000 ? m_requests.erase(it) : std::next(it);
    std::deque<qint64>& times = m_requests[client.toString()];
    while (!times.empty() && times.front() < now - 60000)
        times.pop_front();
    if (int(times.size()) >= m_options.requestsPerMinute)
        return false;
    times.push_back(now);
    return true;
}

QString ServeContext::remember(const QString& predicted)
{
    const QString id = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0');
    QMutexLocker lock(&m_mutex);
    m_predicted.insert(id, predicted);
    m_order.push_back(id);
    while (m_order.size() > 2000) {
        m_predicted.remove(m_order.front());
        m_order.pop_front();
    }
    return id;
}

std::optional<QString> ServeContext::take(const QString& id)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_predicted.find(id);
    if (it == m_predicted.end())
        return std::nullopt;
    const QString predicted = *it;
    m_predicted.erase(it); // its id stays in m_order until it ages out; removing it then is harmless
    return predicted;
}

bool ServeContext::openFrom(const QString& client)
{
    QMutexLocker lock(&m_mutex);
    int& open = m_open[client];
    if (open >= m_options.maxConnectionsPerClient)
        return false;
    ++open;
    return true;
}

void ServeContext::closeFrom(const QString& client)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_open.find(client);
    if (it != m_open.end() && --*it <= 0)
        m_open.erase(it);
}

} // namespace picta

#include "httpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <random>

namespace picta {

HttpClient::HttpClient()
    : HttpClient(Options())
{
}

HttpClient::HttpClient(const Options& options)
    : m_options(options)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

HttpClient::~HttpClient() = default;

void HttpClient::allowOrigin(const QUrl& origin)
{
    m_policy.allowOrigin(origin);
}

bool HttpClient::isAllowed(const QUrl& url) const
{
    return m_policy.allows(url);
}

bool HttpClient::sleep(int ms) const
{
    // Sleeps in slices so that a cancel is noticed; events keep flowing (a test server may be
    // running on this very thread).
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancel && *m_cancel)
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(50, ms - timer.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void HttpClient::waitForHost(const QString& host)
{
    if (m_options.minIntervalMs <= 0)
        return;
    const qint64 last = m_lastRequest.value(host, 0);
    const qint64 wait = last + m_options.minIntervalMs - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        sleep(int(wait));
    m_lastRequest[host] = QDateTime::currentMSecsSinceEpoch();
}

Expected<HttpClient::Response> HttpClient::get(const QUrl& url, const QHash<QByteArray, QByteArray>& headers)
{
    return request("GET", url, {}, headers);
}

Expected<HttpClient::Response> HttpClient::post(const QUrl& url, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers)
{
    return request("POST", url, body, headers);
}

Expected<HttpClient::Response> HttpClient::request(const QByteArray& verb, const QUrl& start, const QByteArray& body,
                                                   const QHash<QByteArray, QByteArray>& headers)
{
    using R = Expected<Response>;
    const QString shown = start.toDisplayString();
    static thread_local std::mt19937 jitter{std::random_device{}()};
    QUrl url = start;
    int redirects = 0;
    QString lastError;
    for (int attempt = 0; attempt <= m_options.maxRetries; ++attempt) {
        if (m_cancel && *m_cancel)
            return R::failure(tr("%1: cancelled").arg(shown));
        if (const QString why = m_policy.refusal(url); !why.isEmpty())
            return R::failure(why);
        waitForHost(url.host());
        QNetworkRequest request(url);
        request.setRawHeader("User-Agent", m_options.userAgent);
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.setRawHeader(it.key(), it.value());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_options.timeoutMs);
        QNetworkReply* reply = verb == "POST" ? m_network->post(request, body) : m_network->get(request);
        QEventLoop loop;
        bool tooLarge = false;
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
            if (received > m_options.maxBytes || total > m_options.maxBytes) {
                tooLarge = true;
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (m_cancel && *m_cancel)
                reply->abort();
        });
        cancelPoll.start(100);
        loop.exec();
        cancelPoll.stop();
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> owned(reply, [](QNetworkReply* r) { r->deleteLater(); });
        if (tooLarge)
            return R::failure(tr("%1: larger than the cap of %2 MB").arg(shown).arg(m_options.maxBytes >> 20));
        if (m_cancel && *m_cancel)
            return R::failure(tr("%1: cancelled").arg(shown));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
            if (++redirects > m_options.maxRedirects)
                return R::failure(tr("%1: more than %n redirect(s)", nullptr, m_options.maxRedirects).arg(shown));
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (const QString why = m_policy.redirectRefusal(url, next); !why.isEmpty())
                return R::failure(why);
            url = next;
            --attempt; // a redirect is not a failed attempt
            continue;
        }
        if (status == 429 || status == 503) {
            // Retry-After in seconds (the HTTP-date form is rare with APIs and treated as 5 s).
            bool ok = false;
            const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
            const int wait = ok ? seconds : 5;
            lastError = tr("HTTP %1").arg(status);
            if (wait > m_options.maxRetryAfterS)
                return R::failure(tr("%1: HTTP %2, asked to wait %3 s").arg(shown).arg(status).arg(wait));
            if (attempt < m_options.maxRetries && !sleep(wait * 1000))
                return R::failure(tr("%1: cancelled").arg(shown));
            continue;
        }
        if (reply->error() != QNetworkReply::NoError && status < 400) {
            lastError = reply->errorString(); // network failure or timeout: retried
        } else if (status >= 500) {
            lastError = tr("HTTP %1").arg(status);
        } else if (status >= 400) {
            return R::failure(tr("%1: HTTP %2").arg(shown).arg(status));
        } else {
            Response response;
            response.status = status;
            response.body = reply->readAll();
            response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            response.finalUrl = url;
            response.attempts = attempt + 1;
            return response;
        }
        if (attempt < m_options.maxRetries) {
            // Exponential backoff with full jitter: base × 2^attempt, a random part of it.
            const int ceiling = m_options.backoffBaseMs << attempt;
            if (!sleep(std::uniform_int_distribution<int>(ceiling / 2, ceiling)(jitter)))
                return R::failure(tr("%1: cancelled").arg(shown));
        }
    }
    return R::failure(tr("%1: %2 after %n attempt(s)", nullptr, m_options.maxRetries + 1).arg(shown, lastError));
}

} // namespace picta

#pragma once

#include "support/expected.h"
#include "support/networkpolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace picta {

/// Blocking HTTP GET for worker threads and the CLI (a local event loop runs the request), with
/// the manners image APIs ask for: a descriptive User-Agent, one request at a time per client and
/// a minimum interval per host (rate limits), Retry-After obeyed on 429 and 503, exponential
/// backoff with jitter on server errors and network failures, a transfer timeout, capped
/// redirects and a size cap; which addresses may be fetched is NetworkPolicy's (shared with
/// FileDownloader): https only, except for loopback hosts and an origin the user named.
class HttpClient {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)

public:
    struct Options {
        QByteArray userAgent = NetworkPolicy::userAgent();
        int timeoutMs = 20000;
        int maxRetries = 3;
        int maxRedirects = NetworkPolicy::kMaxRedirects;
        qint64 maxBytes = NetworkPolicy::kMaxApiOrImageBytes;
        int minIntervalMs = 0;   ///< between two requests to the same host
        int maxRetryAfterS = 60; ///< longer waits than this fail instead
        int backoffBaseMs = 500;
    };
    struct Response {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QUrl finalUrl;
        int attempts = 0;
    };

    HttpClient();
    explicit HttpClient(const Options& options);
    ~HttpClient();

    /// Addresses with this origin may use plain http (the --api-base of a mirror or test server).
    void allowOrigin(const QUrl& origin);
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setMinIntervalMs(int ms) { m_options.minIntervalMs = ms; }
    const Options& options() const { return m_options; }

    /// GET with retries; fails with a message naming the address and the cause.
    Expected<Response> get(const QUrl& url, const QHash<QByteArray, QByteArray>& headers = {});
    /// POST (form-encoded) with the same manners, for OAuth token requests.
    Expected<Response> post(const QUrl& url, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers = {});

    /// Whether `url` may be fetched: https, or http to a loopback host or an allowed origin.
    bool isAllowed(const QUrl& url) const;

private:
    Expected<Response> request(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                               const QHash<QByteArray, QByteArray>& headers);
    void waitForHost(const QString& host);
    bool sleep(int ms) const;

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QHash<QString, qint64> m_lastRequest; ///< host → msecs since epoch
    NetworkPolicy m_policy;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace picta

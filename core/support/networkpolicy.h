#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace picta {

/// The one network policy for everything Picta downloads (image APIs and images through
/// HttpClient, pretrained weights through FileDownloader): https only; plain http only to this
/// computer (a loopback host) or to an origin the user named (a mirror or a test server:
/// --api-base, --zoo-base); redirects capped and never from https to http nor to a host the rules
/// refuse; one User-Agent; size caps per kind of download.
class NetworkPolicy {
    Q_DECLARE_TR_FUNCTIONS(NetworkPolicy)

public:
    static constexpr int kMaxRedirects = 5;
    static constexpr qint64 kMaxApiOrImageBytes = qint64(50) << 20; ///< an API answer or one image
    static constexpr qint64 kMaxWeightsBytes = qint64(2) << 30;     ///< a pretrained weights file
    static QByteArray userAgent();

    /// Addresses with this origin (scheme, host, port) may use plain http.
    void allowOrigin(const QUrl& origin);
    bool allows(const QUrl& url) const;
    /// Why `url` may not be fetched, or an empty string.
    QString refusal(const QUrl& url) const;
    /// Why a redirect from `from` to `to` may not be followed, or an empty string.
    QString redirectRefusal(const QUrl& from, const QUrl& to) const;
    static bool isLoopback(const QUrl& url);

private:
    QList<QUrl> m_origins;
};

} // namespace picta

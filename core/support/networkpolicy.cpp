#include "networkpolicy.h"

#include <QHostAddress>

namespace picta {

namespace {

int portOf(const QUrl& url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

} // namespace

QByteArray NetworkPolicy::userAgent()
{
    return QByteArrayLiteral("Picta/0.1 (image classifier builder; https://github.com/picta)");
}

void NetworkPolicy::allowOrigin(const QUrl& origin)
{
    if (origin.isValid() && !origin.host().isEmpty())
        m_origins << origin;
}

bool NetworkPolicy::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool NetworkPolicy::allows(const QUrl& url) const
{
    return refusal(url).isEmpty();
}

QString NetworkPolicy::refusal(const QUrl& url) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a web address").arg(url.toDisplayString());
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        for (const QUrl& origin : m_origins)
            if (origin.scheme().toLower() == scheme && origin.host().compare(url.host(), Qt::CaseInsensitive) == 0
                && portOf(origin) == portOf(url))
                return {};
    }
    return tr("%1: only https addresses are fetched (http only from this computer or a mirror you named)").arg(url.toDisplayString());
}

QString NetworkPolicy::redirectRefusal(const QUrl& from, const QUrl& to) const
{
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return tr("%1: redirected from https to %2, refused").arg(from.toDisplayString(), to.toDisplayString());
    if (const QString why = refusal(to); !why.isEmpty())
        return tr("%1 redirects to %2, refused: %3").arg(from.toDisplayString(), to.toDisplayString(), why);
    return {};
}

} // namespace picta

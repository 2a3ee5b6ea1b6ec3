#include "openversesource.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace picta {

QString OpenverseSource::name() const
{
    return QStringLiteral("openverse");
}

int OpenverseSource::requestsPerMinute() const
{
    return 20; // anonymous limits are tight; a registered client id raises them
}

Expected<SearchPage> OpenverseSource::search(const QString& term, const QString& token, int perPage, LicenseFilter filter)
{
    using R = Expected<SearchPage>;
    const int page = token.isEmpty() ? 1 : token.toInt();
    QUrl url = rebase(QUrl(QStringLiteral("https://api.openverse.org/v1/images/")), m_base);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), term);
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(std::clamp(perPage, 1, 20)));
    if (filter == LicenseFilter::Commercial)
        query.addQueryItem(QStringLiteral("license_type"), QStringLiteral("commercial"));
    else if (filter == LicenseFilter::Modification)
        query.addQueryItem(QStringLiteral("license_type"), QStringLiteral("modification"));
    else if (filter == LicenseFilter::PublicDomain)
        query.addQueryItem(QStringLiteral("license"), QStringLiteral("cc0,pdm"));
    url.setQuery(query);
    const auto response = m_client->get(url);
    if (!response)
        return R::failure(response.error());
    return parse(response->body, url, page, perPage, filter);
}

Expected<SearchPage> OpenverseSource::parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const
{
    using R = Expected<SearchPage>;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.contains(QStringLiteral("results")))
        return R::failure(tr("%1: not an Openverse answer (no results)").arg(url.toDisplayString()));
    SearchPage result;
    for (const QJsonValue& v : root.value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = v.toObject();
        ImageCandidate c;
        c.url = QUrl(o.value("url").toString());
        c.landingPage = QUrl(o.value("foreign_landing_url").toString());
        c.title = o.value("title").toString();
        c.width = o.value("width").toInt();
        c.height = o.value("height").toInt();
        c.license = normaliseLicense(o.value("license").toString());
        c.licenseVersion = o.value("license_version").toString();
        c.licenseUrl = QUrl(o.value("license_url").toString());
        c.creator = o.value("creator").toString();
        c.provider = name();
        if (c.url.isValid())
            result.images.push_back(c);
    }
    if (page < root.value(QStringLiteral("page_count")).toInt())
        result.next = QString::number(page + 1);
    return result;
}

} // namespace picta

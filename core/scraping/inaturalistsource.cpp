#include "inaturalistsource.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace picta {

QString INaturalistSource::name() const
{
    return QStringLiteral("inaturalist");
}

int INaturalistSource::requestsPerMinute() const
{
    return 60;
}

Expected<SearchPage> INaturalistSource::search(const QString& term, const QString& token, int perPage, LicenseFilter filter)
{
    using R = Expected<SearchPage>;
    const int page = token.isEmpty() ? 1 : token.toInt();
    QUrl url = rebase(QUrl(QStringLiteral("https://api.inaturalist.org/v1/observations")), m_base);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("taxon_name"), term);
    query.addQueryItem(QStringLiteral("photos"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("quality_grade"), QStringLiteral("research"));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(std::clamp(perPage, 1, 200)));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    url.setQuery(query);
    const auto response = m_client->get(url);
    if (!response)
        return R::failure(response.error());
    return parse(response->body, url, page, perPage, filter);
}

Expected<SearchPage> INaturalistSource::parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const
{
    using R = Expected<SearchPage>;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.contains(QStringLiteral("results")))
        return R::failure(tr("%1: not an iNaturalist answer (no results)").arg(url.toDisplayString()));
    SearchPage result;
    for (const QJsonValue& v : root.value("results").toArray()) {
        const QJsonObject observation = v.toObject();
        for (const QJsonValue& p : observation.value("photos").toArray()) {
            const QJsonObject photo = p.toObject();
            ImageCandidate c;
            c.url = QUrl(photo.value("url").toString().replace(QStringLiteral("/square."), QStringLiteral("/medium.")));
            c.landingPage = QUrl(observation.value("uri").toString());
            c.title = observation.value("species_guess").toString();
            const QString code = photo.value("license_code").toString();
            c.license = code.isEmpty() ? QStringLiteral("all-rights-reserved") : normaliseLicense(code);
            c.creator = photo.value("attribution").toString();
            c.provider = name();
            if (c.url.isValid() && allows(filter, c.license))
                result.images.push_back(c);
        }
    }
    const int total = root.value("total_results").toInt();
    if (page * std::clamp(perPage, 1, 200) < total)
        result.next = QString::number(page + 1);
    return result;
}

} // namespace picta

#include "wikimediasource.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace picta {

namespace {

QString plainText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return html.simplified();
}

QString meta(const QJsonObject& extmetadata, const char* key)
{
    return extmetadata.value(QLatin1String(key)).toObject().value(QStringLiteral("value")).toString();
}

} // namespace

QString WikimediaSource::name() const
{
    return QStringLiteral("wikimedia");
}

int WikimediaSource::requestsPerMinute() const
{
    return 60; // one at a time, politely spaced
}

Expected<SearchPage> WikimediaSource::search(const QString& term, const QString& token, int perPage, LicenseFilter filter)
{
    using R = Expected<SearchPage>;
    QUrl url = rebase(QUrl(QStringLiteral("https://commons.wikimedia.org/w/api.php")), m_base);
    QUrlQuery query;
    const QList<QPair<QString, QString>> fixed = {{"action", "query"},   {"format", "json"},    {"generator", "search"},
                                                  {"gsrnamespace", "6"}, {"prop", "imageinfo"}, {"iiprop", "url|size|mime|extmetadata"},
                                                  {"iiurlwidth", "1024"}};
    for (const auto& [k, v] : fixed)
        query.addQueryItem(k, v);
    query.addQueryItem(QStringLiteral("gsrsearch"), term);
    query.addQueryItem(QStringLiteral("gsrlimit"), QString::number(std::clamp(perPage, 1, 50)));
    // The continuation is the previous answer's "continue" object, passed back as parameters.
    const QJsonObject next = QJsonDocument::fromJson(token.toUtf8()).object();
    for (auto it = next.begin(); it != next.end(); ++it)
        query.addQueryItem(it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toInt()));
    url.setQuery(query);
    const auto response = m_client->get(url);
    if (!response)
        return R::failure(response.error());
    return parse(response->body, url, 0, perPage, filter);
}

Expected<SearchPage> WikimediaSource::parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const
{
    using R = Expected<SearchPage>;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.contains(QStringLiteral("error")))
        return R::failure(tr("%1: %2").arg(url.toDisplayString(), root.value("error").toObject().value("info").toString()));
    SearchPage result;
    QJsonObject pages = root.value("query").toObject().value("pages").toObject();
    QList<QJsonObject> ordered;
    for (const QJsonValue& p : pages)
        ordered << p.toObject();
    std::sort(ordered.begin(), ordered.end(),
              [](const QJsonObject& a, const QJsonObject& b) { return a.value("index").toInt() < b.value("index").toInt(); });
    for (const QJsonObject& page : ordered) {
        const QJsonObject info = page.value("imageinfo").toArray().first().toObject();
        const QString mime = info.value("mime").toString();
        if (mime != QLatin1String("image/jpeg") && mime != QLatin1String("image/png") && mime != QLatin1String("image/webp"))
            continue; // SVG, TIFF scans, PDFs, videos
        const QJsonObject ext = info.value("extmetadata").toObject();
        ImageCandidate c;
        c.url = QUrl(info.value("thumburl").toString().isEmpty() ? info.value("url").toString() : info.value("thumburl").toString());
        c.landingPage = QUrl(info.value("descriptionurl").toString());
        c.title = page.value("title").toString();
        c.width = info.value("thumbwidth").toInt(info.value("width").toInt());
        c.height = info.value("thumbheight").toInt(info.value("height").toInt());
        c.license = normaliseLicense(meta(ext, "LicenseShortName"));
        c.licenseUrl = QUrl(meta(ext, "LicenseUrl"));
        c.creator = plainText(meta(ext, "Artist"));
        c.provider = name();
        if (allows(filter, c.license))
            result.images.push_back(c);
    }
    if (root.contains(QStringLiteral("continue")))
        result.next = QString::fromUtf8(QJsonDocument(root.value("continue").toObject()).toJson(QJsonDocument::Compact));
    return result;
}

} // namespace picta

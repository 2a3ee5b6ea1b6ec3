#include "redditsource.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace picta {

RedditSource::RedditSource(HttpClient* client, const QUrl& apiBase, const QString& clientId, const QString& clientSecret)
    : ImageSource(client, apiBase)
    , m_id(clientId)
    , m_secret(clientSecret)
{
}

Expected<QByteArray> RedditSource::accessToken()
{
    using R = Expected<QByteArray>;
    if (!m_token.isEmpty())
        return m_token;
    if (m_id.isEmpty())
        return R::failure(tr("Reddit needs your own app's client id and secret (reddit.com/prefs/apps); none is set"));
    const QUrl url = rebase(QUrl(QStringLiteral("https://www.reddit.com/api/v1/access_token")), m_base);
    const QByteArray basic = "Basic " + (m_id + ':' + m_secret).toUtf8().toBase64();
    const auto response = m_client->post(url, "grant_type=client_credentials",
                                         {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
    if (!response)
        return R::failure(response.error());
    m_token = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("access_token")).toString().toUtf8();
    if (m_token.isEmpty())
        return R::failure(tr("%1: no access token in the answer (check the client id and secret)").arg(url.toDisplayString()));
    return m_token;
}

Expected<SearchPage> RedditSource::search(const QString& term, const QString& token, int perPage, LicenseFilter filter)
{
    using R = Expected<SearchPage>;
    SearchPage result;
    if (filter != LicenseFilter::Any)
        return result; // Reddit states no licence: nothing passes a licence filter
    const auto bearer = accessToken();
    if (!bearer)
        return R::failure(bearer.error());
    QString subreddit = term.trimmed();
    if (subreddit.startsWith(QLatin1String("r/")))
        subreddit = subreddit.mid(2);
    QUrl url = rebase(QUrl(QStringLiteral("https://oauth.reddit.com/r/%1/top").arg(subreddit)), m_base);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("t"), QStringLiteral("all"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(perPage, 1, 100)));
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("after"), token);
    url.setQuery(query);
    const auto response = m_client->get(url, {{"Authorization", "bearer " + *bearer}});
    if (!response)
        return R::failure(response.error());
    return parse(response->body, url, 0, perPage, filter);
}

Expected<SearchPage> RedditSource::parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const
{
    SearchPage result;
    const QJsonObject data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    for (const QJsonValue& child : data.value(QStringLiteral("children")).toArray()) {
        const QJsonObject post = child.toObject().value(QStringLiteral("data")).toObject();
        auto candidate = [&](const QString& address) {
            ImageCandidate c;
            c.url = QUrl(QString(address).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
            c.landingPage = QUrl(QStringLiteral("https://www.reddit.com") + post.value("permalink").toString());
            c.title = post.value("title").toString();
            c.license = QStringLiteral("unknown");
            c.creator = QStringLiteral("u/") + post.value("author").toString();
            c.provider = name();
            return c;
        };
        if (post.value("post_hint").toString() == QLatin1String("image")) {
            result.images.push_back(candidate(post.value("url").toString()));
        } else if (post.value("is_gallery").toBool()) {
            const QJsonObject media = post.value("media_metadata").toObject();
            for (const QJsonValue& item : media) {
                const QString source = item.toObject().value("s").toObject().value("u").toString();
                if (!source.isEmpty())
                    result.images.push_back(candidate(source));
            }
        }
    }
    result.next = data.value(QStringLiteral("after")).toString();
    return result;
}

} // namespace picta

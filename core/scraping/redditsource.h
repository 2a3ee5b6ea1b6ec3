#pragma once

#include "imagesource.h"

namespace picta {

/// Reddit, with the user's own app credentials (Reddit has required OAuth since July 2023): an
/// application-only token from www.reddit.com/api/v1/access_token, then
/// oauth.reddit.com/r/<term>/top?t=all&limit=100 paged with `after`. Images come from posts whose
/// hint is "image" and from galleries (media_metadata). Reddit states no licence: every row
/// says "unknown", and the UI warns before reuse. The term is the subreddit's name.
class RedditSource : public ImageSource {
    // Its own context: without it, tr() here would be ImageSource's at run time while lupdate
    // files the strings under this class, and their translations would never be found.
    Q_DECLARE_TR_FUNCTIONS(RedditSource)

public:
    RedditSource(HttpClient* client, const QUrl& apiBase, const QString& clientId, const QString& clientSecret);
    QString name() const override { return QStringLiteral("reddit"); }
    Expected<SearchPage> search(const QString& term, const QString& token, int perPage, LicenseFilter filter) override;
    Expected<SearchPage> parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const override;
    int requestsPerMinute() const override { return 60; }

private:
    Expected<QByteArray> accessToken();

    QString m_id, m_secret;
    QByteArray m_token;
};

} // namespace picta

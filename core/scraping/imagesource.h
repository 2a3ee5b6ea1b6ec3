#pragma once

#include "support/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <memory>

namespace picta {

class HttpClient;

/// One image a provider offers for a term, with what must be kept about it.
struct ImageCandidate {
    QUrl url;         ///< the image itself
    QUrl landingPage; ///< the page that shows it with its credits
    QString title;
    int width = 0, height = 0;
    QString license; ///< normalised: cc0, pdm, by, by-sa, by-nc, by-nd, by-nc-sa, by-nc-nd, unknown…
    QString licenseVersion;
    QUrl licenseUrl;
    QString creator;
    QString provider; ///< openverse, wikimedia, inaturalist, urls
};

/// One page of search results and where the next one starts.
struct SearchPage {
    QVector<ImageCandidate> images;
    QString next; ///< the token for the next page; empty when there is none
};

/// Licences users choose among before anything is downloaded.
enum class LicenseFilter { Any, Commercial, Modification, PublicDomain };

/// A documented image API (or a list of addresses) behind one interface: page through the
/// results for a term. Each provider keeps the documented path and query; `apiBase` replaces
/// only scheme, host and port (mirrors, tests).
class ImageSource {
    Q_DECLARE_TR_FUNCTIONS(ImageSource)

public:
    /// `client` fetches for the API sources; `apiBase` replaces their scheme, host and port.
    explicit ImageSource(HttpClient* client = nullptr, const QUrl& apiBase = {})
        : m_client(client)
        , m_base(apiBase)
    {
    }
    virtual ~ImageSource() = default;
    virtual QString name() const = 0;
    /// The page after `token` (empty: the first) for `term`, at most `perPage` images.
    virtual Expected<SearchPage> search(const QString& term, const QString& token, int perPage, LicenseFilter filter) = 0;
    /// Reads one answer of the provider's API (`url` asked, `page` of `perPage`): the part of
    /// search() that sees outside bytes, apart so that it is fuzzed (tests/fuzz/fuzz_apiresponses).
    virtual Expected<SearchPage> parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const;
    /// Requests a minute the provider allows (the client spaces requests accordingly).
    virtual int requestsPerMinute() const { return 60; }

    /// "openverse", "wikimedia", "inaturalist" or "urls" (a file of addresses, `urlsFile`).
    static Expected<std::unique_ptr<ImageSource>> create(const QString& name, HttpClient* client, const QUrl& apiBase = {},
                                                         const QString& urlsFile = QString());
    static QStringList names();
    /// The user's Reddit app credentials ($PICTA_REDDIT_CLIENT_ID, $PICTA_REDDIT_CLIENT_SECRET).
    static QString redditId();
    static QString redditSecret();

    /// A licence name or code as the providers write it ("CC BY-SA 4.0", "cc-by-nc", "Public
    /// domain", "cc0") turned into the short form ImageCandidate uses.
    static QString normaliseLicense(const QString& text);
    /// Whether a normalised licence passes the filter (unknown licences pass only Any).
    static bool allows(LicenseFilter filter, const QString& license);
    static Expected<LicenseFilter> parseFilter(const QString& text);

protected:
    /// `documented` with scheme, host and port taken from `base` when it is set.
    static QUrl rebase(QUrl documented, const QUrl& base);

    HttpClient* m_client;
    QUrl m_base;
};

} // namespace picta

#include "imagesource.h"

#include "httpclient.h"
#include "inaturalistsource.h"
#include "openversesource.h"
#include "redditsource.h"
#include "urllistsource.h"
#include "wikimediasource.h"

namespace picta {

QStringList ImageSource::names()
{
    return {QStringLiteral("openverse"), QStringLiteral("wikimedia"), QStringLiteral("inaturalist"), QStringLiteral("reddit"),
            QStringLiteral("urls")};
}

Expected<std::unique_ptr<ImageSource>> ImageSource::create(const QString& name, HttpClient* client, const QUrl& apiBase,
                                                           const QString& urlsFile)
{
    using R = Expected<std::unique_ptr<ImageSource>>;
    if (apiBase.isValid() && !apiBase.isEmpty())
        client->allowOrigin(apiBase);
    if (name == QLatin1String("openverse"))
        return std::unique_ptr<ImageSource>(std::make_unique<OpenverseSource>(client, apiBase));
    if (name == QLatin1String("wikimedia"))
        return std::unique_ptr<ImageSource>(std::make_unique<WikimediaSource>(client, apiBase));
    if (name == QLatin1String("inaturalist"))
        return std::unique_ptr<ImageSource>(std::make_unique<INaturalistSource>(client, apiBase));
    if (name == QLatin1String("reddit"))
        return std::unique_ptr<ImageSource>(std::make_unique<RedditSource>(client, apiBase, redditId(), redditSecret()));
    if (name == QLatin1String("urls")) {
        if (urlsFile.isEmpty())
            return R::failure(tr("The urls source needs a file of image addresses"));
        return std::unique_ptr<ImageSource>(std::make_unique<UrlListSource>(urlsFile));
    }
    return R::failure(tr("Unknown source '%1' (known: %2)").arg(name, names().join(", ")));
}

QString ImageSource::redditId()
{
    return qEnvironmentVariable("PICTA_REDDIT_CLIENT_ID");
}

QString ImageSource::redditSecret()
{
    return qEnvironmentVariable("PICTA_REDDIT_CLIENT_SECRET");
}

QUrl ImageSource::rebase(QUrl documented, const QUrl& base)
{
    if (base.isEmpty())
        return documented;
    documented.setScheme(base.scheme());
    documented.setHost(base.host());
    documented.setPort(base.port());
    return documented;
}

QString ImageSource::normaliseLicense(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char('_'), QLatin1Char('-'));
    t.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (t.isEmpty())
        return QStringLiteral("unknown");
    if (t.contains(QLatin1String("cc0")) || t.contains(QLatin1String("cc-zero")))
        return QStringLiteral("cc0");
    if (t.contains(QLatin1String("public-domain")) || t == QLatin1String("pdm") || t == QLatin1String("pd"))
        return QStringLiteral("pdm");
    if (t.startsWith(QLatin1String("cc-")))
        t = t.mid(3);
    // Drop a version: "by-sa-4.0" → "by-sa".
    QStringList parts = t.split('-', Qt::SkipEmptyParts);
    while (!parts.isEmpty() && (parts.last().front().isDigit()))
        parts.removeLast();
    const QString code = parts.join('-');
    static const QStringList known = {"by", "by-sa", "by-nc", "by-nd", "by-nc-sa", "by-nc-nd"};
    return known.contains(code) ? code : (code.isEmpty() ? QStringLiteral("unknown") : code);
}

bool ImageSource::allows(LicenseFilter filter, const QString& license)
{
    switch (filter) {
    case LicenseFilter::Any:
        return true;
    case LicenseFilter::PublicDomain:
        return license == QLatin1String("cc0") || license == QLatin1String("pdm");
    case LicenseFilter::Commercial:
        return QStringList{"cc0", "pdm", "by", "by-sa", "by-nd"}.contains(license);
    case LicenseFilter::Modification:
        return QStringList{"cc0", "pdm", "by", "by-sa", "by-nc", "by-nc-sa"}.contains(license);
    }
    return false;
}

Expected<LicenseFilter> ImageSource::parseFilter(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("any"))
        return LicenseFilter::Any;
    if (text == QLatin1String("commercial"))
        return LicenseFilter::Commercial;
    if (text == QLatin1String("modification"))
        return LicenseFilter::Modification;
    if (text == QLatin1String("cc0") || text == QLatin1String("public-domain"))
        return LicenseFilter::PublicDomain;
    return Expected<LicenseFilter>::failure(tr("Unknown licence filter '%1' (any, commercial, modification, cc0)").arg(text));
}

Expected<SearchPage> ImageSource::parse(const QByteArray&, const QUrl& url, int, int, LicenseFilter) const
{
    return Expected<SearchPage>::failure(tr("%1: %2 has no API answers to read").arg(url.toDisplayString(), name()));
}

} // namespace picta

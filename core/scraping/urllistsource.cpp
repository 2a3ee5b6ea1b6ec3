#include "urllistsource.h"

#include "support/atomicfile.h"

namespace picta {

UrlListSource::UrlListSource(const QString& file)
    : m_file(file)
{
}

Expected<SearchPage> UrlListSource::search(const QString&, const QString& token, int perPage, LicenseFilter filter)
{
    const auto read = AtomicFile::read(m_file);
    if (!read)
        return Expected<SearchPage>::failure(read.error());
    const QByteArray& text = *read;
    QStringList urls;
    for (const QByteArray& line : text.split('\n')) {
        const QString url = QString::fromUtf8(line).trimmed();
        if (!url.isEmpty() && !url.startsWith('#'))
            urls << url;
    }
    SearchPage page;
    const int start = token.toInt();
    if (filter != LicenseFilter::Any)
        return page; // addresses carry no licence: none passes a licence filter
    for (int i = start; i < std::min<int>(int(urls.size()), start + perPage); ++i) {
        ImageCandidate c;
        c.url = QUrl(urls[i]);
        c.landingPage = c.url;
        c.license = QStringLiteral("unknown");
        c.provider = name();
        page.images.push_back(c);
    }
    if (start + perPage < urls.size())
        page.next = QString::number(start + perPage);
    return page;
}

} // namespace picta

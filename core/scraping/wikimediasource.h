#pragma once

#include "imagesource.h"

namespace picta {

/// Wikimedia Commons (the MediaWiki API: generator=search in the File namespace, imageinfo with
/// extmetadata), following `continue`; licence and author from extmetadata. One request at a
/// time, with the descriptive User-Agent Wikimedia asks for.
class WikimediaSource : public ImageSource {
    // Its own context: without it, tr() here would be ImageSource's at run time while lupdate
    // files the strings under this class, and their translations would never be found.
    Q_DECLARE_TR_FUNCTIONS(WikimediaSource)

public:
    using ImageSource::ImageSource;
    QString name() const override;
    Expected<SearchPage> search(const QString& term, const QString& token, int perPage, LicenseFilter filter) override;
    Expected<SearchPage> parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const override;
    int requestsPerMinute() const override;
};

} // namespace picta

#pragma once

#include "imagesource.h"

namespace picta {

/// iNaturalist observations (research grade, with photos) of a taxon: each photo with its
/// licence code and attribution; the "square" address swapped for "medium". At most 60 requests
/// a minute.
class INaturalistSource : public ImageSource {
    // Its own context: without it, tr() here would be ImageSource's at run time while lupdate
    // files the strings under this class, and their translations would never be found.
    Q_DECLARE_TR_FUNCTIONS(INaturalistSource)

public:
    using ImageSource::ImageSource;
    QString name() const override;
    Expected<SearchPage> search(const QString& term, const QString& token, int perPage, LicenseFilter filter) override;
    Expected<SearchPage> parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const override;
    int requestsPerMinute() const override;
};

} // namespace picta

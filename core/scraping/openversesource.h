#pragma once

#include "imagesource.h"

namespace picta {

/// Openverse (api.openverse.org/v1/images): CC-licensed and public-domain images from many
/// collections, with licence, creator and landing page per result. Anonymous use allows 20 per
/// page; the licence filter is passed to the API (license_type, license).
class OpenverseSource : public ImageSource {
    // Its own context: without it, tr() here would be ImageSource's at run time while lupdate
    // files the strings under this class, and their translations would never be found.
    Q_DECLARE_TR_FUNCTIONS(OpenverseSource)

public:
    using ImageSource::ImageSource;
    QString name() const override;
    Expected<SearchPage> search(const QString& term, const QString& token, int perPage, LicenseFilter filter) override;
    Expected<SearchPage> parse(const QByteArray& body, const QUrl& url, int page, int perPage, LicenseFilter filter) const override;
    int requestsPerMinute() const override;
};

} // namespace picta

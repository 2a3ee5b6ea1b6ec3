#pragma once

#include "imagesource.h"

namespace picta {

/// A text file of image addresses, one per line (# starts a comment): every term gets the same
/// list, in pages. Addresses carry no licence: rows say "unknown".
class UrlListSource : public ImageSource {
public:
    explicit UrlListSource(const QString& file);
    QString name() const override { return QStringLiteral("urls"); }
    Expected<SearchPage> search(const QString& term, const QString& token, int perPage, LicenseFilter filter) override;

private:
    QString m_file;
};

} // namespace picta

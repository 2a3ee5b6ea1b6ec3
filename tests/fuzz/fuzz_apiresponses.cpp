// Each image API's answer (Openverse, Wikimedia Commons, iNaturalist, Reddit), as the scraper
// reads it. The first byte chooses the provider and the licence filter; the rest is the body.
#include "scraping/httpclient.h"
#include "scraping/imagesource.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static const QStringList providers
        = {QStringLiteral("openverse"), QStringLiteral("wikimedia"), QStringLiteral("inaturalist"), QStringLiteral("reddit")};
    static const picta::LicenseFilter filters[] = {picta::LicenseFilter::Any, picta::LicenseFilter::Commercial,
                                                   picta::LicenseFilter::Modification, picta::LicenseFilter::PublicDomain};
    auto source = picta::ImageSource::create(providers[data[0] % 4], nullptr);
    if (!source)
        __builtin_trap();
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const auto page = source.value()->parse(body, QUrl(QStringLiteral("https://api.example.org/x")), 1 + (data[0] >> 4), 20,
                                            filters[(data[0] >> 2) % 4]);
    if (page)
        for (const picta::ImageCandidate& c : page->images)
            if (!c.url.isValid() && c.provider.isEmpty())
                __builtin_trap();
    return 0;
}

#pragma once

#include "httpclient.h"
#include "imagesource.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <atomic>

namespace picta {

struct ScrapeOptions {
    QString projectDir;
    QString source = QStringLiteral("openverse");
    QStringList terms;
    QStringList classNames; ///< one per term; empty: the terms themselves, sanitised
    int count = 50;         ///< images per term, counting those a stopped job already got
    LicenseFilter license = LicenseFilter::Any;
    QUrl apiBase;              ///< replaces scheme, host and port of the provider's address
    QString urlsFile;          ///< for the "urls" source
    int minSide = 0;           ///< smaller images are skipped
    int requestsPerMinute = 0; ///< to the API; 0: what the provider allows
    HttpClient::Options http;
};

/// Counts for one term as the job goes.
struct TermProgress {
    QString term, className;
    int found = 0, downloaded = 0, duplicates = 0, failed = 0, skipped = 0;
    bool done = false;
};

struct ScrapeReport {
    QVector<TermProgress> terms;
    QStringList failures; ///< "address: reason"
    QString error;        ///< the job could not run at all
    bool cancelled = false;
    int downloaded() const;
    int duplicates() const;
    int failed() const;
};

/// Collects images for search terms into a project: each term a class, each image checked
/// (magic bytes and a full decode: HTML error pages never land as images), SHA-256-deduplicated
/// against everything the project holds, written atomically with a sources.csv row (licence,
/// creator, landing page, term). Where each term's paging got to is kept in
/// .cache/scrape-state.json and addresses already in sources.csv are never fetched again, so a
/// stopped or crashed job resumes without downloading twice. Runs on the calling thread.
class Scraper : public QObject {
    Q_OBJECT

public:
    ScrapeReport run(const ScrapeOptions& options, const std::atomic_bool* cancel = nullptr);

Q_SIGNALS:
    void progress(const picta::TermProgress& term);
    void imageSaved(const QString& path, const QString& className);
    void failure(const QString& message);
};

} // namespace picta

Q_DECLARE_METATYPE(picta::TermProgress)
Q_DECLARE_METATYPE(picta::ScrapeReport)

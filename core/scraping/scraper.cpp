#include "scraper.h"

#include "cleaning/imageheader.h"
#include "data/importer.h"
#include "imaging/imagedecoder.h"
#include "project/dataseteditor.h"
#include "project/provenancelog.h"
#include "support/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace picta {

int ScrapeReport::downloaded() const
{
    int n = 0;
    for (const TermProgress& t : terms)
        n += t.downloaded;
    return n;
}

int ScrapeReport::duplicates() const
{
    int n = 0;
    for (const TermProgress& t : terms)
        n += t.duplicates;
    return n;
}

int ScrapeReport::failed() const
{
    int n = 0;
    for (const TermProgress& t : terms)
        n += t.failed;
    return n;
}

namespace {

QString statePath(const QString& root)
{
    return QDir(root).filePath(QStringLiteral(".cache/scrape-state.json"));
}

QJsonObject loadState(const QString& root)
{
    const auto data = AtomicFile::read(statePath(root));
    return data ? QJsonDocument::fromJson(*data).object() : QJsonObject(); // none yet: every term from its start
}

Status saveState(const QString& root, const QJsonObject& state)
{
    QDir(root).mkpath(QStringLiteral(".cache"));
    return AtomicFile::write(statePath(root), QJsonDocument(state).toJson(QJsonDocument::Compact));
}

// SHA-256 of every image file the project holds, for deduplication across terms and jobs.
QSet<QByteArray> projectHashes(const QString& root)
{
    QSet<QByteArray> hashes;
    for (const DatasetImage& image : DatasetEditor(root).images()) {
        if (const auto bytes = ImageDecoder::readFile(image.path)) // an unreadable file cannot be a duplicate of anything
            hashes.insert(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    }
    return hashes;
}

} // namespace

ScrapeReport Scraper::run(const ScrapeOptions& options, const std::atomic_bool* cancel)
{
    // Where each term got to is what lets a stopped job resume without fetching again: a failed
    // write of it is said (once), never dropped.
    bool stateWarned = false;
    auto noteStateWrite = [&](const Status& written, ScrapeReport* report) {
        if (written || stateWarned)
            return;
        stateWarned = true;
        const QString message = tr("Where the job got to cannot be saved (%1): a new start fetches those pages again").arg(written.error());
        report->failures << message;
        Q_EMIT failure(message);
    };
    ScrapeReport report;
    HttpClient api(options.http), images(options.http);
    api.setCancelFlag(cancel);
    images.setCancelFlag(cancel);
    auto source = ImageSource::create(options.source, &api, options.apiBase, options.urlsFile);
    if (!source) {
        report.error = source.error();
        return report;
    }
    if (options.apiBase.isValid())
        images.allowOrigin(options.apiBase);
    // The provider's rate limit, unless the caller asked for a longer interval.
    const int perMinute = options.requestsPerMinute > 0 ? options.requestsPerMinute : (*source)->requestsPerMinute();
    api.setMinIntervalMs(std::max(options.http.minIntervalMs, 60000 / std::max(1, perMinute)));

    const QString root = QFileInfo(options.projectDir).absoluteFilePath();
    QSet<QByteArray> known = projectHashes(root);
    QSet<QString> fetched;
    QHash<QString, int> alreadyPerTerm;
    for (const ProvenanceRow& row : ProvenanceLog(root).rows()) {
        fetched.insert(row.url);
        if (row.provider == options.source)
            ++alreadyPerTerm[row.term];
    }
    QJsonObject state = loadState(root);
    Importer importer(root);

    for (int t = 0; t < options.terms.size(); ++t) {
        TermProgress progress;
        progress.term = options.terms[t];
        progress.className = Importer::sanitiseClassName(options.classNames.value(t, progress.term));
        if (progress.className.isEmpty()) {
            report.failures << tr("'%1' cannot be a class name").arg(progress.term);
            report.terms << progress;
            continue;
        }
        const QString key = options.source + '|' + progress.term;
        QString token = state.value(key).toObject().value(QStringLiteral("next")).toString();
        const bool exhausted = state.value(key).toObject().value(QStringLiteral("exhausted")).toBool();
        int have = alreadyPerTerm.value(progress.term);
        bool more = !exhausted;
        while (more && have < options.count) {
            if (cancel && *cancel) {
                report.cancelled = true;
                break;
            }
            const auto page = (*source)->search(progress.term, token, std::min(50, options.count - have + 10), options.license);
            if (!page) {
                report.failures << page.error();
                Q_EMIT failure(page.error());
                ++progress.failed;
                break;
            }
            progress.found += int(page->images.size());
            bool pageComplete = true;
            for (const ImageCandidate& candidate : page->images) {
                if (have >= options.count || (cancel && *cancel)) {
                    pageComplete = false; // the rest of this page waits for the next run
                    break;
                }
                if (!ImageSource::allows(options.license, candidate.license)) {
                    ++progress.skipped;
                    continue;
                }
                if (fetched.contains(candidate.url.toString())) {
                    ++progress.duplicates; // fetched by an earlier job or another term
                    continue;
                }
                if (options.minSide > 0 && candidate.width > 0 && std::min(candidate.width, candidate.height) < options.minSide) {
                    ++progress.skipped;
                    continue;
                }
                fetched.insert(candidate.url.toString());
                const auto response = images.get(candidate.url);
                QString why;
                if (!response) {
                    why = response.error();
                } else {
                    const QByteArray sha = QCryptographicHash::hash(response->body, QCryptographicHash::Sha256).toHex();
                    if (known.contains(sha)) {
                        ++progress.duplicates;
                        Q_EMIT this->progress(progress);
                        continue;
                    }
                    const auto header = ImageHeader::read(response->body);
                    if (header && options.minSide > 0 && std::min(header->width, header->height) < options.minSide) {
                        ++progress.skipped;
                        continue;
                    }
                    ProvenanceRow extra;
                    extra.license = candidate.license + (candidate.licenseVersion.isEmpty() ? QString() : ' ' + candidate.licenseVersion);
                    extra.licenseUrl = candidate.licenseUrl.toString();
                    extra.creator = candidate.creator;
                    extra.landingPage = candidate.landingPage.toString();
                    extra.term = progress.term;
                    importer.setProvenance(extra);
                    QString name = candidate.url.fileName();
                    if (name.isEmpty())
                        name = QStringLiteral("image");
                    ImportReport written;
                    const Status added
                        = importer.addImage(response->body, name, progress.className, candidate.url.toString(), options.source, &written);
                    if (added) {
                        known.insert(sha);
                        ++progress.downloaded;
                        ++have;
                        Q_EMIT imageSaved(importer.lastWritten(), progress.className);
                        Q_EMIT this->progress(progress);
                        continue;
                    }
                    if (!written.fatal.isEmpty()) { // disk full: every next image would fail alike
                        report.error = written.fatal;
                        return report;
                    }
                    why = added.error();
                }
                ++progress.failed;
                const QString shown = candidate.url.toDisplayString();
                const QString message = why.startsWith(shown) ? why : tr("%1: %2").arg(shown, why);
                report.failures << message;
                Q_EMIT failure(message);
                Q_EMIT this->progress(progress);
            }
            // The page's files and their rows first, then where to go on: a crash in between
            // costs at most a page of skipped (already fetched) addresses, never a duplicate.
            if (!pageComplete) {
                state.insert(key, QJsonObject{{"next", token}, {"exhausted", false}}); // this page again; its fetched addresses are skipped
                noteStateWrite(saveState(root, state), &report);
                break;
            }
            token = page->next;
            more = !token.isEmpty();
            state.insert(key, QJsonObject{{"next", token}, {"exhausted", !more}});
            noteStateWrite(saveState(root, state), &report);
        }
        report.cancelled = report.cancelled || (cancel && *cancel);
        progress.done = !report.cancelled;
        Q_EMIT this->progress(progress);
        report.terms << progress;
        if (report.cancelled)
            break;
    }
    return report;
}

} // namespace picta

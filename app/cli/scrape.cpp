// picta-cli scrape and credits.
#include "commands.h"
#include "parse.h"

#include "project/project.h"
#include "project/credits.h"
#include "project/provenancelog.h"
#include "scraping/scraper.h"
#include "support/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>

#include <csignal>
#include <cstdio>

namespace picta::cli {

namespace {

std::atomic_bool g_stop{false};

} // namespace

int scrape(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("project"), Cli::tr("The project to fill (created when missing)."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("source"),
         Cli::tr("openverse (default), wikimedia, inaturalist, reddit (a subreddit per term; needs $PICTA_REDDIT_CLIENT_ID and "
                 "$PICTA_REDDIT_CLIENT_SECRET) or urls."),
         QStringLiteral("S")});
    parser.addOption({QStringLiteral("term"), Cli::tr("A search term; repeat for more. Each term becomes a class."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("count"), Cli::tr("Images per term (default 50)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("license"), Cli::tr("any (default), commercial, modification or cc0."), QStringLiteral("L")});
    parser.addOption({QStringLiteral("urls"), Cli::tr("For --source urls: a text file of image addresses."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("api-base"), Cli::tr("Replace the provider's scheme, host and port (a mirror or a test server)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("min-side"), Cli::tr("Skip images smaller than this on a side."), QStringLiteral("PX")});
    parser.addOption(
        {QStringLiteral("rate"), Cli::tr("API requests per minute (default: what the provider allows)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args,
                        Cli::tr("Collects images for search terms from open image APIs, each with its licence; a stopped job "
                                "resumes where it stopped."),
                        &code))
        return code;
    ScrapeOptions options;
    options.projectDir = parser.value(QStringLiteral("project"));
    options.terms = parser.values(QStringLiteral("term"));
    if (parser.isSet(QStringLiteral("source")))
        options.source = parser.value(QStringLiteral("source"));
    options.urlsFile = parser.value(QStringLiteral("urls"));
    if (options.source == QLatin1String("urls") && options.terms.isEmpty())
        options.terms << (options.urlsFile.isEmpty() ? QString() : QFileInfo(options.urlsFile).completeBaseName());
    if (options.projectDir.isEmpty() || options.terms.isEmpty())
        return fail(Usage, Cli::tr("scrape needs --project DIR and at least one --term"));
    const auto filter = ImageSource::parseFilter(parser.value(QStringLiteral("license")));
    if (!filter)
        return fail(Usage, filter.error());
    options.license = *filter;
    if (!intOption(parser, QStringLiteral("count"), 1, 100000, &options.count)
        || !intOption(parser, QStringLiteral("min-side"), 0, 100000, &options.minSide)
        || !intOption(parser, QStringLiteral("rate"), 1, 100000, &options.requestsPerMinute))
        return Usage;
    if (parser.isSet(QStringLiteral("api-base"))) {
        options.apiBase = QUrl(parser.value(QStringLiteral("api-base")));
        if (!options.apiBase.isValid() || options.apiBase.host().isEmpty())
            return fail(Usage, Cli::tr("--api-base must be an address such as http://127.0.0.1:8080"));
    }
    if (!QFileInfo::exists(QDir(options.projectDir).filePath(Project::fileName()))) {
        const auto created = Project::create(options.projectDir, QFileInfo(options.projectDir).fileName());
        if (!created)
            return fail(Failed, created.error());
    }
    std::signal(SIGINT, [](int) { g_stop = true; });
    Scraper scraper;
    QObject::connect(&scraper, &Scraper::progress, [](const TermProgress& p) {
        printErr(
            Cli::tr("%1: %2 downloaded, %n duplicate(s), %4 failed", nullptr, p.duplicates).arg(p.term).arg(p.downloaded).arg(p.failed));
    });
    const ScrapeReport report = scraper.run(options, &g_stop);
    if (!report.error.isEmpty())
        return fail(Failed, report.error);
    for (const QString& f : report.failures)
        printErr(f);
    QJsonObject perTerm;
    for (const TermProgress& t : report.terms)
        perTerm[t.term] = QJsonObject{{"class", t.className}, {"downloaded", t.downloaded}, {"duplicates", t.duplicates},
                                      {"failed", t.failed},   {"skipped", t.skipped},       {"found", t.found}};
    if (parser.isSet(QStringLiteral("json")))
        printJson({{"downloaded", report.downloaded()},
                   {"duplicates", report.duplicates()},
                   {"failed", report.failed()},
                   {"cancelled", report.cancelled},
                   {"per_term", perTerm}});
    else
        std::printf("%s\n",
                    qUtf8Printable(Cli::tr("%n image(s) downloaded", nullptr, report.downloaded())
                                   + Cli::tr(", %n duplicate(s) skipped, %1 failed%2", nullptr, report.duplicates())
                                         .arg(report.failed())
                                         .arg(report.cancelled ? Cli::tr(" (stopped: run again to resume)") : QString())));
    return report.cancelled ? Failed : Ok;
}

int credits(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("project"), Cli::tr("The project whose sources.csv to credit."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Where to write (default PROJECT/CREDITS.md)."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Writes an attribution file (CREDITS.md) from sources.csv."), &code))
        return code;
    const QString dir = parser.value(QStringLiteral("project"));
    if (dir.isEmpty())
        return fail(Usage, Cli::tr("credits needs --project DIR"));
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : Credits::defaultPath(dir);
    int credited = 0;
    if (const Status written = Credits::write(dir, out, &credited); !written)
        return fail(Failed, written.error());
    printErr(Cli::tr("%n image(s) credited in %2", nullptr, credited).arg(QDir::toNativeSeparators(out)));
    return Ok;
}

} // namespace picta::cli

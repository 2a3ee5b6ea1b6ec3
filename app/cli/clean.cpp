// picta-cli check and dedupe: report problems and duplicate groups; change files only with
// --quarantine PROJECT.
#include "commands.h"
#include "parse.h"

#include "cleaning/duplicatefinder.h"
#include "cleaning/integritychecker.h"
#include "cleaning/quarantine.h"
#include "project/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace picta::cli {

namespace {

void addQuarantineOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("quarantine"),
                      Cli::tr("Move the files found into this project's quarantine (restorable). Without it, no file is changed."),
                      QStringLiteral("PROJECT")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
}

// Checks --dir and --quarantine; fills the files to look at.
bool readDirAndQuarantine(const QCommandLineParser& parser, QStringList* files, QString* quarantineRoot)
{
    const QString dir = parser.value(QStringLiteral("dir"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        fail(Usage, Cli::tr("--dir must name a folder (a project or any folder of images)"));
        return false;
    }
    *quarantineRoot = parser.value(QStringLiteral("quarantine"));
    if (!quarantineRoot->isEmpty() && !QFileInfo::exists(QDir(*quarantineRoot).filePath(Project::fileName()))
        && !QFileInfo(*quarantineRoot).isDir()) {
        fail(Usage, Cli::tr("--quarantine must name a project folder"));
        return false;
    }
    *files = IntegrityChecker::datasetFiles(dir);
    return true;
}

int quarantineAll(const QString& root, const QVector<QPair<QString, QString>>& moves, QJsonObject* out)
{
    QStringList errors;
    const auto added = Quarantine(root).add(moves, &errors);
    for (const QString& e : errors)
        printErr(e);
    out->insert(QStringLiteral("quarantined"), int(added.size()));
    return errors.isEmpty() ? Ok : Failed;
}

} // namespace

int check(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dir"), Cli::tr("The folder to check: a project or any folder of images."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("min-side"), Cli::tr("Images with a shorter side are too small (default 16)."), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("max-megapixels"), Cli::tr("Images with more pixels are refused before decoding (default 89)."),
                      QStringLiteral("MP")});
    addQuarantineOption(parser);
    int code = Ok;
    if (!parseArguments(parser, args,
                        Cli::tr("Finds files that are not usable images: empty, unreadable, not an image, unsupported, truncated, "
                                "corrupt, too small, too large, animated or multi-page."),
                        &code))
        return code;
    QStringList files;
    QString quarantineRoot;
    if (!readDirAndQuarantine(parser, &files, &quarantineRoot))
        return Usage;
    IntegrityChecker::Options options;
    int megapixels = 89;
    if (!intOption(parser, QStringLiteral("min-side"), 1, 100000, &options.minSide)
        || !intOption(parser, QStringLiteral("max-megapixels"), 1, 100000, &megapixels))
        return Usage;
    if (parser.isSet(QStringLiteral("max-megapixels")))
        options.maxPixels = qint64(megapixels) * 1'000'000;
    QElapsedTimer timer;
    timer.start();
    const QVector<IntegrityProblem> problems = IntegrityChecker::check(files, options);
    QJsonArray list;
    QVector<QPair<QString, QString>> moves;
    for (const IntegrityProblem& p : problems) {
        list.append(
            QJsonObject{{"path", QDir::toNativeSeparators(p.path)}, {"reason", p.reason}, {"kind", IntegrityProblem::kindName(p.kind)}});
        moves.push_back({p.path, p.reason});
    }
    QJsonObject out{{"problems", list}, {"images", int(files.size())}, {"seconds", timer.nsecsElapsed() / 1e9}};
    int result = Ok;
    if (!quarantineRoot.isEmpty())
        result = quarantineAll(quarantineRoot, moves, &out);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out);
    } else {
        for (const IntegrityProblem& p : problems)
            std::printf("%s: %s\n", qUtf8Printable(QDir::toNativeSeparators(p.path)), qUtf8Printable(p.reason));
        std::printf("%s\n", qUtf8Printable(Cli::tr("%1 of %n file(s) have problems", nullptr, int(files.size())).arg(problems.size())));
    }
    return result;
}

int dedupe(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dir"), Cli::tr("The folder to search: a project or any folder of images."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("threshold"),
         Cli::tr("Near duplicates differ by at most this many of 64 pHash bits (default %1; 0 still finds flips and rotations).")
             .arg(DuplicateFinder::kDefaultThreshold),
         QStringLiteral("T")});
    addQuarantineOption(parser);
    int code = Ok;
    if (!parseArguments(parser, args,
                        Cli::tr("Groups exact duplicates (same bytes) and near duplicates (re-encoded, resized, cropped, brighter, "
                                "mirrored or rotated copies). With --quarantine, keeps the best of each group (largest resolution, "
                                "then largest file) and quarantines the others."),
                        &code))
        return code;
    QStringList files;
    QString quarantineRoot;
    if (!readDirAndQuarantine(parser, &files, &quarantineRoot))
        return Usage;
    int threshold = DuplicateFinder::kDefaultThreshold;
    if (!intOption(parser, QStringLiteral("threshold"), 0, 32, &threshold))
        return Usage;
    QElapsedTimer timer;
    timer.start();
    const DuplicateReport report = DuplicateFinder::find(files, threshold);
    QJsonArray groups;
    for (const DuplicateGroup& g : report.groups) {
        QJsonArray paths;
        for (const DuplicateImage& image : g.images)
            paths.append(QDir::toNativeSeparators(image.path));
        groups.append(paths);
    }
    // The same plan and wording as the Dataset tab's duplicates dialog (core decides both).
    const QVector<QPair<QString, QString>> moves = DuplicateFinder::quarantinePlan(report, quarantineRoot);
    QJsonArray unreadable;
    for (const IntegrityProblem& p : report.unreadable)
        unreadable.append(QJsonObject{{"path", QDir::toNativeSeparators(p.path)}, {"reason", p.reason}});
    QJsonObject out{{"groups", groups},
                    {"images", report.images},
                    {"seconds", timer.nsecsElapsed() / 1e9},
                    {"hash_seconds", report.hashSeconds},
                    {"search_seconds", report.searchSeconds},
                    {"unreadable", unreadable}};
    int result = Ok;
    if (!quarantineRoot.isEmpty())
        result = quarantineAll(quarantineRoot, moves, &out);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out);
    } else {
        for (const DuplicateGroup& g : report.groups) {
            std::printf("%s\n", qUtf8Printable(g.exact ? Cli::tr("Exact duplicates:") : Cli::tr("Near duplicates:")));
            for (const DuplicateImage& image : g.images)
                std::printf("  %s (%d×%d, %lld bytes)\n", qUtf8Printable(QDir::toNativeSeparators(image.path)), image.width, image.height,
                            image.fileSize);
        }
        for (const IntegrityProblem& p : report.unreadable)
            printErr(p.reason);
        std::printf("%s\n",
                    qUtf8Printable(Cli::tr("%n group(s) among %2 images (%3 s)", nullptr, int(report.groups.size()))
                                       .arg(report.images)
                                       .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)));
    }
    return result;
}

} // namespace picta::cli

#include "commands.h"
#include "parse.h"

#include "data/importer.h"
#include "project/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace picta::cli {

int import(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("source"),
                                 Cli::tr("A folder (a folder per class), a .zip archive, or a text file of image URLs."));
    parser.addOption({QStringLiteral("project"), Cli::tr("The project to import into (created when missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("max-side"), Cli::tr("Downscale images to this longest side (default: keep)."), QStringLiteral("PX")});
    parser.addOption({QStringLiteral("license"), Cli::tr("Licence to record in sources.csv."), QStringLiteral("L")});
    parser.addOption({QStringLiteral("creator"), Cli::tr("Creator to record in sources.csv."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(
            parser, args,
            Cli::tr(
                "Imports images into a project; every file is checked, nothing is overwritten, sources.csv records where each came from."),
            &code))
        return code;
    const QString dir = parser.value(QStringLiteral("project"));
    if (dir.isEmpty() || parser.positionalArguments().size() != 1)
        return fail(Usage, Cli::tr("import needs --project DIR and one source"));
    if (!QFileInfo::exists(QDir(dir).filePath(Project::fileName()))) {
        const auto created = Project::create(dir, QFileInfo(dir).fileName());
        if (!created)
            return fail(Failed, created.error());
    }
    if (const auto project = Project::open(dir); project && project->isReadOnly())
        return fail(Failed, Cli::tr("%1 is read-only: nothing can be imported into it").arg(QDir::toNativeSeparators(dir)));
    Importer::Options options;
    if (!intOption(parser, QStringLiteral("max-side"), 8, 100000, &options.maxSide))
        return Usage;
    options.license = parser.value(QStringLiteral("license"));
    options.creator = parser.value(QStringLiteral("creator"));
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = Importer(dir, options).import(parser.positionalArguments().first());
    QJsonArray skipped;
    for (const ListingProblem& p : report.skipped)
        skipped.append(QJsonObject{{"path", p.path}, {"reason", p.reason}});
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject out{{"imported", report.imported},
                        {"classes_added", QJsonArray::fromStringList(report.classesAdded)},
                        {"skipped", skipped},
                        {"duplicates", report.duplicates},
                        {"seconds", timer.nsecsElapsed() / 1e9}};
        if (!report.fatal.isEmpty())
            out["error"] = report.fatal;
        printJson(out);
    } else {
        for (const ListingProblem& p : report.skipped)
            printErr(Cli::tr("skipped %1: %2").arg(p.path, p.reason));
        std::printf("%s\n",
                    qUtf8Printable(Cli::tr("%n image(s) imported, %2 skipped (%3 already in the project)", nullptr, report.imported)
                                       .arg(report.skipped.size())
                                       .arg(report.duplicates)));
    }
    if (!report.fatal.isEmpty())
        return fail(Failed, Cli::tr("Import stopped: %1").arg(report.fatal));
    // Importing the same folder again adds nothing and is no failure.
    return report.imported > 0 || report.skipped.size() == report.duplicates ? Ok : Failed;
}

} // namespace picta::cli

#include "commands.h"
#include "parse.h"

#include "data/fashionmnist.h"

#include <QDir>
#include <QFileInfo>

namespace picta::cli {

int importFashionMnist(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), Cli::tr("Folder for the new project (must be empty or new)."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("classes"), Cli::tr("Comma-separated class numbers (0–9) or names; default all ten."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("per-class"), Cli::tr("Images per class (default: all)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("test-split"),
                      Cli::tr("Use the 10,000-image test set as the validation split (default: a 20 % split of the training set).")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Writes Debian's Fashion-MNIST as a project of PNG files."), &code))
        return code;
    FashionMnist::ExportOptions options;
    options.outDir = parser.value(QStringLiteral("out"));
    options.projectName = QStringLiteral("Fashion-MNIST");
    if (options.outDir.isEmpty())
        return fail(Usage, Cli::tr("import-fashion-mnist needs --out DIR"));
    if (!requireFreshFolder(options.outDir))
        return Failed;
    if (!intOption(parser, QStringLiteral("per-class"), 1, 60000, &options.perClass))
        return Usage;
    const QStringList names = FashionMnist::classNames();
    for (const QString& item : parser.value(QStringLiteral("classes")).split(',', Qt::SkipEmptyParts)) {
        bool isNumber = false;
        int index = item.trimmed().toInt(&isNumber);
        if (!isNumber)
            index = names.indexOf(item.trimmed());
        if (index < 0 || index > 9)
            return fail(Usage, Cli::tr("unknown Fashion-MNIST class '%1' (0–9 or one of: %2)").arg(item, names.join(", ")));
        options.classes << index;
    }
    options.useTestSetForValidation = parser.isSet(QStringLiteral("test-split"));
    const auto project = FashionMnist::exportProject(options, [](int done, int total) {
        if (done == total || done % 5000 < 64)
            printErr(Cli::tr("%1 of %n image(s) written", nullptr, total).arg(done));
    });
    if (!project)
        return fail(Failed, project.error());
    const int total = int(project->images().size());
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{"project", project->rootDir()}, {"images", total}, {"classes", int(project->classes().size())}});
    else
        printErr(
            Cli::tr("Wrote %1 images in %n class(es) to %3", nullptr, int(project->classes().size())).arg(total).arg(project->rootDir()));
    return Ok;
}

} // namespace picta::cli

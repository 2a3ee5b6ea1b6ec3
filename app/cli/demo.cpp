#include "commands.h"
#include "parse.h"

#include "data/fashionmnist.h"
#include "data/sketchdemo.h"

#include <QDir>
#include <QJsonArray>
#include <QFileInfo>

namespace picta::cli {

int demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), Cli::tr("Folder for the new demo project (must be empty or new)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("sketches"),
                      Cli::tr("Make the sketch demo instead: circle, square, triangle, star, heart "
                              "and zigzag drawn procedurally, 300 each (a quarter for validation).")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args,
                        Cli::tr("Creates the built-in demo project from Debian's Fashion-MNIST: "
                                "T-shirt, Trouser, Sneaker and Bag, 300 training and 100 "
                                "validation images each; or, with --sketches, the sketch demo."),
                        &code))
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Usage, Cli::tr("demo needs --out DIR"));
    if (!requireFreshFolder(out))
        return Failed;

    const auto project = parser.isSet(QStringLiteral("sketches")) ? SketchDemo::createProject(out) : FashionMnist::createDemo(out);
    if (!project)
        return fail(Failed, project.error());
    const int total = int(project->images().size());
    if (parser.isSet(QStringLiteral("json")))
        printJson(
            QJsonObject{{"project", project->rootDir()}, {"classes", QJsonArray::fromStringList(project->classes())}, {"images", total}});
    else
        printErr(Cli::tr("Demo project with %1 images in %n class(es) written to %3", nullptr, int(project->classes().size()))
                     .arg(total)
                     .arg(QDir::toNativeSeparators(project->rootDir())));
    return Ok;
}

} // namespace picta::cli

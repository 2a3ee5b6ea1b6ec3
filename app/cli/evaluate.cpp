#include "commands.h"
#include "parse.h"

#include "inference/runevaluator.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace picta::cli {

int evaluate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("run"), Cli::tr("The run folder to evaluate (runs/<id>)."), QStringLiteral("RUN_DIR")});
    parser.addOption({QStringLiteral("project"), Cli::tr("The project whose validation images to use (default: the run's project)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("top"), Cli::tr("How many top losses to list (default 20)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the result as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Evaluates a run: accuracy, per-class precision/recall/F1, confusion matrix, top losses."),
                        &code))
        return code;
    const QString run = parser.value(QStringLiteral("run"));
    if (run.isEmpty())
        return fail(Usage, Cli::tr("evaluate needs --run RUN_DIR"));
    int top = 20;
    if (!intOption(parser, QStringLiteral("top"), 0, 100000, &top))
        return Usage;
    // runs/<id> lives inside its project (cleaned first: a shell completes "runs/<id>/" with a slash).
    const QString project = parser.isSet(QStringLiteral("project"))
        ? parser.value(QStringLiteral("project"))
        : QFileInfo(QFileInfo(QDir::cleanPath(QDir(run).absolutePath())).absolutePath()).absolutePath();
    const auto evaluation = RunEvaluator::evaluate(run, project);
    if (!evaluation)
        return fail(Failed, evaluation.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(evaluation->toJson(top));
        return Ok;
    }
    const auto& e = *evaluation;
    std::printf("%s\n",
                qUtf8Printable(Cli::tr("Accuracy %1 % on %n %3 image(s)", nullptr, e.confusion.total())
                                   .arg(e.confusion.accuracy() * 100, 0, 'f', 2)
                                   .arg(e.split)));
    for (const ClassMetrics& m : e.confusion.perClass(e.classes))
        std::printf("  %-20s precision %.3f  recall %.3f  F1 %.3f  support %d\n", qUtf8Printable(m.name), m.precision, m.recall, m.f1,
                    m.support);
    for (const auto& cell : e.confusion.mostConfused(5))
        std::printf("  %s → %s: %d\n", qUtf8Printable(e.classes[cell[0]]), qUtf8Printable(e.classes[cell[1]]), cell[2]);
    for (int i = 0; i < std::min<int>(top, int(e.outcomes.size())); ++i)
        std::printf("  loss %.3f  %s: %s, predicted %s (%.2f)\n", e.outcomes[i].loss,
                    qUtf8Printable(QDir::toNativeSeparators(e.outcomes[i].path)), qUtf8Printable(e.classes[e.outcomes[i].truth]),
                    qUtf8Printable(e.classes[e.outcomes[i].predicted]), e.outcomes[i].confidence);
    return Ok;
}

} // namespace picta::cli

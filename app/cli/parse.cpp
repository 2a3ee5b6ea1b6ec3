#include "parse.h"

#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace picta::cli {

bool parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& description, int* exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(help);
    // QCommandLineParser takes the program name first: keep "picta-cli <command>" there.
    QStringList argv = args;
    argv[0] = QStringLiteral("picta-cli ") + args.value(0);
    if (!parser.parse(argv)) {
        *exitCode = fail(Usage, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the program by its path: name the command instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), argv[0]);
        std::printf("%s", qUtf8Printable(text));
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool requireFreshFolder(const QString& dir)
{
    if (QFileInfo(dir).exists() && !QDir(dir).isEmpty()) {
        fail(Failed, Cli::tr("%1 already exists and is not empty").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    return true;
}

bool intOption(const QCommandLineParser& parser, const QString& name, int min, int max, int* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        fail(Usage, Cli::tr("--%1 must be an integer from %2 to %3 (got '%4')").arg(name).arg(min).arg(max).arg(parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

} // namespace picta::cli

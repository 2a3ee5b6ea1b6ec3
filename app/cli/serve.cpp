#include "commands.h"
#include "parse.h"

#include "export/modelpackage.h"
#include "inference/predictor.h"
#include "serve/modelserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace picta::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1); // the only async-signal-safe way back to the event loop
}

} // namespace

int serve(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("run"), Cli::tr("The run folder to share (runs/<id>)."), QStringLiteral("RUN_DIR")});
    parser.addOption({QStringLiteral("project"), Cli::tr("Where visitors' answers go (feedback.json; default: the run's project)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("network"),
                      Cli::tr("Listen on the local network (phones, a class), with an access token; "
                              "without it only this computer can connect.")});
    parser.addOption({QStringLiteral("port"), Cli::tr("The port (default: any free one)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("token"), Cli::tr("The access token (default in --network mode: a random one)."), QStringLiteral("TOKEN")});
    parser.addOption({QStringLiteral("workers"), Cli::tr("Threads answering requests (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the address as one JSON line once listening.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Shares a trained run as a web page and a JSON API until interrupted (Ctrl+C)."), &code))
        return code;
    const QString run = parser.value(QStringLiteral("run"));
    if (run.isEmpty())
        return fail(Usage, Cli::tr("serve needs --run RUN_DIR"));
    ServeOptions options;
    options.network = parser.isSet(QStringLiteral("network"));
    options.token = parser.value(QStringLiteral("token"));
    int port = 0, workers = 2;
    if (!intOption(parser, QStringLiteral("port"), 0, 65535, &port) || !intOption(parser, QStringLiteral("workers"), 1, 16, &workers))
        return Usage;
    options.port = quint16(port);
    options.workers = workers;
    const QString project
        = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project")) : ModelPackage::projectOf(run);

    auto predictor = Predictor::load(run);
    if (!predictor)
        return fail(Failed, predictor.error());
    ModelServer server;
    if (const Status started = server.start(predictor.value(), project, options); !started)
        return fail(Failed, started.error());

    if (::pipe(g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QObject::connect(&server, &ModelServer::feedbackRecorded, [] { printErr(Cli::tr("An answer was recorded in feedback.json")); });
    const QString url = server.pageUrl().toString();
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{"url", url}, {"port", server.port()}, {"token", server.token()}, {"network", options.network}});
    printErr(Cli::tr("Sharing %1 at %2 (Ctrl+C stops)").arg(QDir::toNativeSeparators(run), url));
    const int rc = QCoreApplication::exec();
    printErr(Cli::tr("Stopped after %n prediction(s)", nullptr, server.predictions()));
    server.stop();
    return rc;
}

} // namespace picta::cli

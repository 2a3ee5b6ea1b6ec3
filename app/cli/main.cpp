#include "commands.h"

#include "support/appsettings.h"
#include "support/atomicfile.h"
#include "support/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace picta::cli {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "picta-cli: %s\n", qUtf8Printable(message));
    return code;
}

void printJson(const QJsonObject& object)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void printErr(const QString& line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}

void printDownload(qint64 received, qint64 total)
{
    static QElapsedTimer last;
    static qint64 printed = -1;
    if (received == printed || (last.isValid() && last.elapsed() < 1000 && received != total))
        return;
    last.start();
    printed = received;
    printErr(total > 0 ? Cli::tr("Downloading: %1 of %2 MB").arg(received / 1e6, 0, 'f', 1).arg(total / 1e6, 0, 'f', 1)
                       : Cli::tr("Downloading: %1 MB").arg(received / 1e6, 0, 'f', 1));
}

} // namespace picta::cli

namespace {

QString usage()
{
    return picta::cli::Cli::tr("Usage: picta-cli <command> [options]\n\n"
                               "Commands:\n"
                               "  demo --out DIR                      create the Fashion-MNIST demo project\n"
                               "  train --project DIR [options]       train a classifier and write runs/<id>/\n"
                               "  predict --run RUN_DIR FILE...       classify image files with a trained run\n"
                               "  evaluate --run RUN_DIR              accuracy, per-class metrics, confusion, top losses\n"
                               "  lr-find --project DIR [options]     suggest a learning rate (fastai's range test)\n"
                               "  import-fashion-mnist --out DIR      write Debian's Fashion-MNIST as a project\n"
                               "  scrape --project DIR --term T      collect images for terms from open image APIs\n"
                               "  credits --project DIR               write CREDITS.md from sources.csv\n"
                               "  import --project DIR SOURCE        import a folder, a .zip or a list of URLs\n"
                               "  import-video --project DIR FILE    frames of a video: --every SECONDS or --scenes\n"
                               "  export --run RUN_DIR --out FILE     ONNX (.onnx) or a model package (.zip)\n"
                               "  serve --run RUN_DIR [--network]     share a model as a web page and a JSON API\n"
                               "  check --dir DIR                     list unusable files (corrupt, truncated, too large…)\n"
                               "  dedupe --dir DIR [--threshold T]    group exact and near duplicates\n"
                               "  bench --dir DIR [--arch A]          one epoch with Picta and with PyTorch, same files\n"
                               "  bench-dedupe [--count N]            hashing and duplicate search speed\n\n"
                               "Run 'picta-cli <command> --help' for a command's options.");
}

QString settingsHelp()
{
    return picta::cli::Cli::tr("Settings: the language, threads, device (CPU or CUDA), cache folder and weights mirror\n"
                               "chosen in Picta's Preferences apply here too (%1).\n"
                               "Command-line options override them, and so do PICTA_CACHE_DIR and PICTA_ZOO_BASE.")
        .arg(QDir::toNativeSeparators(picta::AppSettings::filePath()));
}

} // namespace

int run(const QStringList& args);

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("picta-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Picta"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PICTA_VERSION));
    // Preferences are shared with the GUI: language, threads, device, cache, mirror.
    const picta::AppSettings settings = picta::AppSettings::load();
    settings.applyToEngine();
    picta::Translations::install(settings.language);

    // A file size limit fails writes with EFBIG (reported by name) instead of killing us.
    picta::AtomicFile::ignoreFileSizeSignal();
    const QStringList args = app.arguments().mid(1);
    // No torch, OpenCV or std exception leaves a command: it ends as one line naming the cause.
    try {
        return run(args);
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "picta-cli: %s\n", qUtf8Printable(QCoreApplication::translate("picta", "out of memory")));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "picta-cli: %s\n", qUtf8Printable(QString::fromUtf8(e.what()).section('\n', 0, 0).trimmed()));
    }
    return 1;
}

int run(const QStringList& args)
{
    const QString command = args.value(0);
    if (command == QLatin1String("demo"))
        return picta::cli::demo(args);
    if (command == QLatin1String("train"))
        return picta::cli::train(args);
    if (command == QLatin1String("predict"))
        return picta::cli::predict(args);
    if (command == QLatin1String("lr-find"))
        return picta::cli::lrFind(args);
    if (command == QLatin1String("import-fashion-mnist"))
        return picta::cli::importFashionMnist(args);
    if (command == QLatin1String("bench"))
        return picta::cli::bench(args);
    if (command == QLatin1String("bench-dedupe"))
        return picta::cli::benchDedupe(args);
    if (command == QLatin1String("check"))
        return picta::cli::check(args);
    if (command == QLatin1String("scrape"))
        return picta::cli::scrape(args);
    if (command == QLatin1String("credits"))
        return picta::cli::credits(args);
    if (command == QLatin1String("evaluate"))
        return picta::cli::evaluate(args);
    if (command == QLatin1String("export"))
        return picta::cli::exportModel(args);
    if (command == QLatin1String("serve"))
        return picta::cli::serve(args);
    if (command == QLatin1String("import-video"))
        return picta::cli::importVideo(args);
    if (command == QLatin1String("import"))
        return picta::cli::import(args);
    if (command == QLatin1String("dedupe"))
        return picta::cli::dedupe(args);
    if (command == QLatin1String("--version")) {
        std::printf("picta-cli %s\n", PICTA_VERSION);
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::printf("%s\n\n%s\n", qUtf8Printable(usage()), qUtf8Printable(settingsHelp()));
        return command.isEmpty() ? picta::cli::Usage : picta::cli::Ok;
    }
    return picta::cli::fail(picta::cli::Usage, picta::cli::Cli::tr("unknown command '%1' (try --help)").arg(command));
}

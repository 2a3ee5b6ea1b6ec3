#include "commands.h"
#include "parse.h"

#include "models/modelinfo.h"
#include "training/trainer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

namespace picta::cli {

namespace {

// Runs the PyTorch peer script and returns its JSON line, or an error.
QJsonObject runPeer(const QString& python, const QString& script, const QStringList& args, QString* error)
{
    QProcess process;
    process.start(python, QStringList{script} + args);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        *error = Cli::tr("the PyTorch peer failed: %1").arg(QString::fromUtf8(process.readAllStandardError()).trimmed().section('\n', -1));
        return {};
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

int bench(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dir"), Cli::tr("A folder with one subfolder of images per class (ImageFolder layout)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("arch"), Cli::tr("small-cnn (default), resnet18 or any other architecture."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("image-size"), Cli::tr("Input size (default 28)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("threads"), Cli::tr("Threads for both (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("peer"), Cli::tr("The PyTorch peer script (default: tests/bench/peer_train.py)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("python"),
                      Cli::tr("Python with Debian's python3-torch and python3-torchvision (default /usr/bin/python3)."),
                      QStringLiteral("EXE")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the figures as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args,
                        Cli::tr("Trains one epoch with Picta and with PyTorch on the same image files, in this run, "
                                "and prints both speeds and their ratio: from files (decoding included) and fed from memory."),
                        &code))
        return code;
    const QString dir = parser.value(QStringLiteral("dir"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return fail(Usage, Cli::tr("bench needs --dir DIR, a folder with one subfolder per class"));
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("runs"))))
        return fail(Failed, Cli::tr("%1 holds a runs/ folder, which PyTorch's ImageFolder would take for a class").arg(dir));
    int size = 28, threads = 2;
    if (!intOption(parser, QStringLiteral("image-size"), 8, 1024, &size) || !intOption(parser, QStringLiteral("threads"), 1, 256, &threads))
        return Usage;
    const QString arch = parser.value(QStringLiteral("arch")).isEmpty() ? QStringLiteral("small-cnn") : parser.value(QStringLiteral("arch"));
    QString script = parser.value(QStringLiteral("peer"));
    if (script.isEmpty())
        script = QStringLiteral(PICTA_SOURCE_DIR "/tests/bench/peer_train.py");

    // Picta: one epoch on every image, the same hyper-parameters as the peer.
    TrainingConfig config;
    config.projectDir = dir;
    config.arch = arch;
    config.epochs = 1;
    config.batchSize = 64;
    config.learningRate = 1e-3;
    config.schedule = QStringLiteral("constant");
    config.imageSize = size;
    config.threads = threads;
    config.validationFraction = 0;
    config.channels = arch == QLatin1String("small-cnn") ? 0 : 3;
    Trainer trainer;
    int channels = 3;
    double memoryRate = 0;
    QObject::connect(&trainer, &Trainer::epochFinished, [&](const EpochStats& e) { memoryRate = e.imagesPerSecond; });
    printErr(Cli::tr("Picta: training one epoch on %1…").arg(QDir::toNativeSeparators(dir)));
    const TrainingResult result = trainer.run(config);
    if (!result.ok())
        return fail(Failed, result.error);
    if (const auto info = ModelInfo::load(result.runDir + QStringLiteral("/model.json")))
        channels = info->inputChannels;
    QDir(result.runDir).removeRecursively();
    QDir(dir).rmdir(QStringLiteral("runs")); // leave the folder as it was, for the peer

    QString python = parser.value(QStringLiteral("python"));
    if (python.isEmpty())
        python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    QString error;
    const QStringList peerArgs{QStringLiteral("--dir"), dir, QStringLiteral("--arch"), arch, QStringLiteral("--size"),
                               QString::number(size), QStringLiteral("--channels"), QString::number(channels),
                               QStringLiteral("--threads"), QString::number(threads)};
    printErr(Cli::tr("PyTorch: training one epoch from files (DataLoader, 2 workers)…"));
    const QJsonObject peerFiles = runPeer(python, script, peerArgs, &error);
    if (!error.isEmpty())
        return fail(Failed, error);
    printErr(Cli::tr("PyTorch: training one epoch from memory…"));
    const QJsonObject peerMemory = runPeer(python, script, peerArgs + QStringList{QStringLiteral("--memory")}, &error);
    if (!error.isEmpty())
        return fail(Failed, error);

    const double fromFiles = result.trainImagesPerSecond, peerFromFiles = peerFiles.value("images_per_s").toDouble();
    const double peerFromMemory = peerMemory.value("images_per_s").toDouble();
    const QJsonObject figures{{"arch", arch},
                              {"images", result.trainImages},
                              {"image_size", size},
                              {"threads", threads},
                              {"picta_files_images_per_s", fromFiles},
                              {"pytorch_files_images_per_s", peerFromFiles},
                              {"files_ratio", peerFromFiles > 0 ? fromFiles / peerFromFiles : 0.0},
                              {"picta_memory_images_per_s", memoryRate},
                              {"pytorch_memory_images_per_s", peerFromMemory},
                              {"memory_ratio", peerFromMemory > 0 ? memoryRate / peerFromMemory : 0.0},
                              {"pytorch", peerFiles.value("torch").toString()}};
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(figures);
    } else {
        std::printf("%-28s %12s %12s %8s\n", "one epoch, images/s", "Picta", "PyTorch", "ratio");
        std::printf("%-28s %12.0f %12.0f %7.2fx\n", "from files (decode incl.)", fromFiles, peerFromFiles, figures["files_ratio"].toDouble());
        std::printf("%-28s %12.0f %12.0f %7.2fx\n", "fed from memory", memoryRate, peerFromMemory, figures["memory_ratio"].toDouble());
    }
    return Ok;
}

} // namespace picta::cli

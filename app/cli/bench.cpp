#include "commands.h"
#include "parse.h"

#include "data/decodedstore.h"
#include "models/modelinfo.h"
#include "training/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
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
    parser.addOption(
        {QStringLiteral("dir"), Cli::tr("A folder with one subfolder of images per class (ImageFolder layout)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("arch"), Cli::tr("small-cnn (default), resnet18 or any other architecture."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("image-size"), Cli::tr("Input size (default 28)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("threads"), Cli::tr("Threads for both (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("peer"),
                      Cli::tr("The PyTorch peer script (default: peer_train.py beside picta-cli, or in share/picta/)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("python"),
                      Cli::tr("Python with Debian's python3-torch and python3-torchvision (default /usr/bin/python3)."),
                      QStringLiteral("EXE")});
    parser.addOption({QStringLiteral("rounds"),
                      Cli::tr("Measure both sides this many times, alternating which goes first, and report medians (default 1)."),
                      QStringLiteral("N")});
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
    const QString arch
        = parser.value(QStringLiteral("arch")).isEmpty() ? QStringLiteral("small-cnn") : parser.value(QStringLiteral("arch"));
    QString script = parser.value(QStringLiteral("peer"));
    if (script.isEmpty()) {
        // Beside the binary in a build tree (bin/), or in share/picta/ of an installation: never
        // at the path of the machine that built it.
        const QDir bin(QCoreApplication::applicationDirPath());
        for (const QString& candidate :
             {bin.filePath(QStringLiteral("peer_train.py")), bin.filePath(QStringLiteral("../share/picta/peer_train.py"))})
            if (QFileInfo::exists(candidate)) {
                script = QDir::cleanPath(candidate);
                break;
            }
        if (script.isEmpty())
            return fail(
                Usage, Cli::tr("The PyTorch peer script (peer_train.py) is not beside picta-cli nor in share/picta/: name it with --peer"));
    }

    int rounds = 1;
    if (!intOption(parser, QStringLiteral("rounds"), 1, 100, &rounds))
        return Usage;

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
    struct Picta {
        TrainingResult result;
        double memoryRate = 0;
        int channels = 3;
    };
    auto runPicta = [&]() -> Picta {
        Picta p;
        Trainer trainer;
        QObject::connect(&trainer, &Trainer::epochFinished, [&](const EpochStats& e) { p.memoryRate = e.imagesPerSecond; });
        printErr(Cli::tr("Picta: training one epoch on %1…").arg(QDir::toNativeSeparators(dir)));
        p.result = trainer.run(config);
        if (const auto info = ModelInfo::load(p.result.runDir + QStringLiteral("/model.json")))
            p.channels = info->inputChannels;
        QDir(p.result.runDir).removeRecursively();
        QDir(dir).rmdir(QStringLiteral("runs")); // leave the folder as it was, for the peer
        // …and without the decoded-image store: ImageFolder would take .cache/ for a class, and
        // each round measures decoding from the files again.
        QDir(QDir(dir).filePath(QStringLiteral(".cache/decoded"))).removeRecursively();
        QDir(dir).rmdir(QStringLiteral(".cache"));
        for (int channels : {1, 3}) // a plain folder's store is in the user's cache folder
            QDir(DecodedStore::folderFor(dir, size, channels, /*inProject=*/false)).removeRecursively();
        return p;
    };
    // The peer is told the channel count Picta chose, so the first round starts with Picta.
    Picta first = runPicta();
    if (!first.result.ok())
        return fail(Failed, first.result.error);

    QString python = parser.value(QStringLiteral("python"));
    if (python.isEmpty())
        python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    const QStringList peerArgs{QStringLiteral("--dir"),      dir,
                               QStringLiteral("--arch"),     arch,
                               QStringLiteral("--size"),     QString::number(size),
                               QStringLiteral("--channels"), QString::number(first.channels),
                               QStringLiteral("--threads"),  QString::number(threads)};
    QString error;
    auto runPeers = [&](double* files, double* memory, QString* torchVersion) {
        printErr(Cli::tr("PyTorch: training one epoch from files (DataLoader, 2 workers)…"));
        const QJsonObject fromFiles = runPeer(python, script, peerArgs, &error);
        if (!error.isEmpty())
            return false;
        printErr(Cli::tr("PyTorch: training one epoch from memory…"));
        const QJsonObject fromMemory = runPeer(python, script, peerArgs + QStringList{QStringLiteral("--memory")}, &error);
        *files = fromFiles.value("images_per_s").toDouble();
        *memory = fromMemory.value("images_per_s").toDouble();
        *torchVersion = fromFiles.value("torch").toString();
        return error.isEmpty();
    };

    // Rounds alternate which side goes first, so that a neighbour's load on this shared machine
    // falls on both; the figures are the medians of each round's own ratios.
    QJsonArray perRound;
    QVector<double> pictaFiles, pictaMemory, peerFiles, peerMemory, filesRatios, memoryRatios;
    QString torchVersion;
    int trainImages = first.result.trainImages;
    for (int round = 0; round < rounds; ++round) {
        double pf = 0, pm = 0;
        Picta picta;
        if (round == 0)
            picta = first;
        if (round % 2 == 1 && !runPeers(&pf, &pm, &torchVersion))
            return fail(Failed, error);
        if (round > 0) {
            picta = runPicta();
            if (!picta.result.ok())
                return fail(Failed, picta.result.error);
        }
        if (round % 2 == 0 && !runPeers(&pf, &pm, &torchVersion))
            return fail(Failed, error);
        const double files = picta.result.trainImagesPerSecond;
        pictaFiles << files;
        pictaMemory << picta.memoryRate;
        peerFiles << pf;
        peerMemory << pm;
        filesRatios << (pf > 0 ? files / pf : 0.0);
        memoryRatios << (pm > 0 ? picta.memoryRate / pm : 0.0);
        perRound.append(QJsonObject{{"picta_files_images_per_s", files},
                                    {"pytorch_files_images_per_s", pf},
                                    {"picta_memory_images_per_s", picta.memoryRate},
                                    {"pytorch_memory_images_per_s", pm}});
        if (rounds > 1)
            printErr(Cli::tr("Round %1 of %2: from files %3×, from memory %4×")
                         .arg(round + 1)
                         .arg(rounds)
                         .arg(filesRatios.last(), 0, 'f', 2)
                         .arg(memoryRatios.last(), 0, 'f', 2));
    }

    auto median = [](QVector<double> v) {
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        return n == 0 ? 0.0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    };
    auto range = [](const QVector<double>& v) {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return QJsonArray{*lo, *hi};
    };
    const QJsonObject figures{{"arch", arch},
                              {"images", trainImages},
                              {"image_size", size},
                              {"threads", threads},
                              {"rounds", rounds},
                              {"picta_files_images_per_s", median(pictaFiles)},
                              {"pytorch_files_images_per_s", median(peerFiles)},
                              {"files_ratio", median(filesRatios)},
                              {"files_ratio_range", range(filesRatios)},
                              {"picta_memory_images_per_s", median(pictaMemory)},
                              {"pytorch_memory_images_per_s", median(peerMemory)},
                              {"memory_ratio", median(memoryRatios)},
                              {"memory_ratio_range", range(memoryRatios)},
                              {"per_round", perRound},
                              {"pytorch", torchVersion}};
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(figures);
    } else {
        std::printf("%-28s %12s %12s %8s   (medians of %d round(s); ratio range)\n", "one epoch, images/s", "Picta", "PyTorch", "ratio",
                    rounds);
        std::printf("%-28s %12.0f %12.0f %7.2fx   %.2f–%.2f\n", "from files (decode incl.)", median(pictaFiles), median(peerFiles),
                    median(filesRatios), range(filesRatios)[0].toDouble(), range(filesRatios)[1].toDouble());
        std::printf("%-28s %12.0f %12.0f %7.2fx   %.2f–%.2f\n", "fed from memory", median(pictaMemory), median(peerMemory),
                    median(memoryRatios), range(memoryRatios)[0].toDouble(), range(memoryRatios)[1].toDouble());
    }
    return Ok;
}

} // namespace picta::cli

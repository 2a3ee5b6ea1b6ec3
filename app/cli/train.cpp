#include "commands.h"
#include "parse.h"

#include "distributed/distributedgroup.h"
#include "models/modelcatalog.h"
#include "support/buildinfo.h"
#include "training/computedevice.h"
#include "training/earlystopping.h"
#include "training/lrschedule.h"
#include "training/trainer.h"
#include "training/trainingplanner.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>
#include <csignal>
#include <optional>

namespace picta::cli {

namespace {

std::shared_ptr<std::atomic_bool> g_cancel;

void onInterrupt(int)
{
    // Ctrl+C cancels at the next batch; the run keeps its last good checkpoint.
    if (g_cancel)
        g_cancel->store(true);
}

QString percent(double v)
{
    return std::isfinite(v) ? QString::number(v * 100.0, 'f', 1) + '%' : QStringLiteral("–");
}

} // namespace

int train(const QStringList& args)
{
    const TrainingConfig defaults; // the defaults are core's, the same as the Train tab's
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("project"), Cli::tr("Project folder, or a folder with one subfolder per class."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("epochs"), Cli::tr("Epochs (default %1).").arg(defaults.epochs), QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch"), Cli::tr("Batch size (default %1).").arg(defaults.batchSize), QStringLiteral("B")});
    parser.addOption({QStringLiteral("lr"), Cli::tr("Learning rate (default %1).").arg(defaults.learningRate), QStringLiteral("X")});
    parser.addOption({QStringLiteral("image-size"), Cli::tr("Input size in pixels (default: the project's)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("arch"),
                      Cli::tr("Architecture: %1 (default %2).").arg(ModelCatalog::names().join(QStringLiteral(", ")), defaults.arch),
                      QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("threads"), Cli::tr("CPU threads (default: Preferences, else the physical cores)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), Cli::tr("Random seed (default %1).").arg(defaults.seed), QStringLiteral("S")});
    parser.addOption({QStringLiteral("memory-budget"),
                      Cli::tr("Decoded images up to this many MiB train from memory, more from their store on disk (default %1).")
                          .arg(defaults.memoryCacheLimit >> 20),
                      QStringLiteral("MIB")});
    parser.addOption(
        {QStringLiteral("schedule"),
         Cli::tr("Learning-rate schedule: %1 (default %2).").arg(LrSchedule::names().join(QStringLiteral(", ")), defaults.schedule),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("weight-decay"), Cli::tr("AdamW weight decay (default %1; 0: plain Adam).").arg(defaults.weightDecay),
                      QStringLiteral("W")});
    parser.addOption({QStringLiteral("label-smoothing"), Cli::tr("Label smoothing, 0 to 0.5 (default %1).").arg(defaults.labelSmoothing),
                      QStringLiteral("E")});
    parser.addOption({QStringLiteral("class-weights"), Cli::tr("Weight the loss by inverse class frequency (imbalanced data).")});
    parser.addOption({QStringLiteral("augment"), Cli::tr("Augment training images (resized crop, flip, rotation, brightness, contrast).")});
    parser.addOption({QStringLiteral("early-stop"), Cli::tr("Stop after PATIENCE epochs without improvement and keep the best epoch."),
                      QStringLiteral("PATIENCE")});
    parser.addOption({QStringLiteral("monitor"),
                      Cli::tr("What early stopping watches: val_loss or val_accuracy (default %1).").arg(defaults.earlyStopMonitor),
                      QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("fine-tune"),
                      Cli::tr("Train the head alone for this many first epochs, then all layers with discriminative rates."),
                      QStringLiteral("FROZEN_EPOCHS")});
    parser.addOption({QStringLiteral("sizes"), Cli::tr("Progressive resizing stages, e.g. 64:2,128:3 (size:epochs); replaces --epochs."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("pretrained"),
                      Cli::tr("Start from pretrained backbone weights: a zoo name (resnet18…) or a safetensors file."),
                      QStringLiteral("NAME|FILE")});
    parser.addOption({QStringLiteral("zoo-base"), Cli::tr("A mirror of https://huggingface.co for zoo downloads."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("resume"), Cli::tr("Continue an interrupted run from its last checkpoint."), QStringLiteral("RUN_DIR")});
    parser.addOption({QStringLiteral("auto"),
                      Cli::tr("Let the planner choose the settings (printed with the reasons; the LR finder "
                              "runs first); options given as well override its choices.")});
    parser.addOption({QStringLiteral("distributed"),
                      Cli::tr("Be one rank of a data-parallel training started by torchrun or srun (reads RANK, WORLD_SIZE, "
                              "LOCAL_RANK, MASTER_ADDR, MASTER_PORT, or SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID; "
                              "PICTA_DISTRIBUTED_TIMEOUT in seconds, default 300). Rank 0 writes the run.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("End stdout with one JSON line describing the run.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Trains a classifier on a project and writes runs/<id>/."), &code))
        return code;

    TrainingConfig config;
    config.projectDir = parser.value(QStringLiteral("project"));
    config.resumeRunDir = parser.value(QStringLiteral("resume"));
    if (config.projectDir.isEmpty() && config.resumeRunDir.isEmpty())
        return fail(Usage, Cli::tr("train needs --project DIR (or --resume RUN_DIR)"));
    const bool automatic = parser.isSet(QStringLiteral("auto"));
    if (automatic && !config.resumeRunDir.isEmpty())
        return fail(Usage, Cli::tr("--auto plans a new run; --resume continues one with its own settings"));
    const bool distributed = parser.isSet(QStringLiteral("distributed"));
    if (automatic && distributed)
        return fail(Usage,
                    Cli::tr("--auto and --distributed do not go together: plan on one process (train --auto), then start "
                            "the ranks with the settings it printed"));
    std::optional<TrainingPlan> plan;
    if (automatic) {
        TrainingPlanner::Options options;
        options.pretrained = parser.value(QStringLiteral("pretrained"));
        options.zooBase = parser.value(QStringLiteral("zoo-base"));
        if (parser.isSet(QStringLiteral("threads")))
            options.threads = parser.value(QStringLiteral("threads")).toInt();
        printErr(Cli::tr("Planning: looking at the pictures and trying learning rates…"));
        auto made = TrainingPlanner::make(config.projectDir, options);
        if (!made)
            return fail(Failed, made.error());
        plan = *made;
        config = plan->config;
        printErr(Cli::tr("Plan for %1:").arg(QDir::toNativeSeparators(config.projectDir)));
        printErr(plan->describe());
    }
    int seed = int(config.seed);
    if (!intOption(parser, QStringLiteral("epochs"), 1, 10000, &config.epochs)
        || !intOption(parser, QStringLiteral("batch"), 1, 65536, &config.batchSize)
        || !intOption(parser, QStringLiteral("image-size"), 8, 1024, &config.imageSize)
        || !intOption(parser, QStringLiteral("threads"), 1, 1024, &config.threads)
        || !intOption(parser, QStringLiteral("seed"), 0, 2147483647, &seed)
        || !intOption(parser, QStringLiteral("early-stop"), 0, 10000, &config.earlyStopPatience)
        || !intOption(parser, QStringLiteral("fine-tune"), 0, 10000, &config.freezeEpochs))
        return Usage;
    if (parser.isSet(QStringLiteral("memory-budget"))) {
        int mib = 0;
        if (!intOption(parser, QStringLiteral("memory-budget"), 0, 1 << 24, &mib))
            return Usage;
        config.memoryCacheLimit = qint64(mib) << 20;
    }
    if (parser.isSet(QStringLiteral("sizes"))) {
        config.sizes = TrainingConfig::parseSizes(parser.value(QStringLiteral("sizes")));
        if (config.sizes.isEmpty())
            return fail(Usage, Cli::tr("--sizes must look like 64:2,128:3 (size 8–1024 : epochs ≥ 1)"));
    }
    auto doubleOption = [&](const QString& name, double min, double max, double* value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double v = parser.value(name).toDouble(&ok);
        if (!ok || v < min || v > max) {
            fail(Usage, Cli::tr("--%1 must be a number from %2 to %3 (got '%4')").arg(name).arg(min).arg(max).arg(parser.value(name)));
            return false;
        }
        *value = v;
        return true;
    };
    if (!doubleOption(QStringLiteral("weight-decay"), 0.0, 10.0, &config.weightDecay)
        || !doubleOption(QStringLiteral("label-smoothing"), 0.0, 0.5, &config.labelSmoothing))
        return Usage;
    if (parser.isSet(QStringLiteral("schedule"))) {
        config.schedule = parser.value(QStringLiteral("schedule"));
        if (!LrSchedule::parse(config.schedule))
            return fail(Usage, Cli::tr("--schedule must be one of %1").arg(LrSchedule::names().join(", ")));
    }
    if (parser.isSet(QStringLiteral("monitor"))) {
        config.earlyStopMonitor = parser.value(QStringLiteral("monitor"));
        if (!EarlyStopping::parse(config.earlyStopMonitor))
            return fail(Usage, Cli::tr("--monitor must be val_loss or val_accuracy"));
    }
    // Flags and names override a plan only when given.
    if (parser.isSet(QStringLiteral("class-weights")))
        config.classWeights = true;
    if (!automatic) // with --auto the planner has used it already (a backbone, a file, or none)
        config.pretrained = parser.value(QStringLiteral("pretrained"));
    if (!automatic || parser.isSet(QStringLiteral("zoo-base")))
        config.zooBase = parser.value(QStringLiteral("zoo-base"));
    if (parser.isSet(QStringLiteral("augment")))
        config.augment = true;
    config.seed = quint64(seed);
    if (parser.isSet(QStringLiteral("lr"))) {
        bool ok = false;
        config.learningRate = parser.value(QStringLiteral("lr")).toDouble(&ok);
        if (!ok || !(config.learningRate > 0) || config.learningRate > 10)
            return fail(Usage, Cli::tr("--lr must be a number above 0 and at most 10 (got '%1')").arg(parser.value(QStringLiteral("lr"))));
    }
    if (parser.isSet(QStringLiteral("arch")) && parser.value(QStringLiteral("arch")) != config.arch) {
        config.arch = parser.value(QStringLiteral("arch"));
        if (automatic) { // the plan's fine-tuning and size were for its own network
            config.pretrained.clear();
            config.freezeEpochs = parser.isSet(QStringLiteral("fine-tune")) ? config.freezeEpochs : 0;
            config.imageSize = parser.isSet(QStringLiteral("image-size")) ? config.imageSize : 0;
        }
    }

    Trainer trainer;
    std::shared_ptr<DistributedGroup> group;
    int rank = 0;
    if (distributed) {
        const auto settings = DistributedSettings::fromEnvironment();
        if (!settings)
            return fail(Usage, settings.error());
        rank = settings->rank;
        if (config.threads <= 0) // the ranks on one machine share its cores
            config.threads = settings->threadsPerRank(ComputeDevice::physicalCores());
        if (ComputeDevice::cudaAvailable() && ComputeDevice::device().is_cuda()) { // one GPU per rank on each machine
            const int gpus = ComputeDevice::cudaDeviceCount();
            if (settings->localRank >= gpus)
                return fail(Usage,
                            Cli::tr("Rank %1: LOCAL_RANK is %2 but this machine has %n GPU(s): start one rank per GPU", nullptr, gpus)
                                .arg(settings->rank)
                                .arg(settings->localRank));
            ComputeDevice::setCudaIndex(settings->localRank);
        }
        // What every rank must agree on before they start: the program and the run's settings.
        QJsonObject training = config.toJson();
        for (const char* local : {"threads", "project", "resume"})
            training.remove(QLatin1String(local));
        const QJsonObject identity{{QStringLiteral("picta"), BuildInfo::version()},
                                   {QStringLiteral("training"), training},
                                   {QStringLiteral("resuming"), !config.resumeRunDir.isEmpty()}};
        printErr(Cli::tr("Rank %1 of %2 (%3): meeting the others at %4:%5…")
                     .arg(settings->rank)
                     .arg(settings->worldSize)
                     .arg(settings->launcher, settings->masterAddress)
                     .arg(settings->masterPort));
        auto connected = DistributedGroup::connect(*settings, identity, ComputeDevice::device());
        if (!connected)
            return fail(Failed, Cli::tr("Rank %1: %2").arg(rank).arg(connected.error()));
        group = std::move(connected.value());
        trainer.setDistributed(group);
    }
    const bool speaks = rank == 0; // the other ranks print only their errors
    g_cancel = std::make_shared<std::atomic_bool>(false);
    trainer.setCancelFlag(g_cancel);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QObject::connect(&trainer, &Trainer::warning, [speaks](const QString& message) {
        if (speaks)
            printErr(message);
    });
    QObject::connect(&trainer, &Trainer::downloading, &printDownload);
    QObject::connect(&trainer, &Trainer::started, [&](const QString& runDir, const QString& device, int trainImages, int valImages) {
        if (speaks && group)
            printErr(Cli::tr("Data parallel over %n rank(s): each trains on its share of every epoch", nullptr, group->worldSize()));
        if (speaks)
            printErr(Cli::tr("Training on %1: %2 training and %n validation image(s) → %4", nullptr, valImages)
                         .arg(device)
                         .arg(trainImages)
                         .arg(QDir::toNativeSeparators(runDir)));
    });
    QObject::connect(&trainer, &Trainer::epochFinished, [speaks](const EpochStats& e) {
        if (speaks)
            printErr(Cli::tr("epoch %1/%2  train loss %3 acc %4  val loss %5 acc %6  %7 s  %8 img/s")
                         .arg(e.epoch)
                         .arg(e.epochs)
                         .arg(e.trainLoss, 0, 'f', 4)
                         .arg(percent(e.trainAccuracy))
                         .arg(e.valLoss, 0, 'f', 4)
                         .arg(percent(e.valAccuracy))
                         .arg(e.seconds, 0, 'f', 1)
                         .arg(e.imagesPerSecond, 0, 'f', 0));
    });

    const TrainingResult result = trainer.run(config);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!result.ok())
        return fail(Failed, group ? Cli::tr("Rank %1: %2").arg(rank).arg(result.error) : result.error);
    if (!speaks)
        return result.cancelled ? Failed : Ok;

    QJsonObject summary = result.toJson(); // written by core, as the trainer writes its files
    if (plan)
        summary.insert(QStringLiteral("plan"), plan->toJson());
    if (parser.isSet(QStringLiteral("json")))
        printJson(summary);
    else if (result.cancelled && result.epochsCompleted == 0)
        printErr(Cli::tr("Stopped before the first epoch ended; nothing to resume"));
    else if (result.cancelled)
        printErr(Cli::tr("Stopped after %1 of %n epoch(s) (validation accuracy %3); go on with: picta-cli train --resume %4", nullptr,
                         result.last.epochs > 0 ? result.last.epochs : result.epochsCompleted)
                     .arg(result.epochsCompleted)
                     .arg(percent(result.best.valAccuracy))
                     .arg(QDir::toNativeSeparators(result.runDir) + (group ? QStringLiteral(" --distributed") : QString())));
    else
        printErr(Cli::tr("Done: validation accuracy %1 after %n epoch(s) in %3 s; run saved in %4", nullptr, result.epochsCompleted)
                     .arg(percent(result.best.valAccuracy))
                     .arg(result.seconds, 0, 'f', 1)
                     .arg(QDir::toNativeSeparators(result.runDir)));
    return result.cancelled ? Failed : Ok;
}

} // namespace picta::cli

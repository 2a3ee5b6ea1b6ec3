#include "commands.h"
#include "parse.h"

#include "training/lrfinder.h"

#include <QJsonArray>

namespace picta::cli {

int lrFind(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("project"), Cli::tr("Project folder, or a folder with one subfolder per class."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("arch"), Cli::tr("Architecture (default small-cnn)."), QStringLiteral("A")});
    parser.addOption({QStringLiteral("batch"), Cli::tr("Batch size (default 64)."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("image-size"), Cli::tr("Input size in pixels (default: the project's)."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("threads"), Cli::tr("CPU threads (default: Preferences, else the physical cores)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("augment"), Cli::tr("Search on augmented images, as training with --augment would see them.")});
    parser.addOption({QStringLiteral("pretrained"),
                      Cli::tr("Search from pretrained backbone weights: a zoo name (resnet18…) or a safetensors file."),
                      QStringLiteral("NAME|FILE")});
    parser.addOption({QStringLiteral("fine-tune"), Cli::tr("Search with the backbone frozen, as fine-tuning's first epochs train."),
                      QStringLiteral("FROZEN_EPOCHS")});
    parser.addOption({QStringLiteral("zoo-base"), Cli::tr("A mirror of https://huggingface.co for zoo downloads."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print {\"suggestion\", \"lrs\", \"losses\", …} as one JSON line.")});
    int code = Ok;
    if (!parseArguments(parser, args, Cli::tr("Finds a good learning rate (fastai's range test) without training."), &code))
        return code;
    TrainingConfig config;
    config.projectDir = parser.value(QStringLiteral("project"));
    if (config.projectDir.isEmpty())
        return fail(Usage, Cli::tr("lr-find needs --project DIR"));
    if (!intOption(parser, QStringLiteral("batch"), 1, 65536, &config.batchSize)
        || !intOption(parser, QStringLiteral("image-size"), 8, 1024, &config.imageSize)
        || !intOption(parser, QStringLiteral("threads"), 1, 1024, &config.threads)
        || !intOption(parser, QStringLiteral("fine-tune"), 0, 10000, &config.freezeEpochs))
        return Usage;
    config.augment = parser.isSet(QStringLiteral("augment"));
    config.pretrained = parser.value(QStringLiteral("pretrained"));
    config.zooBase = parser.value(QStringLiteral("zoo-base"));
    if (parser.isSet(QStringLiteral("arch")))
        config.arch = parser.value(QStringLiteral("arch"));

    LrFinder finder;
    QObject::connect(&finder, &LrFinder::downloading, &printDownload);
    const LrFinderResult result = finder.run(config);
    if (!result.error.isEmpty())
        return fail(Failed, result.error);
    if (!result.ok())
        return fail(Failed, Cli::tr("the learning-rate finder saw no usable loss"));
    QJsonArray lrs, losses;
    for (int i = 0; i < result.lrs.size(); ++i) {
        lrs.append(result.lrs[i]);
        losses.append(result.losses[i]);
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{"suggestion", result.suggestion},
                              {"valley", result.valley},
                              {"steep", result.steep},
                              {"minimum", result.minimum},
                              {"searched", result.searched},
                              {"lrs", lrs},
                              {"losses", losses}});
    else
        printErr(Cli::tr("Suggested learning rate: %1 (valley; steep %2, minimum/10 %3)")
                     .arg(result.suggestion, 0, 'g', 3)
                     .arg(result.steep, 0, 'g', 3)
                     .arg(result.minimum, 0, 'g', 3));
    return Ok;
}

} // namespace picta::cli

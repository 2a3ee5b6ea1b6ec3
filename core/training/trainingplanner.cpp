#include "trainingplanner.h"

#include "cleaning/imageheader.h"
#include "computedevice.h"
#include "imaging/imagedecoder.h"
#include "lrfinder.h"
#include "lrsearch.h"
#include "models/modelcatalog.h"
#include "project/project.h"
#include "support/networkpolicy.h"
#include "zoo/zoo.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace picta {

namespace {

constexpr int kSmallSide = 48;          ///< images up to this side (or gray ones) get the small CNN
constexpr int kTargetSteps = 400;       ///< optimiser steps a from-scratch network gets, at least
constexpr int kFineTuneSteps = 150;     ///< steps of unfrozen fine-tuning
constexpr int kAugmentBelow = 200;      ///< classes with fewer training images are augmented
constexpr double kImbalanceRatio = 1.5; ///< largest ÷ smallest class above this: class weights
constexpr int kSampleHeaders = 64;
constexpr int kSampleDecodes = 16;

/// Whether the zoo answers for a backbone: a HEAD request, a few seconds at most (offline
/// machines answer at once with a DNS error).
bool reachable(const QUrl& url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, NetworkPolicy::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(4000);
    QNetworkReply* reply = manager.head(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->isFinished() && status >= 200 && status < 400;
    reply->abort();
    reply->deleteLater();
    return ok;
}

int floorPowerOfTwo(int v)
{
    int p = 1;
    while (p * 2 <= v)
        p *= 2;
    return p;
}

} // namespace

int ProjectFacts::trainImages() const
{
    int n = 0;
    for (int c : trainCounts)
        n += c;
    return n;
}

int ProjectFacts::smallestClass() const
{
    return trainCounts.isEmpty() ? 0 : *std::min_element(trainCounts.begin(), trainCounts.end());
}

int ProjectFacts::largestClass() const
{
    return trainCounts.isEmpty() ? 0 : *std::max_element(trainCounts.begin(), trainCounts.end());
}

QJsonObject ProjectFacts::toJson() const
{
    QJsonArray counts;
    for (int c : trainCounts)
        counts.append(c);
    return QJsonObject{{QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                       {QStringLiteral("trainCounts"), counts},
                       {QStringLiteral("valImages"), valImages},
                       {QStringLiteral("typicalSide"), typicalSide},
                       {QStringLiteral("gray"), gray},
                       {QStringLiteral("pretrained"), pretrained},
                       {QStringLiteral("cores"), cores},
                       {QStringLiteral("gpu"), gpu}};
}

QString TrainingPlan::describe() const
{
    QStringList lines;
    for (const PlanReason& r : reasons)
        lines << QStringLiteral("- %1: %2").arg(r.topic, r.text);
    return lines.join('\n');
}

QJsonObject TrainingPlan::toJson() const
{
    QJsonArray list;
    for (const PlanReason& r : reasons)
        list.append(QJsonObject{{QStringLiteral("topic"), r.topic}, {QStringLiteral("text"), r.text}});
    return QJsonObject{{QStringLiteral("config"), config.toJson()},
                       {QStringLiteral("reasons"), list},
                       {QStringLiteral("facts"), facts.toJson()},
                       {QStringLiteral("estimatedSeconds"), jsonNumber(estimatedSeconds >= 0 ? estimatedSeconds : qQNaN())},
                       {QStringLiteral("learningRateFound"), jsonNumber(learningRateFound > 0 ? learningRateFound : qQNaN())}};
}

Expected<ProjectFacts> TrainingPlanner::survey(const QString& projectDir, const Options& options)
{
    auto project = Project::open(projectDir);
    if (!project)
        return Expected<ProjectFacts>::failure(project.error());
    ProjectFacts facts;
    facts.classes = project->classes();
    facts.projectImageSize = project->imageSize();
    facts.trainCounts = QVector<int>(facts.classes.size(), 0);
    facts.cores = ComputeDevice::physicalCores();
    facts.gpu = ComputeDevice::device().is_cuda();
    const QVector<ImageEntry> images = project->images();
    for (const ImageEntry& e : images) {
        if (e.classIndex < 0 || e.classIndex >= facts.classes.size())
            continue;
        if (e.split == Split::Train)
            ++facts.trainCounts[e.classIndex];
        else
            ++facts.valImages;
    }
    if (facts.classes.size() < 2)
        return Expected<ProjectFacts>::failure(tr("%1: a classifier needs at least two classes").arg(projectDir));

    // A spread-out sample: sizes from the headers, colour from a few decodes.
    std::vector<int> sides;
    int decoded = 0, grayDecoded = 0;
    const int stride = std::max<int>(1, int(images.size()) / kSampleHeaders);
    for (int i = 0; i < images.size(); i += stride) {
        QFile file(images[i].path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto header = ImageHeader::read(file.read(256 * 1024));
        if (header && header->width > 0 && header->height > 0)
            sides.push_back(int(std::min(header->width, header->height)));
        if (decoded < kSampleDecodes && (i / stride) % std::max(1, kSampleHeaders / kSampleDecodes) == 0) {
            const auto image = ImageDecoder::decodeFile(images[i].path);
            if (image) {
                ++decoded;
                grayDecoded += image->channels() == 1 ? 1 : 0;
            }
        }
    }
    if (!sides.empty()) {
        std::nth_element(sides.begin(), sides.begin() + long(sides.size() / 2), sides.end());
        facts.typicalSide = sides[sides.size() / 2];
    }
    facts.gray = decoded > 0 && grayDecoded == decoded;

    // Pretrained weights matter only for photos.
    const bool photos = !facts.gray && facts.typicalSide > kSmallSide;
    if (options.pretrained == QLatin1String("none") || options.pretrained == QLatin1String("random")) {
        facts.pretrainedNote = tr("pretrained weights were turned off");
    } else if (!options.pretrained.isEmpty() && QFileInfo(options.pretrained).isFile()) {
        facts.pretrained = options.pretrained;
    } else if (photos) {
        const auto entry = Zoo::find(options.pretrained.isEmpty() ? QStringLiteral("resnet18") : options.pretrained);
        if (!entry)
            facts.pretrainedNote = tr("'%1' is not a backbone Picta knows").arg(options.pretrained);
        else if (QFileInfo::exists(Zoo::cachePath(*entry)))
            facts.pretrained = entry->arch;
        else if (reachable(Zoo::url(*entry, Zoo::base(options.zooBase))))
            facts.pretrained = entry->arch;
        else
            facts.pretrainedNote = tr("ImageNet weights are not on this computer and %1 cannot be reached now")
                                       .arg(Zoo::url(*entry, Zoo::base(options.zooBase)).host());
    }
    return facts;
}

TrainingPlan TrainingPlanner::plan(const ProjectFacts& facts, const QString& projectDir)
{
    TrainingPlan plan;
    plan.facts = facts;
    TrainingConfig& c = plan.config;
    c.projectDir = projectDir;
    auto say = [&](const char* topic, const QString& text) { plan.reasons.append({QLatin1String(topic), text}); };
    const int n = facts.trainImages();
    const int smallest = facts.smallestClass();
    const bool photos = !facts.gray && facts.typicalSide > kSmallSide;
    const bool fineTune = photos && !facts.pretrained.isEmpty();

    if (facts.typicalSide <= 0) {
        c.arch = QStringLiteral("small-cnn");
        c.imageSize = facts.projectImageSize;
        say("model",
            tr("Picta could not read the pictures' size, so it trains a small network from scratch at the project's size (%1 "
               "px); check the pictures (Dataset tab, Check images).")
                .arg(c.imageSize));
    } else if (!photos) {
        c.arch = QStringLiteral("small-cnn");
        // Never enlarged beyond what the pictures hold: that only costs time.
        c.imageSize = facts.typicalSide > 0 ? std::min(facts.projectImageSize, std::max(16, facts.typicalSide)) : facts.projectImageSize;
        say("model",
            facts.gray ? tr("Your pictures are small and gray (%1 px): a small network learns them from scratch, quickly and well.")
                             .arg(facts.typicalSide)
                       : tr("Your pictures are small (%1 px): a small network learns them from scratch, quickly and well.")
                             .arg(facts.typicalSide));
        say("size",
            c.imageSize == facts.projectImageSize ? tr("It looks at them at %1×%1 pixels, the project's size.").arg(c.imageSize)
                                                  : tr("It looks at them at %1×%1 pixels, their own size.").arg(c.imageSize));
    } else if (fineTune) {
        // The backbone named (resnet50, mobilenetv2…), or ResNet-18 for a weights file.
        c.arch = ModelCatalog::find(facts.pretrained) ? facts.pretrained : QStringLiteral("resnet18");
        c.pretrained = facts.pretrained;
        c.imageSize = facts.gpu ? 224 : 128;
        c.freezeEpochs = 1;
        c.weightDecay = 0.01;
        say("model",
            tr("Your pictures are photos: Picta starts from a network that has already learned to see from a million "
               "photos (%1, ImageNet), and teaches it your classes (fine-tuning). This needs far fewer examples.")
                .arg(ModelCatalog::title(c.arch)));
        say("size",
            facts.gpu ? tr("It looks at them at 224×224 pixels, the size that network was trained at.")
                      : tr("It looks at them at 128×128 pixels: on this computer's processor (no graphics card), smaller pictures train "
                           "several times faster and lose little."));
    } else {
        c.arch = QStringLiteral("vgg-small");
        c.imageSize = 64;
        c.weightDecay = 0.01;
        say("model",
            tr("Your pictures are photos, but %1, so Picta trains a network from scratch. That needs many more pictures per "
               "class (hundreds) to do well; connect to the internet and plan again to start from a pretrained one.")
                .arg(facts.pretrainedNote.isEmpty() ? tr("no pretrained network is at hand") : facts.pretrainedNote));
        say("size", tr("It looks at them at 64×64 pixels, which a network trained from scratch on a processor can manage."));
    }

    // Batch size: 64, smaller for small datasets so that each epoch still takes several steps.
    c.batchSize = n >= 1024 ? 64 : std::clamp(floorPowerOfTwo(std::max(1, n / 12)), 8, 64);
    const int steps = stepsPerEpoch(plan);
    if (fineTune) {
        const int unfrozen = std::clamp(int(std::ceil(double(kFineTuneSteps) / steps)), 3, 12);
        c.epochs = c.freezeEpochs + unfrozen;
        say("epochs",
            tr("%n round(s) through your pictures (epochs): first one that trains only the new last layer, then %2 that "
               "adjust the whole network, its early layers least.",
               nullptr, c.epochs)
                .arg(unfrozen));
    } else {
        c.epochs = std::clamp(int(std::ceil(double(kTargetSteps) / steps)), 8, 60);
        say("epochs",
            tr("Up to %1 rounds through your %n training picture(s) (epochs), %3 at a time.", nullptr, n).arg(c.epochs).arg(c.batchSize));
    }
    if (facts.valImages > 0) {
        // Patient enough not to stop while one-cycle's rate is high (its gain comes in the
        // annealing); the best epoch is kept either way.
        c.earlyStopPatience = std::max(5, c.epochs / 3);
        c.earlyStopMonitor = QStringLiteral("val_loss");
        say("epochs",
            tr("Training stops early when %1 rounds in a row bring no improvement on the %n picture(s) set aside for "
               "testing, and keeps the best round's network.",
               nullptr, facts.valImages)
                .arg(c.earlyStopPatience));
    } else {
        say("data", tr("No pictures are set aside for testing, so Picta cannot tell how good the model is."));
    }
    c.schedule = QStringLiteral("one-cycle");
    say("rate",
        tr("The learning rate (how big each correction is) starts at %1 and follows a one-cycle schedule: it rises, then "
           "falls, so training settles at the end.")
            .arg(c.learningRate));

    if (smallest < kAugmentBelow) {
        c.augment = true;
        say("augment",
            tr("With %n training picture(s) in the smallest class, each picture is shown slightly changed every round "
               "(cropped, mirrored, turned, lighter or darker), so the network learns the subject, not the picture.",
               nullptr, smallest));
    }
    if (smallest > 0 && double(facts.largestClass()) / smallest > kImbalanceRatio) {
        c.classWeights = true;
        say("balance",
            tr("The classes are uneven (%1 to %n training picture(s)): mistakes on the smaller ones count more, so they "
               "are not ignored.",
               nullptr, facts.largestClass())
                .arg(smallest));
    }
    if (smallest < 10)
        say("data", tr("Some classes have fewer than 10 pictures: expect guesses. 50 or more per class make a real difference."));
    else if (smallest < 50)
        say("data", tr("Some classes have fewer than 50 pictures: more examples, varied, will help most."));
    return plan;
}

int TrainingPlanner::stepsPerEpoch(const TrainingPlan& plan)
{
    const int n = plan.facts.trainImages();
    return std::max(1, (n + plan.config.batchSize - 1) / std::max(1, plan.config.batchSize));
}

void TrainingPlanner::refine(TrainingPlan& plan, double suggestedRate, double secondsPerStep, double prepareSeconds,
                             double forwardSecondsPerImage)
{
    TrainingConfig& c = plan.config;
    if (suggestedRate > 0 && std::isfinite(suggestedRate)) {
        plan.learningRateFound = suggestedRate;
        // The finder's valley, kept within what these networks train well at.
        c.learningRate = std::clamp(suggestedRate, 1e-4, c.freezeEpochs > 0 ? 1e-2 : 3e-2);
        for (PlanReason& r : plan.reasons)
            if (r.topic == QLatin1String("rate"))
                r.text = tr("The learning rate (how big each correction is) is %1, chosen by trying rates from tiny to huge on your "
                            "pictures and taking the one where the error fell fastest; it rises, then falls (one-cycle), so "
                            "training settles at the end.")
                             .arg(c.learningRate, 0, 'g', 2);
    }
    if (secondsPerStep > 0) {
        const int steps = stepsPerEpoch(plan);
        const int valSteps = (plan.facts.valImages + c.batchSize - 1) / std::max(1, c.batchSize);
        double frozen = 0, full = 0;
        if (forwardSecondsPerImage > 0 && c.freezeEpochs > 0) {
            // The frozen epochs: the backbone runs once over every image, then the head's steps.
            // An unfrozen step is a forward and a backward pass (about twice the forward's cost)
            // over the whole network; validation, a forward pass.
            const double trainImages = plan.facts.trainImages(), images = trainImages + plan.facts.valImages;
            frozen = images * forwardSecondsPerImage + c.freezeEpochs * steps * secondsPerStep;
            full = (c.epochs - c.freezeEpochs) * (3 * trainImages + plan.facts.valImages) * forwardSecondsPerImage;
        } else {
            // Validation is a forward pass (about a third of a training step); unfrozen fine-tuning
            // steps cost about 2.5 times the frozen ones the finder measured.
            frozen = c.freezeEpochs * (steps + valSteps / 3.0) * secondsPerStep;
            full = (c.epochs - c.freezeEpochs) * (steps * (c.freezeEpochs > 0 ? 2.5 : 1.0) + valSteps / 3.0) * secondsPerStep;
        }
        plan.estimatedSeconds = prepareSeconds + frozen + full;
        plan.reasons.append({QStringLiteral("time"),
                             tr("On this computer (%1) that should take %2 at most; early stopping may end it sooner.")
                                 .arg(plan.facts.gpu ? tr("graphics card") : tr("%n processor cores", "", plan.facts.cores))
                                 .arg(roughDuration(plan.estimatedSeconds))});
    }
}

QString TrainingPlanner::roughDuration(double seconds)
{
    if (seconds < 90)
        return tr("about %n seconds", "", std::max(5, int(std::round(seconds / 5.0)) * 5));
    if (seconds < 90 * 60)
        return tr("about %n minutes", "", int(std::round(seconds / 60.0)));
    return tr("about %n hours", "", int(std::round(seconds / 3600.0)));
}

Expected<TrainingPlan> TrainingPlanner::make(const QString& projectDir, const Options& options, const std::atomic_bool* cancel,
                                             const Progress& progress)
{
    if (progress)
        progress(tr("Looking at the pictures"), 0, 0);
    auto facts = survey(projectDir, options);
    if (!facts)
        return Expected<TrainingPlan>::failure(facts.error());
    TrainingPlan plan = TrainingPlanner::plan(*facts, projectDir);
    plan.config.threads = options.threads;
    plan.config.zooBase = options.zooBase;
    if (!options.findLearningRate || (cancel && cancel->load()))
        return plan;

    if (progress)
        progress(tr("Trying learning rates"), 0, 0);
    ComputeDevice::configureThreads(options.threads);
    LrFinder finder;
    if (cancel) // the finder polls the caller's flag (which outlives this call); it never sets it
        finder.setCancelFlag(std::shared_ptr<std::atomic_bool>(std::shared_ptr<void>(), const_cast<std::atomic_bool*>(cancel)));
    QElapsedTimer clock;
    clock.start();
    qint64 firstPoint = -1, lastPoint = -1, downloadEnd = 0;
    int points = 0;
    // A backbone downloaded for the first time is no part of the training time.
    QObject::connect(&finder, &LrFinder::downloading, [&](qint64, qint64) { downloadEnd = clock.nsecsElapsed(); });
    QObject::connect(&finder, &LrFinder::point, [&](int iteration, double, double) {
        const qint64 now = clock.nsecsElapsed();
        if (firstPoint < 0)
            firstPoint = now;
        lastPoint = now;
        ++points;
        if (progress)
            progress(tr("Trying learning rates"), iteration + 1, LrSearch::Options().iterations);
    });
    const LrFinderResult found = finder.run(plan.config);
    if (!found.ok() || found.cancelled) {
        if (!found.error.isEmpty())
            plan.reasons.append(
                {QStringLiteral("rate"), tr("The learning-rate search failed (%1); the default rate is used.").arg(found.error)});
        return plan;
    }
    const double perStep = points > 1 ? (lastPoint - firstPoint) / 1e9 / (points - 1) : -1;
    // Before the first point: the data's preparation and, on cached features, the backbone's pass
    // over the images searched (which refine() counts from the measured cost per image).
    const double beforeFirst = firstPoint > 0 ? (firstPoint - downloadEnd) / 1e9 - found.featureSeconds : 0;
    refine(plan, found.suggestion, perStep, std::max(0.0, beforeFirst), found.forwardSecondsPerImage);
    return plan;
}

} // namespace picta

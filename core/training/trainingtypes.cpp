#include "trainingtypes.h"

#include "support/limits.h"

#include <QCoreApplication>
#include <cmath>

#include <QJsonArray>

namespace picta {

int TrainingConfig::totalEpochs() const
{
    if (sizes.isEmpty())
        return epochs;
    int total = 0;
    for (const auto& stage : sizes)
        total += stage.second;
    return total;
}

QVector<QPair<int, int>> TrainingConfig::parseSizes(const QString& text)
{
    QVector<QPair<int, int>> stages;
    for (const QString& item : text.split(',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(':');
        bool okSize = false, okEpochs = false;
        const int size = parts.value(0).toInt(&okSize);
        const int epochs = parts.value(1).toInt(&okEpochs);
        if (parts.size() != 2 || !okSize || !okEpochs || size < 8 || size > 1024 || epochs < 1)
            return {};
        stages.push_back({size, epochs});
    }
    return stages;
}

TrainingConfig TrainingConfig::fromJson(const QJsonObject& json)
{
    TrainingConfig c;
    c.projectDir = json.value("project").toString();
    c.arch = json.value("arch").toString(c.arch);
    c.epochs = json.value("epochs").toInt(c.epochs);
    c.batchSize = json.value("batch_size").toInt(c.batchSize);
    c.learningRate = json.value("learning_rate").toDouble(c.learningRate);
    c.imageSize = json.value("image_size").toInt(c.imageSize);
    c.channels = json.value("channels").toInt(c.channels);
    c.threads = json.value("threads").toInt(c.threads);
    c.seed = quint64(json.value("seed").toInteger(qint64(c.seed)));
    c.schedule = json.value("schedule").toString(c.schedule);
    c.weightDecay = json.value("weight_decay").toDouble(c.weightDecay);
    c.labelSmoothing = json.value("label_smoothing").toDouble(c.labelSmoothing);
    c.classWeights = json.value("class_weights").toBool(c.classWeights);
    c.augment = json.value("augment").toBool(c.augment);
    c.earlyStopPatience = json.value("early_stop_patience").toInt(c.earlyStopPatience);
    c.earlyStopMonitor = json.value("early_stop_monitor").toString(c.earlyStopMonitor);
    c.freezeEpochs = json.value("freeze_epochs").toInt(c.freezeEpochs);
    c.cacheFeatures = json.value("cache_features").toBool(c.cacheFeatures);
    c.frozenBatchNorm = json.value("frozen_batch_norm").toString(c.frozenBatchNorm);
    c.pretrained = json.value("pretrained").toString();
    for (const QJsonValue& v : json.value("sizes").toArray())
        c.sizes.push_back({v.toArray().at(0).toInt(), v.toArray().at(1).toInt()});
    return c;
}

QString TrainingConfig::problem(const QString& where) const
{
    auto bad = [&](const char* field, const QString& value, const QString& range) {
        return QCoreApplication::translate("picta", "%1: training setting '%2' is %3, expected %4")
            .arg(where, QLatin1String(field), value, range);
    };
    if (sizes.isEmpty() && (epochs < 1 || epochs > Limits::kMaxEpochs)) // with stages, their epochs count
        return bad("epochs", QString::number(epochs), QStringLiteral("1–%1").arg(Limits::kMaxEpochs));
    if (batchSize < 1 || batchSize > Limits::kMaxBatchSize)
        return bad("batch_size", QString::number(batchSize), QStringLiteral("1–%1").arg(Limits::kMaxBatchSize));
    if (threads < 0 || threads > Limits::kMaxThreads)
        return bad("threads", QString::number(threads), QStringLiteral("0–%1").arg(Limits::kMaxThreads));
    if (imageSize < 0 || imageSize > Limits::kMaxImageSize)
        return bad("image_size", QString::number(imageSize), QStringLiteral("0–%1").arg(Limits::kMaxImageSize));
    if (channels != 0 && channels != 1 && channels != 3)
        return bad("channels", QString::number(channels), QStringLiteral("0, 1 or 3"));
    if (frozenBatchNorm != QLatin1String("auto") && frozenBatchNorm != QLatin1String("keep") && frozenBatchNorm != QLatin1String("train"))
        return bad("frozen_batch_norm", frozenBatchNorm, QStringLiteral("auto, keep or train"));
    if (!std::isfinite(learningRate) || learningRate <= 0) // a huge one is allowed: it diverges with a message
        return bad("learning_rate", QString::number(learningRate), QStringLiteral("a number above 0"));
    if (!std::isfinite(weightDecay) || weightDecay < 0 || weightDecay > 10)
        return bad("weight_decay", QString::number(weightDecay), QStringLiteral("0–10"));
    if (!std::isfinite(labelSmoothing) || labelSmoothing < 0 || labelSmoothing > 0.5)
        return bad("label_smoothing", QString::number(labelSmoothing), QStringLiteral("0–0.5"));
    if (earlyStopPatience < 0 || earlyStopPatience > Limits::kMaxEpochs)
        return bad("early_stop_patience", QString::number(earlyStopPatience), QStringLiteral("0–%1").arg(Limits::kMaxEpochs));
    if (freezeEpochs < 0 || freezeEpochs > Limits::kMaxEpochs)
        return bad("freeze_epochs", QString::number(freezeEpochs), QStringLiteral("0–%1").arg(Limits::kMaxEpochs));
    qint64 staged = 0;
    for (const auto& stage : sizes) {
        if (stage.first < 4 || stage.first > Limits::kMaxImageSize || stage.second < 1 || stage.second > Limits::kMaxEpochs)
            return bad("sizes", QStringLiteral("%1:%2").arg(stage.first).arg(stage.second),
                       QStringLiteral("size 4–%1 for 1–%2 epochs").arg(Limits::kMaxImageSize).arg(Limits::kMaxEpochs));
        staged += stage.second;
    }
    if (staged > Limits::kMaxEpochs)
        return bad("sizes", QString::number(staged) + QStringLiteral(" epochs"), QStringLiteral("at most %1").arg(Limits::kMaxEpochs));
    return {};
}

QJsonObject TrainingConfig::toJson() const
{
    QJsonArray stages;
    for (const auto& stage : sizes)
        stages.append(QJsonArray{stage.first, stage.second});
    return QJsonObject{{"arch", arch},
                       {"freeze_epochs", freezeEpochs},
                       {"cache_features", cacheFeatures},
                       {"frozen_batch_norm", frozenBatchNorm},
                       {"pretrained", pretrained},
                       {"sizes", stages},
                       {"epochs", epochs},
                       {"batch_size", batchSize},
                       {"learning_rate", learningRate},
                       {"image_size", imageSize},
                       {"channels", channels},
                       {"threads", threads},
                       {"seed", qint64(seed)},
                       {"optimizer", weightDecay > 0 ? "adamw" : "adam"},
                       {"schedule", schedule},
                       {"weight_decay", weightDecay},
                       {"label_smoothing", labelSmoothing},
                       {"class_weights", classWeights},
                       {"augment", augment},
                       {"early_stop_patience", earlyStopPatience},
                       {"early_stop_monitor", earlyStopMonitor}};
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject EpochStats::toJson() const
{
    return QJsonObject{{QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_loss"), jsonNumber(trainLoss)},
                       {QStringLiteral("train_accuracy"), jsonNumber(trainAccuracy)},
                       {QStringLiteral("val_loss"), jsonNumber(valLoss)},
                       {QStringLiteral("val_accuracy"), jsonNumber(valAccuracy)},
                       {QStringLiteral("learning_rate"), learningRate},
                       {QStringLiteral("seconds"), seconds}};
}

QJsonObject EpochStats::metricsJson(int trainImages, int valImages) const
{
    return QJsonObject{{QStringLiteral("epoch"), epoch},
                       {QStringLiteral("train_loss"), jsonNumber(trainLoss)},
                       {QStringLiteral("train_accuracy"), jsonNumber(trainAccuracy)},
                       {QStringLiteral("val_loss"), jsonNumber(valLoss)},
                       {QStringLiteral("val_accuracy"), jsonNumber(valAccuracy)},
                       {QStringLiteral("train_images"), trainImages},
                       {QStringLiteral("val_images"), valImages}};
}

QJsonObject TrainingResult::toJson() const
{
    QJsonArray skippedFiles;
    for (const ListingProblem& p : skipped)
        skippedFiles.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("reason"), p.reason}});
    return QJsonObject{{QStringLiteral("run_dir"), runDir},
                       {QStringLiteral("epochs"), epochsCompleted},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("train_images"), trainImages},
                       {QStringLiteral("val_images"), valImages},
                       {QStringLiteral("train_images_per_s"), trainImagesPerSecond},
                       {QStringLiteral("best_epoch"), best.epoch},
                       {QStringLiteral("stopped_early"), stoppedEarly},
                       {QStringLiteral("train_loss"), jsonNumber(best.trainLoss)},
                       {QStringLiteral("train_accuracy"), jsonNumber(best.trainAccuracy)},
                       {QStringLiteral("val_accuracy"), jsonNumber(best.valAccuracy)},
                       {QStringLiteral("val_loss"), jsonNumber(best.valLoss)},
                       {QStringLiteral("prepare_seconds"), prepareSeconds},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("skipped"), skippedFiles}};
}

} // namespace picta

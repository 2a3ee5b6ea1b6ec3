#include "trainingtypes.h"

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
    c.pretrained = json.value("pretrained").toString();
    for (const QJsonValue& v : json.value("sizes").toArray())
        c.sizes.push_back({v.toArray().at(0).toInt(), v.toArray().at(1).toInt()});
    return c;
}

QJsonObject TrainingConfig::toJson() const
{
    QJsonArray stages;
    for (const auto& stage : sizes)
        stages.append(QJsonArray{stage.first, stage.second});
    return QJsonObject{{"arch", arch},
                       {"freeze_epochs", freezeEpochs},
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

} // namespace picta

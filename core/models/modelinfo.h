#pragma once

#include "support/status.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace picta {

/// Where a run stands, as model.json records it ("status"). Unknown: a value this version does not
/// write (a newer Picta, a damaged file), treated as neither running nor resumable.
enum class RunStatus { Training, Complete, Cancelled, Failed, Unknown };

/// What model.json in a run folder says: enough to rebuild the network, preprocess an image
/// exactly as in training, and show the run's results without loading weights.
struct ModelInfo {
    Q_DECLARE_TR_FUNCTIONS(ModelInfo)

public:
    QString arch = QStringLiteral("small-cnn");
    int inputChannels = 3;
    int imageSize = 64;
    QStringList classes;
    std::vector<float> mean{0.5f, 0.5f, 0.5f};
    std::vector<float> std{0.25f, 0.25f, 0.25f};
    RunStatus status = RunStatus::Training;
    int epochs = 0; ///< asked for
    int epochsCompleted = 0;
    QJsonObject metrics;   ///< final val_accuracy, val_loss, train_loss, …
    QJsonObject training;  ///< the configuration it was trained with
    QString created;       ///< ISO 8601
    QString weightsSha256; ///< of model.safetensors as written; empty in runs from before it was recorded
    qint64 weightsBytes = 0;

    QJsonObject toJson() const;
    /// Every field is range-checked: a damaged or hostile file is refused with a message naming
    /// `name` and the field, before anything is allocated from it.
    static Expected<ModelInfo> fromJson(const QJsonObject& json, const QString& name);
    static Expected<ModelInfo> load(const QString& path);
    Status save(const QString& path) const;

    /// The word model.json uses for a status ("training", "complete", "cancelled", "failed").
    static QString statusName(RunStatus status);
    static RunStatus parseStatus(const QString& name);
};

} // namespace picta

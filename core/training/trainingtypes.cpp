#include "trainingtypes.h"

namespace picta {

QJsonObject TrainingConfig::toJson() const
{
    return QJsonObject{{"arch", arch},
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

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
                       {"optimizer", "adam"}};
}

} // namespace picta

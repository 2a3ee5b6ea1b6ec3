#pragma once

#include "models/classifier.h"
#include "models/modelinfo.h"
#include "trainingtypes.h"

#include <QString>

#include <c10/core/Device.h>

#include <functional>

namespace picta {

/// How fine-tuning's frozen epochs train, decided once from the configuration and the network,
/// so that the trainer and the learning-rate finder train and search the same network.
///
/// A frozen backbone gives each image the same features every epoch: the way Teachable Machine
/// trains in seconds, they are computed once (`cacheFeatures`) and only the head trains on them.
/// Its batch norm layers then run on their loaded statistics (`keepBatchNorm`); the uncached path
/// can be asked to do the same ("keep"), or to train them ("train").
struct FrozenPhase {
    bool cacheFeatures = false;
    bool keepBatchNorm = false;

    /// For a run whose first `frozenEpochs` epochs train with the backbone frozen (none: both false).
    static FrozenPhase decide(const TrainingConfig& config, const Classifier& model, int frozenEpochs);
    /// What the frozen epochs train, for the run's model.json (not translated: a record).
    QString description() const;

    using Images = std::function<torch::Tensor(int64_t begin, int64_t end)>; ///< uint8 [end - begin, C, S, S]
    using GoOn = std::function<bool(int64_t done)>;                          ///< false: stop
    /// The backbone's globally pooled features [count, F, 1, 1] on the CPU, 64 images at a time,
    /// with batch norm on its loaded statistics; undefined when `goOn` (asked before each chunk
    /// with the images done so far) says stop. The model's training mode is restored.
    static torch::Tensor pooledFeatures(Classifier& model, int64_t count, const Images& images, const ModelInfo& info,
                                        const c10::Device& device, const GoOn& goOn = {});
};

} // namespace picta

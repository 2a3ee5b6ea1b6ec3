#pragma once

#include "trainingtypes.h"
#include "zoo/zoo.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace picta {

class Classifier;

/// The weights a run starts from: the network as initialised, or a pretrained backbone (a zoo name,
/// downloaded once into the cache, or a local safetensors file) with the head left fresh. (The
/// backbone's RGB input and ImageNet normalisation are TrainingData's, decided with the colour.)
/// Training and the learning-rate finder both start here, so that the finder's suggestion is for
/// the network that will actually be trained.
class StartingWeights {
    Q_DECLARE_TR_FUNCTIONS(StartingWeights)

public:
    struct Outcome {
        QString error; ///< empty unless the weights could not be had
        bool cancelled = false;
        QString summary; ///< what was loaded, for the log; empty without pretrained weights

        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    /// Loads `config.pretrained` (if set) into `model`, whose head is `config.arch`'s.
    static Outcome apply(Classifier& model, const TrainingConfig& config, const std::atomic_bool& cancel,
                         const Zoo::Progress& downloadProgress = {});
};

} // namespace picta

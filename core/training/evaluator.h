#pragma once

#include "confusionmatrix.h"
#include "models/classifier.h"
#include "models/modelinfo.h"

#include <torch/types.h>

#include <atomic>

namespace picta {

/// Validation loss, accuracy, confusion matrix and per-image results of a model on decoded images.
struct Evaluation {
    double loss = std::numeric_limits<double>::quiet_NaN();
    double accuracy = std::numeric_limits<double>::quiet_NaN();
    ConfusionMatrix confusion;
    torch::Tensor losses;     ///< float [N], cross-entropy of each image
    torch::Tensor predicted;  ///< int64 [N]
    torch::Tensor confidence; ///< float [N], probability of the predicted class
};

class Evaluator {
public:
    /// `images` uint8 [N, C, S, S], `labels` int64 [N]; evaluation mode, no gradients, batches of 256.
    static Evaluation evaluate(Classifier& model, const torch::Tensor& images, const torch::Tensor& labels, const ModelInfo& info,
                               const c10::Device& device, const std::atomic_bool* cancel = nullptr);
};

} // namespace picta

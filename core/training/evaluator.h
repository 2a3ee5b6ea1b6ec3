#pragma once

#include "confusionmatrix.h"
#include "data/imagecache.h"
#include "models/classifier.h"
#include "models/modelinfo.h"

#include <torch/types.h>

#include <atomic>
#include <functional>

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
    /// Decoded images in memory or on disk, with their labels; evaluation mode, no gradients,
    /// batches of 256.
    static Evaluation evaluate(Classifier& model, const ImageCache::Result& images, const ModelInfo& info, const c10::Device& device,
                               const std::atomic_bool* cancel = nullptr);
    /// The same from a frozen backbone's pooled features [N, C, 1, 1]: only the head runs.
    static Evaluation evaluateFeatures(Classifier& model, const torch::Tensor& pooled, const torch::Tensor& labels, const ModelInfo& info,
                                       const c10::Device& device, const std::atomic_bool* cancel = nullptr);

    /// The figures from per-image results (the first losses.size(0) of `labels`): loss, accuracy,
    /// confusion. Distributed evaluation gathers the ranks' results and calls this.
    static Evaluation summarise(const torch::Tensor& losses, const torch::Tensor& predicted, const torch::Tensor& confidence,
                                const torch::Tensor& labels, int classes);

private:
    static Evaluation evaluateBatches(Classifier& model, int64_t n, const torch::Tensor& labels, const ModelInfo& info,
                                      const c10::Device& device, const std::atomic_bool* cancel,
                                      const std::function<torch::Tensor(int64_t, int64_t)>& logitsOf);
};

} // namespace picta

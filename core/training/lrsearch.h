#pragma once

#include "lrfinderresult.h"
#include "models/classifier.h"

#include <torch/nn/options/loss.h>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace picta {

/// fastai's learning-rate range test on a model: Adam steps with the rate growing exponentially
/// from 1e-7 to 10 over 100 batches, the loss smoothed (β = 0.98, debiased), stopping once the
/// smoothed loss passes 4× its minimum. The model's weights are restored afterwards.
class LrSearch {
public:
    struct Options {
        double startLr = 1e-7;
        double endLr = 10.0;
        int iterations = 100;
        double beta = 0.98;
        double divergence = 4.0;
        bool onFeatures = false;    ///< batches are pooled features: only the head (classify) runs
        bool keepBatchNorm = false; ///< batch norm layers on their loaded statistics, as frozen epochs keep them
    };
    using Batch = std::pair<torch::Tensor, torch::Tensor>; ///< images (or features) on the device, labels
    using NextBatch = std::function<Batch()>;
    using Progress = std::function<void(int iteration, double lr, double loss)>;

    static LrFinderResult run(Classifier& model, const NextBatch& nextBatch, const torch::nn::functional::CrossEntropyFuncOptions& loss,
                              const Options& options, const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
};

} // namespace picta

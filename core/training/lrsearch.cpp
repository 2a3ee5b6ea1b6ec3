#include "lrsearch.h"
#include "optimizersetup.h"

#include <torch/torch.h>

#include <cmath>

namespace picta {

LrFinderResult LrSearch::run(Classifier& model, const NextBatch& nextBatch,
                             const torch::nn::functional::CrossEntropyFuncOptions& lossOptions, const Options& options,
                             const std::atomic_bool* cancel, const Progress& progress)
{
    LrFinderResult result;
    // Snapshot parameters and buffers (BatchNorm statistics move too) to restore them after.
    std::vector<std::pair<torch::Tensor, torch::Tensor>> saved;
    for (const auto& p : model.parameters())
        saved.push_back({p, p.detach().clone()});
    for (const auto& b : model.buffers())
        saved.push_back({b, b.detach().clone()});

    torch::optim::Adam optimizer(model.parameters(), torch::optim::AdamOptions(options.startLr));
    const bool wasTraining = model.is_training();
    model.train();
    if (options.keepBatchNorm)
        OptimizerSetup::keepBatchNormStatistics(model);
    const double ratio = options.endLr / options.startLr;
    double average = 0, best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < options.iterations; ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const double lr = options.startLr * std::pow(ratio, double(i) / std::max(1, options.iterations - 1));
        for (auto& group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
        const auto [x, y] = nextBatch();
        OptimizerSetup::clearGradients(optimizer);
        const torch::Tensor loss
            = torch::nn::functional::cross_entropy(options.onFeatures ? model.classify(x) : model.forward(x), y, lossOptions);
        loss.backward();
        optimizer.step();
        const double value = loss.item<double>();
        if (!std::isfinite(value))
            break;
        average = options.beta * average + (1 - options.beta) * value;
        const double smoothed = average / (1 - std::pow(options.beta, i + 1));
        result.lrs << lr;
        result.losses << smoothed;
        if (progress)
            progress(i + 1, lr, smoothed);
        best = std::min(best, smoothed);
        if (i > 0 && smoothed > options.divergence * best)
            break;
    }

    torch::NoGradGuard noGrad;
    for (auto& [live, copy] : saved)
        live.copy_(copy);
    model.train(wasTraining);
    result.suggest();
    return result;
}

} // namespace picta

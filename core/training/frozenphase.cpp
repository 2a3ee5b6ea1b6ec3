#include "frozenphase.h"

#include "imaging/imagetensor.h"

#include <torch/torch.h>

#include <algorithm>

namespace picta {

FrozenPhase FrozenPhase::decide(const TrainingConfig& config, const Classifier& model, int frozenEpochs)
{
    FrozenPhase phase;
    if (frozenEpochs <= 0)
        return phase;
    phase.cacheFeatures = config.cacheFeatures && config.frozenBatchNorm != QLatin1String("train") && model.headAfterGlobalPool();
    phase.keepBatchNorm
        = config.frozenBatchNorm == QLatin1String("keep") || (config.frozenBatchNorm == QLatin1String("auto") && phase.cacheFeatures);
    return phase;
}

QString FrozenPhase::description() const
{
    if (cacheFeatures)
        return QStringLiteral("head trained on the backbone's pooled features, computed once without augmentation; "
                              "batch norm statistics kept as loaded");
    return keepBatchNorm ? QStringLiteral("whole network run every batch; batch norm statistics kept as loaded")
                         : QStringLiteral("whole network run every batch; batch norm layers trained");
}

torch::Tensor FrozenPhase::pooledFeatures(Classifier& model, int64_t count, const Images& images, const ModelInfo& info,
                                          const c10::Device& device, const GoOn& goOn)
{
    torch::NoGradGuard noGrad;
    // Batch norm on its loaded statistics, as in the frozen epochs; the mode is restored however
    // this ends (a decoding error throws).
    struct Mode {
        Classifier& model;
        bool wasTraining;
        ~Mode() { model.train(wasTraining); }
    } mode{model, model.is_training()};
    model.eval();
    std::vector<torch::Tensor> parts;
    constexpr int64_t chunk = 64;
    for (int64_t start = 0; start < count; start += chunk) {
        if (goOn && !goOn(start))
            return {};
        const int64_t end = std::min(count, start + chunk);
        const torch::Tensor x = ImageTensor::normalise(images(start, end), info.mean, info.std).to(device);
        parts.push_back(torch::adaptive_avg_pool2d(model.features(x), {1, 1}).to(torch::kCPU));
    }
    return parts.empty() ? torch::zeros({0, 1, 1, 1}) : torch::cat(parts);
}

} // namespace picta

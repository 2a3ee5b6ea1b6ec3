#include "optimizersetup.h"

#include <torch/torch.h>

#include <cmath>
#include <set>

namespace picta {

std::unique_ptr<torch::optim::Optimizer> OptimizerSetup::create(Classifier& model, double learningRate, double weightDecay)
{
    std::vector<torch::optim::OptimizerParamGroup> groups;
    for (const auto& group : model.layerGroups()) {
        std::unique_ptr<torch::optim::OptimizerOptions> options;
        if (weightDecay > 0)
            options = std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(learningRate).weight_decay(weightDecay));
        else
            options = std::make_unique<torch::optim::AdamOptions>(learningRate);
        groups.emplace_back(group, std::move(options));
    }
    if (weightDecay > 0)
        return std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(learningRate).weight_decay(weightDecay));
    return std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(learningRate));
}

void OptimizerSetup::setHyperParameters(torch::optim::Optimizer& optimizer, const std::vector<double>& lrs, double beta1)
{
    auto& groups = optimizer.param_groups();
    for (size_t g = 0; g < groups.size(); ++g) {
        const double lr = lrs[std::min(g, lrs.size() - 1)];
        if (auto* adam = dynamic_cast<torch::optim::AdamOptions*>(&groups[g].options())) {
            adam->lr(lr);
            adam->betas({beta1, std::get<1>(adam->betas())});
        } else if (auto* adamw = dynamic_cast<torch::optim::AdamWOptions*>(&groups[g].options())) {
            adamw->lr(lr);
            adamw->betas({beta1, std::get<1>(adamw->betas())});
        }
    }
}

void OptimizerSetup::clearGradients(torch::optim::Optimizer& optimizer)
{
    for (auto& group : optimizer.param_groups())
        for (auto& p : group.params())
            p.mutable_grad() = torch::Tensor();
}

void OptimizerSetup::setFrozen(Classifier& model, bool frozen, bool keepBatchNorm)
{
    std::set<c10::TensorImpl*> batchNorm;
    for (const auto& module : model.modules(/*include_self=*/false))
        if (module->as<torch::nn::BatchNorm2d>())
            for (const auto& p : module->parameters())
                batchNorm.insert(p.unsafeGetTensorImpl());
    const auto groups = model.layerGroups();
    for (size_t g = 0; g + 1 < groups.size(); ++g)
        for (torch::Tensor p : groups[g])
            p.set_requires_grad(!frozen || (!keepBatchNorm && batchNorm.count(p.unsafeGetTensorImpl()) > 0));
}

void OptimizerSetup::keepBatchNormStatistics(Classifier& model)
{
    for (const auto& module : model.modules(/*include_self=*/false))
        if (module->as<torch::nn::BatchNorm2d>())
            module->eval();
}

std::vector<double> OptimizerSetup::discriminativeMultipliers(size_t groups)
{
    std::vector<double> multipliers(groups, 1.0);
    if (groups > 1)
        for (size_t g = 0; g < groups; ++g)
            multipliers[g] = std::pow(100.0, double(g) / double(groups - 1)) / 100.0;
    return multipliers;
}

} // namespace picta

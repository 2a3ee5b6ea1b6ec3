#include "checkpoint.h"

#include "models/modelweights.h"
#include "models/safetensors.h"
#include "support/atomicfile.h"

#include <QDir>

#include <torch/torch.h>

#include <map>

namespace picta {

namespace {

const std::string kModel = "model.";
const std::string kOptimizer = "optimizer.";

// libtorch keys optimizer state by the parameter's TensorImpl address.
std::string stateKey(const torch::Tensor& parameter)
{
    return c10::guts::to_string(parameter.unsafeGetTensorImpl());
}

template <typename ParamState> void collect(const ParamState& s, const std::string& prefix, SafeTensors::NamedTensors& out)
{
    out.push_back({prefix + "step", torch::tensor({s.step()}, torch::kInt64)});
    out.push_back({prefix + "exp_avg", s.exp_avg()});
    out.push_back({prefix + "exp_avg_sq", s.exp_avg_sq()});
}

template <typename ParamState>
std::unique_ptr<torch::optim::OptimizerParamState> rebuild(const std::map<std::string, torch::Tensor>& file, const std::string& prefix,
                                                           const torch::Tensor& like)
{
    auto state = std::make_unique<ParamState>();
    state->step(file.at(prefix + "step").item<int64_t>());
    state->exp_avg(file.at(prefix + "exp_avg").to(like.device(), like.scalar_type()));
    state->exp_avg_sq(file.at(prefix + "exp_avg_sq").to(like.device(), like.scalar_type()));
    return state;
}

} // namespace

Checkpoint::State Checkpoint::snapshot(torch::nn::Module& module)
{
    State state = ModelWeights::namedState(module);
    for (auto& entry : state)
        entry.second = entry.second.detach().clone();
    return state;
}

void Checkpoint::restore(torch::nn::Module& module, const State& state)
{
    torch::NoGradGuard noGrad;
    auto params = module.named_parameters();
    auto buffers = module.named_buffers();
    for (const auto& [name, value] : state) {
        if (auto* p = params.find(name))
            p->copy_(value);
        else if (auto* b = buffers.find(name))
            b->copy_(value);
    }
}

QByteArray Checkpoint::serialize(torch::nn::Module& module, const torch::optim::Optimizer& optimizer, const Metadata& metadata)
{
    SafeTensors::NamedTensors tensors;
    for (const auto& [name, value] : ModelWeights::namedState(module)) // serialised straight away: no copy
        tensors.push_back({kModel + name, value});
    const auto& states = optimizer.state();
    for (const auto& p : module.named_parameters()) {
        const auto it = states.find(stateKey(p.value()));
        if (it == states.end())
            continue; // not stepped yet (frozen so far)
        const std::string prefix = kOptimizer + p.key() + ".";
        if (const auto* adam = dynamic_cast<const torch::optim::AdamParamState*>(it->second.get()))
            collect(*adam, prefix, tensors);
        else if (const auto* adamw = dynamic_cast<const torch::optim::AdamWParamState*>(it->second.get()))
            collect(*adamw, prefix, tensors);
    }
    return SafeTensors::serialize(tensors, metadata);
}

Status Checkpoint::load(const QString& path, torch::nn::Module& module, torch::optim::Optimizer& optimizer, Metadata* metadata)
{
    const auto file = SafeTensors::load(path, metadata);
    if (!file)
        return Status::failure(file.error());
    QStringList problems = ModelWeights::mismatches(module, *file, kModel);
    std::map<std::string, torch::Tensor> byName(file->begin(), file->end());
    // Adam's state for a parameter is all three tensors, each of the parameter's shape, or none.
    for (const auto& p : module.named_parameters()) {
        const std::string prefix = kOptimizer + p.key() + ".";
        const int present = int(byName.count(prefix + "step") + byName.count(prefix + "exp_avg") + byName.count(prefix + "exp_avg_sq"));
        if (present == 0)
            continue;
        if (present != 3) {
            problems << tr("optimizer state of %1 is incomplete").arg(QString::fromStdString(p.key()));
            continue;
        }
        const torch::Tensor& step = byName[prefix + "step"];
        if (step.numel() != 1 || step.is_floating_point() || step.item<int64_t>() < 0)
            problems << tr("optimizer step of %1 is not a count").arg(QString::fromStdString(p.key()));
        for (const char* moment : {"exp_avg", "exp_avg_sq"}) {
            const torch::Tensor& t = byName[prefix + moment];
            if (t.sizes() != p.value().sizes())
                problems << tr("optimizer %1 of %2 has shape %3, the parameter %4")
                                .arg(QLatin1String(moment), QString::fromStdString(p.key()), ModelWeights::shapeText(t),
                                     ModelWeights::shapeText(p.value()));
            else if (!t.is_floating_point() || !torch::isfinite(t).all().item<bool>())
                problems << tr("optimizer %1 of %2 holds values that are not finite")
                                .arg(QLatin1String(moment), QString::fromStdString(p.key()));
        }
    }
    if (!problems.isEmpty())
        return Status::failure(tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), problems.join("; ")));
    State weights;
    for (const auto& [name, value] : byName)
        if (name.rfind(kModel, 0) == 0)
            weights.push_back({name.substr(kModel.size()), value});
    restore(module, weights);

    const bool adamw = dynamic_cast<torch::optim::AdamW*>(&optimizer) != nullptr;
    auto& states = optimizer.state();
    for (const auto& p : module.named_parameters()) {
        const std::string prefix = kOptimizer + p.key() + ".";
        if (!byName.count(prefix + "step"))
            continue;
        states[stateKey(p.value())] = adamw ? rebuild<torch::optim::AdamWParamState>(byName, prefix, p.value())
                                            : rebuild<torch::optim::AdamParamState>(byName, prefix, p.value());
    }
    return Status::success();
}

} // namespace picta

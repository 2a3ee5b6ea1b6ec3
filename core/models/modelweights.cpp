#include "modelweights.h"

#include "safetensors.h"

#include <QDir>

#include <torch/torch.h>

#include <map>
#include <sstream>

namespace picta {

QString ModelWeights::shapeText(const torch::Tensor& tensor)
{
    std::ostringstream s;
    s << tensor.sizes();
    return QString::fromStdString(s.str());
}

std::vector<std::pair<std::string, torch::Tensor>> ModelWeights::namedState(torch::nn::Module& module)
{
    std::vector<std::pair<std::string, torch::Tensor>> state;
    for (const auto& p : module.named_parameters())
        state.push_back({p.key(), p.value()});
    for (const auto& b : module.named_buffers())
        state.push_back({b.key(), b.value()});
    return state;
}

bool ModelWeights::save(torch::nn::Module& module, const QString& path, QString* error)
{
    return SafeTensors::save(path, namedState(module), {{"format", "pt"}, {"writer", "picta"}}, error);
}

bool ModelWeights::load(torch::nn::Module& module, const QString& path, QString* error)
{
    const auto file = SafeTensors::load(path);
    if (!file) {
        if (error)
            *error = file.error();
        return false;
    }
    std::map<std::string, torch::Tensor> byName(file->begin(), file->end());
    QStringList problems;
    const auto state = namedState(module);
    for (const auto& [name, target] : state) {
        auto it = byName.find(name);
        if (it == byName.end())
            problems << tr("%1 missing").arg(QString::fromStdString(name));
        else if (it->second.sizes() != target.sizes())
            problems << tr("%1 has shape %2, the model needs %3")
                            .arg(QString::fromStdString(name), shapeText(it->second), shapeText(target));
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = tr("%1 does not fit the model: %2").arg(QDir::toNativeSeparators(path), problems.join("; "));
        return false;
    }
    torch::NoGradGuard noGrad;
    for (const auto& [name, target] : state)
        target.copy_(byName[name].to(target.device(), target.scalar_type()));
    return true;
}

} // namespace picta

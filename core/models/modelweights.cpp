#include "modelweights.h"

#include "safetensors.h"
#include "support/atomicfile.h"

#include <QCryptographicHash>
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

Status ModelWeights::save(torch::nn::Module& module, const QString& path)
{
    return AtomicFile::write(path, serialize(module));
}

QByteArray ModelWeights::serialize(torch::nn::Module& module)
{
    return SafeTensors::serialize(namedState(module), {{"format", "pt"}, {"writer", "picta"}});
}

QStringList ModelWeights::mismatches(torch::nn::Module& module, const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                                     const std::string& prefix)
{
    std::map<std::string, torch::Tensor> byName;
    for (const auto& [name, value] : tensors)
        if (name.rfind(prefix, 0) == 0)
            byName[name.substr(prefix.size())] = value;
    QStringList problems;
    for (const auto& [name, target] : namedState(module)) {
        auto it = byName.find(name);
        if (it == byName.end())
            problems << tr("%1 missing").arg(QString::fromStdString(name));
        else if (it->second.sizes() != target.sizes()) // exact: a [1] tensor is never broadcast over a weight
            problems
                << tr("%1 has shape %2, the model needs %3").arg(QString::fromStdString(name), shapeText(it->second), shapeText(target));
        else if (it->second.is_floating_point() && !torch::isfinite(it->second).all().item<bool>())
            problems << tr("%1 holds values that are not finite (NaN or infinity)").arg(QString::fromStdString(name));
    }
    return problems;
}

Status ModelWeights::load(torch::nn::Module& module, const QString& path, const QString& sha256)
{
    const auto bytes = AtomicFile::read(path, kMaxFileBytes);
    if (!bytes)
        return Status::failure(bytes.error());
    if (!sha256.isEmpty() && QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1().toLower())
        return Status::failure(
            tr("%1 is damaged or was replaced: its SHA-256 differs from the one model.json recorded").arg(QDir::toNativeSeparators(path)));
    const auto file = SafeTensors::parse(*bytes, QDir::toNativeSeparators(path));
    if (!file)
        return Status::failure(file.error());
    const QStringList problems = mismatches(module, *file);
    if (!problems.isEmpty())
        return Status::failure(
            tr("%1 does not fit the model: %2").arg(QDir::toNativeSeparators(path), problems.join(QStringLiteral("; "))));
    std::map<std::string, torch::Tensor> byName(file->begin(), file->end());
    torch::NoGradGuard noGrad;
    for (const auto& [name, target] : namedState(module))
        target.copy_(byName[name].to(target.device(), target.scalar_type()));
    return Status::success();
}

} // namespace picta

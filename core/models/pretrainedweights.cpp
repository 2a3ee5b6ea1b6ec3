#include "pretrainedweights.h"

#include "modelweights.h"
#include "safetensors.h"

#include <QDir>

#include <torch/torch.h>

#include <map>

namespace picta {

QString PretrainedWeights::Report::summary() const
{
    if (!ok())
        return error;
    return tr("%n tensor(s) loaded; head replaced (%2)%3", nullptr, loaded)
        .arg(headKept.join(", "))
        .arg(unexpected.isEmpty() ? QString() : tr("; %n unused tensor(s) in the file", nullptr, int(unexpected.size())));
}

PretrainedWeights::Report PretrainedWeights::load(Classifier& model, const QString& path, const QStringList& headTensors)
{
    Report report;
    const auto file = SafeTensors::load(path);
    if (!file) {
        report.error = file.error();
        return report;
    }
    std::map<std::string, torch::Tensor> byName(file->begin(), file->end());
    const auto targets = ModelWeights::namedState(model);

    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;
    for (const auto& [name, target] : targets) {
        const QString qname = QString::fromStdString(name);
        if (headTensors.contains(qname)) {
            report.headKept << qname;
            byName.erase(name);
            continue;
        }
        const auto it = byName.find(name);
        if (it == byName.end()) {
            // BatchNorm's step counter is not a weight: checkpoints often leave it out.
            if (!qname.endsWith(QLatin1String("num_batches_tracked")))
                report.missing << qname;
            continue;
        }
        if (it->second.sizes() != target.sizes())
            report.mismatched
                << tr("%1: file %2, network %3").arg(qname, ModelWeights::shapeText(it->second), ModelWeights::shapeText(target));
        else if (it->second.is_floating_point() && !torch::isfinite(it->second).all().item<bool>())
            report.mismatched << tr("%1 holds values that are not finite (NaN or infinity)").arg(qname);
        else
            copies.push_back({target, it->second});
        byName.erase(it);
    }
    for (const auto& [name, tensor] : byName)
        report.unexpected << QString::fromStdString(name);

    if (!report.missing.isEmpty() || !report.mismatched.isEmpty()) {
        QStringList problems;
        if (!report.missing.isEmpty())
            problems << tr("missing %1")
                            .arg(report.missing.mid(0, 8).join(", ") + (report.missing.size() > 8 ? QStringLiteral(", …") : QString()));
        if (!report.mismatched.isEmpty())
            problems << tr("wrong shape %1").arg(report.mismatched.mid(0, 8).join("; "));
        report.error = tr("%1 does not fit this network: %2").arg(QDir::toNativeSeparators(path), problems.join("; "));
        return report;
    }
    torch::NoGradGuard noGrad;
    for (auto& [target, value] : copies)
        target.copy_(value.to(target.device(), target.scalar_type()));
    report.loaded = int(copies.size());
    return report;
}

} // namespace picta

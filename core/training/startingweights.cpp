#include "startingweights.h"

#include "models/classifier.h"
#include "models/modelcatalog.h"
#include "models/pretrainedweights.h"

#include <QDir>

namespace picta {

StartingWeights::Outcome StartingWeights::apply(Classifier& model, const TrainingConfig& config, const std::atomic_bool& cancel,
                                                const Zoo::Progress& downloadProgress)
{
    Outcome outcome;
    if (config.pretrained.isEmpty())
        return outcome;
    const ArchitectureInfo* arch = ModelCatalog::find(config.arch);
    const QStringList headTensors = arch ? arch->headTensors : QStringList();
    const auto file = Zoo::resolve(config.pretrained, config.zooBase, downloadProgress, &cancel);
    if (!file) {
        if (cancel.load())
            outcome.cancelled = true;
        else
            outcome.error = file.error();
        return outcome;
    }
    const PretrainedWeights::Report report = PretrainedWeights::load(model, file.value(), headTensors);
    if (!report.ok()) {
        outcome.error = report.error;
        return outcome;
    }
    outcome.summary = tr("Pretrained weights from %1: %2").arg(QDir::toNativeSeparators(config.pretrained), report.summary());
    return outcome;
}

} // namespace picta

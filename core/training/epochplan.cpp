#include "epochplan.h"

#include "optimizersetup.h"

#include <algorithm>

namespace picta {

namespace {

qint64 batchesOf(int64_t images, int batchSize)
{
    return (images + batchSize - 1) / batchSize;
}

} // namespace

EpochPlan::EpochPlan(const TrainingConfig& config, LrSchedule::Kind kind, int64_t imagesPerEpoch, size_t layerGroups)
    : m_epochs(config.totalEpochs())
    , m_frozenEpochs(frozenEpochsOf(config))
    , m_batchSize(std::max(1, config.batchSize))
    , m_batchesPerEpoch(batchesOf(imagesPerEpoch, m_batchSize))
    , m_frozenSchedule(kind, config.learningRate, m_batchesPerEpoch * m_frozenEpochs)
    , m_schedule(kind, m_frozenEpochs > 0 ? config.learningRate / 2 : config.learningRate, m_batchesPerEpoch * (m_epochs - m_frozenEpochs))
    , m_multipliers(m_frozenEpochs > 0 ? OptimizerSetup::discriminativeMultipliers(layerGroups) : std::vector<double>(layerGroups, 1.0))
{
}

int EpochPlan::frozenEpochsOf(const TrainingConfig& config)
{
    return std::clamp(config.freezeEpochs, 0, std::max(0, config.totalEpochs() - 1));
}

int EpochPlan::sizeOf(const TrainingConfig& config, int epoch)
{
    int last = config.imageSize;
    for (const auto& [size, epochs] : config.sizes) {
        last = size;
        if (epoch <= epochs)
            return size;
        epoch -= epochs;
    }
    return last;
}

EpochPass::Phase EpochPlan::phase(int epoch) const
{
    if (frozen(epoch))
        return EpochPass::Phase{&m_frozenSchedule, 0, {1.0}};
    return EpochPass::Phase{&m_schedule, m_batchesPerEpoch * m_frozenEpochs, m_multipliers};
}

} // namespace picta

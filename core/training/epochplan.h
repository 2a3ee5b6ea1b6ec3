#pragma once

#include "epochpass.h"
#include "lrschedule.h"
#include "trainingtypes.h"

#include <QVector>

#include <vector>

namespace picta {

/// How a run's epochs go: the image size of each (progressive resizing), the batches each takes
/// on this rank, and the learning rates. Fine-tuning runs two schedules, as fastai's fine_tune:
/// the frozen epochs at lr, then all layers at lr/2 with rates spread geometrically from the head
/// down to a hundredth (one rate per layer group). A plain run is one schedule at lr.
class EpochPlan {
public:
    /// `imagesPerEpoch`: the training images this rank sees in an epoch; `layerGroups`: the
    /// model's (Classifier::layerGroups).
    EpochPlan(const TrainingConfig& config, LrSchedule::Kind kind, int64_t imagesPerEpoch, size_t layerGroups);
    EpochPlan(const EpochPlan&) = delete; // phase() points into it
    EpochPlan& operator=(const EpochPlan&) = delete;

    /// The image size of `epoch` (1-based): its stage's with progressive resizing, else config.imageSize.
    static int sizeOf(const TrainingConfig& config, int epoch);
    /// config.freezeEpochs within [0, epochs - 1]: with every epoch frozen, the last one unfreezes.
    static int frozenEpochsOf(const TrainingConfig& config);

    int epochs() const { return m_epochs; }
    int frozenEpochs() const { return m_frozenEpochs; }
    bool frozen(int epoch) const { return epoch <= m_frozenEpochs; }
    int batchSize() const { return m_batchSize; }
    qint64 batchesPerEpoch() const { return m_batchesPerEpoch; }
    qint64 totalSteps() const { return m_batchesPerEpoch * m_epochs; }
    /// The schedule of `epoch`, the step it starts counting from, and each layer group's share of
    /// the rate. Valid while the plan lives.
    EpochPass::Phase phase(int epoch) const;

private:
    int m_epochs = 0;
    int m_frozenEpochs = 0;
    int m_batchSize = 1;
    qint64 m_batchesPerEpoch = 0;
    LrSchedule m_frozenSchedule, m_schedule;
    std::vector<double> m_multipliers;
};

} // namespace picta

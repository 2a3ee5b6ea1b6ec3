#pragma once

#include "trainingtypes.h"

#include <c10/core/Device.h>
#include <torch/nn/options/loss.h>
#include <torch/optim/optimizer.h>

#include <atomic>
#include <functional>
#include <vector>

namespace picta {

class BatchLoader;
class Classifier;
class DistributedGroup;
class LrSchedule;

/// One pass over the training images, the inner loop of Trainer: for each batch the schedule's
/// learning rates and β1, forward, loss, backward and optimizer step; the running loss and
/// accuracy; a progress report at most every Trainer::kBatchReportIntervalMs. A non-finite loss
/// ends the pass at once (the caller keeps the best weights and says so).
class EpochPass {
public:
    struct Outcome {
        double lossSum = 0; ///< Σ batch loss × batch size
        int64_t correct = 0;
        int64_t seen = 0;
        double learningRate = 0; ///< the last batch's (head) rate
        bool diverged = false;   ///< the loss became NaN or infinite
        bool cancelled = false;  ///< distributed: some rank's cancel flag was seen (all ranks stop at the same step)
        double divergedLoss = 0;
    };
    /// Where a pass sits in the run's schedule: `schedule` is at step (global step − offset);
    /// each parameter group's rate is the schedule's times its multiplier (the last repeats).
    struct Phase {
        const LrSchedule* schedule = nullptr;
        qint64 offset = 0;
        std::vector<double> multipliers{1.0};
        bool onFeatures = false;    ///< batches hold pooled features: only the head runs (Classifier::classify)
        bool keepBatchNorm = false; ///< BatchNorm layers run on their loaded statistics
    };
    using Report = std::function<void(const BatchStats&)>;

    EpochPass(Classifier& model, torch::optim::Optimizer& optimizer, torch::nn::functional::CrossEntropyFuncOptions loss,
              c10::Device device);

    /// Data parallel: gradients averaged over the group's ranks (its Reducer), batch norm buffers
    /// taken from rank 0 before each forward pass, and after each step the ranks agree whether
    /// to go on (a cancel or a non-finite loss on any rank stops all of them at that step).
    void setGroup(DistributedGroup* group) { m_group = group; }

    /// Runs the batches `loader` yields until it is empty or `cancel` is set. `step` counts the
    /// run's batches and is advanced; `stats` carries epoch, batchesPerEpoch and totalSteps.
    Outcome run(BatchLoader& loader, const Phase& phase, qint64& step, BatchStats stats, const std::atomic_bool& cancel,
                const Report& report);

private:
    Classifier& m_model;
    torch::optim::Optimizer& m_optimizer;
    torch::nn::functional::CrossEntropyFuncOptions m_loss;
    c10::Device m_device;
    DistributedGroup* m_group = nullptr;
};

} // namespace picta

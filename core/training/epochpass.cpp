#include "epochpass.h"

#include "data/batchloader.h"
#include "distributed/distributedgroup.h"
#include "lrschedule.h"
#include "models/classifier.h"
#include "optimizersetup.h"
#include "trainer.h"

#include <QElapsedTimer>

#include <torch/torch.h>

#include <cmath>
#include <limits>

namespace picta {

EpochPass::EpochPass(Classifier& model, torch::optim::Optimizer& optimizer, torch::nn::functional::CrossEntropyFuncOptions loss,
                     c10::Device device)
    : m_model(model)
    , m_optimizer(optimizer)
    , m_loss(std::move(loss))
    , m_device(device)
{
}

EpochPass::Outcome EpochPass::run(BatchLoader& loader, const Phase& phase, qint64& step, BatchStats stats, const std::atomic_bool& cancel,
                                  const Report& report)
{
    Outcome outcome;
    outcome.learningRate = phase.schedule->learningRate(step - phase.offset);
    QElapsedTimer reportTimer;
    reportTimer.start();
    double pendingLoss = 0;
    int pendingBatches = 0;
    m_model.train();
    if (phase.keepBatchNorm)
        OptimizerSetup::keepBatchNormStatistics(m_model);
    if (m_group) {
        std::vector<torch::Tensor> trainable;
        for (const auto& p : m_model.parameters())
            if (p.requires_grad())
                trainable.push_back(p);
        m_group->attach(trainable);
    }
    while (auto next = loader.next()) {
        if (cancel.load() && !m_group) // ranks stop together, at the step where they agree to
            break;
        const double lr = phase.schedule->learningRate(step - phase.offset);
        std::vector<double> lrs;
        for (double m : phase.multipliers)
            lrs.push_back(lr * m);
        OptimizerSetup::setHyperParameters(m_optimizer, lrs, phase.schedule->beta1(step - phase.offset));
        const torch::Tensor x = next->images.to(m_device), y = next->labels.to(m_device);
        OptimizerSetup::clearGradients(m_optimizer);
        if (m_group) {
            if (!phase.onFeatures)
                m_group->broadcastBuffers(m_model);
            m_group->beforeForward();
        }
        const torch::Tensor logits = phase.onFeatures ? m_model.classify(x) : m_model.forward(x);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y, m_loss);
        if (m_group)
            m_group->beforeBackward();
        loss.backward(); // distributed: returns with the gradients averaged over the ranks
        m_optimizer.step();

        double value = loss.item<double>();
        outcome.learningRate = lr;
        if (m_group) {
            const std::vector<bool> anywhere = m_group->any({cancel.load(), !std::isfinite(value)});
            if (anywhere[1] && std::isfinite(value))
                value = std::numeric_limits<double>::quiet_NaN(); // another rank's loss diverged
            outcome.cancelled = anywhere[0];
        }
        if (!std::isfinite(value)) {
            outcome.diverged = true;
            outcome.divergedLoss = value;
            return outcome;
        }
        ++stats.batch;
        stats.step = ++step;
        outcome.lossSum += value * double(y.size(0));
        outcome.correct += logits.argmax(1).eq(y).sum().item<int64_t>();
        outcome.seen += y.size(0);
        pendingLoss += value;
        ++pendingBatches;
        if (reportTimer.elapsed() >= Trainer::kBatchReportIntervalMs || stats.batch == stats.batchesPerEpoch) {
            stats.loss = pendingLoss / pendingBatches;
            stats.learningRate = lr;
            report(stats);
            pendingLoss = 0;
            pendingBatches = 0;
            reportTimer.restart();
        }
        if (outcome.cancelled)
            break;
    }
    return outcome;
}

} // namespace picta

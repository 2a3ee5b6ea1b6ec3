#include "lrfinder.h"

#include "computedevice.h"
#include "imaging/augmenter.h"
#include "lrsearch.h"
#include "models/modelfactory.h"
#include "optimizersetup.h"
#include "startingweights.h"
#include "trainingdata.h"

#include <torch/torch.h>

#include <random>

namespace picta {

LrFinder::LrFinder(QObject* parent)
    : QObject(parent)
{
}

LrFinderResult LrFinder::run(const TrainingConfig& config)
{
    LrFinderResult result;
    try {
        result = find(config);
    } catch (const std::exception& e) {
        result.error = tr("The learning-rate finder failed: %1").arg(QString::fromUtf8(e.what()).section('\n', 0, 0));
    }
    if (!result.error.isEmpty())
        Q_EMIT failed(result.error);
    else
        Q_EMIT finished(result);
    return result;
}

LrFinderResult LrFinder::find(const TrainingConfig& config)
{
    LrFinderResult result;
    bool cancelled = false;
    auto prepared = TrainingData::prepare(
        config, *m_cancel, [this](int done, int total) { Q_EMIT preparing(done, total); }, [](const QString&) {}, &cancelled);
    if (!prepared) {
        result.error = prepared.error();
        return result;
    }
    if (cancelled) {
        result.cancelled = true;
        return result;
    }
    const TrainingData& data = prepared.value();
    torch::manual_seed(config.seed);
    auto model = ModelFactory::create(data.info);
    if (!model) {
        result.error = model.error();
        return result;
    }
    const StartingWeights::Outcome start = StartingWeights::apply(
        *model.value(), config, *m_cancel, [this](qint64 received, qint64 total) { Q_EMIT downloading(received, total); });
    if (start.cancelled || !start.ok()) {
        result.cancelled = start.cancelled;
        result.error = start.error;
        return result;
    }
    // Fine-tuning starts frozen, at the rate the finder suggests: search that network.
    if (config.freezeEpochs > 0)
        OptimizerSetup::setFrozen(*model.value(), true);
    const c10::Device device = ComputeDevice::device();
    model.value()->to(device);

    std::unique_ptr<Augmenter> augmenter;
    if (config.augment)
        augmenter = std::make_unique<Augmenter>(config.seed + 17);

    // Random batches, reshuffled whenever the training set runs out.
    const int64_t n = data.train.count();
    const int64_t batch = std::min<int64_t>(std::max(1, config.batchSize), n);
    std::mt19937_64 rng(config.seed);
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    size_t cursor = order.size();
    auto next = [&]() -> LrSearch::Batch {
        if (cursor + size_t(batch) > order.size()) {
            std::shuffle(order.begin(), order.end(), rng);
            cursor = 0;
        }
        const std::vector<int64_t> rows(order.begin() + long(cursor), order.begin() + long(cursor + size_t(batch)));
        cursor += size_t(batch);
        auto [images, labels] = data.trainBatch(rows, data.info, augmenter.get());
        return {images.to(device), labels.to(device)};
    };
    return LrSearch::run(*model.value(), next, data.lossOptions(config, device), LrSearch::Options(), m_cancel.get(),
                         [this](int i, double lr, double loss) { Q_EMIT point(i, lr, loss); });
}

} // namespace picta

#include "lrfinder.h"

#include "computedevice.h"
#include "epochplan.h"
#include "frozenphase.h"
#include "imaging/augmenter.h"
#include "lrsearch.h"
#include "models/modelfactory.h"
#include "optimizersetup.h"
#include "startingweights.h"
#include "trainingdata.h"

#include <QElapsedTimer>

#include <torch/torch.h>

#include <algorithm>
#include <numeric>
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

LrFinderResult LrFinder::find(const TrainingConfig& requested)
{
    LrFinderResult result;
    // The network as training starts it: the first stage's image size, and the frozen epochs
    // as the trainer counts them (all of them frozen is not fine-tuning: the last one unfreezes).
    TrainingConfig config = requested;
    config.imageSize = EpochPlan::sizeOf(requested, 1);
    config.freezeEpochs = EpochPlan::frozenEpochsOf(requested);
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
    // Fine-tuning starts frozen, at the rate the finder suggests: search that network, as the
    // frozen epochs will train it (on cached features, batch norm kept, when they do).
    const FrozenPhase frozen = FrozenPhase::decide(config, *model.value(), config.freezeEpochs);
    if (config.freezeEpochs > 0) {
        OptimizerSetup::setFrozen(*model.value(), true, frozen.keepBatchNorm);
        result.searched = frozen.description();
    }
    const c10::Device device = ComputeDevice::device();
    model.value()->to(device);

    // Random batches, reshuffled whenever the training set runs out.
    LrSearch::Options options;
    options.onFeatures = frozen.cacheFeatures;
    options.keepBatchNorm = frozen.keepBatchNorm;
    const int64_t n = data.train.count();
    const int64_t batch = std::min<int64_t>(std::max(1, config.batchSize), n);
    std::mt19937_64 rng(config.seed);
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    size_t cursor = 0;
    auto nextRows = [&](size_t available) {
        if (cursor + size_t(batch) > available) {
            std::shuffle(order.begin(), order.begin() + long(available), rng);
            cursor = 0;
        }
        std::vector<int64_t> rows(order.begin() + long(cursor), order.begin() + long(cursor + size_t(batch)));
        cursor += size_t(batch);
        return rows;
    };
    // The search itself, reporting each point; the result carries what this call found before it.
    auto search = [&](const LrSearch::NextBatch& next) {
        LrFinderResult found = LrSearch::run(*model.value(), next, data.lossOptions(config, device), options, m_cancel.get(),
                                             [this](int i, double lr, double loss) { Q_EMIT point(i, lr, loss); });
        found.searched = result.searched;
        found.forwardSecondsPerImage = result.forwardSecondsPerImage;
        found.featureSeconds = result.featureSeconds;
        return found;
    };

    if (frozen.cacheFeatures) {
        // The backbone runs once, without augmentation, over as many images as the search can
        // use; the search then trains the head on their pooled features, as the frozen epochs do.
        const size_t used = size_t(std::min<int64_t>(n, int64_t(options.iterations) * batch));
        std::vector<int64_t> subset(order.begin(), order.begin() + long(used));
        std::sort(subset.begin(), subset.end()); // the store reads rows in order
        QElapsedTimer timer;
        timer.start();
        const torch::Tensor features = FrozenPhase::pooledFeatures(
            *model.value(), int64_t(used),
            [&](int64_t begin, int64_t end) {
                return data.train.gather(std::vector<int64_t>(subset.begin() + begin, subset.begin() + end));
            },
            data.info, device,
            [this, used](int64_t done) {
                Q_EMIT preparing(int(done), int(used));
                return !m_cancel->load();
            });
        if (!features.defined()) {
            result.cancelled = true;
            return result;
        }
        Q_EMIT preparing(int(used), int(used));
        result.featureSeconds = double(timer.nsecsElapsed()) / 1e9;
        result.forwardSecondsPerImage = used > 0 ? result.featureSeconds / double(used) : -1;
        const torch::Tensor labels = data.train.labels.index_select(0, torch::tensor(subset, torch::kInt64));
        std::iota(order.begin(), order.begin() + long(used), 0); // positions in `features` from here on
        cursor = used;
        return search([&]() -> LrSearch::Batch {
            const torch::Tensor index = torch::tensor(nextRows(used), torch::kInt64);
            return {features.index_select(0, index).to(device), labels.index_select(0, index).to(device)};
        });
    }

    std::unique_ptr<Augmenter> augmenter;
    if (config.augment)
        augmenter = std::make_unique<Augmenter>(config.seed + 17);
    return search([&]() -> LrSearch::Batch {
        auto [images, labels] = data.trainBatch(nextRows(order.size()), data.info, augmenter.get());
        return {images.to(device), labels.to(device)};
    });
}

} // namespace picta

#pragma once

#include "data/imagecache.h"
#include "imaging/augmenter.h"
#include "models/modelinfo.h"
#include "support/expected.h"
#include "trainingtypes.h"

#include <QCoreApplication>

#include <torch/nn/options/loss.h>

#include <atomic>
#include <functional>

namespace picta {

class Project;

/// A project's images decoded for training: the training and validation splits in memory at the
/// model's input size, the model description (classes, colour, size, normalisation from the
/// training images) and the files that could not be read. Shared by the trainer and the LR finder.
struct TrainingData {
    Q_DECLARE_TR_FUNCTIONS(TrainingData)

public:
    ModelInfo info;
    ImageCache::Result train;
    ImageCache::Result val;
    QVector<ListingProblem> skipped;
    QString projectRoot;
    QString runsDir;
    int threads = 1;
    double prepareSeconds = 0;
    bool onDisk = false;      ///< images read from the store per batch (over the memory budget)
    QString storage;          ///< where the decoded images are, for the log
    QByteArray listingDigest; ///< SHA-256 of the images' paths, classes and splits (ranks compare it)

    using Warn = std::function<void(const QString&)>;
    /// Decodes the images through the project's DecodedStore (only new and changed ones), then
    /// keeps them in memory when they fit config.memoryCacheLimit, else reads them from the store
    /// batch by batch. Fails with a message for a missing project, fewer than two classes or no
    /// readable training image. Sets `cancelled` when stopped.
    static Expected<TrainingData> prepare(const TrainingConfig& config, const std::atomic_bool& cancel,
                                          const ImageCache::Progress& progress, const Warn& warn, bool* cancelled);

    /// Training images per class (for class weights).
    std::vector<double> classCounts() const;
    /// Inverse-frequency weights, mean 1: rare classes count more in the loss.
    std::vector<float> classWeights() const;
    /// The training loss as configured: label smoothing and, when asked, class weights.
    torch::nn::functional::CrossEntropyFuncOptions lossOptions(const TrainingConfig& config, const c10::Device& device) const;
    /// Training rows as model input (augmented when `augmenter` is given, then standardised with
    /// the model's normalisation) and their labels, on the CPU.
    std::pair<torch::Tensor, torch::Tensor> trainBatch(const std::vector<int64_t>& rows, const ModelInfo& model,
                                                       Augmenter* augmenter) const;

private:
    /// Fills train and val from the store; false when no store can be used.
    bool decodeThroughStore(const TrainingConfig& config, const Project& project, const QVector<ImageEntry>& trainEntries,
                            const QVector<ImageEntry>& valEntries, const std::atomic_bool& cancel, const ImageCache::Progress& progress,
                            const Warn& warn);
};

} // namespace picta

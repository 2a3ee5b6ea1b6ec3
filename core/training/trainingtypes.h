#pragma once

#include "project/imageentry.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace picta {

/// What to train: a parameters struct in (TrainingConfig), a result struct out (TrainingResult),
/// plain values in between. None of these types carries a tensor, so ui/ can use them.
struct TrainingConfig {
    QString projectDir;
    QString arch = QStringLiteral("small-cnn");
    int epochs = 10;
    int batchSize = 64;
    double learningRate = 1e-3;
    int imageSize = 0; ///< 0: the project's image size
    int channels = 0;  ///< 0: gray when every sampled image is gray, else RGB; or 1 / 3
    int threads = 0;   ///< 0: the physical core count
    quint64 seed = 1;
    qint64 memoryCacheLimit = qint64(2) << 30;             ///< decoded images up to this many bytes train from memory, more from disk
    QString schedule = QStringLiteral("one-cycle");        ///< one-cycle, constant or cosine (LrSchedule)
    double weightDecay = 0.0;                              ///< above 0: AdamW with this decoupled weight decay
    double labelSmoothing = 0.0;                           ///< 0–0.5
    bool classWeights = false;                             ///< weight the loss by inverse class frequency
    bool augment = false;                                  ///< random resized crop, flip, rotation, brightness, contrast
    int earlyStopPatience = 0;                             ///< 0: off; else stop after this many epochs without improvement
    QString earlyStopMonitor = QStringLiteral("val_loss"); ///< or val_accuracy
    int freezeEpochs = 0;                                  ///< fine-tune: this many first epochs train the head only, then all
                                                           ///< layers with discriminative learning rates (earliest lr/100)
    bool cacheFeatures = true;                             ///< frozen epochs train the head on the backbone's pooled features,
                                                           ///< computed once (un-augmented; batch norm stays as loaded)
    QString frozenBatchNorm = QStringLiteral("auto");      ///< in frozen epochs: "train" (fastai), "keep" as loaded, or "auto":
                                                           ///< keep when features are cached, else train
    QVector<QPair<int, int>> sizes;                        ///< progressive resizing: (image size, epochs) stages; empty: one
    double validationFraction = -1;                        ///< ≥ 0: overrides the project's split (0: train on everything)
    QString pretrained;                                    ///< backbone weights: a safetensors file or a zoo name; head replaced
    QString zooBase;                                       ///< mirror of the Hugging Face Hub for zoo names (empty: the Hub)
    QString resumeRunDir;                                  ///< continue this run from its last checkpoint (its own settings)

    /// Epochs in all: the stages' sum when sizes are given, else `epochs`.
    int totalEpochs() const;
    QJsonObject toJson() const;
    static TrainingConfig fromJson(const QJsonObject& json);
    /// What is out of range (epochs, batch size, threads, sizes, rates), or empty; `where` names
    /// the file the settings came from.
    QString problem(const QString& where) const;
    /// "64:2,128:3" → {(64, 2), (128, 3)}; empty on a malformed list.
    static QVector<QPair<int, int>> parseSizes(const QString& text);
};

struct BatchStats {
    int epoch = 0; ///< 1-based
    int batch = 0; ///< 1-based, within the epoch
    int batchesPerEpoch = 0;
    qint64 step = 0; ///< batches done since the start, 1-based
    qint64 totalSteps = 0;
    double loss = 0; ///< mean training loss of the batches since the previous report
    double learningRate = 0;
    bool onFeatures = false; ///< a frozen epoch trained on the backbone's cached features
};

struct EpochStats {
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    int epoch = 0; ///< 1-based
    int epochs = 0;
    double trainLoss = kNone;
    double trainAccuracy = kNone;
    double valLoss = kNone; ///< NaN when there is no validation set
    double valAccuracy = kNone;
    double seconds = 0;
    double imagesPerSecond = 0; ///< training images per second of this epoch's training pass
    double learningRate = 0;

    /// The epoch's figures as history.csv and epochs.json name them (non-finite values as null).
    QJsonObject toJson() const;
    /// model.json's "metrics" for the kept epoch: its losses and accuracies and the image counts.
    QJsonObject metricsJson(int trainImages, int valImages) const;
};

/// A JSON number, or null for NaN and infinities (JSON has neither).
QJsonValue jsonNumber(double v);

struct TrainingResult {
    QString runDir;
    QString error; ///< empty unless the run failed
    bool cancelled = false;
    int epochsCompleted = 0;
    EpochStats last; ///< the last epoch run
    EpochStats best; ///< the epoch whose weights were kept (the last one without early stopping)
    bool stoppedEarly = false;
    int trainImages = 0;
    int valImages = 0;
    double seconds = 0;              ///< wall time from start to end
    double prepareSeconds = 0;       ///< decoding the images into memory
    double trainImagesPerSecond = 0; ///< training images seen ÷ (prepare + training-pass time)
    QString device;
    QVector<ListingProblem> skipped; ///< images that could not be read, with the reason

    bool ok() const { return error.isEmpty(); }
    /// The summary `picta-cli train --json` prints: the run, its kept epoch, speed and skipped files.
    QJsonObject toJson() const;
};

} // namespace picta

Q_DECLARE_METATYPE(picta::TrainingConfig)
Q_DECLARE_METATYPE(picta::BatchStats)
Q_DECLARE_METATYPE(picta::EpochStats)
Q_DECLARE_METATYPE(picta::TrainingResult)

#pragma once

#include "checkpoint.h"
#include "earlystopping.h"
#include "epochplan.h"
#include "frozenphase.h"
#include "lrschedule.h"
#include "runjournal.h"
#include "runlock.h"
#include "trainingdata.h"
#include "trainingtypes.h"

#include "models/modelinfo.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace picta {

class Augmenter;
class BatchLoader;
class Classifier;
class DistributedGroup;
class EpochPass;
struct Evaluation;

/// One training run in steps, as Trainer::run drives it:
///   prepare()  the settings (a resumed run's own), the images decoded, the model, optimiser,
///              loader and schedules;
///   resume()   a stopped run's finished epochs, checkpoint and history, checked against each other;
///   open()     the run folder: a new one appears whole with its settings, or the resumed one is locked;
///   epoch(e)   one epoch trained and evaluated, its files committed together (persist());
///   finish()   the kept weights restored in memory, a cancelled run's state written.
/// A step that returns false has set result().error or result().cancelled.
class TrainingRun {
    Q_DECLARE_TR_FUNCTIONS(TrainingRun)

public:
    struct Callbacks {
        std::function<void(int, int)> preparing;
        std::function<void(qint64, qint64)> downloading;
        std::function<void(const QString&)> warning;
        std::function<void(const BatchStats&)> batch;
    };
    enum class EpochEnd {
        Next,      ///< go on with the next epoch
        StopEarly, ///< early stopping: no improvement for `patience` epochs (earlyStopMessage())
        Cancelled, ///< the cancel flag was seen
        Failed,    ///< result().error says why
    };

    /// `group`: this process is one rank of a data-parallel training (see DistributedGroup); every
    /// rank runs the same steps, on its shard of each epoch, and only rank 0 writes the run folder.
    TrainingRun(const TrainingConfig& requested, const std::atomic_bool& cancel, Callbacks callbacks, DistributedGroup* group = nullptr);
    ~TrainingRun();
    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    [[nodiscard]] bool prepare();
    [[nodiscard]] bool resume();
    [[nodiscard]] bool open();
    EpochEnd epoch(int epoch, EpochStats* stats);
    void finish();

    int firstEpoch() const { return m_firstEpoch; }
    /// Whether to stop before the next epoch: the cancel flag; distributed, whether any rank's
    /// flag is set (a collective: every rank asks at the same point).
    bool stopRequested();
    int epochs() const { return m_epochs; }
    QString earlyStopMessage() const;
    TrainingResult& result() { return m_result; }

private:
    bool fail(const QString& error);
    bool resumeHere();  ///< resume() on this rank alone
    bool leads() const; ///< writes the run folder: a lone process, or rank 0
    /// Distributed: every rank's outcome of a stage agreed (see DistributedGroup::agree); alone: `local`.
    Status agree(const QString& stage, const Status& local, const QByteArray& digest = {}, const QString& what = {});
    /// Validation on this rank's slice, gathered from all ranks into the whole set's figures.
    Evaluation evaluate(bool onFeatures);
    /// The cancel flag; distributed, the ranks' agreed stop (set at the agreement points).
    bool cancelled() const;
    std::optional<TrainingData> prepareAt(int size);
    bool changeSize(int epoch, int size, bool* cancelled);
    /// Runs the frozen backbone once over the training and validation images and keeps their
    /// pooled features; false when cancelled.
    bool computeFeatures();
    /// Commits model.json, history.csv, epochs.json and the files queued in m_files, all or none.
    bool persist(RunStatus status);
    /// Makes this epoch's weights the kept ones (queued for the next persist()).
    void keep(const EpochStats& stats, const QJsonObject& record, const Evaluation& evaluation);
    void queueWeights();
    void describe(RunJournal::Files* out) const;
    QJsonObject epochRecord(const EpochStats& stats, int size, const Evaluation& evaluation) const;

    TrainingConfig m_requested, m_config;
    const std::atomic_bool& m_cancel;
    Callbacks m_callbacks;
    DistributedGroup* m_group = nullptr;
    bool m_agreedCancel = false; ///< distributed: the ranks agreed to stop
    TrainingResult m_result;
    qint64 m_startedMs = 0;
    RunLock m_lock; ///< held while the run lives
    ModelInfo m_resumed, m_info;
    std::optional<EarlyStopping::Monitor> m_monitor;
    int m_epochs = 0;
    int m_currentSize = 0; ///< the image size the images are decoded at now
    std::optional<TrainingData> m_data;
    std::optional<c10::Device> m_device;
    std::shared_ptr<Classifier> m_model;
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::unique_ptr<Augmenter> m_augmenter;
    std::unique_ptr<BatchLoader> m_loader;
    std::unique_ptr<EpochPass> m_pass;
    FrozenPhase m_frozenPhase; ///< how the frozen epochs train (cached features, batch norm kept)
    torch::Tensor m_trainFeatures, m_valFeatures;
    int m_featuresSize = 0; ///< the image size they were computed at
    std::unique_ptr<BatchLoader> m_featureLoader;
    std::optional<EpochPlan> m_plan; ///< sizes, batches and rates of each epoch
    std::optional<EarlyStopping> m_stopping;
    bool m_keepBest = false;
    Checkpoint::State m_best;
    QVector<EpochStats> m_history;
    QJsonArray m_epochRecords; ///< epochs.json: each epoch's figures with per-class metrics and confusion
    RunJournal::Files m_files; ///< queued for the next commit
    int m_firstEpoch = 1;
    qint64 m_step = 0;
    std::vector<int64_t> m_order;
    double m_trainingSeconds = 0;
    qint64 m_imagesSeen = 0;
};

} // namespace picta

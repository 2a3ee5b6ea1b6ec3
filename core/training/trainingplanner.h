#pragma once

#include "support/expected.h"
#include "trainingtypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace picta {

/// What the planner needs to know about a project and this computer.
struct ProjectFacts {
    QStringList classes;
    QVector<int> trainCounts; ///< training images per class, in class order
    int valImages = 0;
    int projectImageSize = 64;
    int typicalSide = 0; ///< median shorter side of a sample of the images (0: none readable)
    bool gray = false;   ///< every sampled image is gray
    /// The ImageNet backbone that fine-tuning would start from: a zoo name (in the cache, or
    /// reachable) or a safetensors file; empty when none can be had (offline, nothing cached).
    QString pretrained;
    QString pretrainedNote; ///< why there is none, in plain words (shown with the plan)
    int cores = 1;
    bool gpu = false;

    int trainImages() const;
    int smallestClass() const; ///< fewest training images of a class
    int largestClass() const;
    QJsonObject toJson() const;
};

/// One decision of the plan in plain words: `topic` is model, size, epochs, rate, augment,
/// balance, data or time; `text` one sentence a newcomer can read.
struct PlanReason {
    QString topic;
    QString text;
};

/// A training configuration with the reasons for it and the expected training time.
struct TrainingPlan {
    TrainingConfig config;
    QVector<PlanReason> reasons;
    ProjectFacts facts;
    double estimatedSeconds = -1;  ///< below 0: not measured (the learning-rate finder did not run)
    double learningRateFound = -1; ///< the finder's suggestion before clamping; below 0: not run

    /// The reasons, one per line ("- model: …").
    QString describe() const;
    /// {"config", "reasons": [{topic, text}], "facts", "estimatedSeconds"}: `picta-cli train --auto --json`'s "plan".
    QJsonObject toJson() const;
};

/// Chooses training settings for a project the way a practitioner would, and says why: the
/// architecture and input size from what the images are (a small CNN for small or gray images; a
/// pretrained backbone fine-tuned, fastai-style, for photos when weights can be had; a
/// from-scratch network with a note when they cannot), epochs and batch size from the number of
/// images (enough optimiser steps, early stopping to keep the best epoch), the learning rate from
/// the learning-rate finder run on that very network, augmentation for small classes, class
/// weights for imbalance, and a time estimate from the finder's own measured step time.
class TrainingPlanner {
    Q_DECLARE_TR_FUNCTIONS(TrainingPlanner)

public:
    struct Options {
        QString pretrained; ///< a backbone file or zoo name to use; empty: resnet18 when cached or reachable; "none": never
        QString zooBase;    ///< mirror for zoo downloads (empty: $PICTA_ZOO_BASE, else the Hub)
        bool findLearningRate = true;
        int threads = 0;
    };
    /// Reports a step of the planning ("Looking at the pictures", "Trying learning rates") and
    /// progress within it (done of total, total 0 when unknown).
    using Progress = std::function<void(const QString& step, int done, int total)>;

    /// Reads the project's counts and a sample of its images (size, colour), and whether
    /// pretrained weights are at hand. Blocking: a worker thread's work.
    static Expected<ProjectFacts> survey(const QString& projectDir, const Options& options);
    /// The rules alone, no measurement: a plan with the default learning rate and no estimate.
    static TrainingPlan plan(const ProjectFacts& facts, const QString& projectDir);
    /// survey + plan + the learning-rate finder (its suggestion and measured step time refine the
    /// plan). Setting `*cancel` stops the finder; the plan then keeps the default rate.
    static Expected<TrainingPlan> make(const QString& projectDir, const Options& options, const std::atomic_bool* cancel = nullptr,
                                       const Progress& progress = {});
    /// Puts the finder's suggestion (clamped to a safe range) and a time estimate into the plan.
    /// `forwardSecondsPerImage` (above 0 when the finder searched the head on features it computed
    /// first) is the backbone's measured cost; `secondsPerStep` is then a step of the head alone.
    static void refine(TrainingPlan& plan, double suggestedRate, double secondsPerStep, double prepareSeconds,
                       double forwardSecondsPerImage = -1);
    /// Optimiser steps in one epoch of the plan.
    static int stepsPerEpoch(const TrainingPlan& plan);
    /// "about 40 seconds", "about 3 minutes".
    static QString roughDuration(double seconds);
};

} // namespace picta

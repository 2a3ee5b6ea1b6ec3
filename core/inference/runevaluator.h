#pragma once

#include "support/expected.h"
#include "training/confusionmatrix.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace picta {

class Predictor;

/// One image's outcome under a run.
struct ImageOutcome {
    QString path;
    int truth = -1, predicted = -1; ///< indices into the run's classes
    double confidence = 0;          ///< probability of the predicted class
    double loss = 0;                ///< −log p(truth)
};

/// A run judged on a project's images: confusion matrix, per-class metrics and every image's
/// outcome, the costliest first (fastai's top losses).
struct RunEvaluation {
    QStringList classes;
    ConfusionMatrix confusion;
    QVector<ImageOutcome> outcomes;              ///< sorted by loss, highest first
    QVector<QPair<QString, QString>> unreadable; ///< (path, reason)
    QString split;                               ///< "validation", "training" or "all"
    int fromStore = 0;                           ///< images read from the decoded-image store (not decoded)

    /// {"accuracy", "per_class", "macro_f1", "confusion", "classes", "top_losses": [{path, true, pred, p}]}
    QJsonObject toJson(int topLosses = 20) const;
};

/// Evaluates a run folder on the validation images of a project (all its images when it has no
/// validation split), off whatever thread calls it. Classes are matched by name.
class RunEvaluator {
    Q_DECLARE_TR_FUNCTIONS(RunEvaluator)

public:
    using Progress = std::function<void(int done, int total)>;
    /// `trainingSplit`: judge the training images instead of the validation ones.
    static Expected<RunEvaluation> evaluate(const QString& runDir, const QString& projectDir, const Progress& progress = {},
                                            const std::atomic_bool* cancel = nullptr, bool trainingSplit = false);
    /// Each file's outcome against its true class (an index into the predictor's classes), in
    /// batches of 256, in the order given; unreadable files go to `unreadable`. Stops early
    /// (returning what was scored) when `cancel` becomes true.
    /// With `projectDir` (the project the files belong to), the pictures come from the decoded-
    /// image store that training keeps for it at the model's size and colour, when there is one:
    /// the same pictures training and its validation read, and a project of 30,000 photos is not
    /// decoded again (the store is brought up to date first: only new and changed images are
    /// decoded; a store that another program is changing, or that would have to be rebuilt, is
    /// not used). Files the store lacks, and every file without a store, are decoded;
    /// `fromStore` receives how many came from the store.
    static QVector<ImageOutcome> score(const Predictor& predictor, const QStringList& paths, const QVector<int>& truths,
                                       QVector<QPair<QString, QString>>* unreadable, const Progress& progress = {},
                                       const std::atomic_bool* cancel = nullptr, const QString& projectDir = QString(),
                                       int* fromStore = nullptr);
};

} // namespace picta

Q_DECLARE_METATYPE(picta::RunEvaluation)

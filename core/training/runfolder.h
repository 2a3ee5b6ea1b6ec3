#pragma once

#include "support/expected.h"
#include "trainingtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QVector>

#include <optional>

namespace picta {

/// A training run's folder, runs/<id>/: model.safetensors, model.json, history.csv, epochs.json,
/// confusion.csv and checkpoint.safetensors.
class RunFolder {
    Q_DECLARE_TR_FUNCTIONS(RunFolder)

public:
    /// Creates runs/<yyyyMMdd-HHmmss> (with a suffix when taken) holding `files` (name, content)
    /// and returns its path. The folder is filled under a hidden name and renamed into place, so
    /// that a run folder is never seen without its model.json, whenever the process is killed.
    static Expected<QString> create(const QString& runsDir, const QVector<QPair<QString, QByteArray>>& files = {});
    static QString weightsPath(const QString& runDir);
    static QString infoPath(const QString& runDir);
    static QString historyPath(const QString& runDir);
    static QString confusionPath(const QString& runDir);
    static QString checkpointPath(const QString& runDir);
    static QString epochsPath(const QString& runDir);
    /// Reads history.csv back (resuming, the learning curves), columns found by their header
    /// names; missing values are NaN.
    static QVector<EpochStats> readHistory(const QString& runDir);
    /// history.csv: one row per epoch (committed with the epoch's other files by RunJournal).
    static QByteArray historyCsv(const QVector<EpochStats>& history);
    /// epochs.json: an array with one object per epoch: history.csv's figures, the image size,
    /// and on validation images per-class precision, recall, F1 and support, macro F1 and the
    /// confusion matrix (rows true, columns predicted). Read back empty when absent or unreadable.
    /// `upTo` > 0: only the records of epochs 1 to `upTo` (a resumed run drops what came after).
    static QJsonArray readEpochs(const QString& runDir, int upTo = 0);
    /// history.csv of a run resumed after `epochs` epochs: exactly epochs 1 to `epochs`, in order,
    /// or an error naming the file (a disagreement with the checkpoint is damage).
    static Expected<QVector<EpochStats>> completedHistory(const QString& runDir, int epochs);
    static QByteArray epochsJson(const QJsonArray& epochs);

    /// Where a stopped run can go on from.
    struct ResumePoint {
        QString runDir;
        int epochsCompleted = 0;
        int epochs = 0;
        TrainingConfig config; ///< the settings it was started with
    };
    /// The rule for "resume" (the Train tab offers what it allows): a run
    /// goes on when it was cancelled, or when it says "training" but no living trainer holds its
    /// lock (the program ended while it ran: a kill, a crash, a power cut), has epochs left, and
    /// has a checkpoint to go on from (a run killed in its first epoch starts that epoch again).
    /// An interrupted commit is completed first. Empty when `runDir` cannot go on.
    static std::optional<ResumePoint> resumePoint(const QString& runDir);
    /// The newest run in `runsDir` when it can go on: only the newest is offered, so that
    /// "resume" never means an old experiment.
    static std::optional<ResumePoint> newestResumable(const QString& runsDir);
};

} // namespace picta

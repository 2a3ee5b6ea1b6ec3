#pragma once

#include "support/status.h"
#include "training/confusionmatrix.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace picta {

/// One answer a user gave about a prediction: what the model said and what is true.
struct FeedbackEntry {
    QString file;      ///< the image (a path, or a description for pasted images)
    QString run;       ///< the run's folder name
    QString predicted; ///< class name
    QString truth;     ///< class name
    QString time;      ///< ISO date and time
};

/// The project's feedback.json: every correction from the Predict and Draw tabs, written
/// atomically, and the confusion matrix of the user's answers (true vs predicted).
class FeedbackLog {
    Q_DECLARE_TR_FUNCTIONS(FeedbackLog)

public:
    explicit FeedbackLog(const QString& projectRoot);
    QString path() const;
    Status append(const FeedbackEntry& entry) const;
    QVector<FeedbackEntry> entries() const;
    /// The answers about `run` (all runs when empty) over `classes`; unknown names are skipped.
    ConfusionMatrix confusion(const QStringList& classes, const QString& run = QString()) const;

private:
    QString m_root;
};

} // namespace picta

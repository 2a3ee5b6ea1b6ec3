#pragma once

#include "support/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace picta {

/// Scores each labelled image by a trained run's loss on it (cross-entropy, −log p(label)): the
/// images the model finds most wrong come first when sorted, which is where mislabelled and
/// odd images hide. Classes are matched by name between the run and the project.
class LossRanker {
    Q_DECLARE_TR_FUNCTIONS(LossRanker)

public:
    struct Labelled {
        QString path;
        QString className;
    };
    using Progress = std::function<void(int done, int total)>;

    /// Loss per path; images whose class the run does not know, or that cannot be read, are left out.
    /// `projectDir`: the project the images belong to, whose decoded-image store (if training left
    /// one) gives the pictures instead of decoding every file (RunEvaluator::score).
    static Expected<QHash<QString, double>> compute(const QString& runDir, const QString& projectDir, const QVector<Labelled>& images,
                                                    const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace picta

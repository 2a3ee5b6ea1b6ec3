#pragma once

#include "models/modelinfo.h"

#include <QCoreApplication>
#include <QString>

namespace picta {

/// What a trained model gets most wrong, from its model.json metrics: the class with the lowest F1
/// and the pair of classes it confuses most often, and one sentence of advice for a newcomer.
struct RunAdvice {
    Q_DECLARE_TR_FUNCTIONS(RunAdvice)

public:
    QString weakestClass;
    double weakestF1 = -1;
    QString confusedTruth, confusedAs; ///< pictures of `confusedTruth` taken for `confusedAs`
    int confusedCount = 0;
    int truthSupport = 0; ///< validation pictures of `confusedTruth`

    /// Empty advice when the model has no per-class metrics (trained without a validation split).
    static RunAdvice of(const ModelInfo& model);
    bool isEmpty() const { return weakestClass.isEmpty(); }
    /// "It is least sure about cat (F1 0.81), and took 4 of 20 cat pictures for dog: add more cat
    /// pictures, especially ones that could pass for a dog." Empty when there is nothing to say.
    QString sentence() const;
};

} // namespace picta

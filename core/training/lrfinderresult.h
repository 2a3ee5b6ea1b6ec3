#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace picta {

/// What the learning-rate finder saw: the (smoothed) loss at each learning rate, and fastai's
/// three suggestions. `suggestion` is the valley one.
struct LrFinderResult {
    QVector<double> lrs;
    QVector<double> losses; ///< smoothed (β = 0.98, debiased)
    double valley = 0;
    double steep = 0;
    double minimum = 0;
    double suggestion = 0;
    QString error;
    bool cancelled = false;
    /// Fine-tuning: what the search ran, as the frozen epochs will (FrozenPhase::description()).
    QString searched;
    /// Seconds per image of the backbone's forward pass, when the search ran on features it
    /// computed first (else below 0): the planner's measure of the network's cost.
    double forwardSecondsPerImage = -1;
    double featureSeconds = 0; ///< the time that pass took

    bool ok() const { return error.isEmpty() && !lrs.isEmpty(); }
    /// Fills valley, steep, minimum and suggestion from lrs and losses.
    void suggest();
};

} // namespace picta

Q_DECLARE_METATYPE(picta::LrFinderResult)

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

    bool ok() const { return error.isEmpty() && !lrs.isEmpty(); }
    /// Fills valley, steep, minimum and suggestion from lrs and losses.
    void suggest();
};

} // namespace picta

Q_DECLARE_METATYPE(picta::LrFinderResult)

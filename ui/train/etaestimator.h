#pragma once

#include "training/trainingtypes.h"

#include <QtGlobal>

namespace picta {

/// The time left in a run, from the pace of its batches so far. The pace is measured per kind of
/// step: frozen epochs on the backbone's cached features take milliseconds a step, the unfrozen
/// ones after them the network's whole forward and backward pass. When the kind changes, the
/// measurement starts again from that batch; while the steps run on cached features, no time is
/// promised for the rest of the run (it would be far too low).
class EtaEstimator {
public:
    /// A new start at `nowSeconds`. `stepsBefore`: batches of the run done before this start (a
    /// resumed run's finished epochs, which took no time here); −1: taken from the first batch.
    void restart(double nowSeconds, qint64 stepsBefore);
    /// Seconds left after `stats` arrived at `nowSeconds`, or −1 when not known yet.
    double update(const BatchStats& stats, double nowSeconds);

private:
    double m_since = 0;        ///< when the measured stretch began
    qint64 m_stepsBefore = 0;  ///< step count at its beginning; −1: the first batch's epoch start
    bool m_onFeatures = false; ///< the kind of step being measured
    bool m_started = false;    ///< a batch has been seen since restart()
};

} // namespace picta

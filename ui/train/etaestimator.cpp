#include "etaestimator.h"

namespace picta {

void EtaEstimator::restart(double nowSeconds, qint64 stepsBefore)
{
    m_since = nowSeconds;
    m_stepsBefore = stepsBefore;
    m_onFeatures = false;
    m_started = false;
}

double EtaEstimator::update(const BatchStats& stats, double nowSeconds)
{
    if (m_stepsBefore < 0) // a resumed run: its finished epochs took no time here
        m_stepsBefore = qint64(stats.epoch - 1) * stats.batchesPerEpoch;
    if (m_started && stats.onFeatures != m_onFeatures) {
        // Another kind of step from here: time only those (this batch took the new pace).
        m_since = nowSeconds;
        m_stepsBefore = stats.step;
        m_onFeatures = stats.onFeatures;
        return -1;
    }
    m_started = true;
    m_onFeatures = stats.onFeatures;
    const qint64 done = stats.step - m_stepsBefore;
    if (stats.onFeatures || done <= 0)
        return -1;
    return (nowSeconds - m_since) * double(stats.totalSteps - stats.step) / double(done);
}

} // namespace picta

#include "earlystopping.h"

#include <cmath>

namespace picta {

std::optional<EarlyStopping::Monitor> EarlyStopping::parse(const QString& name)
{
    if (name == QLatin1String("val_loss"))
        return Monitor::ValLoss;
    if (name == QLatin1String("val_accuracy"))
        return Monitor::ValAccuracy;
    return std::nullopt;
}

QString EarlyStopping::name(Monitor monitor)
{
    return monitor == Monitor::ValLoss ? QStringLiteral("val_loss") : QStringLiteral("val_accuracy");
}

EarlyStopping::EarlyStopping(Monitor monitor, int patience, double minDelta)
    : m_monitor(monitor)
    , m_patience(patience)
    , m_minDelta(minDelta)
{
}

bool EarlyStopping::update(int epoch, double value)
{
    bool improved = false;
    if (std::isfinite(value)) {
        if (!std::isfinite(m_best))
            improved = true;
        else if (m_monitor == Monitor::ValLoss)
            improved = value < m_best - m_minDelta;
        else
            improved = value > m_best + m_minDelta;
    }
    if (improved) {
        m_best = value;
        m_bestEpoch = epoch;
        m_epochsWithoutImprovement = 0;
    } else {
        ++m_epochsWithoutImprovement;
    }
    return improved;
}

QString EarlyStopping::stopMessage() const
{
    return tr("Stopped early: %1 did not improve for %n epoch(s); keeping epoch %3", nullptr, m_patience)
        .arg(name(m_monitor))
        .arg(m_bestEpoch);
}

} // namespace picta

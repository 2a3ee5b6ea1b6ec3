#pragma once

#include <QCoreApplication>
#include <QString>

#include <limits>
#include <optional>

namespace picta {

/// Watches a validation metric epoch by epoch: says which epoch is best so far and when `patience`
/// epochs have passed without improving by more than `minDelta`. Patience 0 never stops.
class EarlyStopping {
    Q_DECLARE_TR_FUNCTIONS(EarlyStopping)

public:
    enum class Monitor { ValLoss, ValAccuracy };
    static std::optional<Monitor> parse(const QString& name);
    static QString name(Monitor monitor);

    EarlyStopping(Monitor monitor = Monitor::ValLoss, int patience = 0, double minDelta = 0.0);

    /// Records the epoch's value; returns true when it is the best so far. NaN never improves.
    bool update(int epoch, double value);
    bool shouldStop() const { return m_patience > 0 && m_epochsWithoutImprovement >= m_patience; }
    int bestEpoch() const { return m_bestEpoch; }
    double bestValue() const { return m_best; }
    Monitor monitor() const { return m_monitor; }
    int patience() const { return m_patience; }
    /// What a run that stopped early says: the metric, the patience and the epoch kept.
    QString stopMessage() const;

private:
    Monitor m_monitor;
    int m_patience;
    double m_minDelta;
    double m_best = std::numeric_limits<double>::quiet_NaN();
    int m_bestEpoch = 0;
    int m_epochsWithoutImprovement = 0;
};

} // namespace picta

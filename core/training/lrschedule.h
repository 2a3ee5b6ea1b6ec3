#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace picta {

/// Learning rate (and Adam's β1, the "momentum") per batch. One-cycle follows fastai's
/// fit_one_cycle: cosine warm-up over the first 25 % from lr/25 to lr, then cosine down to
/// lr/1e5, while β1 goes 0.95 → 0.85 → 0.95. Cosine anneals lr to 0; constant keeps it.
class LrSchedule {
    Q_DECLARE_TR_FUNCTIONS(LrSchedule)

public:
    enum class Kind { Constant, OneCycle, Cosine };

    static QStringList names() { return {QStringLiteral("one-cycle"), QStringLiteral("constant"), QStringLiteral("cosine")}; }
    static std::optional<Kind> parse(const QString& name);
    static QString name(Kind kind);

    LrSchedule(Kind kind, double maxLr, qint64 totalSteps);

    /// Learning rate for batch `step` (0-based).
    double learningRate(qint64 step) const;
    /// Adam's β1 for batch `step`.
    double beta1(qint64 step) const;

    Kind kind() const { return m_kind; }
    qint64 totalSteps() const { return m_totalSteps; }

    static constexpr double kWarmupFraction = 0.25;
    static constexpr double kStartDivisor = 25.0;
    static constexpr double kFinalDivisor = 1e5;
    static constexpr double kBeta1High = 0.95;
    static constexpr double kBeta1Low = 0.85;
    static constexpr double kBeta1Default = 0.9;

private:
    double position(qint64 step) const;
    Kind m_kind;
    double m_maxLr;
    qint64 m_totalSteps;
};

} // namespace picta

#include "lrschedule.h"

#include <algorithm>
#include <cmath>

namespace picta {

namespace {

// Cosine from `start` (pct = 0) to `end` (pct = 1).
double cosineAnneal(double start, double end, double pct)
{
    return end + (start - end) / 2.0 * (std::cos(M_PI * pct) + 1.0);
}

} // namespace

std::optional<LrSchedule::Kind> LrSchedule::parse(const QString& name)
{
    if (name == QLatin1String("one-cycle"))
        return Kind::OneCycle;
    if (name == QLatin1String("constant"))
        return Kind::Constant;
    if (name == QLatin1String("cosine"))
        return Kind::Cosine;
    return std::nullopt;
}

QString LrSchedule::name(Kind kind)
{
    switch (kind) {
    case Kind::OneCycle:
        return QStringLiteral("one-cycle");
    case Kind::Cosine:
        return QStringLiteral("cosine");
    case Kind::Constant:
        break;
    }
    return QStringLiteral("constant");
}

LrSchedule::LrSchedule(Kind kind, double maxLr, qint64 totalSteps)
    : m_kind(kind)
    , m_maxLr(maxLr)
    , m_totalSteps(std::max<qint64>(1, totalSteps))
{
}

double LrSchedule::position(qint64 step) const
{
    return std::clamp(double(step) / double(m_totalSteps), 0.0, 1.0);
}

double LrSchedule::learningRate(qint64 step) const
{
    const double pct = position(step);
    switch (m_kind) {
    case Kind::Constant:
        return m_maxLr;
    case Kind::Cosine:
        return cosineAnneal(m_maxLr, 0.0, pct);
    case Kind::OneCycle:
        if (pct < kWarmupFraction)
            return cosineAnneal(m_maxLr / kStartDivisor, m_maxLr, pct / kWarmupFraction);
        return cosineAnneal(m_maxLr, m_maxLr / kFinalDivisor, (pct - kWarmupFraction) / (1.0 - kWarmupFraction));
    }
    return m_maxLr;
}

double LrSchedule::beta1(qint64 step) const
{
    if (m_kind != Kind::OneCycle)
        return kBeta1Default;
    const double pct = position(step);
    if (pct < kWarmupFraction)
        return cosineAnneal(kBeta1High, kBeta1Low, pct / kWarmupFraction);
    return cosineAnneal(kBeta1Low, kBeta1High, (pct - kWarmupFraction) / (1.0 - kWarmupFraction));
}

} // namespace picta

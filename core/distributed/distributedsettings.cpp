#include "distributedsettings.h"

#include <algorithm>
#include <optional>

namespace picta {

namespace {

/// The integer in `name`, or a message; `fallback` when it is unset and one is given.
Expected<int> integer(const QProcessEnvironment& env, const QString& name, int minimum, int maximum, std::optional<int> fallback = {})
{
    const QString text = env.value(name).trimmed();
    if (text.isEmpty()) {
        if (fallback)
            return *fallback;
        return Expected<int>::failure(DistributedSettings::tr("%1 is not set: a distributed training is started by torchrun or srun, "
                                                              "which set it for every process")
                                          .arg(name));
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return Expected<int>::failure(
            DistributedSettings::tr("%1 is '%2': expected a whole number from %3 to %4").arg(name, text).arg(minimum).arg(maximum));
    return value;
}

} // namespace

QString DistributedSettings::firstSlurmHost(const QString& nodeList)
{
    // Entries are separated by commas outside brackets; a bracket holds numbers and ranges.
    const QString list = nodeList.trimmed();
    int depth = 0, end = int(list.size());
    for (int i = 0; i < list.size(); ++i) {
        if (list[i] == QLatin1Char('['))
            ++depth;
        else if (list[i] == QLatin1Char(']'))
            --depth;
        else if (list[i] == QLatin1Char(',') && depth == 0) {
            end = i;
            break;
        }
    }
    const QString first = list.left(end);
    const int open = first.indexOf(QLatin1Char('['));
    if (open < 0)
        return first;
    const QString inside = first.mid(open + 1, first.indexOf(QLatin1Char(']')) - open - 1);
    const QString number = inside.section(QLatin1Char(','), 0, 0).section(QLatin1Char('-'), 0, 0);
    return first.left(open) + number + first.mid(first.indexOf(QLatin1Char(']')) + 1);
}

Expected<DistributedSettings> DistributedSettings::fromEnvironment(const QProcessEnvironment& env)
{
    DistributedSettings s;
    const bool torchrun = env.contains(QStringLiteral("RANK")) || env.contains(QStringLiteral("WORLD_SIZE"));
    const bool slurm = env.contains(QStringLiteral("SLURM_PROCID"));
    if (!torchrun && !slurm)
        return Expected<DistributedSettings>::failure(
            tr("--distributed: neither RANK and WORLD_SIZE (torchrun) nor SLURM_PROCID (srun) is set; start one "
               "process per rank with torchrun --no-python --nproc-per-node N picta-cli train … or srun"));
    s.launcher = torchrun ? QStringLiteral("torchrun") : QStringLiteral("SLURM");
    const QString rankName = torchrun ? QStringLiteral("RANK") : QStringLiteral("SLURM_PROCID");
    const QString worldName = torchrun ? QStringLiteral("WORLD_SIZE") : QStringLiteral("SLURM_NTASKS");
    const QString localName = torchrun ? QStringLiteral("LOCAL_RANK") : QStringLiteral("SLURM_LOCALID");
    const auto world = integer(env, worldName, 1, 65536);
    if (!world)
        return Expected<DistributedSettings>::failure(world.error());
    s.worldSize = world.value();
    const auto rank = integer(env, rankName, 0, s.worldSize - 1);
    if (!rank)
        return Expected<DistributedSettings>::failure(rank.error());
    s.rank = rank.value();
    const auto local = integer(env, localName, 0, 65535, 0);
    if (!local)
        return Expected<DistributedSettings>::failure(local.error());
    s.localRank = local.value();
    const auto port = integer(env, QStringLiteral("MASTER_PORT"), 1, 65535, 29500);
    if (!port)
        return Expected<DistributedSettings>::failure(port.error());
    s.masterPort = port.value();
    s.masterAddress = env.value(QStringLiteral("MASTER_ADDR")).trimmed();
    if (s.masterAddress.isEmpty() && slurm)
        s.masterAddress = firstSlurmHost(env.value(QStringLiteral("SLURM_JOB_NODELIST"), env.value(QStringLiteral("SLURM_NODELIST"))));
    if (s.masterAddress.isEmpty()) {
        if (s.worldSize > 1)
            return Expected<DistributedSettings>::failure(
                tr("MASTER_ADDR is not set: the address of rank 0's machine, where the ranks meet"));
        s.masterAddress = QStringLiteral("127.0.0.1");
    }
    // SLURM_TASKS_PER_NODE reads "2(x3),1": the first number is this node's when nodes are equal.
    const QString perNode
        = env.value(QStringLiteral("LOCAL_WORLD_SIZE"),
                    env.value(QStringLiteral("SLURM_NTASKS_PER_NODE"), env.value(QStringLiteral("SLURM_TASKS_PER_NODE"))));
    const int localWorld = perNode.section(QLatin1Char('('), 0, 0).section(QLatin1Char(','), 0, 0).toInt();
    s.localWorldSize = std::clamp(localWorld > 0 ? localWorld : 1, 1, s.worldSize);
    s.cpusPerTask = std::max(0, env.value(QStringLiteral("SLURM_CPUS_PER_TASK")).toInt());
    s.agentStore = env.value(QStringLiteral("TORCHELASTIC_USE_AGENT_STORE")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    s.attempt = std::max(0, env.value(QStringLiteral("TORCHELASTIC_RESTART_COUNT")).toInt());
    const auto timeout = integer(env, QStringLiteral("PICTA_DISTRIBUTED_TIMEOUT"), 1, 24 * 3600, s.timeoutSeconds);
    if (!timeout)
        return Expected<DistributedSettings>::failure(timeout.error());
    s.timeoutSeconds = timeout.value();
    return s;
}

int DistributedSettings::threadsPerRank(int physicalCores) const
{
    if (cpusPerTask > 0)
        return cpusPerTask;
    return std::max(1, physicalCores / std::max(1, localWorldSize));
}

} // namespace picta

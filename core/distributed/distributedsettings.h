#pragma once

#include "support/expected.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace picta {

/// Where this process sits in a data-parallel training, read from the variables that launchers
/// already set: torchrun and Kubernetes' PyTorch operators (RANK, WORLD_SIZE, LOCAL_RANK,
/// MASTER_ADDR, MASTER_PORT) and SLURM's srun (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID, with
/// MASTER_ADDR defaulting to the first host of SLURM_JOB_NODELIST and MASTER_PORT to 29500).
/// The torchrun variables win where both are set.
struct DistributedSettings {
    Q_DECLARE_TR_FUNCTIONS(DistributedSettings)

public:
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    /// Ranks on this machine (LOCAL_WORLD_SIZE, SLURM_NTASKS_PER_NODE), which share its cores.
    int localWorldSize = 1;
    /// Cores this rank was given (SLURM_CPUS_PER_TASK); 0 when the launcher does not say.
    int cpusPerTask = 0;
    QString masterAddress;
    int masterPort = 29500;
    /// How long a rank waits for the others: to arrive at the start, and in any collective.
    int timeoutSeconds = 300;
    QString launcher; ///< "torchrun" or "SLURM", for messages
    /// torchrun's agent serves the store at MASTER_PORT (TORCHELASTIC_USE_AGENT_STORE): rank 0 joins it.
    bool agentStore = false;
    /// torchrun's restart count (TORCHELASTIC_RESTART_COUNT): a restarted attempt uses fresh keys.
    int attempt = 0;

    bool isLeader() const { return rank == 0; }
    /// Torch threads for this rank when none were asked for: its share of the machine's
    /// physical cores, so that the ranks on one machine do not oversubscribe it.
    int threadsPerRank(int physicalCores) const;

    /// The settings, or a message naming the variable that is missing or wrong.
    static Expected<DistributedSettings> fromEnvironment(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// The first host of a SLURM node list: "node[03-05,9],gpu1" gives "node03".
    static QString firstSlurmHost(const QString& nodeList);
};

} // namespace picta

#pragma once

#include "distributedsettings.h"

#include "support/expected.h"
#include "support/status.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <c10/core/Device.h>
#include <torch/nn/module.h>
#include <torch/types.h>

#include <memory>
#include <vector>

namespace picta {

/// One process's membership of a data-parallel training, on PyTorch's own distributed engine
/// (c10d, inside the libtorch Picta links): the ranks meet through c10d's TCPStore at
/// MASTER_ADDR:MASTER_PORT (rank 0 serves it), then talk through a c10d process group — Gloo on
/// the CPU, NCCL between GPUs where the libtorch has it. Gradients are averaged by c10d's Reducer,
/// the engine of PyTorch's DistributedDataParallel (buckets of 25 MB, each all-reduced as soon as
/// backward has filled it, so communication overlaps the rest of backward).
///
/// Every rank calls every collective in the same order; a rank that fails or stops answering
/// makes the others' next collective fail, and explainFailure() turns that into a message naming
/// the rank. Nothing here waits longer than settings().timeoutSeconds.
class DistributedGroup {
    Q_DECLARE_TR_FUNCTIONS(DistributedGroup)

public:
    ~DistributedGroup();
    DistributedGroup(const DistributedGroup&) = delete;
    DistributedGroup& operator=(const DistributedGroup&) = delete;

    /// Whether this build has c10d's Gloo process group (Debian's libtorch and the official
    /// builds do; a libtorch built without USE_DISTRIBUTED does not).
    static bool available();
    /// Meets the other ranks: each must arrive within the timeout (else the message names those
    /// that did not), and `identity` (the program's version and the run's settings) must be
    /// rank 0's on every rank. `device` picks the backend: NCCL for CUDA, Gloo otherwise.
    static Expected<std::unique_ptr<DistributedGroup>> connect(const DistributedSettings& settings, const QJsonObject& identity,
                                                               const c10::Device& device);

    const DistributedSettings& settings() const { return m_settings; }
    int rank() const { return m_settings.rank; }
    int worldSize() const { return m_settings.worldSize; }
    bool isLeader() const { return m_settings.isLeader(); }

    /// A store-based barrier that also agrees: every rank reports its outcome of a stage and a
    /// digest of what it worked on, and every rank returns the same verdict — the first failed
    /// rank's error, or the first rank whose digest is not rank 0's (`what` names it), or success.
    /// `cancelled` ranks make every rank return cancelled (anyCancelled).
    Status agree(const QString& stage, const Status& local, const QByteArray& digest = {}, const QString& what = {}, bool cancelled = false,
                 bool* anyCancelled = nullptr);
    /// Rank 0 publishes a value, every other rank receives it (waits up to the timeout).
    QByteArray share(const QString& key, const QByteArray& value);

    /// Parameters and buffers copied from rank 0 (DistributedDataParallel's start).
    void broadcastState(torch::nn::Module& model);
    /// Buffers (batch norm's running statistics) copied from rank 0, as DistributedDataParallel
    /// does before each forward pass (broadcast_buffers=True).
    void broadcastBuffers(torch::nn::Module& model);
    /// Makes these the parameters whose gradients are averaged; a new set (a phase that freezes
    /// or unfreezes layers) gets a new Reducer.
    void attach(const std::vector<torch::Tensor>& parameters);
    /// Around each training step's forward and backward pass, as DistributedDataParallel calls
    /// its Reducer.
    void beforeForward();
    void beforeBackward();
    /// Sums `values` (one-dimensional, on the CPU) over the ranks, in place.
    void sum(torch::Tensor& values);
    /// For each flag, whether it is set on any rank (every rank gets the same answer).
    std::vector<bool> any(const std::vector<bool>& flags);
    /// Every rank's rows of `values` ([n, …], n may differ by rank), concatenated in rank order.
    torch::Tensor gather(const torch::Tensor& values);

    /// After a failure: records this rank's error, waits briefly for the others' and names the
    /// rank that failed first or stopped answering. `communication`: the error came from a
    /// collective (another rank is the cause) rather than from this rank's own work.
    QString explainFailure(const QString& localError, bool communication);

private:
    struct Private;
    explicit DistributedGroup(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    DistributedSettings m_settings;
};

} // namespace picta

#include "distributedgroup.h"
#include "rankboard.h"

#include <QJsonDocument>

#include <torch/torch.h>

#ifdef PICTA_HAVE_C10D
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/csrc/distributed/c10d/comm.hpp>
#include <torch/csrc/distributed/c10d/reducer.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#endif

#include <algorithm>
#include <chrono>
#include <csignal>
#include <set>

namespace picta {

namespace {

/// 250 MB a broadcast, as DistributedDataParallel's _sync_module_states.
constexpr int64_t kBroadcastBucketBytes = 250LL << 20;
/// How long, after a failure, a rank waits for the others to say theirs.
constexpr int kExplainGraceMs = 4000;

std::string key(const QString& text)
{
    return text.toStdString();
}

QString firstLine(const char* what)
{
    return QString::fromUtf8(what).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

#ifdef PICTA_HAVE_C10D

namespace {

QString meetingError(const DistributedSettings& settings, const QString& where, const std::exception& e)
{
    return settings.isLeader() && !settings.agentStore
        ? DistributedGroup::tr("Cannot open the meeting point at %1 (MASTER_ADDR:MASTER_PORT): %2").arg(where, firstLine(e.what()))
        : DistributedGroup::tr("Cannot reach the meeting point at %1 (MASTER_ADDR:MASTER_PORT) within %2 s: %3")
              .arg(where)
              .arg(settings.timeoutSeconds)
              .arg(firstLine(e.what()));
}

} // namespace

struct DistributedGroup::Private {
    std::unique_ptr<RankBoard> board; ///< on a PrefixStore of the TCPStore: this attempt's keys
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    std::shared_ptr<c10d::Reducer> reducer;
    std::vector<c10::TensorImpl*> attached; ///< the reducer's parameters
    c10::Device device{c10::kCPU};
    std::set<int> gone; ///< ranks found not answering (explainFailure)
};

bool DistributedGroup::available()
{
    return true;
}

DistributedGroup::DistributedGroup(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

DistributedGroup::~DistributedGroup()
{
    d->reducer.reset();
    d->group.reset();
    // Rank 0 serves the store: it waits (briefly) until the others have done with it.
    d->board->leave(d->gone);
    d->board.reset();
}

Expected<std::unique_ptr<DistributedGroup>> DistributedGroup::connect(const DistributedSettings& settings, const QJsonObject& identity,
                                                                      const c10::Device& device)
{
    using Result = Expected<std::unique_ptr<DistributedGroup>>;
    // A write to a rank that has gone must fail with EPIPE, which Gloo reports, not kill this
    // process with SIGPIPE (Python, the usual host of c10d, ignores SIGPIPE from the start).
    std::signal(SIGPIPE, SIG_IGN);
    auto d = std::make_unique<Private>();
    d->device = device;
    const auto timeout = std::chrono::milliseconds(qint64(settings.timeoutSeconds) * 1000);
    const QString where = QStringLiteral("%1:%2").arg(settings.masterAddress).arg(settings.masterPort);
    try {
        c10d::TCPStoreOptions options;
        options.port = uint16_t(settings.masterPort);
        // torchrun's agent serves a store at MASTER_PORT itself, and its workers join it, as
        // PyTorch's env:// start does; otherwise rank 0 serves it.
        options.isServer = settings.isLeader() && !settings.agentStore;
        options.waitWorkers = false; // arrival is checked below, naming the ranks that are missing
        options.timeout = timeout;
        auto tcp = c10::make_intrusive<c10d::TCPStore>(key(settings.masterAddress), options);
        // Keys of this attempt only: torchrun restarts failed workers against the same store.
        d->board = std::make_unique<RankBoard>(
            c10::make_intrusive<c10d::PrefixStore>(key(QStringLiteral("picta/attempt_%1").arg(settings.attempt)), tcp), settings.rank,
            settings.worldSize, settings.timeoutSeconds);
    } catch (const std::exception& e) {
        return Result::failure(meetingError(settings, where, e));
    }
    std::unique_ptr<DistributedGroup> group(new DistributedGroup(std::move(d)));
    group->m_settings = settings;
    try {
        // Arrival, with the world size each rank was told, and who it is.
        QJsonObject me = identity;
        me[QStringLiteral("world_size")] = settings.worldSize;
        const QByteArray digest = QJsonDocument(me).toJson(QJsonDocument::Compact);
        const Status met = group->agree(QStringLiteral("arrival"), Status::success(), digest, tr("version or training settings"));
        if (!met)
            return Result::failure(met.error());
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("group", group->d->board->store());
#ifdef USE_C10D_NCCL
        if (device.is_cuda()) {
            // Without this, libtorch 1.13's NCCL group ignores its timeout and a rank whose peer
            // has gone waits for ever.
            if (!qEnvironmentVariableIsSet("NCCL_ASYNC_ERROR_HANDLING") && !qEnvironmentVariableIsSet("NCCL_BLOCKING_WAIT"))
                qputenv("NCCL_ASYNC_ERROR_HANDLING", "1");
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = timeout;
            group->d->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(prefixed, settings.rank, settings.worldSize, options);
            return Result(std::move(group));
        }
#endif
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        const QString interface = qEnvironmentVariable("GLOO_SOCKET_IFNAME");
        const bool loopback
            = settings.masterAddress.startsWith(QLatin1String("127.")) || settings.masterAddress == QLatin1String("localhost");
        if (!interface.isEmpty())
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(key(interface)));
        else if (loopback)
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        group->d->group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, settings.rank, settings.worldSize, options);
    } catch (const std::exception& e) {
        return Result::failure(group->explainFailure(tr("Meeting the other ranks failed: %1").arg(firstLine(e.what())), true));
    }
    return Result(std::move(group));
}

Status DistributedGroup::agree(const QString& stage, const Status& local, const QByteArray& digest, const QString& what, bool cancelled,
                               bool* anyCancelled)
{
    return d->board->agree(stage, local, digest, what, cancelled, anyCancelled);
}

QByteArray DistributedGroup::share(const QString& name, const QByteArray& value)
{
    return d->board->share(name, value);
}

void DistributedGroup::broadcastState(torch::nn::Module& model)
{
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> state = model.parameters();
    for (const auto& b : model.buffers())
        state.push_back(b);
    if (!state.empty())
        c10d::broadcast_coalesced(d->group, state, kBroadcastBucketBytes, 0);
}

void DistributedGroup::broadcastBuffers(torch::nn::Module& model)
{
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> buffers = model.buffers();
    if (!buffers.empty())
        c10d::broadcast_coalesced(d->group, buffers, kBroadcastBucketBytes, 0);
}

void DistributedGroup::attach(const std::vector<torch::Tensor>& parameters)
{
    std::vector<c10::TensorImpl*> impls;
    for (const auto& p : parameters)
        impls.push_back(p.unsafeGetTensorImpl());
    if (d->reducer && impls == d->attached)
        return;
    d->reducer.reset(); // its autograd hooks go with it
    d->attached = impls;
    if (parameters.empty())
        return;
    const std::vector<bool> sparse(parameters.size(), false);
    // As DistributedDataParallel: a small first bucket, then 25 MB ones, in reverse order of the
    // parameters (backward produces the last layers' gradients first).
    auto [buckets, limits] = c10d::compute_bucket_assignment_by_size(
        parameters, {size_t(c10d::kDefaultFirstBucketBytes), size_t(c10d::kDefaultBucketBytesCap)}, sparse);
    std::reverse(buckets.begin(), buckets.end());
    std::reverse(limits.begin(), limits.end());
    d->reducer = std::make_shared<c10d::Reducer>(parameters, buckets, limits, d->group, sparse, c10d::kDefaultBucketBytesCap,
                                                 /*find_unused_parameters=*/false, /*gradient_as_bucket_view=*/false,
                                                 std::unordered_map<size_t, std::string>(), c10d::kDefaultFirstBucketBytes);
}

void DistributedGroup::beforeForward()
{
    if (!d->reducer)
        return;
    // As DistributedDataParallel's forward: after the first step the buckets are rebuilt once in
    // the order gradients arrived (a broadcast from rank 0, so every rank calls it at the same
    // step); this also empties the Reducer's record of that order, which grows every step until then.
    if (torch::GradMode::is_enabled())
        (void)d->reducer->rebuild_buckets();
    d->reducer->prepare_for_forward();
}

void DistributedGroup::beforeBackward()
{
    if (d->reducer)
        d->reducer->prepare_for_backward({});
}

void DistributedGroup::sum(torch::Tensor& values)
{
    std::vector<at::Tensor> tensors{values.to(d->device)};
    d->group->allreduce(tensors)->wait();
    values.copy_(tensors[0].to(values.device()));
}

std::vector<bool> DistributedGroup::any(const std::vector<bool>& flags)
{
    torch::Tensor counts = torch::zeros({int64_t(flags.size())}, torch::kFloat64);
    for (size_t i = 0; i < flags.size(); ++i)
        counts[int64_t(i)] = flags[i] ? 1.0 : 0.0;
    sum(counts);
    std::vector<bool> set;
    for (size_t i = 0; i < flags.size(); ++i)
        set.push_back(counts[int64_t(i)].item<double>() > 0);
    return set;
}

torch::Tensor DistributedGroup::gather(const torch::Tensor& values)
{
    // allgather takes equal sizes: each rank's rows padded to the largest count, then trimmed.
    torch::Tensor count = torch::tensor({values.size(0)}, torch::kInt64);
    std::vector<at::Tensor> counts{count.to(d->device)};
    std::vector<std::vector<at::Tensor>> allCounts(1);
    for (int r = 0; r < worldSize(); ++r)
        allCounts[0].push_back(torch::empty_like(counts[0]));
    d->group->allgather(allCounts, counts)->wait();
    int64_t most = 0;
    std::vector<int64_t> sizes;
    for (const auto& c : allCounts[0]) {
        sizes.push_back(c.item<int64_t>());
        most = std::max(most, sizes.back());
    }
    std::vector<int64_t> shape = values.sizes().vec();
    shape[0] = most;
    torch::Tensor padded = torch::zeros(shape, values.options().device(d->device));
    padded.slice(0, 0, values.size(0)).copy_(values);
    std::vector<at::Tensor> input{padded};
    std::vector<std::vector<at::Tensor>> output(1);
    for (int r = 0; r < worldSize(); ++r)
        output[0].push_back(torch::empty_like(padded));
    d->group->allgather(output, input)->wait();
    std::vector<torch::Tensor> parts;
    for (int r = 0; r < worldSize(); ++r)
        parts.push_back(output[0][size_t(r)].slice(0, 0, sizes[size_t(r)]).to(values.device()));
    return torch::cat(parts);
}

QString DistributedGroup::explainFailure(const QString& localError, bool communication)
{
    // Closing this rank's connections first makes the others' pending collectives fail now
    // rather than at their timeout, so that they come here too.
    d->reducer.reset();
    d->attached.clear();
    d->group.reset();
    const RankBoard::Failure failure
        = d->board->reportFailure(localError, communication, std::min(kExplainGraceMs, m_settings.timeoutSeconds * 1000));
    d->gone = std::set<int>(failure.missing.begin(), failure.missing.end());
    if (!communication)
        return localError; // this rank's own failure is the news
    if (!failure.causes.isEmpty())
        return failure.causes.join(QLatin1Char('\n'));
    if (!failure.missing.isEmpty()) {
        QStringList ranks;
        for (int r : failure.missing)
            ranks << QString::number(r);
        return tr("Rank(s) %1 stopped answering (the process ended, its machine cannot be reached, or it did not reply within "
                  "%2 s), so this rank stops too. What it saw: %3")
            .arg(ranks.join(QStringLiteral(", ")))
            .arg(m_settings.timeoutSeconds)
            .arg(localError);
    }
    return localError;
}

#else // a libtorch without c10d

struct DistributedGroup::Private { };

bool DistributedGroup::available()
{
    return false;
}

DistributedGroup::DistributedGroup(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

DistributedGroup::~DistributedGroup() = default;

Expected<std::unique_ptr<DistributedGroup>> DistributedGroup::connect(const DistributedSettings&, const QJsonObject&, const c10::Device&)
{
    return Expected<std::unique_ptr<DistributedGroup>>::failure(
        tr("This Picta was built without PyTorch's distributed engine (c10d with Gloo): --distributed is not available"));
}

Status DistributedGroup::agree(const QString&, const Status& local, const QByteArray&, const QString&, bool, bool*)
{
    return local;
}
QByteArray DistributedGroup::share(const QString&, const QByteArray& value)
{
    return value;
}
void DistributedGroup::broadcastState(torch::nn::Module&)
{
}
void DistributedGroup::broadcastBuffers(torch::nn::Module&)
{
}
void DistributedGroup::attach(const std::vector<torch::Tensor>&)
{
}
void DistributedGroup::beforeForward()
{
}
void DistributedGroup::beforeBackward()
{
}
void DistributedGroup::sum(torch::Tensor&)
{
}
std::vector<bool> DistributedGroup::any(const std::vector<bool>& flags)
{
    return flags;
}
torch::Tensor DistributedGroup::gather(const torch::Tensor& values)
{
    return values;
}
QString DistributedGroup::explainFailure(const QString& localError, bool)
{
    return localError;
}

#endif

} // namespace picta

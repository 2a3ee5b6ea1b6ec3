#include "distributedgroup.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

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
#include <functional>
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
    c10::intrusive_ptr<c10d::Store> store; ///< a PrefixStore on the TCPStore: this attempt's keys
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    std::shared_ptr<c10d::Reducer> reducer;
    std::vector<c10::TensorImpl*> attached; ///< the reducer's parameters
    c10::Device device{c10::kCPU};
    qint64 sequence = 0; ///< agree() calls so far: the same on every rank
    std::set<int> gone;  ///< ranks found not answering (explainFailure)

    std::vector<uint8_t> bytes(const QByteArray& value) { return {value.begin(), value.end()}; }
    void writeJson(const QString& name, const QJsonObject& value)
    {
        store->set(key(name), bytes(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    }
    QJsonObject readJson(const QString& name)
    {
        const std::vector<uint8_t> value = store->get(key(name));
        return QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(value.data()), qsizetype(value.size()))).object();
    }
    /// The keys of `keys` that did not appear before the deadline (polled: a store get would
    /// block up to the store's own timeout with no way to say which key was missing), or that
    /// were still missing when `abandon`, asked after each look with them, said to stop waiting.
    QStringList waitFor(const QStringList& keys, int timeoutMs, const std::function<bool(const QStringList&)>& abandon = {})
    {
        QElapsedTimer timer;
        timer.start();
        QStringList missing = keys;
        while (true) {
            for (auto it = missing.begin(); it != missing.end();)
                it = store->check({key(*it)}) ? missing.erase(it) : it + 1;
            if (missing.isEmpty() || timer.elapsed() >= timeoutMs || (abandon && abandon(missing)))
                return missing;
            QThread::msleep(timer.elapsed() < 1000 ? 5 : 50);
        }
    }
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
    try {
        if (!isLeader()) {
            d->store->set(key(QStringLiteral("left/%1").arg(rank())), d->bytes("1"));
        } else {
            QStringList others;
            for (int r = 1; r < worldSize(); ++r)
                if (!d->gone.count(r))
                    others << QStringLiteral("left/%1").arg(r);
            (void)d->waitFor(others, m_settings.timeoutSeconds * 1000);
        }
    } catch (const std::exception&) {
        // The store is gone: nobody is left to wait for.
    }
    d->store.reset();
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
        d->store = c10::make_intrusive<c10d::PrefixStore>(key(QStringLiteral("picta/attempt_%1").arg(settings.attempt)), tcp);
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
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("group", group->d->store);
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
    // Keyed by the call's number alone, with the stage in the value: ranks that have come to
    // different stages find out at once, rather than each waiting for the other's key.
    const QString prefix = QStringLiteral("agree/%1/").arg(++d->sequence);
    QJsonObject mine{{QStringLiteral("stage"), stage},
                     {QStringLiteral("ok"), local.ok()},
                     {QStringLiteral("error"), local.error()},
                     {QStringLiteral("cancelled"), cancelled},
                     {QStringLiteral("digest"), QString::fromLatin1(digest.toBase64())}};
    d->writeJson(prefix + QString::number(rank()), mine);
    QStringList keys;
    for (int r = 0; r < worldSize(); ++r)
        keys << prefix + QString::number(r);
    // Waits for every rank's report, or for a rank that failed before it could report.
    QString failedRank;
    const QStringList missing = d->waitFor(keys, m_settings.timeoutSeconds * 1000, [&](const QStringList& waiting) {
        for (const QString& k : waiting)
            if (d->store->check({key(QStringLiteral("failed/") + k.section(QLatin1Char('/'), -1))})) {
                failedRank = k.section(QLatin1Char('/'), -1);
                return true;
            }
        return false;
    });
    if (!failedRank.isEmpty())
        return Status::failure(
            tr("Rank %1 failed: %2")
                .arg(failedRank, d->readJson(QStringLiteral("failed/") + failedRank).value(QStringLiteral("error")).toString()));
    if (!missing.isEmpty()) {
        QStringList ranks;
        for (const QString& k : missing)
            ranks << k.section(QLatin1Char('/'), -1);
        if (stage != QLatin1String("arrival"))
            return Status::failure(tr("Rank(s) %1 stopped answering (the process ended, its machine cannot be reached, or it did not "
                                      "reply within %2 s), so this rank stops too (stage: %3)")
                                       .arg(ranks.join(QStringLiteral(", ")))
                                       .arg(m_settings.timeoutSeconds)
                                       .arg(stage));
        return Status::failure(tr("Rank(s) %1 of %2 did not arrive within %3 s (stage: %4): each rank must be started, "
                                  "with the same WORLD_SIZE, MASTER_ADDR and MASTER_PORT")
                                   .arg(ranks.join(QStringLiteral(", ")))
                                   .arg(worldSize())
                                   .arg(m_settings.timeoutSeconds)
                                   .arg(stage));
    }
    QVector<QJsonObject> all;
    for (const QString& k : std::as_const(keys))
        all << d->readJson(k);
    bool someCancelled = false;
    for (const QJsonObject& o : std::as_const(all))
        someCancelled = someCancelled || o.value(QStringLiteral("cancelled")).toBool();
    if (anyCancelled)
        *anyCancelled = someCancelled;
    for (int r = 0; r < worldSize(); ++r)
        if (all[r].value(QStringLiteral("stage")).toString() != stage)
            return Status::failure(tr("Rank %1 is at another step (%2) than this rank (%3): the ranks were started differently "
                                      "(a resumed run on some ranks only?)")
                                       .arg(r)
                                       .arg(all[r].value(QStringLiteral("stage")).toString(), stage));
    for (int r = 0; r < worldSize(); ++r)
        if (!all[r].value(QStringLiteral("ok")).toBool())
            return Status::failure(r == rank() ? local.error()
                                               : tr("Rank %1 failed: %2").arg(r).arg(all[r].value(QStringLiteral("error")).toString()));
    if (someCancelled)
        return Status::success(); // what a cancelled rank had done is not compared
    for (int r = 1; r < worldSize(); ++r)
        if (all[r].value(QStringLiteral("digest")) != all[0].value(QStringLiteral("digest")))
            return Status::failure(tr("Rank %1's %2 differ(s) from rank 0's: every rank must run the same Picta on the same "
                                      "project and settings")
                                       .arg(r)
                                       .arg(what));
    return Status::success();
}

QByteArray DistributedGroup::share(const QString& name, const QByteArray& value)
{
    const std::string k = key(QStringLiteral("share/") + name);
    if (isLeader()) {
        d->store->set(k, d->bytes(value));
        return value;
    }
    if (!d->waitFor({QString::fromStdString(k)}, m_settings.timeoutSeconds * 1000).isEmpty())
        throw std::runtime_error(tr("Rank 0 did not share %1 within %2 s").arg(name).arg(m_settings.timeoutSeconds).toStdString());
    const std::vector<uint8_t> got = d->store->get(k);
    return QByteArray(reinterpret_cast<const char*>(got.data()), qsizetype(got.size()));
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
    d->gone.clear();
    const QString failedPrefix = QStringLiteral("failed/");
    const QString explainedPrefix = QStringLiteral("explained/");
    QStringList others;
    for (int r = 0; r < worldSize(); ++r)
        if (r != rank())
            others << failedPrefix + QString::number(r);
    QVector<int> missing;
    QStringList causes;
    // Closing this rank's connections first makes the others' pending collectives fail now
    // rather than at their timeout, so that they come here too.
    d->reducer.reset();
    d->attached.clear();
    d->group.reset();
    try {
        const QJsonObject mine{{QStringLiteral("communication"), communication}, {QStringLiteral("error"), localError}};
        d->writeJson(failedPrefix + QString::number(rank()), mine);
        const QStringList absent = d->waitFor(others, std::min(kExplainGraceMs, m_settings.timeoutSeconds * 1000));
        for (int r = 0; r < worldSize(); ++r) {
            if (r == rank())
                continue;
            const QString k = failedPrefix + QString::number(r);
            if (absent.contains(k)) {
                missing << r;
                continue;
            }
            const QJsonObject theirs = d->readJson(k);
            if (!theirs.value(QStringLiteral("communication")).toBool())
                causes << tr("Rank %1 failed: %2").arg(r).arg(theirs.value(QStringLiteral("error")).toString());
        }
        if (isLeader()) {
            // The store lives in this process: keep it up while the others read it.
            QStringList readers;
            for (int r = 1; r < worldSize(); ++r)
                if (!missing.contains(r))
                    readers << explainedPrefix + QString::number(r);
            (void)d->waitFor(readers, m_settings.timeoutSeconds * 1000);
        } else {
            d->store->set(key(explainedPrefix + QString::number(rank())), d->bytes("1"));
        }
    } catch (const std::exception&) {
        // The store is unreachable: rank 0, which serves it, is gone.
        if (!isLeader()) {
            missing = {0};
            causes.clear();
        }
    }
    for (int r : std::as_const(missing))
        d->gone.insert(r);
    if (!communication)
        return localError; // this rank's own failure is the news
    if (!causes.isEmpty())
        return causes.join(QLatin1Char('\n'));
    if (!missing.isEmpty()) {
        QStringList ranks;
        for (int r : std::as_const(missing))
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

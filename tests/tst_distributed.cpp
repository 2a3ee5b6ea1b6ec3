// Data-parallel training on c10d (Gloo) with two and three processes on 127.0.0.1.
//
// The test binary is its own worker: `tst_distributed --worker OUT BATCH STEPS ARCH` trains a
// network (dropout off, so that one process and several agree) step by step with plain SGD
// (Adam would hide a gradient summed instead of averaged) through EpochPass with a
// DistributedGroup, printing a digest of its weights after every step and writing its starting
// and final weights to OUT.start and OUT.
// The end-to-end cases start picta-cli train --distributed the way torchrun does (the variables
// it sets), and kill, interrupt, mismatch or leave out ranks.
#include "data/batchloader.h"
#include "distributed/distributedgroup.h"
#include "distributed/distributedsampler.h"
#include "distributed/distributedsettings.h"
#include "models/classifier.h"
#include "models/modelfactory.h"
#include "testdata.h"
#include "training/epochpass.h"
#include "training/lrschedule.h"
#include "training/optimizersetup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <csignal>
#include <numeric>
#include <random>
#include <set>

using namespace picta;
using namespace picta::test;

namespace {

constexpr int kClasses = 3;
constexpr int kSize = 16;

/// A port nobody listens on now.
int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 29555;
    return server.serverPort();
}

QProcessEnvironment rankEnvironment(int rank, int world, int port, int timeoutSeconds = 60)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("RANK", QString::number(rank));
    env.insert("WORLD_SIZE", QString::number(world));
    env.insert("LOCAL_RANK", QString::number(rank));
    env.insert("LOCAL_WORLD_SIZE", QString::number(world));
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("PICTA_DISTRIBUTED_TIMEOUT", QString::number(timeoutSeconds));
    return env;
}

std::vector<float> flatWeights(Classifier& model)
{
    std::vector<float> out;
    for (const auto& p : model.parameters()) {
        const torch::Tensor c = p.detach().contiguous().to(torch::kFloat32);
        out.insert(out.end(), c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    }
    return out;
}

/// The worker: see the file's comment.
int runWorker(const QStringList& args)
{
    const QString out = args.value(2);
    const int batch = args.value(3).toInt(), steps = args.value(4).toInt();
    const QString arch = args.value(5, "small-cnn");
    at::set_num_threads(1);
    std::unique_ptr<DistributedGroup> group;
    int rank = 0, world = 1;
    if (qEnvironmentVariableIsSet("WORLD_SIZE")) {
        const auto settings = DistributedSettings::fromEnvironment();
        if (!settings) {
            std::fprintf(stderr, "%s\n", qPrintable(settings.error()));
            return 2;
        }
        auto connected = DistributedGroup::connect(*settings, QJsonObject{{"test", "worker"}}, c10::Device(c10::kCPU));
        if (!connected) {
            std::fprintf(stderr, "%s\n", qPrintable(connected.error()));
            return 2;
        }
        group = std::move(connected.value());
        rank = group->rank();
        world = group->worldSize();
    }
    // Each rank starts from other weights: the broadcast must make them rank 0's, which are the
    // lone process's (the same seed).
    torch::manual_seed(100 + rank);
    ModelInfo info;
    info.arch = arch;
    info.classes = {"a", "b", "c"};
    info.imageSize = kSize;
    info.inputChannels = 1;
    auto created = ModelFactory::create(info);
    if (!created)
        return 3;
    Classifier& model = *created.value();
    for (const auto& m : model.modules())
        if (auto* dropout = m->as<torch::nn::Dropout>())
            dropout->options.p(0.0);
    if (group)
        group->broadcastState(model);
    auto save = [](const QString& path, const std::vector<float>& w) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly)
            && file.write(reinterpret_cast<const char*>(w.data()), qsizetype(w.size() * sizeof(float)))
            == qsizetype(w.size() * sizeof(float));
    };
    if (!save(out + ".start", flatWeights(model)))
        return 4;

    // The same data and order everywhere; every step takes world × batch images of it.
    const int64_t n = int64_t(world) * batch * steps;
    torch::manual_seed(7);
    const torch::Tensor images = torch::randn({n, 1, kSize, kSize});
    const torch::Tensor labels = torch::randint(0, kClasses, {n});
    std::vector<int64_t> order(size_t(n), 0);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937_64(5));
    const std::vector<int64_t> mine = group ? DistributedSampler::shard(order, rank, world) : order;

    torch::optim::SGD optimizer(model.parameters(), torch::optim::SGDOptions(0.05));
    EpochPass pass(model, optimizer, torch::nn::functional::CrossEntropyFuncOptions(), c10::Device(c10::kCPU));
    pass.setGroup(group.get());
    const LrSchedule schedule(LrSchedule::Kind::Constant, 1e-3, steps);
    BatchLoader loader(
        [&](const std::vector<int64_t>& rows) {
            const torch::Tensor index = torch::tensor(rows, torch::kInt64);
            return BatchLoader::Batch{images.index_select(0, index), labels.index_select(0, index)};
        },
        /*prefetch=*/false);
    const std::atomic_bool cancel{false};
    qint64 step = 0;
    for (int s = 0; s < steps; ++s) {
        loader.startEpoch(std::vector<int64_t>(mine.begin() + s * batch, mine.begin() + (s + 1) * batch), batch);
        BatchStats stats;
        stats.batchesPerEpoch = 1;
        (void)pass.run(loader, EpochPass::Phase{&schedule, 0, {1.0}}, step, stats, cancel, [](const BatchStats&) {});
        const std::vector<float> w = flatWeights(model);
        const QByteArray digest = QCryptographicHash::hash(
            QByteArrayView(reinterpret_cast<const char*>(w.data()), qsizetype(w.size() * sizeof(float))), QCryptographicHash::Sha256);
        std::printf("step %d %s\n", s + 1, digest.toHex().constData());
        std::fflush(stdout);
    }
    return save(out, flatWeights(model)) ? 0 : 4;
}

struct Ran {
    int code = -1;
    QByteArray out, err;
    qint64 ms = 0;
};

/// Starts one process per environment and waits for all (each within `timeoutMs`).
QVector<Ran> runAll(const QString& program, const QVector<QStringList>& args, const QVector<QProcessEnvironment>& envs,
                    int timeoutMs = 240000)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < args.size(); ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(envs[i]);
        p->start(program, args[i]);
        processes.push_back(std::move(p));
    }
    QVector<Ran> ran(args.size());
    for (int i = 0; i < args.size(); ++i) {
        QProcess& p = *processes[size_t(i)];
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        ran[i].code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        ran[i].out = p.readAllStandardOutput();
        ran[i].err = p.readAllStandardError();
        ran[i].ms = timer.elapsed();
    }
    return ran;
}

QVector<float> readFloats(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    QVector<float> v(bytes.size() / qsizetype(sizeof(float)));
    std::memcpy(v.data(), bytes.constData(), size_t(v.size()) * sizeof(float));
    return v;
}

QString cli()
{
    return qEnvironmentVariable("PICTA_CLI");
}

/// picta-cli as ranks 0…world−1 of one training on 127.0.0.1, each with `args`.
std::vector<std::unique_ptr<QProcess>> startRanks(int world, const QStringList& args, int timeoutSeconds = 60)
{
    const int port = freePort();
    std::vector<std::unique_ptr<QProcess>> ranks;
    for (int r = 0; r < world; ++r) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(rankEnvironment(r, world, port, timeoutSeconds));
        p->start(cli(), args);
        ranks.push_back(std::move(p));
    }
    return ranks;
}

/// A process's stderr, read until `text` has appeared or two minutes have passed.
QByteArray readErrorsUntil(QProcess& process, const QByteArray& text)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    while (!err.contains(text) && timer.elapsed() < 120000) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    return err;
}

QStringList runDirs(const QString& root)
{
    return QDir(root + "/runs").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestDistributed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!DistributedGroup::available())
            QSKIP("built without c10d");
        QVERIFY2(QFileInfo(cli()).isExecutable(), "PICTA_CLI must name picta-cli");
    }

    void settingsFromTheLaunchers()
    {
        QProcessEnvironment torchrun;
        for (const auto& [k, v] : std::vector<std::pair<QString, QString>>{{"RANK", "2"},
                                                                           {"WORLD_SIZE", "4"},
                                                                           {"LOCAL_RANK", "0"},
                                                                           {"LOCAL_WORLD_SIZE", "2"},
                                                                           {"MASTER_ADDR", "10.0.0.5"},
                                                                           {"MASTER_PORT", "29400"}})
            torchrun.insert(k, v);
        auto s = DistributedSettings::fromEnvironment(torchrun);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->rank, 2);
        QCOMPARE(s->worldSize, 4);
        QCOMPARE(s->localWorldSize, 2);
        QCOMPARE(s->masterAddress, QString("10.0.0.5"));
        QCOMPARE(s->masterPort, 29400);
        QCOMPARE(s->threadsPerRank(8), 4);
        QVERIFY(!s->isLeader());

        QProcessEnvironment slurm;
        for (const auto& [k, v] : std::vector<std::pair<QString, QString>>{{"SLURM_PROCID", "5"},
                                                                           {"SLURM_NTASKS", "8"},
                                                                           {"SLURM_LOCALID", "1"},
                                                                           {"SLURM_TASKS_PER_NODE", "4(x2)"},
                                                                           {"SLURM_JOB_NODELIST", "gpu[07-08],cpu1"},
                                                                           {"SLURM_CPUS_PER_TASK", "6"}})
            slurm.insert(k, v);
        s = DistributedSettings::fromEnvironment(slurm);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->rank, 5);
        QCOMPARE(s->worldSize, 8);
        QCOMPARE(s->localRank, 1);
        QCOMPARE(s->localWorldSize, 4);
        QCOMPARE(s->masterAddress, QString("gpu07"));
        QCOMPARE(s->masterPort, 29500);
        QCOMPARE(s->threadsPerRank(64), 6);
        QCOMPARE(s->launcher, QString("SLURM"));
        QCOMPARE(DistributedSettings::firstSlurmHost("node3,node4"), QString("node3"));
        QCOMPARE(DistributedSettings::firstSlurmHost("a[1,3-5]b"), QString("a1b"));

        // Wrong or missing values are named.
        torchrun.insert("RANK", "4");
        s = DistributedSettings::fromEnvironment(torchrun);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains("RANK is '4'") && s.error().contains("0 to 3"), qPrintable(s.error()));
        torchrun.insert("RANK", "1");
        torchrun.remove("MASTER_ADDR");
        s = DistributedSettings::fromEnvironment(torchrun);
        QVERIFY2(!s.ok() && s.error().contains("MASTER_ADDR"), qPrintable(s.error()));
        s = DistributedSettings::fromEnvironment(QProcessEnvironment());
        QVERIFY2(!s.ok() && s.error().contains("torchrun"), qPrintable(s.error()));
    }

    void shardsAreDisjointAndComplete()
    {
        for (const auto& [n, world] : std::vector<std::pair<int, int>>{{10, 2}, {10, 3}, {7, 3}, {2, 3}, {64, 1}}) {
            std::vector<int64_t> order(static_cast<size_t>(n));
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), std::mt19937_64(n));
            std::multiset<int64_t> seen;
            size_t size = 0;
            for (int r = 0; r < world; ++r) {
                const auto shard = DistributedSampler::shard(order, r, world);
                if (r > 0)
                    QCOMPARE(shard.size(), size); // lockstep: the same number of batches on every rank
                size = shard.size();
                seen.insert(shard.begin(), shard.end());
            }
            QCOMPARE(int64_t(size), int64_t((n + world - 1) / world));
            for (int i = 0; i < n; ++i)
                QVERIFY(seen.count(i) >= 1);                       // complete
            QCOMPARE(int(seen.size()) - n, int(size) * world - n); // only the padding repeats
            // Validation slices: contiguous, disjoint, complete, unpadded.
            int64_t next = 0;
            for (int r = 0; r < world; ++r) {
                const auto [begin, end] = DistributedSampler::slice(n, r, world);
                QCOMPARE(begin, next);
                next = end;
            }
            QCOMPARE(next, int64_t(n));
        }
    }

    void ranksStayIdenticalAndMatchOneProcess_data()
    {
        QTest::addColumn<int>("world");
        QTest::addColumn<QString>("arch");
        QTest::newRow("two ranks") << 2 << "small-cnn";
        QTest::newRow("three ranks") << 3 << "small-cnn";
        // Batch norm: each rank normalises with its own batch (so no lone process compares), and
        // the running statistics come from rank 0 before each step.
        QTest::newRow("two ranks, batch norm") << 2 << "resnet18";
    }

    void ranksStayIdenticalAndMatchOneProcess()
    {
        QFETCH(int, world);
        QFETCH(QString, arch);
        const bool batchNorm = arch != "small-cnn";
        QTemporaryDir tmp;
        const int batch = 8, steps = 6;
        const QString self = QCoreApplication::applicationFilePath();
        const int port = freePort();
        QVector<QStringList> args;
        QVector<QProcessEnvironment> envs;
        for (int r = 0; r < world; ++r) {
            args << QStringList{"--worker", tmp.filePath(QString("rank%1").arg(r)), QString::number(batch), QString::number(steps), arch};
            envs << rankEnvironment(r, world, port);
        }
        // One process with batch world × B on the same data and order.
        QProcessEnvironment alone = QProcessEnvironment::systemEnvironment();
        for (const char* k : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"})
            alone.remove(k);
        if (!batchNorm) {
            args << QStringList{"--worker", tmp.filePath("alone"), QString::number(batch * world), QString::number(steps), arch};
            envs << alone;
        }
        const QVector<Ran> ran = runAll(self, args, envs);
        for (int i = 0; i < ran.size(); ++i)
            QVERIFY2(ran[i].code == 0, ran[i].err.constData());
        // Each rank started from other random weights: the broadcast made them rank 0's.
        const QVector<float> start = readFloats(tmp.filePath("rank0.start"));
        QVERIFY(!start.isEmpty());
        for (int r = 1; r < world; ++r)
            QCOMPARE(readFloats(tmp.filePath(QString("rank%1.start").arg(r))), start);
        // After every step every rank holds the same weights, bit for bit.
        const QList<QByteArray> first = ran[0].out.trimmed().split('\n');
        QCOMPARE(first.size(), steps);
        for (int r = 1; r < world; ++r)
            QCOMPARE(ran[r].out.trimmed().split('\n'), first);
        const QVector<float> ranked = readFloats(tmp.filePath("rank0"));
        QCOMPARE(ranked.size(), start.size());
        for (int r = 1; r < world; ++r)
            QCOMPARE(readFloats(tmp.filePath(QString("rank%1").arg(r))), ranked);
        double moved = 0;
        for (int i = 0; i < ranked.size(); ++i)
            moved = std::max(moved, double(std::abs(ranked[i] - start[i])));
        if (batchNorm)
            return;
        // And the lone process with the combined batch reaches the same weights (float sums in
        // another order: within a tolerance far below how far the weights moved; a gradient
        // summed over the ranks instead of averaged would move them W times as far).
        const QVector<float> single = readFloats(tmp.filePath("alone"));
        QCOMPARE(single.size(), ranked.size());
        double worst = 0;
        for (int i = 0; i < ranked.size(); ++i)
            worst = std::max(worst, double(std::abs(ranked[i] - single[i])));
        QVERIFY2(worst < 1e-5 && worst < moved / 1000, qPrintable(QString("largest difference %1, largest move %2").arg(worst).arg(moved)));
    }

    void trainsEndToEndWithRankZeroWriting()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 40, kSize);
        QVERIFY(!root.isEmpty());
        const int port = freePort();
        QVector<QStringList> args;
        QVector<QProcessEnvironment> envs;
        for (int r = 0; r < 2; ++r) {
            args << QStringList{"train", "--distributed", "--project", root, "--epochs", "2", "--batch", "16", "--json"};
            envs << rankEnvironment(r, 2, port);
        }
        const QVector<Ran> ran = runAll(cli(), args, envs);
        QVERIFY2(ran[0].code == 0, ran[0].err.constData());
        QVERIFY2(ran[1].code == 0, ran[1].err.constData());
        QVERIFY2(ran[0].err.contains("Data parallel over 2 ranks"), ran[0].err.constData());
        QVERIFY2(!ran[1].err.contains("epoch 1/2"), ran[1].err.constData()); // only rank 0 reports
        QCOMPARE(runDirs(root).size(), 1);                                   // and writes
        const QJsonObject summary = QJsonDocument::fromJson(ran[0].out.trimmed().split('\n').last()).object();
        QCOMPARE(summary.value("epochs").toInt(), 2);
        QCOMPARE(summary.value("train_images").toInt(), 90);
    }

    void interruptedRanksResumeFromRankZerosCheckpoint()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 400, kSize);
        const auto ranks = startRanks(2, {"train", "--distributed", "--project", root, "--epochs", "30", "--batch", "16"});
        // Ctrl+C, as a launcher passes it on, once rank 0 has committed an epoch.
        QByteArray err0 = readErrorsUntil(*ranks[0], "epoch 1/30");
        QVERIFY2(err0.contains("epoch 1/30"), err0.constData());
        for (auto& p : ranks)
            ::kill(pid_t(p->processId()), SIGINT);
        for (auto& p : ranks)
            QVERIFY(p->waitForFinished(60000));
        err0 += ranks[0]->readAllStandardError();
        QVERIFY2(err0.contains("go on with"), err0.constData());
        QCOMPARE(ranks[1]->exitStatus(), QProcess::NormalExit);
        const QStringList runs = runDirs(root);
        QCOMPARE(runs.size(), 1);
        const QString run = root + "/runs/" + runs.first();
        const int stoppedAt = QJsonDocument::fromJson([&] {
                                  QFile f(run + "/model.json");
                                  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                              }())
                                  .object()
                                  .value("epochs_completed")
                                  .toInt();
        QVERIFY(stoppedAt >= 1 && stoppedAt < 30);
        // Its steps are counted in two ranks' batches: one process may not take it over.
        {
            QProcess alone;
            alone.start(cli(), {"train", "--resume", run});
            QVERIFY(alone.waitForFinished(60000));
            QVERIFY(alone.exitCode() != 0);
            const QByteArray err = alone.readAllStandardError();
            QVERIFY2(err.contains("was trained on 2 ranks"), err.constData());
        }

        // Resumed on both ranks from rank 0's run folder: the epochs that were left, weights
        // checked equal on the ranks after each (the run fails otherwise).
        QVector<QStringList> args;
        QVector<QProcessEnvironment> envs;
        const int port2 = freePort();
        for (int r = 0; r < 2; ++r) {
            args << QStringList{"train", "--distributed", "--resume", run, "--json"};
            envs << rankEnvironment(r, 2, port2);
        }
        const QVector<Ran> ran = runAll(cli(), args, envs, 600000);
        QVERIFY2(ran[0].code == 0, ran[0].err.constData());
        QVERIFY2(ran[1].code == 0, ran[1].err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(ran[0].out.trimmed().split('\n').last()).object();
        QCOMPARE(summary.value("epochs").toInt(), 30);
        QVERIFY2(ran[0].err.contains(QString("epoch %1/30").arg(stoppedAt + 1).toUtf8()), ran[0].err.constData());
        QVERIFY2(!ran[0].err.contains(QString("epoch %1/30 ").arg(stoppedAt).toUtf8()), ran[0].err.constData());
        QCOMPARE(runDirs(root).size(), 1);
    }

    void aKilledRankIsNamed()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 300, kSize);
        const auto ranks = startRanks(3, {"train", "--distributed", "--project", root, "--epochs", "50", "--batch", "8"}, 30);
        QByteArray err0 = readErrorsUntil(*ranks[0], "epoch 1/50");
        QVERIFY2(err0.contains("epoch 1/50"), err0.constData());
        ranks[2]->kill(); // SIGKILL: no goodbye
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < 2; ++r) {
            QVERIFY(ranks[size_t(r)]->waitForFinished(60000));
            QCOMPARE(ranks[size_t(r)]->exitStatus(), QProcess::NormalExit); // no SIGPIPE, no crash
            QVERIFY(ranks[size_t(r)]->exitCode() != 0);
        }
        const qint64 stoppedMs = timer.elapsed();
        ranks[2]->waitForFinished();
        err0 += ranks[0]->readAllStandardError();
        const QByteArray err1 = ranks[1]->readAllStandardError();
        QVERIFY2(err0.contains("Rank(s) 2 stopped answering"), err0.constData());
        QVERIFY2(err1.contains("Rank(s) 2 stopped answering"), err1.constData());
        QVERIFY2(stoppedMs < 30000, qPrintable(QString("the others took %1 ms to stop").arg(stoppedMs)));
        // The epochs that finished stay in rank 0's run folder.
        QCOMPARE(runDirs(root).size(), 1);
    }

    void aRankThatNeverArrivesIsNamed()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 10, kSize);
        const int port = freePort();
        QVector<QStringList> args;
        QVector<QProcessEnvironment> envs;
        for (int r = 0; r < 2; ++r) { // of three
            args << QStringList{"train", "--distributed", "--project", root, "--epochs", "1"};
            envs << rankEnvironment(r, 3, port, 3);
        }
        const QVector<Ran> ran = runAll(cli(), args, envs, 60000);
        for (const Ran& r : ran) {
            QVERIFY(r.code != 0);
            QVERIFY2(r.err.contains("Rank(s) 2 of 3 did not arrive within 3 s"), r.err.constData());
            QVERIFY(r.ms < 30000);
        }
        QCOMPARE(runDirs(root).size(), 0);
    }

    void mismatchedRanksAreRefused()
    {
        QTemporaryDir tmp;
        const QString a = TestData::makeProject(tmp.filePath("a"), 2, 20, kSize);
        const QString b = TestData::makeProject(tmp.filePath("b"), 2, 21, kSize); // one image more per class
        // Other data.
        int port = freePort();
        QVector<Ran> ran = runAll(
            cli(),
            {{"train", "--distributed", "--project", a, "--epochs", "1"}, {"train", "--distributed", "--project", b, "--epochs", "1"}},
            {rankEnvironment(0, 2, port), rankEnvironment(1, 2, port)}, 120000);
        for (const Ran& r : ran) {
            QVERIFY(r.code != 0);
            QVERIFY2(r.err.contains("Rank 1's images"), r.err.constData());
        }
        QCOMPARE(runDirs(a).size(), 0);
        // Other settings.
        port = freePort();
        ran = runAll(cli(),
                     {{"train", "--distributed", "--project", a, "--epochs", "1", "--lr", "0.01"},
                      {"train", "--distributed", "--project", a, "--epochs", "1", "--lr", "0.02"}},
                     {rankEnvironment(0, 2, port), rankEnvironment(1, 2, port)}, 120000);
        for (const Ran& r : ran) {
            QVERIFY(r.code != 0);
            QVERIFY2(r.err.contains("Rank 1's version or training settings"), r.err.constData());
        }
        QCOMPARE(runDirs(a).size(), 0);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--worker")
        return runWorker(app.arguments());
    TestDistributed test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_distributed.moc"

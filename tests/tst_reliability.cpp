// Regression tests for what a hostile test pass found (issue "Nothing lost, nothing crashes"):
// full disks, damaged model and checkpoint files, projects that point outside themselves, device
// files and pixel bombs, kills at every commit boundary and at random moments, and two programs
// on one project. Most run picta-cli as a child process, as a user or a script would.
#include "data/zipreader.h"
#include "imaging/imagedecoder.h"
#include "models/modelinfo.h"
#include "models/safetensors.h"
#include "project/project.h"
#include "project/provenancelog.h"
#include "support/atomicfile.h"
#include "support/filelock.h"
#include "readonlymount.h"
#include "testdata.h"
#include "training/runfolder.h"
#include "training/runjournal.h"
#include "training/runlock.h"
#include "inference/predictor.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <torch/torch.h>

#include <random>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

using namespace picta;
using namespace picta::test;

namespace {

struct Run {
    int code = -1; ///< -1: killed or timed out
    bool killed = false;
    QByteArray out, err;
};

struct ChildOptions {
    qint64 fileSizeLimit = 0; ///< RLIMIT_FSIZE in bytes; 0: none
    int killAtStep = 0;       ///< PICTA_KILL_AT_STEP
    int killAfterMs = 0;      ///< SIGKILL after this long; 0: never
};

Run cli(const QStringList& args, const ChildOptions& options = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PICTA_KILL_AT_STEP"));
    if (options.killAtStep > 0)
        env.insert(QStringLiteral("PICTA_KILL_AT_STEP"), QString::number(options.killAtStep));
    env.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    const qint64 limit = options.fileSizeLimit;
    if (limit > 0)
        process.setChildProcessModifier([limit] {
            const struct rlimit r {
                rlim_t(limit), rlim_t(limit)
            };
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
    process.start(qEnvironmentVariable("PICTA_CLI"), args);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (options.killAfterMs > 0 && !process.waitForFinished(options.killAfterMs)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        run.killed = true;
    }
    if (!process.waitForFinished(300000))
        return run;
    run.killed = run.killed || process.exitStatus() != QProcess::NormalExit;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray pngOf(int width, int height, int shade)
{
    std::vector<uchar> bytes;
    cv::imencode(".png", cv::Mat(height, width, CV_8UC3, cv::Scalar(shade, 255 - shade, 40)), bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

// A noisy (incompressible) PNG of about width×height×3 bytes.
QByteArray noisyPng(int width, int height, unsigned seed)
{
    cv::Mat m(height, width, CV_8UC3);
    cv::theRNG().state = seed;
    cv::randu(m, 0, 255);
    std::vector<uchar> bytes;
    cv::imencode(".png", m, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString onlyRun(const QString& root)
{
    const QStringList runs = QDir(root + "/runs").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return runs.size() == 1 ? root + "/runs/" + runs.first() : QString();
}

// Everything a run folder must be after any kill and a recovery: parseable, no partial file.
QString runFolderProblem(const QString& runDir)
{
    for (const QString& path : filesBelow(runDir)) {
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith('.') || name == QLatin1String("commit.json"))
            return "left behind: " + name;
        QFile f(path);
        if (f.size() == 0 && name != QLatin1String("training.lock"))
            return "empty: " + name;
    }
    const auto info = ModelInfo::load(RunFolder::infoPath(runDir));
    if (!info)
        return info.error();
    const QVector<EpochStats> history = RunFolder::readHistory(runDir);
    if (history.size() != info->epochsCompleted)
        return QString("history has %1 epochs, model.json %2").arg(history.size()).arg(info->epochsCompleted);
    for (int i = 0; i < history.size(); ++i)
        if (history[i].epoch != i + 1)
            return QString("history row %1 is epoch %2").arg(i).arg(history[i].epoch);
    if (RunFolder::readEpochs(runDir).size() != info->epochsCompleted)
        return "epochs.json disagrees with model.json";
    if (QFileInfo::exists(RunFolder::weightsPath(runDir))) {
        QFile weights(RunFolder::weightsPath(runDir));
        weights.open(QIODevice::ReadOnly);
        if (QCryptographicHash::hash(weights.readAll(), QCryptographicHash::Sha256).toHex() != info->weightsSha256.toLatin1())
            return "model.safetensors does not match model.json";
    }
    if (QFileInfo::exists(RunFolder::checkpointPath(runDir)) && !SafeTensors::load(RunFolder::checkpointPath(runDir)))
        return "checkpoint does not parse";
    return {};
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QVERIFY(AtomicFile::write(path, QJsonDocument(o).toJson()));
}

} // namespace

class TestReliability : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_trained; ///< a project with one complete 2-epoch run, shared by the damage tests
    QString m_run;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("PICTA_CLI")).isExecutable(), "PICTA_CLI must name picta-cli");
        AtomicFile::ignoreFileSizeSignal();
        m_trained = TestData::makeProject(m_tmp.filePath("trained"), 2, 12, 16, 1);
        const Run r = cli({"train", "--project", m_trained, "--epochs", "2", "--batch", "8", "--threads", "1", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        m_run = onlyRun(m_trained);
        QVERIFY(!m_run.isEmpty());
        QCOMPARE(runFolderProblem(m_run), QString());
    }

    // 1. A full disk: the write fails with the path and the cause, the old file stays whole and
    // no temporary file is left. RLIMIT_FSIZE stands in for the full disk (EFBIG like ENOSPC).
    void aFailedWriteKeepsTheOldFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath("picta.json");
        QVERIFY(AtomicFile::write(path, "old contents"));
        struct rlimit saved;
        ::getrlimit(RLIMIT_FSIZE, &saved);
        const struct rlimit small {
            4096, saved.rlim_max
        };
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status written = AtomicFile::write(path, QByteArray(100000, 'x'));
        const Status appended = AtomicFile::appendRecord(tmp.filePath("log.csv"), QByteArray(10000, 'y'));
        ::setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(!written);
        QVERIFY(!appended);
        QVERIFY2(written.error().contains(path) && written.error().contains("file size limit"), qPrintable(written.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old contents"));
        QCOMPARE(QFileInfo(tmp.filePath("log.csv")).size(), 0); // the short append was cut back off
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QCOMPARE(AtomicFile::writeError("/x/y", ENOSPC), QString("Cannot write /x/y: the disk is full"));
    }

    void importIntoAFullDiskStopsAndSaysSo()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath("p");
        for (int i = 0; i < 6; ++i)
            QVERIFY(TestData::writeFile(tmp.filePath(QString("src/cats/%1.png").arg(i)), noisyPng(64, 64, unsigned(i + 1))));
        QVERIFY(cli({"import", "--project", root, tmp.filePath("src/cats/0.png")}).code == 0); // project and sources.csv exist
        const QByteArray projectBefore = readJson(root + "/picta.json").isEmpty() ? QByteArray() : QByteArray("ok");
        QCOMPARE(projectBefore, QByteArray("ok"));
        const Run r = cli({"import", "--project", root, tmp.filePath("src")}, {8192, 0, 0}); // each image is ~12 KB
        QVERIFY2(r.code != 0, r.out.constData());
        QVERIFY2(r.err.contains("file size limit") && r.err.contains("images"), r.err.constData());
        QVERIFY(Project::open(root)); // picta.json whole
        for (const QString& path : filesBelow(root + "/images"))
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        QCOMPARE(ProvenanceLog(root).rows().size() >= 1, true);
        QVERIFY(filesBelow(root).filter(".picta-tmp-").isEmpty());
    }

    void trainingIntoAFullDiskFailsWithoutCommittingEmptyFiles()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 8, 16, 1);
        const Run r = cli({"train", "--project", root, "--epochs", "2", "--batch", "8", "--threads", "1"}, {20000, 0, 0});
        QVERIFY2(r.code != 0 && !r.killed, r.err.constData());
        QVERIFY2(r.err.contains("file size limit"), r.err.constData());
        const QString run = onlyRun(root);
        if (!run.isEmpty()) // the folder appeared with its settings; nothing half-written in it
            QCOMPARE(runFolderProblem(run), QString());
    }

    // 2. Damaged model.json: refused quickly, with the file and the field.
    void damagedModelDescriptionsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("size 20000") << "input.size" << QJsonValue(20000) << "input.size";
        QTest::newRow("size 50000") << "input.size" << QJsonValue(50000) << "input.size";
        QTest::newRow("size 4096") << "input.size" << QJsonValue(4096) << "input.size";
        QTest::newRow("size text") << "input.size" << QJsonValue("64") << "input.size";
        QTest::newRow("channels 2") << "input.channels" << QJsonValue(2) << "input.channels";
        QTest::newRow("std 0") << "input.std" << QJsonValue(QJsonArray{0.0}) << "input.std";
        QTest::newRow("mean huge") << "input.mean" << QJsonValue(QJsonArray{1e30}) << "input.mean";
        QTest::newRow("one class") << "classes" << QJsonValue(QJsonArray{"a"}) << "classes";
        QTest::newRow("arch") << "arch" << QJsonValue("../../evil") << "arch";
        QTest::newRow("epochs") << "epochs" << QJsonValue(2147483647.0) << "epochs";
        QTest::newRow("sha") << "weights_sha256" << QJsonValue(QString(64, 'a')) << "SHA-256";
    }

    void damagedModelDescriptionsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        const QString run = tmp.filePath("run");
        QDir().mkpath(run);
        QFile::copy(RunFolder::weightsPath(m_run), RunFolder::weightsPath(run));
        QJsonObject info = readJson(RunFolder::infoPath(m_run));
        if (field.startsWith("input.")) {
            QJsonObject input = info["input"].toObject();
            input[field.mid(6)] = value;
            info["input"] = input;
        } else {
            info[field] = value;
        }
        writeJson(RunFolder::infoPath(run), info);
        QElapsedTimer timer;
        timer.start();
        const Run r = cli({"predict", "--run", run, TestData::imagesBelow(m_trained + "/images").first()});
        QVERIFY2(r.code != 0 && !r.killed, r.out.constData());
        QVERIFY2(r.err.contains(expected.toUtf8()) && r.err.contains("model."), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(timer.elapsed() < 20000); // refused before anything is allocated
        const Run e = cli({"evaluate", "--run", run});
        QVERIFY2(e.code != 0 && !e.killed, e.err.constData());
    }

    void notAnObjectIsNamedAsSuch()
    {
        QTemporaryDir tmp;
        QVERIFY(TestData::writeFile(tmp.filePath("model.json"), "[]"));
        const auto info = ModelInfo::load(tmp.filePath("model.json"));
        QVERIFY(!info);
        QVERIFY2(!info.error().contains("no error occurred") && info.error().contains("model.json"), qPrintable(info.error()));
    }

    void nonFiniteWeightsNeverAnswer()
    {
        QTemporaryDir tmp;
        const QString run = tmp.filePath("run");
        QDir().mkpath(run);
        auto tensors = SafeTensors::load(RunFolder::weightsPath(m_run));
        QVERIFY(tensors);
        for (auto& [name, t] : *tensors)
            if (t.is_floating_point() && t.numel() > 1) {
                t = t.clone();
                t.view(-1)[0] = std::numeric_limits<float>::quiet_NaN();
                break;
            }
        QVERIFY(SafeTensors::save(RunFolder::weightsPath(run), *tensors));
        QJsonObject info = readJson(RunFolder::infoPath(m_run));
        info.remove("weights_sha256"); // an older run's model.json: the values are still checked
        writeJson(RunFolder::infoPath(run), info);
        const Run r = cli({"predict", "--run", run, TestData::imagesBelow(m_trained + "/images").first(), "--json"});
        QVERIFY2(r.code != 0 && !r.killed, r.out.constData());
        QVERIFY2(r.err.contains("not finite"), r.err.constData());
        QVERIFY(!r.out.contains("null"));
    }

    // 3. Damaged checkpoints: resume refuses with the file and the cause.
    void damagedCheckpointsAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("epoch huge") << "epoch=2147483647"
                                    << "epoch";
        QTest::newRow("epoch negative") << "epoch=-5"
                                        << "epoch";
        QTest::newRow("epoch missing") << "epoch="
                                       << "epoch";
        QTest::newRow("broadcastable tensor") << "tensor-shape"
                                              << "shape";
        QTest::newRow("optimizer tensor missing") << "optimizer-missing"
                                                  << "incomplete";
        QTest::newRow("threads") << "threads"
                                 << "threads";
        QTest::newRow("history") << "history"
                                 << "history.csv";
    }

    void damagedCheckpointsAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 8, 16, 1);
        const Run first = cli({"train", "--project", root, "--epochs", "3", "--batch", "8", "--threads", "1", "--json"}, {0, 0, 0});
        QVERIFY(first.code == 0);
        const QString run = onlyRun(root);
        // Make it look stopped after epoch 2 of 3 with a damaged piece.
        QJsonObject info = readJson(RunFolder::infoPath(run));
        info["status"] = "cancelled";
        info["epochs_completed"] = 2;
        Metadata meta;
        auto tensors = SafeTensors::load(RunFolder::checkpointPath(run), &meta);
        QVERIFY(tensors);
        meta["epoch"] = "2";
        if (damage.startsWith("epoch="))
            meta["epoch"] = damage.mid(6);
        if (damage == "tensor-shape")
            for (auto& [name, t] : *tensors)
                if (name.rfind("model.", 0) == 0 && t.dim() == 4) {
                    t = torch::ones({1});
                    break;
                }
        if (damage == "optimizer-missing")
            for (auto it = tensors->begin(); it != tensors->end(); ++it)
                if (it->first.find("exp_avg_sq") != std::string::npos) {
                    tensors->erase(it);
                    break;
                }
        if (damage == "threads") {
            QJsonObject training = info["training"].toObject();
            training["threads"] = 100000;
            info["training"] = training;
        }
        if (damage == "history")
            QVERIFY(TestData::writeFile(RunFolder::historyPath(run), "epoch,train_loss\n1,0.5\n2,0.4\n2,0.4\n"));
        else
            QVERIFY(AtomicFile::write(RunFolder::historyPath(run), RunFolder::historyCsv(RunFolder::readHistory(run).mid(0, 2))));
        writeJson(RunFolder::infoPath(run), info);
        QVERIFY(SafeTensors::save(RunFolder::checkpointPath(run), *tensors, meta));
        QElapsedTimer timer;
        timer.start();
        const Run r = cli({"train", "--resume", run, "--json"});
        QVERIFY2(r.code != 0 && !r.killed, r.out.constData());
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("map::at"));
        QVERIFY(timer.elapsed() < 60000);
    }

    // 4. picta.json never reaches outside the project.
    void projectsCannotPointOutside()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 4, 16, 1);
        const QJsonObject good = readJson(root + "/picta.json");
        for (const QString& dir : {QString("/etc"), QString("../elsewhere"), QString("images/../../x")}) {
            QJsonObject bad = good;
            bad["images_dir"] = dir;
            writeJson(root + "/picta.json", bad);
            const auto project = Project::open(root);
            QVERIFY2(!project && project.error().contains("images_dir"), qPrintable(dir));
            const Run r = cli({"import", "--project", root, tmp.filePath("nothing")});
            QVERIFY(r.code != 0);
        }
        QVERIFY(QFile::link("/tmp", root + "/linked"));
        QJsonObject linked = good;
        linked["images_dir"] = "linked";
        writeJson(root + "/picta.json", linked);
        QVERIFY(!Project::open(root));
        for (const QString& name : {QString("../.."), QString("/etc"), QString(".hidden"), QString("a/b")}) {
            QJsonObject bad = good;
            bad["classes"] = QJsonArray{"class0", name};
            writeJson(root + "/picta.json", bad);
            const auto project = Project::open(root);
            QVERIFY2(!project && project.error().contains("picta.json"), qPrintable(name));
        }
        // Names the app would not let a user type, but that folders of images have, still open.
        QJsonObject odd = good;
        odd["classes"] = QJsonArray{"class0", "What? A cat: maybe"};
        writeJson(root + "/picta.json", odd);
        QVERIFY(Project::open(root));
        writeJson(root + "/picta.json", good);
        // A class whose folder is gone or is a file is listed, not silently empty.
        QVERIFY(QDir(root + "/images/class1").removeRecursively());
        QVERIFY(TestData::writeFile(root + "/images/class1", "not a folder"));
        QVector<ListingProblem> problems;
        const auto project = Project::open(root);
        QVERIFY(project);
        project->images(&problems);
        QVERIFY(std::any_of(problems.begin(), problems.end(), [](const ListingProblem& p) { return p.reason.contains("class1"); }));
    }

    // 5. Device files and links leaving the project.
    void devicesAndOutsideLinksAreNotRead()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 4, 16, 1);
        QVERIFY(QFile::link("/dev/zero", root + "/images/class0/zero.png"));
        QVERIFY(TestData::writeFile(tmp.filePath("outside.png"), pngOf(16, 16, 10)));
        QVERIFY(QFile::link(tmp.filePath("outside.png"), root + "/images/class0/outside.png"));
        QVector<ListingProblem> problems;
        const auto images = Project::open(root)->images(&problems);
        QCOMPARE(images.size(), 8);
        QCOMPARE(problems.size(), 2);
        const auto image = ImageDecoder::readFile("/dev/zero");
        QVERIFY(!image);
        QVERIFY2(image.error().contains("not a regular file"), qPrintable(image.error()));
        QVERIFY(!AtomicFile::read("/dev/zero"));
        // predict and import refuse it with a message instead of bad_alloc.
        const Run p = cli({"predict", "--run", m_run, "/dev/zero", "--json"});
        QVERIFY2(!p.killed && (p.out + p.err).contains("not a regular file"), (p.out + p.err).constData());
        QVERIFY(QFile::link("/dev/zero", tmp.filePath("src/zero.png"))
                || (QDir().mkpath(tmp.filePath("src")) && QFile::link("/dev/zero", tmp.filePath("src/zero.png"))));
        const Run i = cli({"import", "--project", root, tmp.filePath("src")});
        QVERIFY2(!i.killed && i.err.contains("not a regular file"), i.err.constData());
        // Training skips and lists them.
        const Run t = cli({"train", "--project", root, "--epochs", "1", "--batch", "8", "--threads", "1"});
        QVERIFY2(t.code == 0, t.err.constData());
    }

    // 6. The pixel-bomb guard is on every decode path.
    void pixelBombsAreRefusedEverywhere()
    {
        QTemporaryDir tmp;
        // A real 100×100 PNG whose header claims 16000×16000 (CRC fixed): a few hundred bytes.
        QByteArray bomb = pngOf(100, 100, 50);
        auto be32 = [&](int at, quint32 v) {
            for (int i = 0; i < 4; ++i)
                bomb[at + i] = char((v >> (24 - 8 * i)) & 0xff);
        };
        be32(16, 16000);
        be32(20, 16000);
        be32(29, quint32(crc32(0, reinterpret_cast<const Bytef*>(bomb.constData() + 12), 17)));
        const auto decoded = ImageDecoder::decodeBytes(bomb, "bomb.png");
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains("megapixels"), qPrintable(decoded.error()));
        QVERIFY(TestData::writeFile(tmp.filePath("src/bomb.png"), bomb));
        const QString root = tmp.filePath("p");
        const Run i = cli({"import", "--project", root, tmp.filePath("src")});
        QVERIFY2(i.err.contains("megapixels"), i.err.constData());
        QVERIFY(TestData::imagesBelow(root + "/images").isEmpty());
        const Run p = cli({"predict", "--run", m_run, tmp.filePath("src/bomb.png"), "--json"});
        QVERIFY2((p.out + p.err).contains("megapixels"), (p.out + p.err).constData());
    }

    // 7. Killed at every commit boundary of a 2-epoch run: resume finishes it, nothing is lost.
    void killedAtEveryCommitStepResumeLosesNothing()
    {
        // Commit steps of a 2-epoch run: per epoch 6 pending files, the journal, 6 renames and the
        // journal's removal (14); 28 in all. Every one is a kill point, plus one past the end.
        for (int step = 1; step <= 29; ++step) {
            QTemporaryDir tmp;
            const QString root = TestData::makeProject(tmp.filePath("p"), 2, 8, 16, 1);
            const Run killed = cli({"train", "--project", root, "--epochs", "2", "--batch", "8", "--threads", "1"}, {0, step, 0});
            QCOMPARE(killed.killed, step <= 28);
            checkResumable(root, QString("kill at step %1").arg(step));
        }
    }

    void killedAtRandomMomentsResumeLosesNothing()
    {
        std::mt19937 rng(20261201);
        QElapsedTimer timer;
        QTemporaryDir probe;
        const QString probeRoot = TestData::makeProject(probe.filePath("p"), 2, 24, 16, 1);
        timer.start();
        QCOMPARE(cli({"train", "--project", probeRoot, "--epochs", "3", "--batch", "8", "--threads", "1"}).code, 0);
        const int full = int(timer.elapsed());
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir tmp;
            const QString root = TestData::makeProject(tmp.filePath("p"), 2, 24, 16, 1);
            const int at = std::uniform_int_distribution<int>(full / 10, full)(rng);
            cli({"train", "--project", root, "--epochs", "3", "--batch", "8", "--threads", "1"}, {0, 0, at});
            checkResumable(root, QString("kill after %1 of %2 ms").arg(at).arg(full));
        }
    }

    void aRunWithoutALivingTrainerIsNotTraining()
    {
        QTemporaryDir tmp;
        RunLock lock;
        QVERIFY(lock.acquire(tmp.path()));
        QVERIFY(RunLock::isActive(tmp.path()));
        RunLock second;
        const Status refused = second.acquire(tmp.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains("another program"), qPrintable(refused.error()));
        lock.release();
        QVERIFY(!RunLock::isActive(tmp.path()));
        // A lock file left by a killed process holds no lock.
        QVERIFY(TestData::writeFile(RunLock::path(tmp.path()), "process 1 on elsewhere\n"));
        QVERIFY(!RunLock::isActive(tmp.path()));
    }

    // 8. Import: idempotent, every image with its row even when killed, one copy per content.
    void importKilledAtRandomLeavesEveryImageWithItsRow()
    {
        QTemporaryDir tmp;
        for (int i = 0; i < 400; ++i)
            QVERIFY(TestData::writeFile(tmp.filePath(QString("src/c%1/%2.png").arg(i % 3).arg(i)),
                                        pngOf(24, 24, i % 256) + QByteArray::number(i)));
        std::mt19937 rng(7);
        // Kill moments scale with how long a whole import takes here, and come after the program
        // has started (loading libtorch dominates a short import, and a sanitizer build starts
        // several times slower): between a fifth of the import and its end.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cli({"--version"}).code, 0);
        const int startup = int(timer.elapsed());
        timer.restart();
        QCOMPARE(cli({"import", "--project", tmp.filePath("probe"), tmp.filePath("src")}).code, 0);
        const int full = std::max(int(timer.elapsed()), startup + 10);
        const int earliest = startup + (full - startup) / 5, latest = std::max(earliest + 1, full * 95 / 100);
        const QString root = tmp.filePath("p");
        int checked = 0;
        for (int round = 0; round < 4; ++round) {
            cli({"import", "--project", root, tmp.filePath("src")}, {0, 0, std::uniform_int_distribution<int>(earliest, latest)(rng)});
            if (!QFileInfo::exists(root))
                continue; // killed before the project was made
            ++checked;
            QVERIFY(Project::open(root));
            const auto rows = ProvenanceLog(root).rows();
            QSet<QString> rowFiles;
            for (const ProvenanceRow& r : rows)
                rowFiles.insert(r.file);
            for (const QString& image : TestData::imagesBelow(root + "/images"))
                QVERIFY2(rowFiles.contains(QDir(root).relativeFilePath(image)), qPrintable(image));
        }
        QVERIFY2(checked >= 2, "the kills came before the imports started: nothing was tested");
        const Run done = cli({"import", "--project", root, tmp.filePath("src"), "--json"});
        QCOMPARE(done.code, 0);
        QCOMPARE(TestData::imagesBelow(root + "/images").size(), 400); // each exactly once
        const Run again = cli({"import", "--project", root, tmp.filePath("src"), "--json"});
        QCOMPARE(again.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(again.out.trimmed().split('\n').last()).object();
        QCOMPARE(report["imported"].toInt(), 0);
        QCOMPARE(report["duplicates"].toInt(), 400);
    }

    void aSingleImageIsImportedNotReadAsAnAddressList()
    {
        QTemporaryDir tmp;
        QVERIFY(TestData::writeFile(tmp.filePath("photo.png"), pngOf(20, 20, 3)));
        const Run r = cli({"import", "--project", tmp.filePath("p"), tmp.filePath("photo.png"), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(tmp.filePath("p/images/.unlabelled/photo.png")));
    }

    // Two programs on one project: appends and picta.json edits lose nothing.
    void twoImportsAtOnceLoseNothing()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath("p");
        QVERIFY(Project::create(root, "p"));
        for (int i = 0; i < 120; ++i) {
            QVERIFY(TestData::writeFile(tmp.filePath(QString("a/a%1/%2.png").arg(i % 6).arg(i)),
                                        pngOf(16, 16, i) + "a" + QByteArray::number(i)));
            QVERIFY(TestData::writeFile(tmp.filePath(QString("b/b%1/%2.png").arg(i % 6).arg(i)),
                                        pngOf(16, 16, i) + "b" + QByteArray::number(i)));
        }
        QProcess a, b;
        a.start(qEnvironmentVariable("PICTA_CLI"), {"import", "--project", root, tmp.filePath("a")});
        b.start(qEnvironmentVariable("PICTA_CLI"), {"import", "--project", root, tmp.filePath("b")});
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const auto project = Project::open(root);
        QVERIFY(project);
        QCOMPARE(project->classes().size(), 12);
        QCOMPARE(readJson(root + "/picta.json")["classes"].toArray().size(), 12);
        QCOMPARE(ProvenanceLog(root).rows().size(), 240);
    }

    // A class rename killed between its folder and picta.json is completed on the next open.
    void anInterruptedRenameIsCompletedOnOpen()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 3, 16, 1);
        QVERIFY(TestData::writeFile(Project::renameJournalPath(root), R"({"from":"class0","to":"Tee"})"));
        QVERIFY(QDir().rename(root + "/images/class0", root + "/images/Tee")); // killed here
        const auto project = Project::open(root);
        QVERIFY(project);
        QCOMPARE(project->classes(), QStringList({"Tee", "class1"}));
        QVERIFY(!QFileInfo::exists(Project::renameJournalPath(root)));
        QCOMPARE(Project::open(root)->images().size(), 6);
    }

    // A project on a read-only medium: readable, its models usable, every write refused by name.
    void aReadOnlyProjectIsReadableAndRefusesWrites()
    {
        QTemporaryDir tmp;
        ReadOnlyMount mount(m_trained, tmp.filePath("ro"));
        if (!mount.available())
            QSKIP("a read-only bind mount needs root");
        const QString ro = tmp.filePath("ro");
        const auto project = Project::open(ro);
        QVERIFY(project);
        QVERIFY(project->isReadOnly());
        QVERIFY(!Project::open(m_trained)->isReadOnly());
        QCOMPARE(project->images().size(), 24);
        const QString run = ro + "/runs/" + QFileInfo(m_run).fileName();
        QVERIFY(RunJournal::recover(run));
        const auto predictor = Predictor::load(run);
        QVERIFY2(predictor, predictor ? "" : qPrintable(predictor.error()));
        QVERIFY(TestData::writeFile(tmp.filePath("src/new.png"), pngOf(20, 20, 77)));
        const Run r = cli({"import", "--project", ro, tmp.filePath("src")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
    }

    // Inputs the fuzzers found (tests/fuzz/regressions/<target>/): each ends in a message.
    void fuzzFindingsStayFixed()
    {
        const QDir regressions(QStringLiteral(PICTA_FUZZ_REGRESSIONS));
        int cases = 0;
        for (const QFileInfo& file : QDir(regressions.filePath("image")).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto decoded = ImageDecoder::decodeBytes(f.readAll(), file.fileName());
            QVERIFY2(!decoded && decoded.error().contains(file.fileName()), qPrintable(file.fileName()));
            ++cases;
        }
        for (const QFileInfo& file : QDir(regressions.filePath("zip")).entryInfoList(QDir::Files)) {
            auto zip = ZipReader::open(file.filePath());
            if (zip)
                for (const auto& entry : zip->entries()) {
                    const auto bytes = zip->read(entry, 1 << 20);
                    if (entry.compressedSize > file.size())
                        QVERIFY(!bytes); // a forged size is refused, not allocated
                }
            ++cases;
        }
        QVERIFY(cases >= 2);
    }

private:
    void checkResumable(const QString& root, const QString& what)
    {
        const QString run = onlyRun(root);
        if (run.isEmpty()) { // killed before the run folder appeared: nothing to resume, nothing visible
            const QStringList visible = QDir(root + "/runs").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QVERIFY2(visible.isEmpty(), qPrintable(what));
            return;
        }
        QVERIFY2(!RunLock::isActive(run), qPrintable(what));
        // No recovery by the test: resume must complete or discard an interrupted commit itself.
        const Run resumed = cli({"train", "--resume", run, "--json"});
        QVERIFY2(resumed.code == 0, qPrintable(what + ": " + resumed.err));
        QCOMPARE(runFolderProblem(run), QString());
        const auto info = ModelInfo::load(RunFolder::infoPath(run));
        QVERIFY2(info && info->status == RunStatus::Complete && info->epochsCompleted == info->epochs, qPrintable(what));
        QVERIFY(!QFileInfo::exists(RunLock::path(run)));
    }

    using Metadata = SafeTensors::Metadata;
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"

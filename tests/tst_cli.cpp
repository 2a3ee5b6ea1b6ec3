#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace picta::test;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args, int timeoutMs = 300000, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PICTA_CLI"), args);
    Run run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(qEnvironmentVariable("PICTA_CLI")).isExecutable(), "PICTA_CLI must name picta-cli"); }

    void badArgumentsGiveOneLineAndANonZeroExit()
    {
        Run r = cli({});
        QCOMPARE(r.code, 2);
        r = cli({"frobnicate"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(r.err.contains("frobnicate"));
        r = cli({"train"});
        QCOMPARE(r.code, 2);
        r = cli({"train", "--project", "/nonexistent/project"});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(r.err.contains("/nonexistent/project"));
        r = cli({"train", "--project", "/tmp", "--epochs", "zero"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--epochs"));
        r = cli({"predict", "--run", "/nonexistent/run", "x.png"});
        QCOMPARE(r.code, 1);
        QCOMPARE(cli({"train", "--help"}).code, 0);
    }

    /// The GUI's Preferences file applies to the CLI: language, threads and device.
    void preferencesApplyToTheCli()
    {
        QTemporaryDir tmp;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", tmp.filePath("config"));
        {
            QSettings settings(tmp.filePath("config/Picta/Picta.conf"), QSettings::IniFormat);
            settings.setValue("interface/language", "de");
        }
        Run r = cli({"--help"}, 30000, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Befehle:"), r.out.constData());
        QVERIFY(r.out.contains(tmp.filePath("config/Picta/Picta.conf").toUtf8())); // --help names the file
        r = cli({"train", "--project", "/nonexistent/project"}, 30000, env);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("/nonexistent/project"));
        QVERIFY2(r.err != cli({"train", "--project", "/nonexistent/project"}).err, r.err.constData()); // German, not English
        {
            QSettings settings(tmp.filePath("config/Picta/Picta.conf"), QSettings::IniFormat);
            settings.setValue("interface/language", "en");
            settings.setValue("engine/threads", 1);
            settings.setValue("engine/device", "cpu");
        }
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 10, 16);
        r = cli({"train", "--project", root, "--epochs", "1", "--batch", "8", "--json"}, 300000, env);
        QVERIFY2(r.code == 0, r.err.constData());
        // One thread, on the CPU, and the English plural form ("thread", not "thread(s)").
        QCOMPARE(lastJsonLine(r.out).value("device").toString(), QString("CPU (1 thread)"));
    }

    void trainThenPredictWithJson()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 30, 16);
        Run r = cli({"train", "--project", root, "--epochs", "2", "--batch", "16", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = lastJsonLine(r.out);
        for (const char* key : {"run_dir", "epochs", "train_images_per_s", "val_accuracy", "val_loss", "seconds"})
            QVERIFY2(summary.contains(key), key);
        QCOMPARE(summary.value("epochs").toInt(), 2);
        const QString runDir = summary.value("run_dir").toString();
        QVERIFY(QFileInfo::exists(runDir + "/model.safetensors"));

        QVERIFY(TestData::writeFile(tmp.filePath("readme.png"), "text, not pixels"));
        const QString image = TestData::imagesBelow(root + "/images").first();
        r = cli({"predict", "--run", runDir, image, tmp.filePath("readme.png"), "--top", "2", "--json"});
        QCOMPARE(r.code, 1); // one file failed
        QVERIFY(r.err.contains("readme.png"));
        const QJsonArray predictions = lastJsonLine(r.out).value("predictions").toArray();
        QCOMPARE(predictions.size(), 2);
        QCOMPARE(predictions[0].toObject().value("top").toArray().size(), 2);
        QVERIFY(predictions[1].toObject().contains("error"));

        // evaluate agrees with the trainer's own validation figures, and lists the top losses.
        r = cli({"evaluate", "--run", runDir, "--top", "5", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject evaluation = lastJsonLine(r.out);
        QCOMPARE(evaluation.value("accuracy").toDouble(), summary.value("val_accuracy").toDouble());
        QCOMPARE(evaluation.value("classes").toArray().size(), 3);
        const QJsonArray confusion = evaluation.value("confusion").toArray();
        int total = 0;
        for (const QJsonValue& row : confusion)
            for (const QJsonValue& cell : row.toArray())
                total += cell.toInt();
        QCOMPARE(total, evaluation.value("images").toInt());
        QCOMPARE(evaluation.value("per_class").toObject().size(), 3);
        const QJsonArray top = evaluation.value("top_losses").toArray();
        QCOMPARE(top.size(), 5);
        QVERIFY(top[0].toObject().value("loss").toDouble() >= top[4].toObject().value("loss").toDouble());
        for (const char* key : {"path", "true", "pred", "p"})
            QVERIFY2(top[0].toObject().contains(key), key);
        QCOMPARE(cli({"evaluate"}).code, 2);

        r = cli({"predict", "--run", runDir, image, "--gradcam", tmp.filePath("cam"), "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString overlay = lastJsonLine(r.out).value("predictions").toArray()[0].toObject().value("gradcam").toString();
        QVERIFY(overlay.startsWith(tmp.filePath("cam")));
        QVERIFY(QFileInfo(overlay).size() > 1000);
    }

    void lrFindAndResumeFromTheCommandLine()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 30, 16);
        Run r = cli({"lr-find", "--project", root, "--batch", "8", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject found = lastJsonLine(r.out);
        const double suggestion = found.value("suggestion").toDouble();
        QVERIFY(suggestion >= 1e-7 && suggestion <= 10);
        QCOMPARE(found.value("lrs").toArray().size(), found.value("losses").toArray().size());
        QVERIFY(found.value("lrs").toArray().size() > 10);

        r = cli({"train", "--project", root, "--epochs", "2", "--batch", "8", "--schedule", "cosine", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString runDir = lastJsonLine(r.out).value("run_dir").toString();
        r = cli({"train", "--resume", runDir, "--json"}); // already complete: nothing left to do
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("epochs").toInt(), 2);
        QCOMPARE(cli({"train", "--project", root, "--sizes", "16:x"}).code, 2);
        QCOMPARE(cli({"train", "--project", root, "--schedule", "zigzag"}).code, 2);
    }

    void importFashionMnistWithItsTestSet()
    {
        if (!QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed");
        QTemporaryDir tmp;
        Run r = cli(
            {"import-fashion-mnist", "--out", tmp.filePath("f"), "--classes", "Trouser,9", "--per-class", "30", "--test-split", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("images").toInt(), 120); // 30 + 30 from each set
        QCOMPARE(cli({"import-fashion-mnist", "--out", tmp.filePath("g"), "--classes", "Hat"}).code, 2);
    }

    void checkAndDedupeReportAndQuarantineOnlyWhenAsked()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 6, 24, 3);
        QVERIFY(!root.isEmpty());
        const QStringList images = TestData::imagesBelow(root + "/images");
        QVERIFY(QFile::copy(images.first(), root + "/images/class1/copy.png"));
        QVERIFY(TestData::writeFile(root + "/images/class1/cut.jpg", TestData::gradientJpeg(64, 64).left(300)));

        Run r = cli({"check", "--dir", root, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonArray problems = lastJsonLine(r.out).value("problems").toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].toObject().value("path").toString().endsWith("cut.jpg"));
        QCOMPARE(problems[0].toObject().value("kind").toString(), QString("truncated"));
        QVERIFY(QFileInfo::exists(root + "/images/class1/cut.jpg")); // reported, not moved

        // The synthetic class patterns are near duplicates of one another by design; threshold 0
        // keeps the search to the copy (same bytes).
        r = cli({"dedupe", "--dir", root, "--threshold", "0", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject out = lastJsonLine(r.out);
        QCOMPARE(out.value("images").toInt(), 13);
        QCOMPARE(out.value("unreadable").toArray().size(), 1);
        QJsonArray groups = out.value("groups").toArray();
        QVERIFY2(groups.size() == 1, r.out.constData());
        QCOMPARE(groups[0].toArray().size(), 2);

        r = cli({"dedupe", "--dir", root, "--threshold", "0", "--quarantine", root, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(lastJsonLine(r.out).value("quarantined").toInt(), 1);
        QCOMPARE(QDir(root + "/quarantine/files").entryList(QDir::Files).size(), 1);
        QVERIFY(cli({"dedupe", "--dir", root, "--threshold", "0", "--json"}).out.contains("\"groups\":[]"));
        QCOMPARE(cli({"check", "--dir", tmp.filePath("nope")}).code, 2);
    }

    void importCreatesTheProjectAndRecordsSources()
    {
        QTemporaryDir tmp;
        QVERIFY(TestData::writeFile(tmp.filePath("src/cats/a.jpg"), TestData::gradientJpeg(300, 200)));
        QVERIFY(TestData::writeFile(tmp.filePath("src/cats/b.txt"), "no"));
        Run r = cli({"import", "--project", tmp.filePath("p"), tmp.filePath("src"), "--max-side", "64", "--license", "CC-BY", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject out = lastJsonLine(r.out);
        QCOMPARE(out.value("imported").toInt(), 1);
        QCOMPARE(out.value("classes_added").toArray().first().toString(), QString("cats"));
        QCOMPARE(out.value("skipped").toArray().size(), 1);
        QVERIFY(QFileInfo::exists(tmp.filePath("p/picta.json")));
        QFile sources(tmp.filePath("p/sources.csv"));
        QVERIFY(sources.open(QIODevice::ReadOnly));
        QVERIFY(sources.readAll().contains("images/cats/a.jpg"));
        QCOMPARE(cli({"import", "--project", tmp.filePath("p")}).code, 2);
    }

    void demoTrainsToAtLeast85Percent()
    {
        if (!QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed");
        QTemporaryDir tmp;
        const QString demo = tmp.filePath("demo");
        Run r = cli({"demo", "--out", demo});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(cli({"demo", "--out", demo}).code, 1); // never overwrites
        r = cli({"train", "--project", demo, "--epochs", "5", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = lastJsonLine(r.out);
        qInfo("demo: val_accuracy %.4f, %.0f train images/s, %.1f s", summary.value("val_accuracy").toDouble(),
              summary.value("train_images_per_s").toDouble(), summary.value("seconds").toDouble());
        QVERIFY(summary.value("val_accuracy").toDouble() >= 0.85);
        QCOMPARE(summary.value("val_images").toInt(), 400);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

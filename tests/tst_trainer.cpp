#include "inference/predictor.h"
#include "models/modelinfo.h"
#include "testdata.h"
#include "training/runfolder.h"
#include "training/trainer.h"
#include "training/trainingcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestTrainer : public QObject {
    Q_OBJECT

private:
    static TrainingConfig configFor(const QString& root, int epochs, int batch = 16)
    {
        TrainingConfig config;
        config.projectDir = root;
        config.epochs = epochs;
        config.batchSize = batch;
        config.learningRate = 2e-3;
        config.seed = 3;
        return config;
    }

private Q_SLOTS:
    void learnsASyntheticProblem()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 4, 60, 16);
        QVERIFY(!root.isEmpty());
        Trainer trainer;
        QSignalSpy epochs(&trainer, &Trainer::epochFinished);
        QSignalSpy batches(&trainer, &Trainer::batchFinished);
        const TrainingResult result = trainer.run(configFor(root, 5));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.epochsCompleted, 5);
        QCOMPARE(epochs.count(), 5);
        QVERIFY(batches.count() >= 5);           // at least the last batch of each epoch
        QCOMPARE(result.trainImages + result.valImages, 240);
        QCOMPARE(result.valImages, 60);          // 25 % of each class
        QVERIFY2(result.last.valAccuracy > 0.9, qPrintable(QString::number(result.last.valAccuracy)));
        QVERIFY(result.trainImagesPerSecond > 0);

        const auto info = ModelInfo::load(RunFolder::infoPath(result.runDir));
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info->status, QString("complete"));
        QCOMPARE(info->inputChannels, 1); // every image is gray
        QCOMPARE(info->classes.size(), 4);
        QCOMPARE(info->metrics.value("val_accuracy").toDouble(), result.last.valAccuracy);
        QFile history(RunFolder::historyPath(result.runDir));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QCOMPARE(history.readAll().count('\n'), 6); // header + 5 epochs
        QVERIFY(QFile::exists(RunFolder::weightsPath(result.runDir)));
    }

    void cancelMidEpochKeepsTheLastGoodCheckpoint()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 80, 16);
        Trainer trainer;
        // Cancel in the middle of the second epoch.
        connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchStats& s) {
            if (s.epoch == 2 && s.batch >= 2)
                trainer.requestCancel();
        });
        const TrainingResult result = trainer.run(configFor(root, 10, 4));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.cancelled);
        QCOMPARE(result.epochsCompleted, 1);
        const auto info = ModelInfo::load(RunFolder::infoPath(result.runDir));
        QVERIFY(info);
        QCOMPARE(info->status, QString("cancelled"));
        QCOMPARE(info->epochsCompleted, 1);
        const auto predictor = Predictor::load(result.runDir);
        QVERIFY2(predictor, qPrintable(predictor.error()));
        QVERIFY(predictor.value()->predictFile(TestData::imagesBelow(root + "/images").first()).ok());
    }

    void cancelInTheFirstEpochStillLeavesALoadableRun()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 40, 16);
        Trainer trainer;
        connect(&trainer, &Trainer::batchFinished, &trainer, [&](const BatchStats&) { trainer.requestCancel(); });
        const TrainingResult result = trainer.run(configFor(root, 3, 2));
        QVERIFY(result.cancelled);
        QCOMPARE(result.epochsCompleted, 0);
        QVERIFY2(Predictor::load(result.runDir), "a run cancelled in its first epoch must load");
    }

    void corruptImagesAreSkippedAndListed()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 16);
        const QByteArray jpeg = TestData::gradientJpeg(40, 40);
        QVERIFY(TestData::writeFile(root + "/images/class0/broken.jpg", jpeg.left(jpeg.size() / 3)));
        QVERIFY(TestData::writeFile(root + "/images/class1/empty.png", QByteArray()));
        Trainer trainer;
        QSignalSpy warnings(&trainer, &Trainer::warning);
        const TrainingResult result = trainer.run(configFor(root, 1));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.skipped.size(), 2);
        QCOMPARE(result.trainImages + result.valImages, 40);
        QCOMPARE(warnings.count(), 2);
    }

    void badProjectsFailWithAMessage()
    {
        QTemporaryDir tmp;
        Trainer trainer;
        QSignalSpy failed(&trainer, &Trainer::failed);
        TrainingResult result = trainer.run(configFor(tmp.filePath("missing"), 1));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains("missing"));
        QCOMPARE(failed.count(), 1);

        const QString one = TestData::makeProject(tmp.filePath("one"), 1, 5, 16);
        result = trainer.run(configFor(one, 1));
        QVERIFY(result.error.contains("two classes"));
    }

    void controllerTrainsOnItsOwnThread()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 20, 16);
        TrainingController controller;
        QSignalSpy finished(&controller, &TrainingController::finished);
        QSignalSpy epochs(&controller, &TrainingController::epochFinished);
        controller.start(configFor(root, 2));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(epochs.count(), 2);
        QVERIFY(!controller.isRunning());
        const auto result = finished.first().first().value<TrainingResult>();
        QCOMPARE(result.epochsCompleted, 2);
    }

    void destroyingTheControllerMidRunStopsCleanly()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 60, 16);
        auto* controller = new TrainingController;
        QSignalSpy batches(controller, &TrainingController::batchFinished);
        controller->start(configFor(root, 50, 2));
        QVERIFY(batches.wait(30000));
        delete controller; // cancels and joins the thread; must neither hang nor crash
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"

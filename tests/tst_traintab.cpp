#include "testdata.h"
#include "train/augmentationgrid.h"
#include "train/etaestimator.h"
#include "train/lrfinderplot.h"
#include "train/trainingplots.h"
#include "train/trainingsettings.h"
#include "document/projectdocument.h"
#include "train/traintab.h"
#include "training/runfolder.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

using namespace picta;
using namespace picta::test;

class TestTrainTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Fine-tuning's frozen epochs on cached features take milliseconds a step: the time left is
    // measured on the unfrozen steps only, and not promised while the fast ones run.
    void etaTimesEachKindOfStepApart()
    {
        BatchStats s;
        s.batchesPerEpoch = 10;
        s.totalSteps = 40;
        EtaEstimator eta;
        eta.restart(0, 0);
        s.epoch = 1;
        s.onFeatures = true;
        for (int step = 1; step <= 20; ++step) { // two frozen epochs, 10 ms a step
            s.step = step;
            QCOMPARE(eta.update(s, step * 0.01), -1.0);
        }
        s.epoch = 3;
        s.onFeatures = false; // then one second a step
        s.step = 21;
        QCOMPARE(eta.update(s, 1.2), -1.0); // the first of a new kind starts the measurement
        s.step = 22;
        QCOMPARE(eta.update(s, 2.2), 18.0); // 18 steps left at 1 s (over all steps it read 1.8 s)
        s.step = 30;
        QCOMPARE(eta.update(s, 10.2), 10.0);

        eta.restart(0, 0); // a run from scratch: from its first batch
        s.step = 1;
        s.epoch = 1;
        QCOMPARE(eta.update(s, 2.0), 78.0);
        eta.restart(0, -1); // resumed at epoch 3: its first 20 steps took no time here
        s.epoch = 3;
        s.step = 21;
        QCOMPARE(eta.update(s, 1.0), 19.0);
    }

    void trainingFeedsTheLivePlots()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 40, 16);
        ProjectDocument document;
        TrainTab tab(&document);
        tab.resize(1100, 700);
        tab.show();
        auto* start = tab.findChild<QPushButton*>("startButton");
        auto* stop = tab.findChild<QPushButton*>("stopButton");
        QVERIFY(start && stop);
        QVERIFY(!start->isEnabled()); // no project yet
        QVERIFY(document.open(root));
        QTRY_VERIFY(start->isEnabled()); // the summary is read in the background
        tab.findChild<QSpinBox*>("epochs")->setValue(3);
        tab.findChild<QSpinBox*>("batch")->setValue(8);

        QSignalSpy points(tab.plots(), &TrainingPlots::pointsAdded);
        QSignalSpy finished(&tab, &TrainTab::runFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(tab.isTraining());
        QVERIFY(!start->isEnabled());
        QVERIFY(stop->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(points.count() > 0, 60000);
        QVERIFY(tab.plots()->batchPointCount() > 0);
        // The run may end while the line above waits: count, do not wait for another emission.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(tab.plots()->epochPointCount(), 3);
        QVERIFY(QDir(finished.first().first().toString()).exists("model.safetensors"));
        QVERIFY(start->isEnabled());
        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            tab.grab().save(QDir(shots).filePath("train-tab.png"));
    }

    void learningRateFinderSuggestsAndApplies()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 40, 16);
        ProjectDocument document;
        TrainTab tab(&document);
        tab.show();
        QVERIFY(document.open(root));
        auto* start = tab.findChild<QPushButton*>("startButton");
        QTRY_VERIFY(start->isEnabled());
        tab.findChild<QSpinBox*>("batch")->setValue(8);
        const double before = tab.settings()->learningRate();
        QTest::mouseClick(tab.findChild<QPushButton*>("findLearningRate"), Qt::LeftButton);
        QVERIFY(tab.isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(tab.lrFinderPlot()->suggestion() > 0, 60000);
        QTRY_VERIFY(!tab.isTraining());
        const double suggestion = tab.lrFinderPlot()->suggestion();
        QVERIFY(suggestion >= 1e-7 && suggestion <= 10);
        QVERIFY(tab.lrFinderPlot()->plot()->graph(0)->dataCount() > 10);
        QTest::mouseClick(tab.findChild<QPushButton*>("useSuggestion"), Qt::LeftButton);
        QVERIFY(qAbs(tab.settings()->learningRate() - suggestion) < 1e-6);
        QVERIFY(tab.settings()->learningRate() != before);
        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::mouseClick(tab.findChild<QPushButton*>("findLearningRate"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!tab.isTraining(), 60000);
            tab.resize(1200, 800);
            tab.grab().save(QDir(shots).filePath("lr-finder.png"));
        }
    }

    void augmentationGridAndTransferSettings()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 3, 6, 24);
        ProjectDocument document;
        TrainTab tab(&document);
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(document.open(root));
        QSignalSpy refreshed(tab.augmentationGrid(), &AugmentationGrid::refreshed);
        QTest::mouseClick(tab.findChild<QPushButton*>("showAugmented"), Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(tab.augmentationGrid()->tileCount(), 4 * 6);

        // ImageNet weights are offered for networks with a backbone in the zoo, and reach the
        // configuration; a weights file works for any network.
        tab.settings()->showAdvanced(true);
        auto* start = tab.findChild<QComboBox*>("startFrom");
        auto* arch = tab.findChild<QComboBox*>("arch");
        QVERIFY(start && arch);
        auto imagenetIndex = [start] {
            for (int i = 0; i < start->count(); ++i)
                if (start->itemText(i).contains("ImageNet"))
                    return i;
            return -1;
        };
        arch->setCurrentIndex(arch->findData("vgg"));
        QCOMPARE(imagenetIndex(), -1);
        arch->setCurrentIndex(arch->findData("resnet18"));
        QVERIFY(imagenetIndex() > 0);
        QVERIFY(start->itemText(imagenetIndex()).contains("resnet18.a1_in1k"));
        start->setCurrentIndex(imagenetIndex());
        QCOMPARE(tab.config().pretrained, QString("resnet18"));
        QCOMPARE(tab.config().arch, QString("resnet18"));
        tab.findChild<QLineEdit*>("mirror")->setText("http://127.0.0.1:9/");
        QCOMPARE(tab.config().zooBase, QString("http://127.0.0.1:9/"));
        arch->setCurrentIndex(arch->findData("resnet50"));
        QCOMPARE(tab.config().pretrained, QString("resnet50")); // the choice follows the network
        arch->setCurrentIndex(arch->findData("vgg"));
        QVERIFY(tab.config().pretrained.isEmpty());
        QCOMPARE(tab.config().freezeEpochs, 0); // nothing to freeze against without a backbone
        tab.settings()->setWeightsFile(tmp.filePath("backbone.safetensors"));
        QCOMPARE(tab.config().pretrained, tmp.filePath("backbone.safetensors"));
        QVERIFY(start->currentText().contains("backbone.safetensors"));
        tab.settings()->setWeightsFile(QString());
        QVERIFY(tab.config().pretrained.isEmpty());

        // Progressive resizing: the stages set the epochs; a fixed-size network refuses them.
        auto* sizes = tab.findChild<QLineEdit*>("sizes");
        auto* epochs = tab.findChild<QSpinBox*>("epochs");
        QVERIFY(sizes && epochs);
        sizes->setText("16:2, 24:3");
        QCOMPARE(epochs->value(), 5);
        QVERIFY(!epochs->isEnabled());
        const QVector<QPair<int, int>> stages{{16, 2}, {24, 3}};
        QCOMPARE(tab.config().sizes, stages);
        arch->setCurrentIndex(arch->findData("small-cnn"));
        QVERIFY(!sizes->isEnabled());
        QVERIFY(tab.config().sizes.isEmpty());
        QVERIFY(epochs->isEnabled());
        arch->setCurrentIndex(arch->findData("vgg"));
        sizes->clear();
        QVERIFY(epochs->isEnabled());
        tab.findChild<QSpinBox*>("imageSize")->setValue(32);
        QCOMPARE(tab.config().imageSize, 32);

        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            tab.findChild<QTabWidget*>()->setCurrentWidget(tab.augmentationGrid());
            QTest::qWait(100); // lets the newly shown page lay out
            tab.grab().save(QDir(shots).filePath("augmentation.png"));
        }
    }

    void stopKeepsARunThatResumes()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 60, 16);
        ProjectDocument document;
        TrainTab tab(&document);
        tab.show();
        QVERIFY(document.open(root));
        auto* start = tab.findChild<QPushButton*>("startButton");
        auto* resume = tab.findChild<QPushButton*>("resumeButton");
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(resume && !resume->isVisible()); // nothing to resume in a new project
        tab.findChild<QSpinBox*>("epochs")->setValue(12);
        tab.findChild<QSpinBox*>("batch")->setValue(4);
        QSignalSpy finished(&tab, &TrainTab::runFinished);
        // Stop as soon as the first epoch is plotted: the run ends in epoch 1 or 2.
        connect(tab.plots(), &TrainingPlots::pointsAdded, &tab, [&tab] {
            if (tab.plots()->epochPointCount() >= 1)
                QTest::mouseClick(tab.findChild<QPushButton*>("stopButton"), Qt::LeftButton);
        });
        tab.startTraining();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!tab.isTraining());
        const QString runDir = finished.first().first().toString();
        QVERIFY(QDir(runDir).exists("model.json"));
        const int kept = int(RunFolder::readHistory(runDir).size());
        QVERIFY(kept >= 1 && kept < 12);

        // The stopped run is offered; resuming finishes it in the same folder.
        QTRY_VERIFY(resume->isVisible() && resume->isEnabled());
        disconnect(tab.plots(), &TrainingPlots::pointsAdded, &tab, nullptr);
        tab.findChild<QSpinBox*>("epochs")->setValue(3); // the run keeps its own settings…
        tab.findChild<QSpinBox*>("batch")->setValue(16);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(tab.isTraining());
        QCOMPARE(tab.findChild<QSpinBox*>("epochs")->value(), 12); // …and the panel shows them
        QCOMPARE(tab.findChild<QSpinBox*>("batch")->value(), 4);
        QCOMPARE(tab.plots()->epochPointCount(), kept); // the finished epochs drawn again
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QCOMPARE(finished.last().first().toString(), runDir);
        const QVector<EpochStats> history = RunFolder::readHistory(runDir);
        QCOMPARE(history.size(), 12);
        for (int i = 0; i < history.size(); ++i)
            QCOMPARE(history[i].epoch, i + 1);
        QCOMPARE(RunFolder::readEpochs(runDir).size(), 12);
        QCOMPARE(tab.plots()->epochPointCount(), 12);
        QTRY_VERIFY(!resume->isVisible()); // a complete run is not offered again
    }
};

QTEST_MAIN(TestTrainTab)
#include "tst_traintab.moc"

#include "testdata.h"
#include "augmentationgrid.h"
#include "lrfinderplot.h"
#include "trainingplots.h"
#include "trainingsettings.h"
#include "traintab.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QCheckBox>
#include <QComboBox>
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
    void trainingFeedsTheLivePlots()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 40, 16);
        TrainTab tab;
        tab.resize(1100, 700);
        tab.show();
        auto* start = tab.findChild<QPushButton*>("startButton");
        auto* stop = tab.findChild<QPushButton*>("stopButton");
        QVERIFY(start && stop);
        QVERIFY(!start->isEnabled()); // no project yet
        tab.setProject(root);
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
        TrainTab tab;
        tab.show();
        tab.setProject(root);
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
        TrainTab tab;
        tab.resize(1200, 800);
        tab.show();
        tab.setProject(root);
        QSignalSpy refreshed(tab.augmentationGrid(), &AugmentationGrid::refreshed);
        QTest::mouseClick(tab.findChild<QPushButton*>("showAugmented"), Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(tab.augmentationGrid()->tileCount(), 4 * 6);

        // ImageNet weights are offered for ResNets only, and reach the configuration.
        tab.settings()->showAdvanced(true);
        auto* pretrained = tab.findChild<QCheckBox*>(QString(), Qt::FindChildrenRecursively);
        QCheckBox* imagenet = nullptr;
        for (QCheckBox* box : tab.findChildren<QCheckBox*>())
            if (box->text().contains("ImageNet"))
                imagenet = box;
        QVERIFY(pretrained && imagenet);
        QVERIFY(!imagenet->isEnabled());
        auto* arch = tab.findChild<QComboBox*>("arch");
        arch->setCurrentIndex(arch->findData("resnet18"));
        QVERIFY(imagenet->isEnabled());
        imagenet->setChecked(true);
        QCOMPARE(tab.config().pretrained, QString("resnet18"));
        QCOMPARE(tab.config().arch, QString("resnet18"));
        arch->setCurrentIndex(arch->findData("vgg"));
        QVERIFY(tab.config().pretrained.isEmpty());

        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            tab.findChild<QTabWidget*>()->setCurrentWidget(tab.augmentationGrid());
            QTest::qWait(100); // lets the newly shown page lay out
            tab.grab().save(QDir(shots).filePath("augmentation.png"));
        }
    }

    void stopKeepsARun()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 60, 16);
        TrainTab tab;
        tab.show();
        tab.setProject(root);
        auto* start = tab.findChild<QPushButton*>("startButton");
        QTRY_VERIFY(start->isEnabled());
        tab.findChild<QSpinBox*>("epochs")->setValue(500);
        tab.findChild<QSpinBox*>("batch")->setValue(4);
        QSignalSpy points(tab.plots(), &TrainingPlots::pointsAdded);
        QSignalSpy finished(&tab, &TrainTab::runFinished);
        tab.startTraining();
        QTRY_VERIFY_WITH_TIMEOUT(tab.plots()->epochPointCount() >= 1, 60000);
        QTest::mouseClick(tab.findChild<QPushButton*>("stopButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!tab.isTraining());
        QVERIFY(QDir(finished.first().first().toString()).exists("model.json"));
    }
};

QTEST_MAIN(TestTrainTab)
#include "tst_traintab.moc"

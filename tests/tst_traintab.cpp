#include "testdata.h"
#include "trainingplots.h"
#include "traintab.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

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
        QVERIFY(finished.wait(120000));
        QCOMPARE(tab.plots()->epochPointCount(), 3);
        QVERIFY(QDir(finished.first().first().toString()).exists("model.safetensors"));
        QVERIFY(start->isEnabled());
        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            tab.grab().save(QDir(shots).filePath("train-tab.png"));
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
        QVERIFY(finished.wait(60000));
        QVERIFY(!tab.isTraining());
        QVERIFY(QDir(finished.first().first().toString()).exists("model.json"));
    }
};

QTEST_MAIN(TestTrainTab)
#include "tst_traintab.moc"

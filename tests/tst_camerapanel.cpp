// The camera panels offscreen, with no camera (these machines have none) and with a video file
// standing in for one: the message and the offer of a video file, hold-to-record with Space,
// Predict's camera mode classifying a stream with feedback, and importing frames from a video.
#include "camera/capturedialog.h"
#include "camera/capturepanel.h"
#include "camera/framepreview.h"
#include "camera/sourcebar.h"
#include "camera/videoimportdialog.h"
#include "common/confusionheatmap.h"
#include "document/projectdocument.h"
#include "predict/livecamerapanel.h"
#include "predict/predicttab.h"
#include "project/provenancelog.h"
#include "testdata.h"
#include "training/trainer.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <functional>

using namespace picta;
using namespace picta::test;

namespace {

bool writeVideo(const QString& path, int frames, const std::function<cv::Mat(int)>& draw)
{
    cv::VideoWriter writer(path.toStdString(), cv::CAP_FFMPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 20, cv::Size(176, 128));
    if (!writer.isOpened())
        return false;
    for (int i = 0; i < frames; ++i)
        writer.write(draw(i));
    return true;
}

int total(const QVector<QVector<int>>& counts)
{
    int sum = 0;
    for (const QVector<int>& row : counts)
        for (int n : row)
            sum += n;
    return sum;
}

} // namespace

class TestCameraPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp, m_noCameras;
    QString m_root, m_video;

    // Screenshots for README: into PICTA_SCREENSHOT_DIR when set, else the test's own folder.
    QString shotPath(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        return dir.isEmpty() ? m_tmp.filePath(name) : QDir(dir).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PICTA_VIDEO4LINUX", QFile::encodeName(m_noCameras.path())); // the same on a machine with a camera
        m_root = TestData::makeProject(m_tmp.filePath("project"), 2, 30, 16);
        QVERIFY(!m_root.isEmpty());
        TrainingConfig config;
        config.projectDir = m_root;
        config.epochs = 3;
        config.batchSize = 8;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Three seconds: the first half shows class0's pattern, the second class1's.
        std::mt19937 rng(5);
        m_video = m_tmp.filePath("patterns.avi");
        QVERIFY(writeVideo(m_video, 60, [&](int i) {
            const QByteArray png = TestData::patternPng(i < 30 ? 0 : 1, 16, 1, rng);
            const cv::Mat small = cv::imdecode(cv::Mat(1, int(png.size()), CV_8U, const_cast<char*>(png.constData())), cv::IMREAD_COLOR);
            cv::Mat square, frame(128, 176, CV_8UC3, cv::Scalar(0, 0, 0));
            cv::resize(small, square, cv::Size(128, 128), 0, 0, cv::INTER_NEAREST);
            square.copyTo(frame(cv::Rect(24, 0, 128, 128)));
            return frame;
        }));
    }

    void withoutACameraItSaysSoAndOffersAVideoFile()
    {
        ProjectDocument document;
        QVERIFY(document.open(m_root));
        CaptureDialog dialog(&document);
        dialog.show();
        CapturePanel* panel = dialog.panel();
        QVERIFY2(panel->message().contains("No camera"), qPrintable(panel->message()));
        QVERIFY(panel->sourceBar()->findChild<QLabel*>("noCamera")->isVisible());
        QPushButton* video = panel->sourceBar()->videoButton();
        QVERIFY(video->isVisible() && video->isEnabled());
        QVERIFY(!panel->sourceBar()->cameraBox()->isEnabled());
        QCOMPARE(panel->sourceBar()->cameraBox()->currentText(), QStringLiteral("No camera found"));
        // Recording without a picture explains instead of failing silently.
        panel->setClass("class0");
        panel->startRecording();
        QVERIFY(!panel->isRecording());
        QVERIFY(panel->message().contains("No camera") || dialog.findChild<QLabel*>("message")->text().contains("no picture"));
        QWidget* shot = &dialog;
        dialog.resize(640, 600);
        QVERIFY(shot->grab().save(shotPath("camera-none.png")));
    }

    void holdingSpaceRecordsFromAVideo()
    {
        ProjectDocument document;
        QVERIFY(document.open(m_root));
        QTRY_VERIFY(document.isOpen() && !document.isLoading());
        CaptureDialog dialog(&document);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        CapturePanel* panel = dialog.panel();
        panel->setClass("held");
        QSignalSpy saved(panel, &CapturePanel::saved);
        panel->openVideo(m_video);
        QTRY_VERIFY(!panel->preview()->frame().isNull());
        QCOMPARE(panel->preview()->frame().size(), QSize(176, 128));
        panel->setFocus();
        QTest::keyPress(panel, Qt::Key_Space);
        QVERIFY(panel->isRecording());
        QTest::qWait(800);
        QTest::keyRelease(panel, Qt::Key_Space);
        QVERIFY(!panel->isRecording());
        QTest::qWait(100);
        const int count = panel->savedCount();
        // 10 a second of a video playing in real time: about 8 in 0.8 s, the timer's slack allowed.
        QVERIFY2(count >= 5 && count <= 11, qPrintable(QString::number(count)));
        QCOMPARE(saved.size(), count);
        QCOMPARE(TestData::imagesBelow(QDir(m_root).filePath("images/held")).size(), count);
        QVERIFY(dialog.findChild<QLabel*>("count")->text().contains(QString::number(count)));
        // Each file has its row: the video and the frame's time.
        int rows = 0;
        for (const ProvenanceRow& row : ProvenanceLog(m_root).rows())
            if (row.file.startsWith("images/held/")) {
                ++rows;
                QVERIFY(row.url.contains("patterns.avi#t="));
            }
        QCOMPARE(rows, count);
        // The document learns of the class and the files.
        QTRY_VERIFY(document.classes().contains("held"));
        dialog.resize(640, 600);
        QVERIFY(dialog.grab().save(shotPath("camera-collect.png")));
    }

    void predictTabClassifiesTheLivePicture()
    {
        ProjectDocument document;
        PredictTab tab(&document);
        tab.resize(1000, 700);
        tab.show();
        QSignalSpy loaded(&tab, &PredictTab::modelLoaded);
        QVERIFY(document.open(m_root));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        tab.setCameraMode(true);
        LiveCameraPanel* live = tab.livePanel();
        QVERIFY(live->isVisible());
        QVERIFY(live->message().contains("No camera"));
        live->openVideo(m_video);
        QTRY_VERIFY_WITH_TIMEOUT(live->answersShown() >= 3, 10000);
        QVERIFY(live->lastResult().prediction.ok());
        QVERIFY2(live->latencyText().contains("ms"), qPrintable(live->latencyText()));
        // While class0's half plays, the answer is class0.
        QTRY_VERIFY_WITH_TIMEOUT(live->lastResult().frame.seconds > 0.3, 5000);
        QVERIFY(live->lastResult().frame.seconds < 1.4);
        QCOMPARE(live->lastResult().prediction.top.first().className, QStringLiteral("class0"));
        // Wrong? feeds the Predict tab's table of answers.
        const int before = total(tab.feedbackMatrix()->counts());
        live->recordAnswer("class1");
        QTRY_COMPARE(total(tab.feedbackMatrix()->counts()), before + 1);
        // Later the other half: class1.
        QTRY_VERIFY_WITH_TIMEOUT(live->lastResult().frame.seconds > 1.8, 5000);
        QCOMPARE(live->lastResult().prediction.top.first().className, QStringLiteral("class1"));
        QVERIFY(tab.grab().save(shotPath("camera-predict.png")));
        tab.setCameraMode(false);
        QVERIFY(!live->isVisible());
    }

    void importsFramesFromAVideo()
    {
        ProjectDocument document;
        QVERIFY(document.open(m_root));
        VideoImportDialog dialog(&document);
        dialog.show();
        dialog.setVideo(m_video);
        dialog.setEverySeconds(1);
        dialog.setClass("from-video");
        QSignalSpy finished(&dialog, &VideoImportDialog::finishedImport);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QVERIFY2(dialog.result().startsWith("3 frame"), qPrintable(dialog.result()));
        QCOMPARE(TestData::imagesBelow(QDir(m_root).filePath("images/from-video")).size(), 3);
        // A file that is no video: its name and the reason.
        dialog.setVideo(m_tmp.filePath("project/picta.json"));
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY2(dialog.result().contains("picta.json"), qPrintable(dialog.result()));
    }
};

QTEST_MAIN(TestCameraPanel)
#include "tst_camerapanel.moc"

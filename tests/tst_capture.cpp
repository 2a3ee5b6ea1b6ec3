// Capture from cameras and video files, driven by video files that the tests write (MJPEG in AVI,
// known frames): reading, hold-to-record, snaps, frames from video (--every, --scenes, near
// duplicates, a truncated file), live classification of a stream, and the camera list.
#include "capture/camerasource.h"
#include "capture/capturesession.h"
#include "capture/framerecorder.h"
#include "capture/liveclassifier.h"
#include "capture/videofilesource.h"
#include "capture/videoframeimporter.h"
#include "inference/predictor.h"
#include "project/project.h"
#include "project/provenancelog.h"
#include "training/trainer.h"

#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>
#include <functional>
#include <thread>

using namespace picta;
using namespace picta::test;

namespace {

constexpr int kWidth = 176, kHeight = 128;

// Writes `frames` frames at `fps` as MJPEG in AVI; draw(i) makes frame i (BGR, kWidth×kHeight).
bool writeVideo(const QString& path, int frames, double fps, const std::function<cv::Mat(int)>& draw)
{
    cv::VideoWriter writer(path.toStdString(), cv::CAP_FFMPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps, cv::Size(kWidth, kHeight));
    if (!writer.isOpened())
        return false;
    for (int i = 0; i < frames; ++i)
        writer.write(draw(i));
    writer.release();
    return QFileInfo(path).size() > 0;
}

// A square that moves one pixel a frame; its colour encodes the frame number (red = 6·i).
cv::Mat movingSquare(int i)
{
    cv::Mat frame(kHeight, kWidth, CV_8UC3, cv::Scalar(90, 60, 30));
    cv::rectangle(frame, cv::Rect(50 + i, 40, 40, 40), cv::Scalar(128, 255 - 6 * i, 6 * i), cv::FILLED);
    return frame;
}

// The frame number a picture of movingSquare() shows, read at the square's middle (x in the frame).
int frameNumberAt(const cv::Mat& bgr, int x, int y)
{
    const cv::Vec3b pixel = bgr.at<cv::Vec3b>(y, x);
    return int(std::lround(pixel[2] / 6.0));
}

// Big, different pictures: a bar sweeping across a gradient that changes with time.
cv::Mat sweepingBar(int i)
{
    cv::Mat frame(kHeight, kWidth, CV_8UC3);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
            frame.at<cv::Vec3b>(y, x)
                = cv::Vec3b(uchar((x * 3 + i * 11) % 256), uchar((y * 2 + i * 7) % 256), uchar((x + y + i * 13) % 256));
    cv::rectangle(frame, cv::Rect((i * 9) % kWidth, 0, 30, kHeight), cv::Scalar(255, 255, 255), cv::FILLED);
    return frame;
}

QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestCapture : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString project(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        const auto created = Project::create(dir, name);
        return created ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(writeVideo(m_tmp.filePath("square.avi"), 40, 20, movingSquare));
    }

    void readsEveryFrameWithItsTime()
    {
        VideoFileSource source(m_tmp.filePath("square.avi"));
        const Status opened = source.open();
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(source.framesPerSecond(), 20.0);
        QCOMPARE(source.frameCount(), qint64(40));
        QCOMPARE(source.durationSeconds(), 2.0);
        int n = 0;
        while (true) {
            auto read = source.read();
            QVERIFY2(read, qPrintable(read.error()));
            if (!read->has_value())
                break;
            const CaptureFrame& frame = **read;
            QCOMPARE(frame.index, qint64(n));
            QCOMPARE(frame.seconds, n / 20.0);
            QCOMPARE(frame.image.width, kWidth);
            QCOMPARE(frame.image.format, RawImage::Format::Rgb888);
            const cv::Mat rgb(frame.image.height, frame.image.width, CV_8UC3, const_cast<char*>(frame.image.data.constData()),
                              size_t(frame.image.bytesPerLine));
            const cv::Vec3b pixel = rgb.at<cv::Vec3b>(60, 70 + n);
            QCOMPARE(int(std::lround(pixel[0] / 6.0)), n); // red first: the frame is RGB
            ++n;
        }
        QCOMPARE(n, 40);
        QVERIFY(source.truncation().isEmpty());
    }

    void holdToRecordKeepsTenFramesPerSecond()
    {
        // Hold from 0.5 s to 1.5 s of a 20 fps video at 10 frames a second: every second frame.
        const QString root = project("hold");
        VideoFileSource source(m_tmp.filePath("square.avi"));
        QVERIFY(source.open());
        FrameRecorder recorder(root, QStringLiteral("mug"), 10);
        while (true) {
            auto read = source.read();
            QVERIFY(read);
            if (!read->has_value())
                break;
            if ((*read)->seconds >= 0.5 - 1e-9 && (*read)->seconds < 1.5 - 1e-9)
                recorder.offer(**read, source);
        }
        QCOMPARE(recorder.saved(), 10);
        const QStringList files = TestData::imagesBelow(QDir(root).filePath("images/mug"));
        QCOMPARE(files.size(), 10);
        QList<int> numbers;
        for (const QString& file : files) {
            const cv::Mat saved = cv::imread(file.toStdString());
            QCOMPARE(saved.cols, kHeight); // the centre square: what the model sees
            QCOMPARE(saved.rows, kHeight);
        }
        // Read each file's frame number where that frame's square is: its middle moves with it.
        const QVector<ProvenanceRow> rows = ProvenanceLog(root).rows();
        QCOMPARE(rows.size(), 10);
        for (const ProvenanceRow& row : rows) {
            QCOMPARE(row.provider, QStringLiteral("video"));
            QVERIFY2(row.url.startsWith(QFileInfo(m_tmp.filePath("square.avi")).absoluteFilePath() + "#t="), qPrintable(row.url));
            const double t = row.url.section("#t=", 1).toDouble();
            const int frame = int(std::lround(t * 20));
            const cv::Mat saved = cv::imread(QDir(root).filePath(row.file).toStdString());
            QCOMPARE(frameNumberAt(saved, 70 + frame - (kWidth - kHeight) / 2, 60), frame);
            numbers << frame;
            QVERIFY(!row.imported.isEmpty());
        }
        std::sort(numbers.begin(), numbers.end());
        QCOMPARE(numbers, (QList<int>{10, 12, 14, 16, 18, 20, 22, 24, 26, 28}));
        QVERIFY(Project::open(root)->classes().contains(QStringLiteral("mug")));
    }

    void sessionRecordsAndSnapsOffTheGuiThread()
    {
        const QString root = project("session");
        const QString oneSecond = m_tmp.filePath("one-second.avi");
        QVERIFY(writeVideo(oneSecond, 20, 20, movingSquare));
        CaptureSession session;
        session.setPaced(false);
        QSignalSpy started(&session, &CaptureSession::started), ended(&session, &CaptureSession::ended),
            recorded(&session, &CaptureSession::recorded), frames(&session, &CaptureSession::frameReady);
        session.startRecording(root, QStringLiteral("cup"), 10);
        session.start(std::make_unique<VideoFileSource>(oneSecond));
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toString(), QStringLiteral("one-second.avi"));
        QCOMPARE(started.first().at(1).toBool(), false);
        QVERIFY(!frames.isEmpty());
        QCOMPARE(recorded.size(), 10);
        QCOMPARE(recorded.last().at(0).toInt(), 10);
        QCOMPARE(TestData::imagesBelow(QDir(root).filePath("images/cup")).size(), 10);
        QCOMPARE(session.takeFrame().index, qint64(19));

        // A snap saves the next frame, once.
        session.stopRecording();
        const QString shifted = m_tmp.filePath("shifted.avi");
        QVERIFY(writeVideo(shifted, 20, 20, [](int i) { return movingSquare(i + 5); }));
        session.snap(root, QStringLiteral("plate"));
        session.start(std::make_unique<VideoFileSource>(shifted));
        QTRY_COMPARE(ended.size(), 2);
        QCOMPARE(TestData::imagesBelow(QDir(root).filePath("images/plate")).size(), 1);
        QCOMPARE(TestData::imagesBelow(QDir(root).filePath("images/cup")).size(), 10);

        // The same picture again is not saved twice, and the session says why.
        QSignalSpy refused(&session, &CaptureSession::recordingFailed);
        session.snap(root, QStringLiteral("plate"));
        session.start(std::make_unique<VideoFileSource>(shifted));
        QTRY_COMPARE(ended.size(), 3);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().at(0).toString().contains("already in the project"), qPrintable(refused.first().at(0).toString()));
        QCOMPARE(TestData::imagesBelow(QDir(root).filePath("images/plate")).size(), 1);
    }

    void aPacedVideoPlaysInRealTimeAndStopsAtOnce()
    {
        CaptureSession session; // paced by default: a video stands in for a camera
        QSignalSpy ended(&session, &CaptureSession::ended);
        QElapsedTimer timer;
        timer.start();
        session.start(std::make_unique<VideoFileSource>(m_tmp.filePath("square.avi")));
        QTRY_VERIFY(session.takeFrame().index >= 10);
        QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed())));
        QElapsedTimer stopping;
        stopping.start();
        session.stop();
        QVERIFY(stopping.elapsed() < 500);
        QVERIFY(ended.isEmpty()); // stopped, not ended
        QVERIFY(!session.isRunning());
    }

    void stoppingNeverWaitsForABlockedSource()
    {
        // A camera that takes seconds to open (or a stalled read): stop() and the destructor return at once.
        class SlowSource : public CaptureSource {
        public:
            Status open() override
            {
                std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                return Status::success();
            }
            Expected<std::optional<CaptureFrame>> read() override { return std::optional<CaptureFrame>(); }
            bool skip() override { return false; }
            QString name() const override { return QStringLiteral("slow"); }
            QString provenance(const CaptureFrame&) const override { return {}; }
            QString provider() const override { return QStringLiteral("camera"); }
            bool isLive() const override { return true; }
            double framesPerSecond() const override { return 0; }
            double durationSeconds() const override { return 0; }
            qint64 frameCount() const override { return 0; }
        };
        QElapsedTimer timer;
        timer.start();
        {
            CaptureSession session;
            QSignalSpy started(&session, &CaptureSession::started);
            session.start(std::make_unique<SlowSource>());
            QTest::qWait(100);
            session.stop();
            session.start(std::make_unique<SlowSource>());
        } // destroyed while the second one still opens
        QVERIFY2(timer.elapsed() < 600, qPrintable(QString::number(timer.elapsed())));
        QTest::qWait(1700); // the threads finish on their own, and reach no deleted session
    }

    void anUnreadableSourceIsRefusedWithItsReason()
    {
        const QString notVideo = m_tmp.filePath("notes.avi");
        QVERIFY(TestData::writeFile(notVideo, "this is no video at all, just some text\n"));
        CaptureSession session;
        QSignalSpy failed(&session, &CaptureSession::failed);
        session.start(std::make_unique<VideoFileSource>(notVideo));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(0).toString().contains("notes.avi"), qPrintable(failed.first().at(0).toString()));
        session.start(std::make_unique<VideoFileSource>(m_tmp.filePath("missing.mp4")));
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed.last().at(0).toString().contains("missing.mp4"));
        QVERIFY(failed.last().at(0).toString().contains("no such file"));
    }

    void importEveryHalfSecond()
    {
        const QString video = m_tmp.filePath("sweep.avi");
        QVERIFY(writeVideo(video, 60, 20, sweepingBar));
        const QString root = project("every");
        VideoFrameImporter::Options options;
        options.everySeconds = 0.5;
        options.intoClass = QStringLiteral("street");
        const VideoImportReport report = VideoFrameImporter(root, options).importVideo(video);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.keptAt, (QVector<double>{0, 0.5, 1.0, 1.5, 2.0, 2.5}));
        QCOMPARE(report.import.imported, 6);
        QCOMPARE(report.framesRead, qint64(60));
        QCOMPARE(report.nearDuplicates, 0);
        QVERIFY(report.truncated.isEmpty());
        QCOMPARE(TestData::imagesBelow(QDir(root).filePath("images/street")).size(), 6);
        const cv::Mat first = cv::imread(TestData::imagesBelow(QDir(root).filePath("images/street")).first().toStdString());
        QCOMPARE(first.cols, kWidth); // whole frames
    }

    void importAtSceneChanges()
    {
        // Three shots of one second each, a small square moving in each: one frame per shot.
        const QString video = m_tmp.filePath("shots.avi");
        const cv::Scalar backgrounds[] = {cv::Scalar(120, 30, 20), cv::Scalar(40, 220, 230), cv::Scalar(128, 128, 128)};
        QVERIFY(writeVideo(video, 60, 20, [&](int i) {
            cv::Mat frame(kHeight, kWidth, CV_8UC3, backgrounds[i / 20]);
            cv::rectangle(frame, cv::Rect(10 + (i % 20) * 3, 50, 16, 16), cv::Scalar(0, 0, 0), cv::FILLED);
            return frame;
        }));
        const QString root = project("scenes");
        VideoFrameImporter::Options options;
        options.scenes = true;
        const VideoImportReport report = VideoFrameImporter(root, options).importVideo(video);
        QCOMPARE(report.keptAt, (QVector<double>{0, 1.0, 2.0}));
        QCOMPARE(report.import.imported, 3);
    }

    void nearDuplicateFramesAreLeftOut()
    {
        // A still shot with a little sensor noise: one frame, the rest look the same.
        const QString video = m_tmp.filePath("still.avi");
        QVERIFY(writeVideo(video, 60, 20, [](int i) {
            cv::Mat frame = sweepingBar(0);
            cv::Mat noise(kHeight, kWidth, CV_8UC3);
            cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(4 + i % 3));
            return cv::Mat(frame + noise);
        }));
        const QString root = project("still");
        VideoFrameImporter::Options options;
        options.everySeconds = 0.5;
        const VideoImportReport report = VideoFrameImporter(root, options).importVideo(video);
        QCOMPARE(report.import.imported, 1);
        QCOMPARE(report.nearDuplicates, 5);
        options.skipNearDuplicates = false;
        const VideoImportReport all = VideoFrameImporter(project("still-all"), options).importVideo(video);
        QCOMPARE(all.import.imported, 6);
    }

    void aTruncatedVideoImportsWhatItHoldsAndSaysSo()
    {
        QFile full(m_tmp.filePath("sweep.avi"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        const QString cut = m_tmp.filePath("cut.avi");
        QVERIFY(TestData::writeFile(cut, bytes.left(bytes.size() / 2)));
        const QString root = project("cut");
        VideoFrameImporter::Options options;
        options.everySeconds = 0.5;
        const VideoImportReport report = VideoFrameImporter(root, options).importVideo(cut);
        QVERIFY(report.error.isEmpty());
        QVERIFY2(report.framesRead > 10 && report.framesRead < 50, qPrintable(QString::number(report.framesRead)));
        QVERIFY(report.import.imported >= 2);
        QCOMPARE(report.keptAt.size(), report.import.imported);
        QVERIFY(report.keptAt.last() <= report.secondsRead);
        QVERIFY2(report.truncated.contains("cut.avi") && report.truncated.contains("ends early"), qPrintable(report.truncated));
        QVERIFY(std::any_of(report.import.skipped.begin(), report.import.skipped.end(),
                            [&](const ListingProblem& p) { return p.reason == report.truncated; }));
    }

    void cliImportVideo()
    {
        const QString cli = qEnvironmentVariable("PICTA_CLI");
        if (cli.isEmpty())
            QSKIP("PICTA_CLI is not set");
        const QString root = m_tmp.filePath("cli");
        QProcess process;
        process.start(cli, {"import-video", "--project", root, "--every", "1", "--class", "walk", "--json", m_tmp.filePath("sweep.avi")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QJsonObject out = lastJsonLine(process.readAllStandardOutput());
        QCOMPARE(out["imported"].toInt(), 3);
        QCOMPARE(out["kept_at"].toArray(), (QJsonArray{0.0, 1.0, 2.0}));
        QCOMPARE(TestData::imagesBelow(QDir(root).filePath("images/walk")).size(), 3);

        process.start(cli, {"import-video", "--project", m_tmp.filePath("cli-scenes"), "--scenes", "--json", m_tmp.filePath("shots.avi")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        out = lastJsonLine(process.readAllStandardOutput());
        QCOMPARE(out["kept_at"].toArray(), (QJsonArray{0.0, 1.0, 2.0}));

        // Truncated: what it holds is imported, the exit code says the file is damaged.
        process.start(cli, {"import-video", "--project", m_tmp.filePath("cli-cut"), "--every", "0.5", "--json", m_tmp.filePath("cut.avi")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        out = lastJsonLine(process.readAllStandardOutput());
        QVERIFY(out["imported"].toInt() >= 2);
        QVERIFY(out["truncated"].toString().contains("ends early"));

        // Not a video, and wrong arguments.
        process.start(cli, {"import-video", "--project", m_tmp.filePath("cli-bad"), "--every", "1", m_tmp.filePath("notes.avi")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("notes.avi"));
        process.start(cli, {"import-video", "--project", m_tmp.filePath("cli-bad"), m_tmp.filePath("sweep.avi")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
    }

    void classifiesALiveStream()
    {
        // A model of three patterns, then a video showing each pattern for one second.
        const QString root = TestData::makeProject(m_tmp.filePath("patterns"), 3, 40, 16, 3);
        QVERIFY(!root.isEmpty());
        TrainingConfig config;
        config.projectDir = root;
        config.epochs = 4;
        config.batchSize = 16;
        config.channels = 3;
        Trainer trainer;
        const TrainingResult trained = trainer.run(config);
        QVERIFY2(trained.ok(), qPrintable(trained.error));
        const auto predictor = Predictor::load(trained.runDir);
        QVERIFY2(predictor, qPrintable(predictor.error()));

        std::mt19937 rng(11);
        const QString video = m_tmp.filePath("patterns.avi");
        QVERIFY(writeVideo(video, 60, 20, [&](int i) {
            const QByteArray png = TestData::patternPng(i / 20, 16, 3, rng);
            const cv::Mat small = cv::imdecode(cv::Mat(1, int(png.size()), CV_8U, const_cast<char*>(png.constData())), cv::IMREAD_COLOR);
            cv::Mat square, frame(kHeight, kWidth, CV_8UC3, cv::Scalar(0, 0, 0));
            cv::resize(small, square, cv::Size(kHeight, kHeight), 0, 0, cv::INTER_NEAREST);
            square.copyTo(frame(cv::Rect((kWidth - kHeight) / 2, 0, kHeight, kHeight)));
            return frame;
        }));

        CaptureSession session; // paced: the classifier sees a stream as it would from a camera
        LiveClassifier live;
        live.setPredictor(predictor.value());
        live.setMaxRate(20);
        session.setListener([&live](const CaptureFrame& frame) { live.offer(frame); });
        QVector<LiveResult> results;
        connect(&live, &LiveClassifier::classified, this, [&](const LiveResult& r) { results.push_back(r); });
        QSignalSpy ended(&session, &CaptureSession::ended);
        session.start(std::make_unique<VideoFileSource>(video));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 15000);
        QTest::qWait(300);
        session.setListener({});
        QVERIFY2(results.size() >= 10, qPrintable(QString::number(results.size())));
        int right = 0, counted = 0;
        for (const LiveResult& r : results) {
            QVERIFY2(r.prediction.ok(), qPrintable(r.prediction.error));
            QVERIFY(r.latencyMs >= r.inferenceMs);
            QCOMPARE(r.prediction.top.size(), 3);
            const double within = r.frame.seconds - std::floor(r.frame.seconds);
            if (within < 0.1 || within > 0.9)
                continue; // near a cut, MJPEG and timing may blur which shot it is
            ++counted;
            right += r.prediction.top[0].classIndex == int(r.frame.seconds);
        }
        QVERIFY2(counted >= 6 && right >= counted * 9 / 10, qPrintable(QString("%1 of %2 right").arg(right).arg(counted)));
    }

    void listsCamerasByName()
    {
        QTemporaryDir sysfs;
        QDir root(sysfs.path());
        QVERIFY(root.mkpath("video0") && root.mkpath("video1") && root.mkpath("video2"));
        QVERIFY(TestData::writeFile(root.filePath("video0/name"), "Integrated Camera: Integrated C\n"));
        QVERIFY(TestData::writeFile(root.filePath("video0/index"), "0\n"));
        QVERIFY(TestData::writeFile(root.filePath("video1/name"), "Integrated Camera: Integrated C\n"));
        QVERIFY(TestData::writeFile(root.filePath("video1/index"), "1\n")); // its metadata node
        QVERIFY(TestData::writeFile(root.filePath("video2/index"), "0\n"));
        qputenv("PICTA_VIDEO4LINUX", QFile::encodeName(sysfs.path()));
        const QVector<CameraDevice> cameras = CameraSource::available();
        QCOMPARE(cameras.size(), 2);
        QCOMPARE(cameras[0].name, QStringLiteral("Integrated Camera: Integrated C"));
        QCOMPARE(cameras[0].device, QStringLiteral("/dev/video0"));
        QCOMPARE(cameras[1].index, 2);
        QCOMPARE(cameras[1].name, QStringLiteral("Camera 2"));
        QTemporaryDir empty;
        qputenv("PICTA_VIDEO4LINUX", QFile::encodeName(empty.path()));
        QVERIFY(CameraSource::available().isEmpty());
        qunsetenv("PICTA_VIDEO4LINUX");
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"

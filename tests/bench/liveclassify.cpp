// bench_liveclassify: how fast the live picture is classified (Predict tab's camera mode, the
// wizard's Try it) for small-cnn and mobilenetv2, with randomly initialised weights (speed does
// not depend on them). A 640×480 MJPEG video at 30 fps stands in for a webcam and is played in
// real time through CaptureSession → LiveClassifier, exactly as the GUI does; the reference, in
// the same run, is Predictor::predictRaw on the same frames in a tight loop (the model alone).
//
//   bench_liveclassify [--rounds 3] [--seconds 6]
//
// Prints, per architecture and round: answers/s live, the model alone (pictures/s), their ratio,
// and the latency from reading a frame to its answer (p50, p95).
#include "capture/capturesession.h"
#include "capture/liveclassifier.h"
#include "capture/videofilesource.h"
#include "inference/predictor.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "training/runfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>

using namespace picta;

namespace {

QString makeRun(const QString& dir, const QString& arch, int channels, int size)
{
    ModelInfo info;
    info.arch = arch;
    info.inputChannels = channels;
    info.imageSize = size;
    info.classes = QStringList{"a", "b", "c", "d", "e"};
    info.mean = std::vector<float>(size_t(channels), 0.5f);
    info.std = std::vector<float>(size_t(channels), 0.25f);
    info.status = RunStatus::Complete;
    auto model = ModelFactory::create(info);
    QDir().mkpath(dir);
    if (!model || !ModelWeights::save(*model.value(), RunFolder::weightsPath(dir)) || !info.save(RunFolder::infoPath(dir)))
        return {};
    return dir;
}

bool writeVideo(const QString& path, int seconds)
{
    cv::VideoWriter writer(path.toStdString(), cv::CAP_FFMPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30, cv::Size(640, 480));
    if (!writer.isOpened())
        return false;
    cv::RNG rng(3);
    cv::Mat base(480, 640, CV_8UC3);
    rng.fill(base, cv::RNG::UNIFORM, 0, 256);
    cv::GaussianBlur(base, base, cv::Size(31, 31), 0);
    for (int i = 0; i < seconds * 30; ++i) {
        cv::Mat frame = base.clone();
        cv::circle(frame, cv::Point(100 + (i * 7) % 440, 240), 80, cv::Scalar(40, 200, 90), cv::FILLED);
        writer.write(frame);
    }
    return true;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int rounds = option("--rounds", 3), seconds = option("--seconds", 6);
    at::set_num_threads(std::max(1, QThread::idealThreadCount()));
    QTemporaryDir tmp;
    const QString video = tmp.filePath("camera.avi");
    if (!writeVideo(video, seconds + 1)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(video));
        return 1;
    }
    // Frames for the reference loop: the video's own, decoded once.
    QVector<RawImage> frames;
    {
        VideoFileSource source(video);
        if (!source.open())
            return 1;
        while (frames.size() < 60) {
            auto read = source.read();
            if (!read || !read->has_value())
                break;
            frames << (*read)->image;
        }
    }
    std::printf("host: %d logical cores, torch threads %d; video 640x480 MJPEG at 30 fps played in real time\n",
                QThread::idealThreadCount(), at::get_num_threads());
    struct Case {
        const char* arch;
        int channels, size;
    };
    for (const Case& c : {Case{"small-cnn", 3, 64}, Case{"mobilenetv2", 3, 224}}) {
        const QString run = makeRun(tmp.filePath(c.arch), c.arch, c.channels, c.size);
        auto predictor = Predictor::load(run);
        if (!predictor) {
            std::fprintf(stderr, "%s\n", qPrintable(predictor.error()));
            return 1;
        }
        (void)predictor.value()->predictRaw(frames.first()); // the first call allocates
        for (int round = 1; round <= rounds; ++round) {
            // Reference: the model alone on the same frames.
            QElapsedTimer timer;
            timer.start();
            int alone = 0;
            while (timer.elapsed() < 2000)
                (void)predictor.value()->predictRaw(frames[alone++ % frames.size()], 5);
            const double aloneRate = alone * 1000.0 / timer.elapsed();

            CaptureSession session;
            LiveClassifier live;
            live.setPredictor(predictor.value());
            live.setMaxRate(0); // as fast as it goes, to measure the ceiling
            session.setListener([&live](const CaptureFrame& frame) { live.offer(frame); });
            QVector<double> latencies;
            QObject::connect(&live, &LiveClassifier::classified, &app, [&](const LiveResult& r) { latencies << r.latencyMs; });
            session.start(std::make_unique<VideoFileSource>(video));
            QElapsedTimer liveTimer;
            liveTimer.start();
            QEventLoop loop;
            QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
            loop.exec();
            session.setListener({});
            session.stop();
            const double liveRate = latencies.size() * 1000.0 / liveTimer.elapsed();
            std::printf("%-12s %3d px  round %d: live %6.1f answers/s  model alone %6.1f pictures/s  ratio %.2f  latency p50 %6.1f ms  p95 "
                        "%6.1f ms\n",
                        c.arch, c.size, round, liveRate, aloneRate, liveRate / aloneRate, percentile(latencies, 0.5),
                        percentile(latencies, 0.95));
            std::fflush(stdout);
        }
    }
    return 0;
}

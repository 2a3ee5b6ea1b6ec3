// bench_servethroughput: answers per second and latency of ModelServer (picta-cli serve) against
// the in-process Predictor on the same pictures, in the same run, for small-cnn (28 px gray) and
// resnet18 (224 px RGB), with randomly initialised weights (speed does not depend on them).
//
//   bench_servethroughput [--rounds 3] [--requests 200] [--clients 8]
//
// Prints, per architecture and round: in-process pictures/s, HTTP answers/s, the ratio, and the
// HTTP p50 / p99 latency with `clients` requests in flight.
#include "inference/predictor.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "serve/modelserver.h"
#include "training/runfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <functional>

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

QVector<QByteArray> pictures(int side)
{
    QVector<QByteArray> out;
    cv::RNG rng(3);
    for (int i = 0; i < 16; ++i) {
        cv::Mat image(side + 7 * i, side + 5 * i, CV_8UC3);
        rng.fill(image, cv::RNG::UNIFORM, 0, 256);
        cv::GaussianBlur(image, image, cv::Size(5, 5), 0);
        std::vector<uchar> png;
        cv::imencode(".png", image, png);
        out << QByteArray(reinterpret_cast<const char*>(png.data()), qsizetype(png.size()));
    }
    return out;
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
    const int rounds = option("--rounds", 3), requests = option("--requests", 200), clients = option("--clients", 8);
    at::set_num_threads(std::max(1, QThread::idealThreadCount()));
    QTemporaryDir tmp;
    std::printf("arch,round,inprocess_per_s,http_per_s,ratio,p50_ms,p99_ms\n");
    for (const auto& [arch, channels, size] :
         {std::tuple{QStringLiteral("small-cnn"), 1, 28}, std::tuple{QStringLiteral("resnet18"), 3, 224}}) {
        const QString run = makeRun(tmp.filePath(arch), arch, channels, size);
        auto predictor = Predictor::load(run);
        if (!predictor) {
            std::fprintf(stderr, "%s\n", qPrintable(predictor.error()));
            return 1;
        }
        const QVector<QByteArray> bodies = pictures(size);
        ModelServer server;
        ServeOptions options;
        options.requestsPerMinute = 1000000;
        if (!server.start(predictor.value(), {}, options))
            return 1;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/predict").arg(server.port()));
        for (int round = 1; round <= rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < requests; ++i)
                (void)predictor.value()->predictBytes(bodies[i % bodies.size()], QStringLiteral("bench"), 3);
            const double inProcess = requests / (timer.nsecsElapsed() / 1e9);

            QNetworkAccessManager net;
            std::vector<double> latencies;
            int sent = 0, done = 0;
            QEventLoop loop;
            std::function<void()> send = [&] {
                if (sent >= requests)
                    return;
                const int which = sent++;
                QNetworkRequest r(url);
                r.setHeader(QNetworkRequest::ContentTypeHeader, "image/png");
                auto* clock = new QElapsedTimer;
                clock->start();
                QNetworkReply* reply = net.post(r, bodies[which % bodies.size()]);
                QObject::connect(reply, &QNetworkReply::finished, [&, reply, clock] {
                    latencies.push_back(clock->nsecsElapsed() / 1e6);
                    delete clock;
                    reply->deleteLater();
                    if (++done == requests)
                        loop.quit();
                    send();
                });
            };
            timer.restart();
            for (int c = 0; c < clients; ++c)
                send();
            loop.exec();
            const double http = requests / (timer.nsecsElapsed() / 1e9);
            std::sort(latencies.begin(), latencies.end());
            std::printf("%s,%d,%.1f,%.1f,%.2f,%.2f,%.2f\n", qPrintable(arch), round, inProcess, http, http / inProcess,
                        latencies[latencies.size() / 2], latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)]);
            std::fflush(stdout);
        }
    }
    return 0;
}

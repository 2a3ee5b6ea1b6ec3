#include "testdata.h"

#include "inference/predictor.h"
#include "models/modelfactory.h"
#include "models/modelweights.h"
#include "project/feedbacklog.h"
#include "serve/modelserver.h"
#include "training/runfolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <torch/torch.h>
#include <zlib.h>

#include <algorithm>

using namespace picta;
using namespace picta::test;

namespace {

// A project with a run of a randomly initialised small CNN (gray, 28 px, 3 classes).
QString makeRun(const QString& project)
{
    const QString run = QDir(project).filePath("runs/run1");
    QDir().mkpath(run);
    QDir().mkpath(QDir(project).filePath("images"));
    ModelInfo info;
    info.arch = "small-cnn";
    info.inputChannels = 1;
    info.imageSize = 28;
    info.classes = QStringList{"circle", "square", "triangle"};
    info.mean = {0.5f};
    info.std = {0.25f};
    info.status = RunStatus::Complete;
    torch::manual_seed(3);
    auto model = ModelFactory::create(info);
    if (!model || !ModelWeights::save(*model.value(), RunFolder::weightsPath(run)) || !info.save(RunFolder::infoPath(run)))
        return {};
    return run;
}

struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

Reply request(QNetworkAccessManager& net, const QString& method, const QUrl& url, const QByteArray& body = {}, const QByteArray& auth = {})
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
    if (!auth.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + auth);
    QNetworkReply* reply = net.sendCustomRequest(r, method.toLatin1(), body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(60000))
        return {};
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

// A PNG whose header claims width × height pixels (with a valid IHDR checksum), and no real data.
QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray ihdr("IHDR");
    char be[4];
    qToBigEndian(width, be);
    ihdr.append(be, 4);
    qToBigEndian(height, be);
    ihdr.append(be, 4);
    ihdr.append("\x08\x00\x00\x00\x00", 5);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    qToBigEndian(quint32(13), be);
    png.append(be, 4);
    png.append(ihdr);
    qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef*>(ihdr.constData()), uInt(ihdr.size()))), be);
    png.append(be, 4);
    png.append(QByteArray("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12));
    return png;
}

} // namespace

class TestModelServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_project, m_run;
    std::shared_ptr<Predictor> m_predictor;
    QStringList m_images;

    QUrl api(const ModelServer& server, const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        at::set_num_threads(2);
        m_project = m_tmp.filePath("project");
        m_run = makeRun(m_project);
        QVERIFY(!m_run.isEmpty());
        auto predictor = Predictor::load(m_run);
        QVERIFY2(predictor, qPrintable(predictor.error()));
        m_predictor = predictor.value();
        std::mt19937 rng(4);
        for (int i = 0; i < 6; ++i) {
            const QString path = m_tmp.filePath(QStringLiteral("image%1.png").arg(i));
            QVERIFY(TestData::writeFile(path, TestData::patternPng(i % 6, 20 + 7 * i, i % 2 ? 3 : 1, rng)));
            m_images << path;
        }
    }

    void predictionsOverHttpEqualThePredictors()
    {
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, {}));
        QVERIFY(server.isRunning());
        QCOMPARE(server.pageUrl().host(), QString("127.0.0.1"));
        QNetworkAccessManager net;
        const Reply model = request(net, "GET", api(server, "/api/model"));
        QCOMPARE(model.status, 200);
        QCOMPARE(model.json["classes"].toArray().size(), 3);
        QCOMPARE(model.json["input"].toObject()["size"].toInt(), 28);
        for (const QString& path : m_images) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Reply r = request(net, "POST", api(server, "/api/predict"), file.readAll());
            QCOMPARE(r.status, 200);
            const Prediction expected = m_predictor->predictFile(path, 3);
            const QJsonArray top = r.json["top"].toArray();
            QCOMPARE(top.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(top[i].toObject()["class"].toString(), expected.top[i].className);
                QVERIFY(std::abs(top[i].toObject()["p"].toDouble() - expected.top[i].probability) < 1e-9);
            }
            QVERIFY(!r.json["id"].toString().isEmpty());
        }
        const Reply page = request(net, "GET", api(server, "/"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("api/predict"));
        QCOMPARE(server.predictions(), int(m_images.size()));
    }

    void badInputGetsItsFourHundredAndServingGoesOn()
    {
        ServeOptions options;
        options.maxBodyBytes = 1 << 20;
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, options));
        QNetworkAccessManager net;
        QFile file(m_images[0]);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        const struct {
            const char* what;
            QByteArray body;
            int status;
            const char* says;
        } cases[] = {
            {"empty", QByteArray(), 400, "no picture"},
            {"text", "just some words, not a picture", 415, "not a picture"},
            {"html", "<!DOCTYPE html><html><script>alert(1)</script></html>", 415, "not a picture"},
            {"truncated png", good.left(good.size() / 2), 422, "truncated"},
            {"pixel bomb", pngBomb(20000, 20000), 413, "megapixels"},
            {"gif", "GIF89a\x01\x00\x01\x00", 415, "GIF"},
        };
        for (const auto& c : cases) {
            const Reply r = request(net, "POST", api(server, "/api/predict"), c.body);
            QVERIFY2(r.status == c.status,
                     qPrintable(QStringLiteral("%1: %2 %3").arg(c.what).arg(r.status).arg(QString::fromUtf8(r.body))));
            QVERIFY2(r.json["error"].toString().contains(c.says, Qt::CaseInsensitive), qPrintable(r.json["error"].toString()));
            QCOMPARE(request(net, "POST", api(server, "/api/predict"), good).status, 200);
        }
        // Over the body limit: refused from its Content-Length, before the body is read.
        const Reply big = request(net, "POST", api(server, "/api/predict"), QByteArray(2 << 20, 'x'));
        QCOMPARE(big.status, 413);
        QVERIFY(big.json["error"].toString().contains("limit"));
        QCOMPARE(request(net, "GET", api(server, "/api/predict")).status, 405);
        QCOMPARE(request(net, "POST", api(server, "/api/feedback"), "{not json").status, 400);
        QCOMPARE(request(net, "POST", api(server, "/api/feedback"), R"({"id":"nope","truth":"circle"})").status, 404);
        QCOMPARE(request(net, "POST", api(server, "/api/predict"), good).status, 200);
        // Another site's page reaching 127.0.0.1 under its own name (DNS rebinding) is refused.
        {
            QNetworkRequest r(api(server, "/api/model"));
            r.setRawHeader("Host", "evil.example:" + QByteArray::number(server.port()));
            QNetworkReply* reply = net.get(r);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || done.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
            reply->deleteLater();
        }
        // A folded header line or an odd Content-Length could hide a length from the guard: 400.
        for (const QByteArray& head : {QByteArray("POST /api/predict HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n 4000000000\r\n\r\n"),
                                       QByteArray("POST /api/predict HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\n")}) {
            QTcpSocket folded;
            folded.connectToHost(QHostAddress::LocalHost, server.port());
            folded.write(head);
            QTRY_VERIFY_WITH_TIMEOUT(folded.bytesAvailable() > 0, 10000);
            QVERIFY(folded.readAll().startsWith("HTTP/1.1 400"));
        }

        // A head that never ends, on a raw connection: refused, and the server serves on.
        // (With the event loop running: the listener accepts on this thread.)
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server.port());
        raw.write("POST /api/predict HTTP/1.1\r\nHost: x\r\nX-Long: " + QByteArray(20000, 'a'));
        QTRY_VERIFY_WITH_TIMEOUT(raw.bytesAvailable() > 0, 10000);
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 431"));
        QCOMPARE(request(net, "POST", api(server, "/api/predict"), good).status, 200);
    }

    void networkModeNeedsTheToken()
    {
        ServeOptions options;
        options.network = true;
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, options));
        const QString token = server.token();
        QVERIFY(token.size() >= 22);
        QVERIFY(server.pageUrl().query().contains(token));
        QNetworkAccessManager net;
        QCOMPARE(request(net, "GET", api(server, "/api/model")).status, 401);
        QCOMPARE(request(net, "GET", api(server, "/api/model"), {}, "wrong").status, 401);
        QCOMPARE(request(net, "GET", api(server, "/api/model"), {}, token.toUtf8()).status, 200);
        QCOMPARE(request(net, "GET", api(server, "/api/model?token=" + token)).status, 200);
        // A body without the code is refused from its head, before it is read.
        const Reply stranger = request(net, "POST", api(server, "/api/predict"), QByteArray(1 << 20, 'x'));
        QCOMPARE(stranger.status, 401);
        const Reply page = request(net, "GET", api(server, "/"));
        QCOMPARE(page.status, 401);
        QVERIFY(page.body.contains("access code"));
        QVERIFY(!page.body.contains(token.toUtf8()));
        QCOMPARE(request(net, "GET", QUrl(server.pageUrl().toString().replace(server.pageUrl().host(), "127.0.0.1"))).status, 200);
    }

    void tooManyRequestsFromOneClientAreTurnedAway()
    {
        ServeOptions options;
        options.requestsPerMinute = 5;
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, options));
        QNetworkAccessManager net;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(request(net, "GET", api(server, "/api/model")).status, 200);
        const Reply r = request(net, "GET", api(server, "/api/model"));
        QCOMPARE(r.status, 429);
        QVERIFY(r.json["error"].toString().contains("too many"));
    }

    // 20 clients, 25 requests each, all in flight together: every answer right, none lost.
    // (All from 127.0.0.1 here, so the per-address limits are those of 20 addresses.)
    void fiveHundredRequestsFromTwentyClients()
    {
        ServeOptions options;
        options.requestsPerMinute = 100000;
        options.maxConnectionsPerClient = options.maxConnections;
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, options));
        QVector<QByteArray> bodies;
        QStringList expected;
        for (const QString& path : m_images) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            bodies << file.readAll();
            expected << m_predictor->predictFile(path, 1).top.first().className;
        }
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        int answered = 0, right = 0, failed = 0;
        QElapsedTimer timer;
        timer.start();
        for (int c = 0; c < 20; ++c) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < 25; ++i) {
                const int which = (c + i) % int(bodies.size());
                QNetworkRequest r(api(server, "/api/predict"));
                r.setHeader(QNetworkRequest::ContentTypeHeader, "image/png");
                QNetworkReply* reply = clients.back()->post(r, bodies[which]);
                connect(reply, &QNetworkReply::finished, this, [&, reply, which] {
                    ++answered;
                    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                    if (reply->error() != QNetworkReply::NoError)
                        ++failed;
                    else if (json["top"].toArray()[0].toObject()["class"].toString() == expected[which])
                        ++right;
                    reply->deleteLater();
                });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 500, 120000);
        qInfo("500 requests from 20 clients in %.2f s", timer.elapsed() / 1000.0);
        QCOMPARE(failed, 0);
        QCOMPARE(right, 500);
        QCOMPARE(server.predictions(), 500);
    }

    void feedbackOverHttpLandsInFeedbackJson()
    {
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, {}));
        QSignalSpy recorded(&server, &ModelServer::feedbackRecorded);
        QNetworkAccessManager net;
        QFile file(m_images[1]);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Reply prediction = request(net, "POST", api(server, "/api/predict"), file.readAll());
        QCOMPARE(prediction.status, 200);
        const QString predicted = prediction.json["top"].toArray()[0].toObject()["class"].toString();
        const QString truth = predicted == "square" ? "triangle" : "square";
        const QByteArray answer = QJsonDocument(QJsonObject{{"id", prediction.json["id"]}, {"truth", truth}}).toJson();
        QCOMPARE(request(net, "POST", api(server, "/api/feedback"), answer).status, 200);
        QCOMPARE(request(net, "POST", api(server, "/api/feedback"), answer).status, 404); // one answer per prediction
        QCOMPARE(request(net, "POST", api(server, "/api/feedback"), R"({"id":"x","truth":"dog"})").status, 400);
        QTRY_COMPARE(recorded.size(), 1);
        const QVector<FeedbackEntry> entries = FeedbackLog(m_project).entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().predicted, predicted);
        QCOMPARE(entries.last().truth, truth);
        QCOMPARE(entries.last().run, QString("run1"));
        QCOMPARE(FeedbackLog(m_project).confusion(m_predictor->info().classes, "run1").total(), 1);
    }

    void stopEndsItAtOnce()
    {
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, {}));
        const quint16 port = server.port();
        QElapsedTimer timer;
        timer.start();
        server.stop();
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!server.isRunning());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
    }

    // The page in a real browser: headless Chromium, driven through chromedriver (WebDriver, plain
    // HTTP + JSON), picks a picture with the page's own file input; the page must show the class
    // the Predictor gives. PICTA_SCREENSHOT_DIR keeps a screenshot of the page (README).
    void realBrowserShowsTheAnswer()
    {
        const QString driver = QStandardPaths::findExecutable("chromedriver");
        const QString chromium = QStandardPaths::findExecutable("chromium");
        if (driver.isEmpty() || chromium.isEmpty())
            QSKIP("chromium and chromium-driver are not installed");
        ModelServer server;
        QVERIFY(server.start(m_predictor, m_project, {}));
        QTcpServer probe; // a free port for chromedriver
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess chromedriver;
        chromedriver.start(driver, {QStringLiteral("--port=%1").arg(port)});
        QVERIFY(chromedriver.waitForStarted());
        auto cleanup = qScopeGuard([&] {
            chromedriver.kill();
            chromedriver.waitForFinished();
        });
        const QString wd = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QNetworkAccessManager net;
        QTRY_COMPARE_WITH_TIMEOUT(request(net, "GET", QUrl(wd + "/status")).json["value"].toObject()["ready"].toBool(), true, 20000);
        auto call = [&](const QString& method, const QString& path, const QJsonObject& body = {}) {
            QNetworkRequest r(QUrl(wd + path));
            r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            QNetworkReply* reply
                = net.sendCustomRequest(r, method.toLatin1(), method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(60000);
            const QJsonValue value = QJsonDocument::fromJson(reply->readAll()).object()["value"];
            reply->deleteLater();
            return value;
        };
        QTemporaryDir profile;
        const QJsonObject chrome{
            {"binary", chromium},
            {"args",
             QJsonArray{"--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=720,1100", "--user-data-dir=" + profile.path()}}};
        const QJsonValue session
            = call("POST", "/session", {{"capabilities", QJsonObject{{"alwaysMatch", QJsonObject{{"goog:chromeOptions", chrome}}}}}});
        const QString id = session.toObject()["sessionId"].toString();
        QVERIFY2(!id.isEmpty(), QJsonDocument(session.toObject()).toJson().constData());
        auto endSession = qScopeGuard([&] { call("DELETE", "/session/" + id); });
        call("POST", "/session/" + id + "/url", {{"url", server.pageUrl().toString()}});
        auto script = [&](const QString& js) {
            return call("POST", "/session/" + id + "/execute/sync", {{"script", js}, {"args", QJsonArray()}});
        };
        QTRY_VERIFY_WITH_TIMEOUT(script("return document.getElementById('truth').options.length").toInt() == 3, 20000);
        const QJsonObject input = call("POST", "/session/" + id + "/element", {{"using", "css selector"}, {"value", "#file"}}).toObject();
        QVERIFY(!input.isEmpty());
        const QString element = input.begin().value().toString();
        call("POST", "/session/" + id + "/element/" + element + "/value", {{"text", m_images[2]}});
        QString shown;
        QTRY_VERIFY_WITH_TIMEOUT(!(shown = script("return document.getElementById('result').dataset.answer || ''").toString()).isEmpty(),
                                 30000);
        QCOMPARE(shown, m_predictor->predictFile(m_images[2], 1).top.first().className);
        QVERIFY(script("return document.getElementById('answer').textContent").toString().contains(shown));
        if (const QString dir = qEnvironmentVariable("PICTA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const QByteArray png = QByteArray::fromBase64(call("GET", "/session/" + id + "/screenshot").toString().toLatin1());
            QVERIFY(TestData::writeFile(QDir(dir).filePath("share-page.png"), png));
        }
    }

    void cliServesUntilInterrupted()
    {
        const QString cli = qEnvironmentVariable("PICTA_CLI");
        QVERIFY2(QFileInfo(cli).isExecutable(), "PICTA_CLI must name picta-cli");
        QProcess process;
        process.start(cli, {"serve", "--run", m_run, "--json"});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 60000);
        const QJsonObject started = QJsonDocument::fromJson(out.trimmed()).object();
        const QUrl url(started["url"].toString());
        QVERIFY(url.isValid());
        QNetworkAccessManager net;
        QCOMPARE(request(net, "GET", url.resolved(QUrl("api/model"))).status, 200);
        process.terminate(); // SIGTERM: a clean stop
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelServer)
#include "tst_modelserver.moc"

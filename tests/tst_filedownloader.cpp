#include "models/modelcatalog.h"
#include "models/pretrainedweights.h"
#include "models/resnet.h"
#include "models/safetensors.h"
#include "testhttpserver.h"
#include "models/modelweights.h"
#include "training/startingweights.h"
#include "zoo/filedownloader.h"
#include "zoo/zoo.h"
#include "scraping/httpclient.h"
#include "support/networkpolicy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

using namespace picta;
using namespace picta::test;

namespace {

QByteArray payload(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + 7) & 0xff);
    return bytes;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFileDownloader : public QObject {
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_tmp;
    const QByteArray m_file = payload(300000);

    bool download(const QString& path, const QString& target, QString* error, FileDownloader::Options options = {})
    {
        options.timeoutMs = 3000;
        const Status fetched = FileDownloader::fetch(m_server.url(path), m_tmp.filePath(target), options);
        *error = fetched.error();
        return fetched.ok();
    }

private Q_SLOTS:
    void oneNetworkPolicyForImagesAndWeights()
    {
        // The same rules, and the same words, for HttpClient (image APIs) and FileDownloader (weights).
        const QUrl mirror("http://mirror.example:8080/timm/x/resolve/main/model.safetensors");
        NetworkPolicy policy;
        QVERIFY(policy.allows(QUrl("https://huggingface.co/x")));
        QVERIFY(policy.allows(QUrl("http://127.0.0.1:9/x")));
        QVERIFY(policy.allows(QUrl("http://localhost/x")));
        QVERIFY(!policy.allows(mirror));
        QVERIFY(!policy.allows(QUrl("ftp://example.org/x")));
        QVERIFY(!policy.redirectRefusal(QUrl("https://a.example/x"), QUrl("http://127.0.0.1/x")).isEmpty());
        policy.allowOrigin(QUrl("http://mirror.example:8080"));
        QVERIFY(policy.allows(mirror));
        QVERIFY(!policy.allows(QUrl("http://mirror.example:8081/x"))); // another origin
        HttpClient client;
        QVERIFY(!client.isAllowed(mirror));
        client.allowOrigin(QUrl("http://mirror.example:8080"));
        QVERIFY(client.isAllowed(mirror));

        QTemporaryDir tmp;
        const Status refused = FileDownloader::fetch(mirror, tmp.filePath("w.safetensors"), FileDownloader::Options());
        QVERIFY(!refused);
        QCOMPARE(refused.error(), NetworkPolicy().refusal(mirror));
        QCOMPARE(client.options().userAgent, FileDownloader::Options().userAgent);
    }

    void initTestCase()
    {
        QVERIFY(m_server.listen());
        const QByteArray file = m_file;
        m_server.route("/file", [file](const auto&) { return TestHttpServer::reply(200, file); });
        // The Hub: a redirect that names the SHA-256, then the CDN.
        m_server.route("/timm/resnet18.a1_in1k/resolve/main/model.safetensors", [this](const auto&) {
            return TestHttpServer::reply(302, {}, {{"Location", "/cdn/abc"}, {"X-Linked-Etag", "\"" + sha256(m_served) + "\""}});
        });
        m_server.route("/cdn/abc", [this](const auto&) { return TestHttpServer::reply(200, m_served); });
        m_server.route("/bad-hash", [](const auto&) {
            return TestHttpServer::reply(302, {}, {{"Location", "/file"}, {"X-Linked-Etag", "\"" + QByteArray(64, 'a') + "\""}});
        });
        m_server.route("/loop", [](const auto&) { return TestHttpServer::reply(302, {}, {{"Location", "/loop"}}); });
        // Cut: the first answer stops halfway; a resumed request gets the rest.
        m_server.route("/flaky", [file](const TestHttpServer::Request& request) {
            TestHttpServer::Response r = TestHttpServer::reply(200, file);
            if (!request.headers.contains("range"))
                r.cutAfter = file.size() / 2;
            return r;
        });
        m_server.route("/silent", [](const auto&) {
            TestHttpServer::Response r;
            r.silent = true;
            return r;
        });
    }

    void downloadsAFile()
    {
        QString error;
        QVERIFY2(download("/file", "a.bin", &error), qPrintable(error));
        QCOMPARE(readAll(m_tmp.filePath("a.bin")), m_file);
        QVERIFY(!QFileInfo::exists(FileDownloader::partPath(m_tmp.filePath("a.bin"))));
    }

    void followsTheHubRedirectAndChecksItsHash()
    {
        torch::manual_seed(0);
        ResNet reference(18, 3, 1000);
        m_served = SafeTensors::serialize(ModelWeights::namedState(reference));

        qputenv("PICTA_CACHE_DIR", m_tmp.filePath("cache").toUtf8());
        const auto path = Zoo::resolve("resnet18", m_server.url().toString());
        QVERIFY2(path, qPrintable(path.error()));
        QVERIFY(path->endsWith("zoo/resnet18.a1_in1k.safetensors"));
        QCOMPARE(readAll(path.value()), m_served);
        const int requests = m_server.requests().size();
        QVERIFY(Zoo::resolve("resnet18.a1_in1k", m_server.url().toString())); // cached: no request
        QCOMPARE(m_server.requests().size(), requests);

        ResNet model(18, 3, 5);
        const auto report = PretrainedWeights::load(model, path.value(), ModelCatalog::find("resnet18")->headTensors);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(report.loaded > 100);
    }

    void aWrongShapeIsNamed()
    {
        SafeTensors::NamedTensors tensors;
        ResNet reference(18, 3, 1000);
        for (const auto& p : reference.named_parameters())
            tensors.push_back({p.key(), p.key() == "layer1.0.conv1.weight" ? torch::zeros({64, 64, 5, 5}) : p.value()});
        m_served = SafeTensors::serialize(tensors);
        qputenv("PICTA_CACHE_DIR", m_tmp.filePath("cache2").toUtf8());
        const auto path = Zoo::resolve("resnet18", m_server.url().toString());
        QVERIFY(path);
        ResNet model(18, 3, 5);
        const auto report = PretrainedWeights::load(model, path.value(), ModelCatalog::find("resnet18")->headTensors);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains("layer1.0.conv1.weight") && report.error.contains("[64, 64, 5, 5]"), qPrintable(report.error));
    }

    void notFoundIsReported()
    {
        QString error;
        QVERIFY(!download("/missing", "b.bin", &error));
        QVERIFY2(error.contains("404"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath("b.bin")));
    }

    void aCutConnectionResumesWithRange()
    {
        const int before = m_server.requests().size();
        QString error;
        QVERIFY2(download("/flaky", "c.bin", &error), qPrintable(error));
        QCOMPARE(readAll(m_tmp.filePath("c.bin")), m_file);
        // The last request resumed from bytes already on disk (at most the half that was sent).
        // Qt may quietly resend a GET whose connection closed early, so the count can be 2 or 3.
        const auto requests = m_server.requests().mid(before);
        QVERIFY(requests.size() >= 2 && requests.size() <= 3);
        QVERIFY(!requests.first().headers.contains("range"));
        const QByteArray range = requests.last().headers.value("range");
        QVERIFY2(range.startsWith("bytes=") && range.endsWith('-'), range.constData());
        const qint64 from = range.mid(6, range.size() - 7).toLongLong();
        QVERIFY2(from > 0 && from <= m_file.size() / 2, range.constData());
    }

    void aWrongHashLeavesNothing()
    {
        QString error;
        QVERIFY(!download("/bad-hash", "d.bin", &error));
        QVERIFY2(error.contains("SHA-256"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath("d.bin")));
        QVERIFY(!QFileInfo::exists(FileDownloader::partPath(m_tmp.filePath("d.bin"))));

        FileDownloader::Options expect;
        expect.expectedSha256 = sha256(m_file);
        QVERIFY2(download("/file", "e.bin", &error, expect), qPrintable(error));
    }

    void redirectLoopsSizeCapsTimeoutsAndPlainHttpAreRefused()
    {
        QString error;
        QVERIFY(!download("/loop", "f.bin", &error));
        QVERIFY2(error.contains("redirect"), qPrintable(error));

        FileDownloader::Options small;
        small.maxBytes = 1000;
        QVERIFY(!download("/file", "g.bin", &error, small));
        QVERIFY2(error.contains("MB"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath("g.bin")));

        FileDownloader::Options quick;
        quick.maxRetries = 0;
        quick.timeoutMs = 300;
        QVERIFY(!FileDownloader::fetch(m_server.url("/silent"), m_tmp.filePath("h.bin"), quick));

        const Status refused = FileDownloader::fetch(QUrl("http://example.invalid/x"), m_tmp.filePath("i.bin"), {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains("https"), qPrintable(refused.error()));
        QVERIFY(!Zoo::resolve("not-a-backbone"));
    }

    void cancelStopsADownloadAndTheNextFetchResumesIt()
    {
        // The first answer sends half the file and then nothing; a resumed request gets the rest.
        const QByteArray file = m_file;
        m_server.route("/stall", [file](const TestHttpServer::Request& request) {
            TestHttpServer::Response r = TestHttpServer::reply(200, file);
            if (!request.headers.contains("range"))
                r.stallAfter = file.size() / 2;
            return r;
        });
        const QString target = m_tmp.filePath("stalled.bin");
        FileDownloader::Options patient;
        patient.timeoutMs = 60000; // only the cancel can end the first transfer in time
        std::atomic_bool cancel(false);
        QElapsedTimer clock;
        clock.start();
        const Status fetched = FileDownloader::fetch(
            m_server.url("/stall"), target, patient,
            [&](qint64 received, qint64) {
                if (received >= m_file.size() / 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!fetched);
        QVERIFY2(fetched.error().contains("cancelled"), qPrintable(fetched.error()));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QFileInfo(FileDownloader::partPath(target)).size(), m_file.size() / 2);

        const int before = m_server.requests().size();
        const Status resumed = FileDownloader::fetch(m_server.url("/stall"), target, patient);
        QVERIFY2(resumed, qPrintable(resumed.error()));
        QCOMPARE(readAll(target), m_file);
        QCOMPARE(m_server.requests().mid(before).first().headers.value("range"), "bytes=" + QByteArray::number(m_file.size() / 2) + '-');
    }

    void aCancelledDownloadCancelsTheRunsStartNotFailsIt()
    {
        torch::manual_seed(0);
        ResNet reference(18, 3, 1000);
        m_served = SafeTensors::serialize(ModelWeights::namedState(reference));
        qputenv("PICTA_CACHE_DIR", m_tmp.filePath("cache3").toUtf8());
        TrainingConfig config;
        config.pretrained = "resnet18";
        config.zooBase = m_server.url().toString();
        config.arch = "resnet18";
        ResNet model(18, 3, 5);

        std::atomic_bool cancel(true);
        StartingWeights::Outcome outcome = StartingWeights::apply(model, config, cancel);
        QVERIFY(outcome.cancelled);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));

        cancel = false;
        qint64 received = 0;
        outcome = StartingWeights::apply(model, config, cancel, [&](qint64 r, qint64) { received = r; });
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(received, qint64(m_served.size()));
        QVERIFY(outcome.summary.contains("resnet18"));
        torch::NoGradGuard noGrad;
        QVERIFY(torch::equal(model.named_parameters()["layer1.0.conv1.weight"], reference.named_parameters()["layer1.0.conv1.weight"]));
    }

private:
    QByteArray m_served;
};

QTEST_GUILESS_MAIN(TestFileDownloader)
#include "tst_filedownloader.moc"

#include "project/project.h"
#include "project/provenancelog.h"
#include "scraping/scraper.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace picta;
using namespace picta::test;
using Request = TestHttpServer::Request;

namespace {

QByteArray png(int shade, int side = 40)
{
    std::vector<uchar> bytes;
    cv::Mat image(side, side, CV_8UC3, cv::Scalar(shade, 255 - shade, shade / 2));
    cv::circle(image, {side / 2, side / 2}, side / 4, cv::Scalar(shade / 3, shade, 200), -1);
    cv::imencode(".png", image, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

QString query(const Request& r, const char* key)
{
    return QUrlQuery(QUrl::fromEncoded("http://x" + r.path)).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QJsonObject openverseResult(const TestHttpServer& server, const QString& path, const QString& license)
{
    return QJsonObject{{"id", path},
                       {"title", "an otter"},
                       {"url", server.url(path).toString()},
                       {"thumbnail", server.url(path).toString()},
                       {"width", 40},
                       {"height", 40},
                       {"filetype", "png"},
                       {"license", license},
                       {"license_version", "4.0"},
                       {"license_url", "https://creativecommons.org/licenses/" + license + "/4.0/"},
                       {"creator", "Jane Doe"},
                       {"creator_url", "https://example.org/jane"},
                       {"provider", "flickr"},
                       {"source", "flickr"},
                       {"foreign_landing_url", "https://example.org/photo" + path}};
}

ScrapeOptions fastOptions(const QString& root, const TestHttpServer& server, const QString& source)
{
    ScrapeOptions o;
    o.projectDir = root;
    o.source = source;
    o.apiBase = server.url();
    o.requestsPerMinute = 60000;
    o.http.backoffBaseMs = 10;
    o.http.timeoutMs = 2000;
    return o;
}

int requestsFor(const TestHttpServer& server, const QByteArray& path)
{
    int n = 0;
    for (const Request& r : server.requests())
        n += r.path.split('?').first() == path;
    return n;
}

} // namespace

class TestScraper : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_project = 0;

    QString newProject()
    {
        const QString root = m_tmp.filePath(QString("p%1").arg(++m_project));
        return Project::create(root, "scrape") ? root : QString();
    }

private Q_SLOTS:
    void openverseAllTheWaysAServerMisbehaves()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray a = png(10), b = png(90), c = png(170), d = png(250);
        int flaky = 0, limited = 0;
        server.route("/img/a.png", [&](const Request&) { return TestHttpServer::reply(200, a, {{"Content-Type", "image/png"}}); });
        server.route("/img/b.png", [&](const Request&) { return TestHttpServer::reply(200, b, {{"Content-Type", "image/png"}}); });
        server.route("/img/same-as-a.png", [&](const Request&) { return TestHttpServer::reply(200, a, {{"Content-Type", "image/png"}}); });
        server.route("/img/page.jpg", [&](const Request&) {
            return TestHttpServer::reply(200, "<!DOCTYPE html><html>Please log in</html>", {{"Content-Type", "image/jpeg"}});
        });
        server.route("/img/huge.png", [&](const Request&) { return TestHttpServer::reply(200, QByteArray(300000, 'x')); });
        server.route("/img/flaky.png",
                     [&](const Request&) { return ++flaky == 1 ? TestHttpServer::reply(500, "oops") : TestHttpServer::reply(200, c); });
        server.route("/img/limited.png", [&](const Request&) {
            return ++limited == 1 ? TestHttpServer::reply(429, "slow down", {{"Retry-After", "1"}}) : TestHttpServer::reply(200, d);
        });
        server.route("/img/nc.png", [&](const Request&) { return TestHttpServer::reply(200, png(33)); });
        server.route("/v1/images/", [&](const Request& r) {
            QJsonArray results;
            if (query(r, "page") == "1") {
                for (const char* p : {"/img/a.png", "/img/same-as-a.png", "/img/page.jpg", "/img/huge.png"})
                    results.append(openverseResult(server, p, "by"));
                results.append(openverseResult(server, "/img/nc.png", "by-nc")); // not for commercial use
            } else {
                for (const char* p : {"/img/b.png", "/img/flaky.png", "/img/limited.png"})
                    results.append(openverseResult(server, p, "cc0"));
            }
            return TestHttpServer::reply(
                200, QJsonDocument(QJsonObject{{"result_count", 8}, {"page_count", 2}, {"page_size", 5}, {"results", results}}).toJson());
        });

        const QString root = newProject();
        ScrapeOptions options = fastOptions(root, server, "openverse");
        options.terms = {"sea otter"};
        options.count = 10;
        options.license = LicenseFilter::Commercial;
        options.http.maxBytes = 100000;
        Scraper scraper;
        const ScrapeReport report = scraper.run(options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.terms.size(), 1);
        const TermProgress& t = report.terms.first();
        QCOMPARE(t.className, QString("sea otter"));
        QVERIFY2(t.downloaded == 4, qPrintable(report.failures.join('\n')));
        QCOMPARE(t.duplicates, 1); // the same bytes under a second address
        QCOMPARE(t.failed, 2);     // the HTML page and the oversized file
        QCOMPARE(t.skipped, 1);    // the non-commercial licence
        QVERIFY(report.failures.join('\n').contains("page.jpg"));
        QVERIFY(report.failures.join('\n').contains("not an image"));
        QVERIFY(report.failures.join('\n').contains("cap"));
        QCOMPARE(flaky, 2);   // 500, then success
        QCOMPARE(limited, 2); // 429 with Retry-After, then success
        QCOMPARE(QDir(root + "/images/sea otter").entryList(QDir::Files).size(), 4);
        // The API was asked as documented, with the licence filter, page by page.
        QStringList pages;
        for (const Request& r : server.requests())
            if (r.path.startsWith("/v1/images/")) {
                pages << query(r, "page");
                QCOMPARE(query(r, "q"), QString("sea otter"));
                QCOMPARE(query(r, "license_type"), QString("commercial"));
                QVERIFY(r.headers.value("user-agent").startsWith("Picta/"));
            }
        QCOMPARE(pages, QStringList({"1", "2"}));
        const auto rows = ProvenanceLog(root).rows();
        QCOMPARE(rows.size(), 4);
        const ProvenanceRow& first = rows.first();
        QCOMPARE(first.term, QString("sea otter"));
        QCOMPARE(first.provider, QString("openverse"));
        QCOMPARE(first.license, QString("by 4.0"));
        QCOMPARE(first.creator, QString("Jane Doe"));
        QVERIFY(first.landingPage.startsWith("https://example.org/photo/img/"));
        QVERIFY(first.licenseUrl.contains("creativecommons.org"));
        QVERIFY(QDir(root + "/.cache").entryList(QStringList{"*.part"}, QDir::Files).isEmpty());
    }

    void stoppedHalfwayResumesWithoutDownloadingTwice()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QJsonArray results;
        for (int i = 0; i < 6; ++i) {
            const QByteArray bytes = png(20 + 35 * i);
            const QString path = QString("/img/%1.png").arg(i);
            server.route(path, [bytes](const Request&) { return TestHttpServer::reply(200, bytes); });
            results.append(openverseResult(server, path, "cc0"));
        }
        server.route("/v1/images/", [&](const Request& r) {
            const int page = query(r, "page").toInt();
            QJsonArray slice;
            for (int i = (page - 1) * 3; i < std::min(6, page * 3); ++i)
                slice.append(results[i]);
            return TestHttpServer::reply(200, QJsonDocument(QJsonObject{{"page_count", 2}, {"results", slice}}).toJson());
        });
        const QString root = newProject();
        ScrapeOptions options = fastOptions(root, server, "openverse");
        options.terms = {"otter"};
        options.count = 6;
        std::atomic_bool stop{false};
        Scraper first;
        connect(&first, &Scraper::imageSaved, &first, [&] { stop = true; }); // stop after the first image
        const ScrapeReport stopped = first.run(options, &stop);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.downloaded(), 1);
        Scraper second;
        const ScrapeReport resumed = second.run(options);
        QCOMPARE(resumed.downloaded(), 5);
        QCOMPARE(QDir(root + "/images/otter").entryList(QDir::Files).size(), 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(requestsFor(server, QString("/img/%1.png").arg(i).toUtf8()), 1);
        // Once a term is complete, running again fetches nothing.
        const int before = int(server.requests().size());
        QCOMPARE(Scraper().run(options).downloaded(), 0);
        QCOMPARE(int(server.requests().size()), before);
    }

    void wikimediaFollowsContinueAndReadsExtmetadata()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/files/1.jpg", [&](const Request&) { return TestHttpServer::reply(200, TestData::gradientJpeg(64, 48)); });
        server.route("/files/2.png", [&](const Request&) { return TestHttpServer::reply(200, png(120)); });
        auto page = [&](int index, const QString& file, const QString& mime, const QString& license) {
            return QJsonObject{{"title", "File:" + file},
                               {"index", index},
                               {"imageinfo",
                                QJsonArray{QJsonObject{
                                    {"url", server.url("/files/" + file).toString()},
                                    {"descriptionurl", "https://commons.wikimedia.org/wiki/File:" + file},
                                    {"mime", mime},
                                    {"width", 64},
                                    {"height", 48},
                                    {"extmetadata",
                                     QJsonObject{{"LicenseShortName", QJsonObject{{"value", license}}},
                                                 {"LicenseUrl", QJsonObject{{"value", "https://creativecommons.org/licenses/by-sa/4.0"}}},
                                                 {"Artist", QJsonObject{{"value", "<a href=\"//x\">Ann &amp; Bo</a>"}}}}}}}}};
        };
        server.route("/w/api.php", [&](const Request& r) {
            QJsonObject root;
            if (query(r, "gsroffset").isEmpty()) {
                root["query"] = QJsonObject{{"pages",
                                             QJsonObject{{"11", page(1, "1.jpg", "image/jpeg", "CC BY-SA 4.0")},
                                                         {"12", page(2, "logo.svg", "image/svg+xml", "CC BY-SA 4.0")}}}};
                root["continue"] = QJsonObject{{"gsroffset", 2}, {"continue", "gsroffset||"}};
            } else {
                root["query"] = QJsonObject{{"pages", QJsonObject{{"13", page(3, "2.png", "image/png", "Public domain")}}}};
            }
            return TestHttpServer::reply(200, QJsonDocument(root).toJson());
        });
        const QString root = newProject();
        ScrapeOptions options = fastOptions(root, server, "wikimedia");
        options.terms = {"otter"};
        const ScrapeReport report = Scraper().run(options);
        QVERIFY2(report.downloaded() == 2, qPrintable(report.failures.join('\n')));
        QStringList offsets;
        for (const Request& r : server.requests())
            if (r.path.startsWith("/w/api.php")) {
                offsets << query(r, "gsroffset");
                QCOMPARE(query(r, "generator"), QString("search"));
                QCOMPARE(query(r, "gsrnamespace"), QString("6"));
            }
        QCOMPARE(offsets, QStringList({"", "2"}));
        const auto rows = ProvenanceLog(root).rows();
        QCOMPARE(rows.first().creator, QString("Ann & Bo"));
        QCOMPARE(rows.first().license, QString("by-sa"));
        QCOMPARE(rows.last().license, QString("pdm"));
    }

    void inaturalistSwapsSquareForMediumAndFiltersLicences()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/photos/1/medium.jpg", [&](const Request&) { return TestHttpServer::reply(200, TestData::gradientJpeg(50, 50)); });
        server.route("/photos/2/medium.jpg", [&](const Request&) { return TestHttpServer::reply(200, TestData::gradientJpeg(60, 50)); });
        server.route("/v1/observations", [&](const Request& r) {
            QJsonArray photos{QJsonObject{{"url", server.url("/photos/1/square.jpg").toString()},
                                          {"license_code", "cc0"},
                                          {"attribution", "no rights reserved"}},
                              QJsonObject{{"url", server.url("/photos/2/square.jpg").toString()},
                                          {"license_code", QJsonValue()},
                                          {"attribution", "(c) someone"}}};
            Q_UNUSED(r);
            return TestHttpServer::reply(
                200,
                QJsonDocument(
                    QJsonObject{
                        {"total_results", 1},
                        {"results", QJsonArray{QJsonObject{{"uri", "https://www.inaturalist.org/observations/7"}, {"photos", photos}}}}})
                    .toJson());
        });
        const QString root = newProject();
        ScrapeOptions options = fastOptions(root, server, "inaturalist");
        options.terms = {"Enhydra lutris"};
        options.license = LicenseFilter::PublicDomain;
        const ScrapeReport report = Scraper().run(options);
        QCOMPARE(report.downloaded(), 1); // the all-rights-reserved photo is not fetched
        QCOMPARE(requestsFor(server, "/photos/1/medium.jpg"), 1);
        QCOMPARE(requestsFor(server, "/photos/2/medium.jpg"), 0);
        QCOMPARE(ProvenanceLog(root).rows().first().landingPage, QString("https://www.inaturalist.org/observations/7"));
    }

    void redditNeedsCredentialsAndReadsImagePostsAndGalleries()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        for (const char* path : {"/i/a.png", "/i/b.png", "/i/c.png", "/i/d.png"}) {
            const QByteArray bytes = png(int(qHash(QByteArray(path)) % 250));
            server.route(path, [bytes](const Request&) { return TestHttpServer::reply(200, bytes); });
        }
        QByteArray basic;
        server.route("/api/v1/access_token", [&](const Request& r) {
            basic = r.headers.value("authorization");
            return TestHttpServer::reply(200, R"({"access_token":"tok123","token_type":"bearer","expires_in":86400})");
        });
        QList<QByteArray> bearers;
        server.route("/r/otters/top", [&](const Request& r) {
            bearers << r.headers.value("authorization");
            QJsonArray children;
            auto post = [&](const QJsonObject& data) { children.append(QJsonObject{{"kind", "t3"}, {"data", data}}); };
            if (query(r, "after").isEmpty()) {
                post({{"post_hint", "image"}, {"url", server.url("/i/a.png").toString()}, {"author", "ann"}, {"permalink", "/r/otters/1"}});
                post({{"is_gallery", true},
                      {"author", "bo"},
                      {"permalink", "/r/otters/2"},
                      {"media_metadata",
                       QJsonObject{{"x1", QJsonObject{{"s", QJsonObject{{"u", server.url("/i/b.png").toString() + "?width=9&amp;s=1"}}}}},
                                   {"x2", QJsonObject{{"s", QJsonObject{{"u", server.url("/i/c.png").toString()}}}}}}}});
                post({{"post_hint", "self"}, {"selftext", "no picture"}, {"permalink", "/r/otters/3"}});
                return TestHttpServer::reply(
                    200, QJsonDocument(QJsonObject{{"data", QJsonObject{{"children", children}, {"after", "t3_next"}}}}).toJson());
            }
            post({{"post_hint", "image"}, {"url", server.url("/i/d.png").toString()}, {"author", "cy"}, {"permalink", "/r/otters/4"}});
            return TestHttpServer::reply(
                200, QJsonDocument(QJsonObject{{"data", QJsonObject{{"children", children}, {"after", QJsonValue()}}}}).toJson());
        });
        const QString root = newProject();
        ScrapeOptions options = fastOptions(root, server, "reddit");
        options.terms = {"r/otters"};
        qunsetenv("PICTA_REDDIT_CLIENT_ID");
        ScrapeReport report = Scraper().run(options);
        QCOMPARE(report.downloaded(), 0);
        QVERIFY2(report.failures.join(' ').contains("client id"), qPrintable(report.failures.join(' ')));
        qputenv("PICTA_REDDIT_CLIENT_ID", "my-app");
        qputenv("PICTA_REDDIT_CLIENT_SECRET", "s3cret");
        report = Scraper().run(options);
        qunsetenv("PICTA_REDDIT_CLIENT_ID");
        qunsetenv("PICTA_REDDIT_CLIENT_SECRET");
        QVERIFY2(report.downloaded() == 4, qPrintable(report.failures.join('\n')));
        QCOMPARE(basic, "Basic " + QByteArray("my-app:s3cret").toBase64());
        QCOMPARE(bearers, QList<QByteArray>({"bearer tok123", "bearer tok123"}));
        const auto rows = ProvenanceLog(root).rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().license, QString("unknown"));
        QCOMPARE(rows.first().creator, QString("u/ann"));
        QCOMPARE(rows.first().landingPage, QString("https://www.reddit.com/r/otters/1"));
        QVERIFY(rows[1].url.contains("width=9&s=1")); // &amp; in Reddit's JSON undone
        options.license = LicenseFilter::Commercial;  // no licence stated: nothing passes
        QCOMPARE(Scraper().run(options).downloaded(), 0);
    }

    void commandLineScrapeAndCredits()
    {
        if (!QFileInfo(qEnvironmentVariable("PICTA_CLI")).isExecutable())
            QSKIP("PICTA_CLI is not set");
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray bytes = png(77);
        server.route("/img/x.png", [&](const Request&) { return TestHttpServer::reply(200, bytes); });
        server.route("/v1/images/", [&](const Request&) {
            return TestHttpServer::reply(
                200,
                QJsonDocument(QJsonObject{{"page_count", 1}, {"results", QJsonArray{openverseResult(server, "/img/x.png", "by-sa")}}})
                    .toJson());
        });
        const QString root = m_tmp.filePath("cli-project");
        // The server answers on this thread's event loop: wait for the process without blocking it.
        auto run = [&](const QStringList& args) {
            QProcess process;
            process.start(qEnvironmentVariable("PICTA_CLI"), args);
            QElapsedTimer timer;
            timer.start();
            while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                process.waitForFinished(10);
            }
            return std::make_pair(process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError());
        };
        auto [code, out] = run({"scrape", "--project", root, "--source", "openverse", "--term", "sea otter", "--term", "beaver", "--count",
                                "3", "--api-base", server.url().toString(), "--rate", "6000", "--json"});
        QVERIFY2(code == 0, out.constData());
        QJsonObject summary;
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith('{'))
                summary = QJsonDocument::fromJson(line).object();
        QCOMPARE(summary.value("downloaded").toInt(), 1);
        QCOMPARE(summary.value("duplicates").toInt(), 1); // the same address for the second term
        QCOMPARE(summary.value("per_term").toObject().value("sea otter").toObject().value("downloaded").toInt(), 1);
        std::tie(code, out) = run({"credits", "--project", root});
        QCOMPARE(code, 0);
        QFile credits(root + "/CREDITS.md");
        QVERIFY(credits.open(QIODevice::ReadOnly));
        const QByteArray text = credits.readAll();
        QVERIFY(text.contains("Jane Doe"));
        QVERIFY(text.contains("by-sa 4.0"));
        QVERIFY(text.contains("https://example.org/photo/img/x.png"));
        QCOMPARE(run({"scrape", "--project", root, "--term", "x", "--api-base", "not a url"}).first, 2);
    }

    void timeoutsRedirectLoopsAndPlainHttpAreRefused()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/silent.png", [&](const Request&) {
            TestHttpServer::Response r;
            r.silent = true;
            return r;
        });
        server.route("/loop.png", [&](const Request&) { return TestHttpServer::reply(302, {}, {{"Location", "/loop.png"}}); });
        HttpClient::Options o;
        o.timeoutMs = 300;
        o.maxRetries = 1;
        o.backoffBaseMs = 10;
        HttpClient client(o);
        const auto silent = client.get(server.url("/silent.png"));
        QVERIFY(!silent);
        QVERIFY2(silent.error().contains("silent.png"), qPrintable(silent.error()));
        const auto loop = client.get(server.url("/loop.png"));
        QVERIFY(!loop);
        QVERIFY2(loop.error().contains("redirect"), qPrintable(loop.error()));
        QVERIFY(!client.isAllowed(QUrl("http://example.org/x.png")));
        QVERIFY(client.isAllowed(QUrl("https://example.org/x.png")));
        client.allowOrigin(QUrl("http://mirror.example:8080"));
        QVERIFY(client.isAllowed(QUrl("http://mirror.example:8080/v1/images/")));
        QVERIFY(!client.isAllowed(QUrl("http://mirror.example:9090/v1/images/")));
        QCOMPARE(ImageSource::normaliseLicense("CC BY-NC-SA 2.0"), QString("by-nc-sa"));
        QCOMPARE(ImageSource::normaliseLicense("cc-by"), QString("by"));
        QVERIFY(!ImageSource::allows(LicenseFilter::Commercial, "by-nc"));
        QVERIFY(ImageSource::allows(LicenseFilter::Modification, "by-nc"));
        QVERIFY(!ImageSource::allows(LicenseFilter::Modification, "by-nd"));
    }
};

QTEST_GUILESS_MAIN(TestScraper)
#include "tst_scraper.moc"

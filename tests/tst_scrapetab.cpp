#include "document/projectdocument.h"
#include "scrape/scrapetab.h"
#include "testdata.h"
#include "testhttpserver.h"

#include "project/project.h"
#include "project/provenancelog.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestScrapeTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void termsBecomeClassesWithThumbnailsAsImagesLand()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QJsonArray results;
        for (int i = 0; i < 3; ++i) {
            const QByteArray jpeg = TestData::gradientJpeg(64 + 8 * i, 64);
            const QString path = QString("/img/%1.jpg").arg(i);
            server.route(path, [jpeg](const TestHttpServer::Request&) { return TestHttpServer::reply(200, jpeg); });
            results.append(QJsonObject{{"url", server.url(path).toString()},
                                       {"license", "cc0"},
                                       {"width", 64},
                                       {"height", 64},
                                       {"creator", "A"},
                                       {"foreign_landing_url", "https://example.org" + path}});
        }
        results.append(QJsonObject{{"url", server.url("/img/missing.jpg").toString()}, {"license", "cc0"}});
        server.route("/v1/images/", [&](const TestHttpServer::Request&) {
            return TestHttpServer::reply(200, QJsonDocument(QJsonObject{{"page_count", 1}, {"results", results}}).toJson());
        });
        QTemporaryDir tmp;
        const QString root = tmp.filePath("p");
        QVERIFY(Project::create(root, "scrape"));
        ProjectDocument document;
        QVERIFY(document.openAndWait(root));
        ScrapeTab tab(&document);
        tab.resize(1000, 600);
        tab.show();
        tab.setApiBase(server.url());
        tab.setRequestsPerMinute(60000);
        tab.addTerm("sea otter", "otter");
        QCOMPARE(tab.options().classNames, QStringList({"otter"}));
        QSignalSpy finished(&tab, &ScrapeTab::finished);
        tab.start();
        QVERIFY(tab.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto report = finished.first().first().value<ScrapeReport>();
        QCOMPARE(report.downloaded(), 3);
        QCOMPARE(report.failed(), 1); // the 404
        // The document merges the images as they land: the Dataset tab's class gets them.
        QTRY_COMPARE_WITH_TIMEOUT(document.classes(), QStringList({"otter"}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(document.counts().value(0), 3, 5000);
        QCOMPARE(tab.thumbnails()->count(), 3);
        QVERIFY(tab.log().contains("missing.jpg"));
        QVERIFY(tab.log().contains("404"));
        QCOMPARE(QDir(root + "/images/otter").entryList(QDir::Files).size(), 3);
        QCOMPARE(ProvenanceLog(root).rows().size(), 3);
        if (!qEnvironmentVariableIsEmpty("PICTA_SCREENSHOT_DIR"))
            tab.grab().save(QDir(qEnvironmentVariable("PICTA_SCREENSHOT_DIR")).filePath("scrape-tab.png"));
    }

    void stopReturnsAtOnceWhileADownloadHangs()
    {
        // The image server sends a few bytes and then nothing: the worker sits in a download.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/img/slow.jpg", [](const TestHttpServer::Request&) {
            TestHttpServer::Response r = TestHttpServer::reply(200, TestData::gradientJpeg(64, 64));
            r.stallAfter = 16;
            return r;
        });
        const QJsonArray results{QJsonObject{{"url", server.url("/img/slow.jpg").toString()}, {"license", "cc0"}}};
        server.route("/v1/images/", [&](const TestHttpServer::Request&) {
            return TestHttpServer::reply(200, QJsonDocument(QJsonObject{{"page_count", 1}, {"results", results}}).toJson());
        });
        QTemporaryDir tmp;
        const QString root = tmp.filePath("p");
        QVERIFY(Project::create(root, "scrape"));
        ProjectDocument document;
        QVERIFY(document.openAndWait(root));
        ScrapeTab tab(&document);
        tab.setApiBase(server.url());
        tab.setRequestsPerMinute(60000);
        tab.addTerm("otter");
        QSignalSpy finished(&tab, &ScrapeTab::finished);
        tab.start();
        auto imageRequested = [&] {
            for (const TestHttpServer::Request& r : server.requests())
                if (r.path.startsWith("/img/"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(imageRequested(), 10000);
        // The GUI thread keeps turning while the worker waits on the network…
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        tick.start(10);
        QTest::qWait(300);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        // …and Stop only asks: it returns before the worker has noticed, and the report follows.
        QElapsedTimer clock;
        clock.start();
        tab.stop();
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(tab.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(finished.first().first().value<ScrapeReport>().cancelled);
        QVERIFY(!tab.isRunning());
    }
};

QTEST_MAIN(TestScrapeTab)
#include "tst_scrapetab.moc"

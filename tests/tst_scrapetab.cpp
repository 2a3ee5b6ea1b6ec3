#include "scrapetab.h"
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
        ScrapeTab tab;
        tab.resize(1000, 600);
        tab.show();
        tab.setProject(root);
        tab.setApiBase(server.url());
        tab.setRequestsPerMinute(60000);
        tab.addTerm("sea otter", "otter");
        QCOMPARE(tab.options().classNames, QStringList({"otter"}));
        QSignalSpy finished(&tab, &ScrapeTab::finished);
        QSignalSpy changed(&tab, &ScrapeTab::datasetChanged);
        tab.start();
        QVERIFY(tab.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(0).toInt(), 3); // downloaded
        QCOMPARE(finished.first().at(2).toInt(), 1); // failed: the 404
        QCOMPARE(changed.count(), 1);
        QCOMPARE(tab.thumbnails()->count(), 3);
        QVERIFY(tab.log().contains("missing.jpg"));
        QVERIFY(tab.log().contains("404"));
        QCOMPARE(QDir(root + "/images/otter").entryList(QDir::Files).size(), 3);
        QCOMPARE(ProvenanceLog(root).rows().size(), 3);
        if (!qEnvironmentVariableIsEmpty("PICTA_SCREENSHOT_DIR"))
            tab.grab().save(QDir(qEnvironmentVariable("PICTA_SCREENSHOT_DIR")).filePath("scrape-tab.png"));
    }
};

QTEST_MAIN(TestScrapeTab)
#include "tst_scrapetab.moc"

#include "data/importer.h"
#include "data/zipreader.h"
#include "project/dataseteditor.h"
#include "project/provenancelog.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

using namespace picta;
using namespace picta::test;

namespace {

QByteArray png(int width, int height, int shade = 90)
{
    std::vector<uchar> bytes;
    cv::imencode(".png", cv::Mat(height, width, CV_8UC3, cv::Scalar(shade, 200, 30)), bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

// A zip archive with stored (uncompressed) entries, names taken as given.
QByteArray zipOf(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    QByteArray out, directory;
    auto le16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray& b, quint32 v) {
        le16(b, quint16(v & 0xffff));
        le16(b, quint16(v >> 16));
    };
    for (const auto& [name, data] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out += name + data;
        le32(directory, 0x02014b50);
        le16(directory, 20);
        le16(directory, 20);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, crc);
        le32(directory, quint32(data.size()));
        le32(directory, quint32(data.size()));
        le16(directory, quint16(name.size()));
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, 0);
        le32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(directory.size()));
    le32(out, directoryOffset);
    le16(out, 0);
    return out;
}

QString newProject(const QTemporaryDir& tmp)
{
    const QString root = tmp.filePath("project");
    return TestData::makeProject(root, 2, 2, 24, 1);
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void folderPerClassBecomesClassesAndNothingIsOverwritten()
    {
        QTemporaryDir tmp;
        const QString root = newProject(tmp);
        QVERIFY(TestData::writeFile(tmp.filePath("src/cats/a.png"), png(30, 30)));
        QVERIFY(TestData::writeFile(tmp.filePath("src/Dogs:big/b.png"), png(30, 30, 10)));
        QVERIFY(TestData::writeFile(tmp.filePath("src/loose.png"), png(30, 30, 50)));
        QVERIFY(TestData::writeFile(tmp.filePath("src/notes.txt"), "hello"));
        QVERIFY(TestData::writeFile(tmp.filePath("src/cats/broken.png"), "not a png"));
        Importer importer(root);
        ImportReport report = importer.importFolder(tmp.filePath("src"));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.classesAdded, QStringList({"Dogs_big", "cats"})); // in file order
        QCOMPARE(report.skipped.size(), 2);
        QVERIFY(QFileInfo::exists(root + "/images/cats/a.png"));
        QVERIFY(QFileInfo::exists(root + "/images/Dogs_big/b.png"));
        QVERIFY(QFileInfo::exists(root + "/images/.unlabelled/loose.png"));
        QCOMPARE(DatasetEditor(root).images().size(), 4 + 3);

        report = importer.importFolder(tmp.filePath("src")); // again: the same bytes are not added twice
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.duplicates, 3);
        report = Importer(root).importFolder(tmp.filePath("src")); // nor by a new importer (sources.csv knows them)
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.duplicates, 3);
        QVERIFY(report.skipped.first().reason.contains("already in the project"));
        QVERIFY(TestData::writeFile(tmp.filePath("src2/cats/a.png"), png(30, 30, 140))); // same name, other picture
        report = importer.importFolder(tmp.filePath("src2"));
        QCOMPARE(report.imported, 1);
        QVERIFY(QFileInfo::exists(root + "/images/cats/a-1.png")); // a suffix, no overwrite
        const auto rows = ProvenanceLog(root).rows();
        QCOMPARE(rows.size(), 4);
        const ProvenanceRow a = ProvenanceLog(root).find("images/cats/a.png");
        QCOMPARE(a.provider, QString("folder"));
        QCOMPARE(a.originalWidth, 30);
        QVERIFY(a.url.endsWith("a.png"));
        QCOMPARE(ProvenanceLog(root).find("images/cats/a-1.png").sha256.size(), 64);
    }

    void provenanceAppendsAndCarriesOverOlderFiles()
    {
        QTemporaryDir tmp;
        // A sources.csv from before the landing_page, license_url and term columns.
        QVERIFY(TestData::writeFile(tmp.filePath("sources.csv"),
                                    "file,sha256,url,provider,license,creator,original_width,original_height,imported\n"
                                    "images/a/1.png,ab,\"http://x/1.png?a=1,b=2\",folder,cc0,\"Ann \"\"A\"\"\",10,12,2026-01-01\n"));
        ProvenanceLog log(tmp.path());
        ProvenanceRow row;
        row.file = "images/a/2.png";
        row.term = "otter";
        QVERIFY(log.append({row}));
        row.file = "images/a/3.png";
        QVERIFY(log.append({row}));
        const auto rows = log.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].url, QString("http://x/1.png?a=1,b=2"));
        QCOMPARE(rows[0].creator, QString("Ann \"A\""));
        QCOMPARE(rows[0].originalHeight, 12);
        QCOMPARE(rows[2].term, QString("otter"));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().trimmed().endsWith("license_url,term"));
    }

    void zipEntriesThatWouldEscapeAreRefused()
    {
        QTemporaryDir tmp;
        const QString root = newProject(tmp);
        const QString zip = tmp.filePath("upload.zip");
        QVERIFY(TestData::writeFile(zip,
                                    zipOf({{"set/cats/ok.png", png(20, 20)},
                                           {"set/cats/../../../evil.png", png(20, 20)},
                                           {"/etc/abs.png", png(20, 20)},
                                           {"set\\..\\win.png", png(20, 20)},
                                           {"set/dogs/d.png", png(20, 20, 5)}})));
        const auto reader = ZipReader::open(zip);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(reader->entries().size(), 5);
        const ImportReport report = Importer(root).importZip(zip);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped.size(), 3);
        for (const ListingProblem& p : report.skipped)
            QVERIFY2(p.reason.startsWith("refused"), qPrintable(p.path + ": " + p.reason));
        QVERIFY(QFileInfo::exists(root + "/images/cats/ok.png"));
        QVERIFY(QFileInfo::exists(root + "/images/dogs/d.png"));
        QVERIFY(!QFileInfo::exists(tmp.filePath("evil.png")));
        QVERIFY(!QFileInfo::exists(root + "/evil.png"));
        QVERIFY(TestData::imagesBelow(tmp.path()).filter("evil").isEmpty());
        QVERIFY(TestData::imagesBelow(tmp.path()).filter("win").isEmpty());
    }

    void downscalingKeepsTheOriginalSizeInTheProvenance()
    {
        QTemporaryDir tmp;
        const QString root = newProject(tmp);
        QVERIFY(TestData::writeFile(tmp.filePath("src/big.jpg"), TestData::gradientJpeg(400, 300)));
        Importer::Options options;
        options.maxSide = 100;
        options.license = "CC0";
        const ImportReport report = Importer(root, options).importFolder(tmp.filePath("src"));
        QCOMPARE(report.imported, 1);
        const cv::Mat stored = cv::imread((root + "/images/.unlabelled/big.jpg").toStdString());
        QCOMPARE(stored.cols, 100);
        QCOMPARE(stored.rows, 75);
        const ProvenanceRow row = ProvenanceLog(root).find("images/.unlabelled/big.jpg");
        QCOMPARE(row.originalWidth, 400);
        QCOMPARE(row.originalHeight, 300);
        QCOMPARE(row.license, QString("CC0"));
    }

    void urlListDownloadsAndReportsFailures()
    {
        QTemporaryDir tmp;
        const QString root = newProject(tmp);
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray image = png(32, 32);
        server.route("/img/otter.png", [&](const TestHttpServer::Request&) { return TestHttpServer::reply(200, image); });
        server.route("/img/noext", [&](const TestHttpServer::Request&) { return TestHttpServer::reply(200, png(32, 32, 7)); });
        server.route("/img/page", [&](const TestHttpServer::Request&) { return TestHttpServer::reply(200, "<html>nope</html>"); });
        const QString list = tmp.filePath("urls.txt");
        QVERIFY(TestData::writeFile(list,
                                    (server.url("/img/otter.png").toString() + "\n# a comment\n\n"
                                     + server.url("/img/missing.png").toString() + "\nftp://example.org/x.png\n"
                                     + server.url("/img/page").toString() + "\n" + server.url("/img/noext").toString() + "\n")
                                        .toUtf8()));
        const ImportReport report = Importer(root).importUrlList(list);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped.size(), 3);
        QVERIFY(report.skipped[0].reason.contains("404"));
        QVERIFY(report.skipped[1].reason.contains("http"));
        QVERIFY(report.skipped[2].reason.contains("not an image"));
        QVERIFY(QFileInfo::exists(root + "/images/.unlabelled/otter.png"));
        QVERIFY(QFileInfo::exists(root + "/images/.unlabelled/noext.png"));
        QCOMPARE(ProvenanceLog(root).find("images/.unlabelled/otter.png").url, server.url("/img/otter.png").toString());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

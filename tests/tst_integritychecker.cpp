#include "cleaning/imageheader.h"
#include "cleaning/integritychecker.h"
#include "cleaning/quarantine.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

using namespace picta;
using namespace picta::test;

namespace {

QByteArray encode(const cv::Mat& image, const char* ext)
{
    std::vector<uchar> bytes;
    cv::imencode(ext, image, bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

QByteArray png(int width, int height)
{
    return encode(cv::Mat(height, width, CV_8UC3, cv::Scalar(10, 200, 90)), ".png");
}

// A PNG whose header claims 50,000 × 50,000 pixels (a decompression bomb's header).
QByteArray bombPng()
{
    QByteArray bytes = png(32, 32);
    qToBigEndian<quint32>(50000, bytes.data() + 16);
    qToBigEndian<quint32>(50000, bytes.data() + 20);
    return bytes;
}

// A two-frame GIF89a, 2×2, written by hand.
QByteArray animatedGif()
{
    QByteArray g("GIF89a", 6);
    g += QByteArray("\x02\x00\x02\x00\x80\x00\x00", 7); // size, global colour table of 2 entries
    g += QByteArray("\x00\x00\x00\xff\xff\xff", 6);
    for (int frame = 0; frame < 2; ++frame) {
        g += QByteArray("\x21\xf9\x04\x00\x0a\x00\x00\x00", 8); // graphic control extension
        g += QByteArray("\x2c\x00\x00\x00\x00\x02\x00\x02\x00\x00", 10);
        g += QByteArray("\x02\x02\x44\x01\x00", 5); // LZW data
    }
    g += ';';
    return g;
}

// A PNG with an acTL chunk before IDAT: an animated PNG.
QByteArray apng()
{
    QByteArray bytes = png(32, 32);
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(8, chunk.data());
    chunk += "acTL";
    chunk += QByteArray("\x00\x00\x00\x03\x00\x00\x00\x00", 8);
    chunk += QByteArray(4, '\0'); // CRC, not checked by the header reader
    return bytes.left(33) + chunk + bytes.mid(33);
}

} // namespace

class TestIntegrityChecker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyProblemKindIsDetectedAndNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reasonContains");
        using K = IntegrityProblem::Kind;
        const QByteArray jpeg = TestData::gradientJpeg(64, 48);
        QTest::newRow("empty") << "empty.jpg" << QByteArray() << int(K::Empty) << "0 bytes";
        QTest::newRow("html saved as jpg") << "page.jpg" << QByteArray("<!DOCTYPE html><html><body>403</body></html>") << int(K::NotAnImage)
                                           << "HTML page";
        QTest::newRow("text") << "notes.png" << QByteArray("hello\n") << int(K::NotAnImage) << ".png extension";
        QTest::newRow("svg") << "logo.png" << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>") << int(K::Unsupported) << "SVG";
        QTest::newRow("heif") << "photo.jpg"
                              << QByteArray("\x00\x00\x00\x18"
                                            "ftypheic\x00\x00\x00\x00",
                                            16)
                              << int(K::Unsupported) << "HEIF";
        QTest::newRow("truncated jpeg") << "cut.jpg" << jpeg.left(jpeg.size() * 2 / 3) << int(K::Truncated) << "truncated";
        QTest::newRow("truncated png") << "cut.png" << png(64, 64).left(200) << int(K::Truncated) << "truncated";
        QTest::newRow("corrupt jpeg") << "garbage.jpg" << (jpeg.left(20) + QByteArray(400, 'x') + "\xff\xd9") << int(K::Corrupt) << "";
        QTest::newRow("too small") << "tiny.png" << png(8, 40) << int(K::TooSmall) << "8×40";
        QTest::newRow("decompression bomb") << "bomb.png" << bombPng() << int(K::TooLarge) << "50000×50000";
        QTest::newRow("animated gif") << "anim.gif" << animatedGif() << int(K::Animated) << "animated GIF";
        QTest::newRow("animated png") << "anim.png" << apng() << int(K::Animated) << "animated PNG";
    }

    void everyProblemKindIsDetectedAndNamed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, reasonContains);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(name);
        QVERIFY(TestData::writeFile(path, bytes));
        const auto problem = IntegrityChecker::checkFile(path, IntegrityChecker::Options());
        QVERIFY2(problem, qPrintable(name));
        QVERIFY2(int(problem->kind) == kind, qPrintable(IntegrityProblem::kindName(problem->kind) + ": " + problem->reason));
        QVERIFY2(problem->reason.contains(reasonContains), qPrintable(problem->reason));
        QCOMPARE(problem->path, path);
    }

    void goodImagesPass()
    {
        QTemporaryDir tmp;
        QVERIFY(TestData::writeFile(tmp.filePath("a.png"), png(40, 30)));
        QVERIFY(TestData::writeFile(tmp.filePath("b.jpg"), TestData::gradientJpeg(64, 48)));
        QVERIFY(TestData::writeFile(tmp.filePath("c.bmp"), encode(cv::Mat(20, 30, CV_8UC1, cv::Scalar(9)), ".bmp")));
        QVERIFY(TestData::writeFile(tmp.filePath("d.webp"), encode(cv::Mat(20, 30, CV_8UC3, cv::Scalar(9, 80, 3)), ".webp")));
        QVERIFY(TestData::writeFile(tmp.filePath("e.tiff"), encode(cv::Mat(20, 30, CV_8UC3, cv::Scalar(9, 80, 3)), ".tiff")));
        QVERIFY(TestData::writeFile(tmp.filePath("f.pgm"), encode(cv::Mat(20, 30, CV_8UC1, cv::Scalar(9)), ".pgm")));
        const QStringList files = IntegrityChecker::datasetFiles(tmp.path());
        QCOMPARE(files.size(), 6);
        const auto problems = IntegrityChecker::check(files, IntegrityChecker::Options());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().path + ": " + problems.first().reason));
        for (const QString& f : files) { // the header reader agrees with the decoder on every format
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto header = ImageHeader::read(file.readAll());
            QVERIFY2(header, qPrintable(f));
            QVERIFY2(header->width * header->height == (f.endsWith("a.png") ? 1200 : f.endsWith("b.jpg") ? 3072 : 600), qPrintable(f));
        }
    }

    void projectBookkeepingIsNotChecked()
    {
        QTemporaryDir tmp;
        QDir root(tmp.path());
        QVERIFY(TestData::writeFile(root.filePath("picta.json"), "{}"));
        QVERIFY(TestData::writeFile(root.filePath("runs/1/model.json"), "{}"));
        QVERIFY(TestData::writeFile(root.filePath("quarantine/files/x.png"), "x"));
        QVERIFY(TestData::writeFile(root.filePath("images/.thumbnails/t.png"), "x"));
        QVERIFY(TestData::writeFile(root.filePath("images/.unlabelled/u.png"), png(20, 20)));
        QVERIFY(TestData::writeFile(root.filePath("images/cat/c.png"), png(20, 20)));
        QCOMPARE(IntegrityChecker::datasetFiles(tmp.path()),
                 QStringList({root.filePath("images/.unlabelled/u.png"), root.filePath("images/cat/c.png")}));
    }

    void quarantineAndRestoreRoundTrip()
    {
        QTemporaryDir tmp;
        QDir root(tmp.path());
        const QByteArray bytes = png(20, 20);
        QVERIFY(TestData::writeFile(root.filePath("images/cat/a.png"), bytes));
        QVERIFY(TestData::writeFile(root.filePath("images/cat/b.png"), bytes));
        Quarantine quarantine(tmp.path());
        QStringList errors;
        const auto added = quarantine.add(
            {{root.filePath("images/cat/a.png"), "duplicate of b.png"}, {root.filePath("images/cat/missing.png"), "gone"}}, &errors);
        QCOMPARE(added.size(), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains("missing.png"));
        QVERIFY(!QFileInfo::exists(root.filePath("images/cat/a.png")));
        QCOMPARE(quarantine.items().size(), 1);
        QCOMPARE(quarantine.items().first().originalPath, QString("images/cat/a.png"));
        QCOMPARE(quarantine.items().first().reason, QString("duplicate of b.png"));

        // A new file took the name meanwhile: the restored one gets a suffix, nothing is overwritten.
        QVERIFY(TestData::writeFile(root.filePath("images/cat/a.png"), "newer"));
        const auto restored = quarantine.restore(added.first().id);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(*restored, root.filePath("images/cat/a-1.png"));
        QFile file(*restored);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QVERIFY(quarantine.items().isEmpty());
        QVERIFY(!quarantine.restore(added.first().id));

        QVERIFY(quarantine.add(root.filePath("images/cat/b.png"), "deleted by user"));
        const Status emptied = quarantine.empty();
        QVERIFY2(emptied, qPrintable(emptied.error()));
        QVERIFY(quarantine.items().isEmpty());
        QVERIFY(QDir(root.filePath("quarantine/files")).entryList(QDir::Files).isEmpty());
    }

    void aDamagedQuarantineManifestIsReportedNotReplaced()
    {
        QTemporaryDir tmp;
        QDir root(tmp.path());
        QVERIFY(TestData::writeFile(root.filePath("images/cat/a.png"), png(20, 20)));
        QVERIFY(TestData::writeFile(root.filePath("images/cat/b.png"), png(21, 20)));
        Quarantine quarantine(tmp.path());
        QVERIFY(quarantine.add(root.filePath("images/cat/a.png"), "first"));
        const QStringList manifests = QDir(quarantine.dir()).entryList({"*.json"}, QDir::Files);
        QCOMPARE(manifests.size(), 1);
        const QString manifest = QDir(quarantine.dir()).filePath(manifests.first());
        QVERIFY(TestData::writeFile(manifest, "{ damaged"));
        // Adding, restoring or emptying would rewrite the manifest without the first item: refused.
        const auto added = quarantine.add(root.filePath("images/cat/b.png"), "second");
        QVERIFY(!added);
        QVERIFY2(added.error().contains("damaged") && added.error().contains(manifests.first()), qPrintable(added.error()));
        QVERIFY(!quarantine.empty());
        QVERIFY(QFileInfo::exists(root.filePath("images/cat/b.png")));
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ damaged"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityChecker)
#include "tst_integritychecker.moc"

#include "cleaning/duplicatefinder.h"
#include "cleaning/hammingindex.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace picta;
using namespace picta::test;

namespace {

// A photo-like picture: a gradient background with a few filled shapes of random colours and a
// little noise. Different seeds give clearly different pictures.
cv::Mat picture(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> c(0, 255), x(0, 159), y(0, 119), r(10, 45);
    cv::Mat image(120, 160, CV_8UC3);
    const cv::Scalar a(c(rng), c(rng), c(rng)), b(c(rng), c(rng), c(rng));
    for (int row = 0; row < image.rows; ++row)
        image.row(row).setTo(a + (b - a) * (double(row) / image.rows));
    for (int s = 0; s < 6; ++s) {
        const cv::Scalar colour(c(rng), c(rng), c(rng));
        if (s % 2)
            cv::circle(image, {x(rng), y(rng)}, r(rng), colour, cv::FILLED);
        else
            cv::rectangle(image, cv::Rect(x(rng), y(rng), r(rng) * 2, r(rng)), colour, cv::FILLED);
    }
    cv::Mat noise(image.size(), image.type());
    cv::randn(noise, 0, 6);
    image += noise;
    return image;
}

QByteArray encode(const cv::Mat& image, const char* ext, int quality = 95)
{
    std::vector<uchar> bytes;
    cv::imencode(ext, image, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

// The transformed copies a scraped dataset holds: name → image.
std::vector<std::pair<QString, cv::Mat>> copiesOf(const cv::Mat& image)
{
    cv::Mat resized, cropped, brighter, flipped, rotated, both;
    cv::resize(image, resized, {}, 0.5, 0.5, cv::INTER_AREA);
    cropped = image(cv::Rect(5, 4, image.cols - 10, image.rows - 8)).clone(); // 3 % off each side
    image.convertTo(brighter, -1, 1.0, 35);
    cv::flip(image, flipped, 1);
    cv::rotate(image, rotated, cv::ROTATE_90_CLOCKWISE);
    cv::rotate(flipped, both, cv::ROTATE_90_COUNTERCLOCKWISE);
    return {{"resized", resized}, {"cropped", cropped}, {"brighter", brighter},
            {"flipped", flipped}, {"rotated", rotated}, {"flipped-rotated", both}};
}

} // namespace

class TestDuplicateFinder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hammingIndexFindsExactlyTheCodesWithinTheRadius()
    {
        std::mt19937_64 rng(3);
        std::vector<uint64_t> codes(5000);
        for (auto& c : codes)
            c = rng();
        // Plant neighbours of code 0 at distances 1…16.
        for (int d = 1; d <= 16; ++d) {
            uint64_t flipped = codes[0];
            for (int bit = 0; bit < d; ++bit)
                flipped ^= uint64_t(1) << (bit * 4 % 64 + bit / 16);
            codes.push_back(flipped);
        }
        const HammingIndex index(codes);
        std::vector<uint32_t> scratch;
        for (int radius : {0, 3, 7, 10, 13}) {
            QSet<int> found;
            index.search(codes[0], radius, scratch, [&](int id, int distance) {
                QVERIFY(!found.contains(id));
                QCOMPARE(distance, HammingIndex::distance(codes[0], codes[size_t(id)]));
                found.insert(id);
            });
            QSet<int> expected;
            for (size_t i = 0; i < codes.size(); ++i)
                if (HammingIndex::distance(codes[0], codes[i]) <= radius)
                    expected.insert(int(i));
            QCOMPARE(found, expected);
        }
    }

    void transformedCopiesAreGroupedAndDistinctImagesAreNot()
    {
        QTemporaryDir tmp;
        QStringList files;
        QMap<QString, QString> original; // file → the picture it shows
        for (unsigned seed = 1; seed <= 40; ++seed) {
            const cv::Mat image = picture(seed);
            const QString name = QStringLiteral("pic%1").arg(seed);
            const QString path = tmp.filePath(name + ".png");
            QVERIFY(TestData::writeFile(path, encode(image, ".png")));
            files << path;
            original[path] = name;
            if (seed > 5)
                continue; // the first five have copies, the rest are distinct pictures
            const QString jpeg = tmp.filePath(name + "-reencoded.jpg");
            QVERIFY(TestData::writeFile(jpeg, encode(image, ".jpg", 70)));
            files << jpeg;
            original[jpeg] = name;
            for (const auto& [kind, copy] : copiesOf(image)) {
                const QString path = tmp.filePath(name + '-' + kind + ".png");
                QVERIFY(TestData::writeFile(path, encode(copy, ".png")));
                files << path;
                original[path] = name;
            }
        }
        const QString exact = tmp.filePath("pic7-copy.png");
        QVERIFY(QFile::copy(tmp.filePath("pic7.png"), exact));
        files << exact;
        original[exact] = "pic7";

        const DuplicateReport report = DuplicateFinder::find(files);
        QVERIFY(report.unreadable.isEmpty());
        QCOMPARE(report.images, int(files.size()));
        QStringList summary;
        for (const DuplicateGroup& g : report.groups) {
            QStringList names;
            for (const DuplicateImage& image : g.images)
                names << QFileInfo(image.path).completeBaseName();
            summary << names.join(',');
        }
        QCOMPARE(report.groups.size(), 6);
        for (const DuplicateGroup& g : report.groups) {
            const QString picture = original[g.images.first().path];
            int expected = 0;
            for (const QString& f : files)
                expected += original[f] == picture;
            QVERIFY2(g.images.size() == expected, qPrintable(summary.join(" | ")));
            for (const DuplicateImage& image : g.images)
                QVERIFY2(original[image.path] == picture, qPrintable(summary.join(" | ")));
            // Best first: the largest resolution; among equals, the largest file.
            QCOMPARE(qint64(g.images.first().width) * g.images.first().height, qint64(160 * 120));
            QCOMPARE(g.exact, picture == "pic7");
        }
    }

    void unreadableFilesAreListedAndSkipped()
    {
        QTemporaryDir tmp;
        QVERIFY(TestData::writeFile(tmp.filePath("a.png"), encode(picture(1), ".png")));
        QVERIFY(TestData::writeFile(tmp.filePath("b.jpg"), "not a jpeg"));
        const DuplicateReport report = DuplicateFinder::find({tmp.filePath("a.png"), tmp.filePath("b.jpg")});
        QCOMPARE(report.images, 1);
        QCOMPARE(report.unreadable.size(), 1);
        QVERIFY(report.unreadable.first().reason.contains("b.jpg"));
        QVERIFY(report.groups.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"

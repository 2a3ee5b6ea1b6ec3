#include "data/imagecache.h"
#include "imaging/imagedecoder.h"
#include "imaging/imagetensor.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

using namespace picta;
using namespace picta::test;

namespace {

QByteArray encode(const cv::Mat& image, const char* ext, const std::vector<int>& params = {})
{
    std::vector<uchar> bytes;
    if (!cv::imencode(ext, image, bytes, params))
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

// A minimal EXIF APP1 segment holding only Orientation = `orientation`.
QByteArray withExifOrientation(const QByteArray& jpeg, quint16 orientation)
{
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff += QByteArray("\x01\0", 2);                   // one IFD entry
    tiff += QByteArray("\x12\x01\x03\0\x01\0\0\0", 8); // 0x0112 SHORT ×1
    tiff += char(orientation & 0xff);
    tiff += QByteArray("\0\0\0", 3);
    tiff += QByteArray("\0\0\0\0", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = payload.size() + 2;
    QByteArray app1("\xff\xe1", 2);
    app1 += char(length >> 8);
    app1 += char(length & 0xff);
    app1 += payload;
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

} // namespace

class TestImageDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesRgbPngAsRgb()
    {
        cv::Mat bgr(8, 10, CV_8UC3, cv::Scalar(255, 0, 0)); // pure blue in OpenCV's BGR order
        const auto image = ImageDecoder::decodeBytes(encode(bgr, ".png"), "blue.png");
        QVERIFY2(image, qPrintable(image.error()));
        QCOMPARE(image->channels(), 3);
        QCOMPARE(image->cols, 10);
        const cv::Vec3b px = image->at<cv::Vec3b>(0, 0);
        QCOMPARE(int(px[0]), 0);   // R
        QCOMPARE(int(px[2]), 255); // B
    }

    void decodesJpegAndGrayscale()
    {
        const auto jpeg = ImageDecoder::decodeBytes(TestData::gradientJpeg(32, 24), "g.jpg");
        QVERIFY2(jpeg, qPrintable(jpeg.error()));
        QCOMPARE(jpeg->channels(), 3);
        QCOMPARE(jpeg->rows, 24);

        cv::Mat gray(5, 7, CV_8UC1, cv::Scalar(77));
        const auto kept = ImageDecoder::decodeBytes(encode(gray, ".png"), "gray.png");
        QVERIFY(kept);
        QCOMPARE(kept->channels(), 1);
        const auto rgb = ImageDecoder::decodeBytes(encode(gray, ".png"), "gray.png", ImageDecoder::Color::Rgb);
        QVERIFY(rgb);
        QCOMPARE(rgb->channels(), 3);
        QCOMPARE(int(rgb->at<cv::Vec3b>(2, 2)[1]), 77);
        const auto asGray = ImageDecoder::decodeBytes(TestData::gradientJpeg(16, 16), "g.jpg", ImageDecoder::Color::Gray);
        QVERIFY(asGray);
        QCOMPARE(asGray->channels(), 1);
    }

    void alphaIsCompositedOverWhite()
    {
        cv::Mat bgra(4, 4, CV_8UC4, cv::Scalar(0, 0, 0, 0)); // fully transparent black
        bgra.at<cv::Vec4b>(0, 0) = cv::Vec4b(0, 0, 0, 255);  // one opaque black pixel
        const auto image = ImageDecoder::decodeBytes(encode(bgra, ".png"), "alpha.png");
        QVERIFY2(image, qPrintable(image.error()));
        QCOMPARE(image->channels(), 3);
        QCOMPARE(int(image->at<cv::Vec3b>(2, 2)[0]), 255);
        QCOMPARE(int(image->at<cv::Vec3b>(0, 0)[0]), 0);
    }

    void sixteenBitIsScaledToEightBit()
    {
        cv::Mat deep(4, 4, CV_16UC1, cv::Scalar(65535));
        const auto image = ImageDecoder::decodeBytes(encode(deep, ".png"), "deep.png");
        QVERIFY(image);
        QCOMPARE(image->depth(), CV_8U);
        QCOMPARE(int(image->at<uchar>(1, 1)), 255);
    }

    void bmpAndWebp()
    {
        cv::Mat bgr(6, 6, CV_8UC3, cv::Scalar(10, 20, 30));
        QVERIFY(ImageDecoder::decodeBytes(encode(bgr, ".bmp"), "x.bmp"));
        if (!cv::haveImageWriter(".webp"))
            QSKIP("OpenCV built without WebP");
        const auto webp = ImageDecoder::decodeBytes(encode(bgr, ".webp", {cv::IMWRITE_WEBP_QUALITY, 101}), "x.webp");
        QVERIFY2(webp, qPrintable(webp.error()));
        QCOMPARE(int(webp->at<cv::Vec3b>(3, 3)[0]), 30);
    }

    void exifOrientationIsApplied()
    {
        const QByteArray plain = TestData::gradientJpeg(40, 20);
        const auto upright = ImageDecoder::decodeBytes(withExifOrientation(plain, 1), "o1.jpg");
        QVERIFY2(upright, qPrintable(upright.error()));
        QCOMPARE(upright->cols, 40);
        const auto rotated = ImageDecoder::decodeBytes(withExifOrientation(plain, 6), "o6.jpg");
        QVERIFY2(rotated, qPrintable(rotated.error()));
        QCOMPARE(rotated->cols, 20); // turned 90° clockwise
        QCOMPARE(rotated->rows, 40);
    }

    void reducedJpegDecodingIsCloseToFullDecoding_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("factor");
        QTest::newRow("3000x2000") << 3000 << 2000 << 1 << 8;
        QTest::newRow("1600x1200") << 1600 << 1200 << 1 << 4;
        QTest::newRow("1000x1500 rotated") << 1000 << 1500 << 6 << 4;
        QTest::newRow("800x520") << 800 << 520 << 1 << 2;
        QTest::newRow("1280x853 rotated") << 1280 << 853 << 8 << 2;
        QTest::newRow("400x300") << 400 << 300 << 1 << 1;
    }

    void reducedJpegDecodingIsCloseToFullDecoding()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, orientation);
        QFETCH(int, factor);
        constexpr int kTarget = 224;
        QCOMPARE(ImageDecoder::reductionFor(width, height, kTarget), factor);
        // Something like a photograph: smooth light, hard-edged shapes, fine texture.
        cv::Mat image(height, width, CV_8UC3);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                image.at<cv::Vec3b>(y, x)
                    = cv::Vec3b(uchar(60 + 120 * x / width), uchar(40 + 150 * y / height), uchar(90 + ((x / 40 + y / 40) % 2) * 40));
        cv::RNG rng(5);
        for (int i = 0; i < 40; ++i)
            cv::circle(image, {rng.uniform(0, width), rng.uniform(0, height)}, rng.uniform(width / 40, width / 6),
                       cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)), cv::FILLED, cv::LINE_AA);
        cv::Mat noise(height, width, CV_8UC3);
        cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(6));
        cv::add(image, noise, image);
        const QByteArray jpeg = withExifOrientation(encode(image, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 90}), quint16(orientation));

        for (auto color : {ImageDecoder::Color::Rgb, ImageDecoder::Color::Gray}) {
            const auto full = ImageDecoder::decodeBytes(jpeg, "photo.jpg", color);
            const auto reduced = ImageDecoder::decodeBytes(jpeg, "photo.jpg", color, kTarget);
            QVERIFY2(full && reduced, qPrintable(full ? reduced.error() : full.error()));
            QCOMPARE(reduced->channels(), full->channels());
            // The orientation is applied as at full size, and the size is divided by the factor.
            QCOMPARE(reduced->cols > reduced->rows, full->cols > full->rows);
            QCOMPARE(reduced->cols, (full->cols + factor - 1) / factor);
            QCOMPARE(reduced->rows, (full->rows + factor - 1) / factor);
            QVERIFY(std::min(reduced->cols, reduced->rows) >= kTarget);
            const cv::Mat a = ImageTensor::fitSquare(*full, kTarget);
            const cv::Mat b = ImageTensor::fitSquare(*reduced, kTarget);
            cv::Mat diff;
            cv::absdiff(a, b, diff);
            const double mad = cv::mean(cv::mean(diff))[0];
            qInfo("%dx%d /%d %s: mean absolute difference %.2f levels", width, height, factor,
                  color == ImageDecoder::Color::Gray ? "gray" : "rgb", mad);
            if (factor == 1)
                QCOMPARE(mad, 0.0);
            else
                QVERIFY2(mad < 1.5, qPrintable(QString::number(mad)));
        }
        // Colour Keep (what import and the thumbnails use) always decodes at full size.
        const auto kept = ImageDecoder::decodeBytes(jpeg, "photo.jpg", ImageDecoder::Color::Keep, kTarget);
        QVERIFY(kept);
        QCOMPARE(std::max(kept->cols, kept->rows), std::max(width, height));
    }

    void badInputFailsWithTheNameAndTheProblem()
    {
        const QByteArray jpeg = TestData::gradientJpeg(64, 64);
        const auto truncated = ImageDecoder::decodeBytes(jpeg.left(jpeg.size() / 2), "cut.jpg");
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().contains("cut.jpg") && truncated.error().contains("truncated"), qPrintable(truncated.error()));

        const auto empty = ImageDecoder::decodeBytes(QByteArray(), "empty.png");
        QVERIFY(!empty);
        QVERIFY(empty.error().contains("empty.png"));

        const auto text = ImageDecoder::decodeBytes("<html>not found</html>", "page.jpg");
        QVERIFY(!text);
        QVERIFY(text.error().contains("not an image"));

        cv::Mat bgr(32, 32, CV_8UC3, cv::Scalar(1, 2, 3));
        const QByteArray png = encode(bgr, ".png");
        QVERIFY(!ImageDecoder::decodeBytes(png.left(png.size() - 20), "cut.png"));

        const auto missing = ImageDecoder::decodeFile("/nonexistent/x.png");
        QVERIFY(!missing);
        QVERIFY(missing.error().contains("/nonexistent/x.png"));
    }

    // OpenCV tries its decoders in order, and after Picta's formats come GDCM (bytes with "DICM" at
    // offset 128; the fuzzer found it aborting the process) and GDAL ("DTED" at 140). A file
    // sniffed as PNM or WebP that OpenCV's own decoder would not take is refused before imdecode,
    // with its own message (through the others it failed later as "corrupt or unsupported", or
    // crashed).
    void filesNeverReachAnotherDecoder()
    {
        auto bait = [](QByteArray head) {
            head.append(QByteArray(400 - head.size(), '\x01'));
            head.replace(128, 4, "DICM");
            head.replace(140, 4, "DTED");
            return head;
        };
        const auto pnm = ImageDecoder::decodeBytes(bait("P5x 3 3 255\n"), "bait.pgm");
        QVERIFY(!pnm);
        QVERIFY2(pnm.error().contains("bait.pgm") && pnm.error().contains("not an image"), qPrintable(pnm.error()));
        const auto webp = ImageDecoder::decodeBytes(bait(QByteArray("RIFF\0\1\0\0WEBPVP8 ", 16)), "bait.webp");
        QVERIFY(!webp);
        QVERIFY2(webp.error().contains("bait.webp") && webp.error().contains("corrupt webp header"), qPrintable(webp.error()));

        // Real files of both formats still decode, a PNM with any white space after its magic.
        for (const char* separator : {"\n", " ", "\t", "\r"}) {
            const QByteArray pgm = QByteArray("P5") + separator + "2 1 255\n" + QByteArray("\x10\x20", 2);
            const auto gray = ImageDecoder::decodeBytes(pgm, "ok.pgm", ImageDecoder::Color::Gray);
            QVERIFY2(gray, qPrintable(gray.error()));
            QCOMPARE(int(gray->at<uchar>(0, 1)), 0x20);
        }
        if (cv::haveImageWriter(".webp")) {
            const auto real = ImageDecoder::decodeBytes(encode(cv::Mat(5, 7, CV_8UC3, cv::Scalar(1, 2, 3)), ".webp"), "ok.webp");
            QVERIFY2(real, qPrintable(real.error()));
            QCOMPARE(real->cols, 7);
        }
    }

    void rawImagesMatchDecodedFiles()
    {
        RawImage raw;
        raw.width = 3;
        raw.height = 2;
        raw.bytesPerLine = 12;
        raw.format = RawImage::Format::Rgba8888;
        raw.data = QByteArray(24, char(0));
        for (int i = 0; i < 6; ++i) {
            raw.data[i * 4 + 0] = char(200); // R
            raw.data[i * 4 + 3] = char(255);
        }
        const auto image = ImageDecoder::fromRaw(raw, ImageDecoder::Color::Rgb);
        QVERIFY(image);
        QCOMPARE(int(image->at<cv::Vec3b>(1, 2)[0]), 200);
        QCOMPARE(int(image->at<cv::Vec3b>(1, 2)[2]), 0);
    }

    void fitSquareAndTensor()
    {
        cv::Mat wide(20, 40, CV_8UC3, cv::Scalar(0, 0, 0));
        wide(cv::Rect(10, 0, 20, 20)).setTo(cv::Scalar(255, 255, 255)); // white centre square
        const cv::Mat square = ImageTensor::fitSquare(wide, 10);
        QCOMPARE(square.cols, 10);
        QCOMPARE(square.rows, 10);
        const torch::Tensor t = ImageTensor::toByteTensor(square);
        QCOMPARE(t.sizes().vec(), std::vector<int64_t>({3, 10, 10}));
        QCOMPARE(t.min().item<int>(), 255); // the crop kept the centre only
        const torch::Tensor n = ImageTensor::normalise(t, {0.5f, 0.5f, 0.5f}, {0.5f, 0.5f, 0.5f});
        QCOMPARE(n.max().item<float>(), 1.0f);
    }

    void cacheSkipsCorruptFilesAndListsThem()
    {
        QTemporaryDir tmp;
        std::mt19937 rng(5);
        QVector<ImageEntry> entries;
        for (int i = 0; i < 6; ++i) {
            const QString path = tmp.filePath(QString("img%1.png").arg(i));
            QVERIFY(TestData::writeFile(path, TestData::patternPng(i % 2, 12, 1, rng)));
            entries.push_back({path, QString(), i % 2, Split::Train});
        }
        const QByteArray jpeg = TestData::gradientJpeg(30, 30);
        QVERIFY(TestData::writeFile(tmp.filePath("truncated.jpg"), jpeg.left(jpeg.size() - 200)));
        entries.insert(2, {tmp.filePath("truncated.jpg"), QString(), 1, Split::Train});

        const auto result = ImageCache::build(entries, 8, ImageDecoder::Color::Gray, 2);
        QCOMPARE(result.images.size(0), 6);
        QCOMPARE(result.labels.size(0), 6);
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(result.failures[0].path.endsWith("truncated.jpg"));
        QVERIFY(result.failures[0].reason.contains("truncated.jpg"));
        QCOMPARE(result.sourceIndex, QVector<int>({0, 1, 3, 4, 5, 6}));
        QCOMPARE(result.labels[2].item<int64_t>(), int64_t(0)); // row 2 is img2, of class 0
    }
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"

#include "inference/predictor.h"
#include "project/project.h"
#include "testdata.h"
#include "training/trainer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <random>

using namespace picta;
using namespace picta::test;

namespace {

// 32×32 noise; the top-right quadrant alone tells the classes apart: vertical stripes for
// class 0, horizontal stripes for class 1.
cv::Mat quadrantImage(int cls, std::mt19937& rng)
{
    cv::Mat image(32, 32, CV_8U);
    cv::randu(image, 0, 255);
    std::uniform_int_distribution<int> phase(0, 3);
    const int p = phase(rng);
    for (int y = 0; y < 16; ++y)
        for (int x = 16; x < 32; ++x)
            image.at<uchar>(y, x) = (((cls == 0 ? x : y) + p) / 2) % 2 ? 240 : 15;
    return image;
}

} // namespace

class TestGradCam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heatPeaksOnTheQuadrantThatDecides()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath("quadrants");
        auto project = Project::create(root, "quadrants");
        QVERIFY(project);
        std::mt19937 rng(11);
        cv::theRNG().state = 11;
        for (int cls = 0; cls < 2; ++cls) {
            QVERIFY(QDir().mkpath(root + QString("/images/c%1").arg(cls)));
            for (int i = 0; i < 80; ++i) {
                std::vector<uchar> png;
                cv::imencode(".png", quadrantImage(cls, rng), png);
                QVERIFY(TestData::writeFile(root + QString("/images/c%1/%2.png").arg(cls).arg(i),
                                            QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size()))));
            }
        }
        TrainingConfig config;
        config.projectDir = root;
        config.epochs = 6;
        config.batchSize = 16;
        config.imageSize = 32;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.last.valAccuracy > 0.9, qPrintable(QString::number(result.last.valAccuracy)));
        const auto predictor = Predictor::load(result.runDir);
        QVERIFY(predictor);

        int peaked = 0, total = 0;
        for (int cls = 0; cls < 2; ++cls)
            for (int i = 0; i < 10; ++i) {
                const QString path = tmp.filePath(QString("probe-%1-%2.png").arg(cls).arg(i));
                std::vector<uchar> png;
                cv::imencode(".png", quadrantImage(cls, rng), png);
                QVERIFY(TestData::writeFile(path, QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size()))));
                const GradCamResult cam = (*predictor)->gradCam(path, cls);
                QVERIFY2(cam.ok(), qPrintable(cam.error));
                QCOMPARE(cam.heat.width, 32);
                QCOMPARE(cam.overlay.width, 256);
                QCOMPARE(cam.classIndex, cls);
                const cv::Mat heat(32, 32, CV_8U, const_cast<char*>(cam.heat.data.constData()));
                const double topRight = cv::mean(heat(cv::Rect(16, 0, 16, 16)))[0];
                double others = 0;
                for (const cv::Rect& q : {cv::Rect(0, 0, 16, 16), cv::Rect(0, 16, 16, 16), cv::Rect(16, 16, 16, 16)})
                    others = std::max(others, cv::mean(heat(q))[0]);
                peaked += topRight > others;
                ++total;
            }
        QVERIFY2(peaked >= total * 8 / 10,
                 qPrintable(QString("heat peaked on the deciding quadrant in %1 of %2 images").arg(peaked).arg(total)));
        QVERIFY(!(*predictor)->gradCam(tmp.filePath("missing.png")).ok());
    }
};

QTEST_GUILESS_MAIN(TestGradCam)
#include "tst_gradcam.moc"

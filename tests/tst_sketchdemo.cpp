#include "data/sketchdemo.h"
#include "imaging/sketchpreprocessor.h"
#include "inference/predictor.h"
#include "training/trainer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace picta;

class TestSketchDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void strokeIsCroppedPaddedCentredAndInverted()
    {
        cv::Mat canvas(100, 100, CV_8U, cv::Scalar(255));
        canvas(cv::Rect(20, 30, 20, 40)).setTo(0); // a 20×40 block of ink
        // Square side 40 / (1 − 2 × 0.1) = 50; the block sits at (15, 5) in it; ÷5 down to 10×10.
        cv::Mat expected(10, 10, CV_8U, cv::Scalar(255));
        expected(cv::Rect(3, 1, 4, 8)).setTo(0);
        const auto dark = SketchPreprocessor::prepare(canvas, 10, false);
        QVERIFY(dark);
        QCOMPARE(cv::countNonZero(*dark != expected), 0);
        const auto light = SketchPreprocessor::prepare(canvas, 10, true);
        QCOMPARE(cv::countNonZero(*light != (255 - expected)), 0);
        // The same block anywhere on the canvas gives the same input: position does not matter.
        cv::Mat moved(100, 100, CV_8U, cv::Scalar(255));
        moved(cv::Rect(70, 5, 20, 40)).setTo(0);
        QCOMPARE(cv::countNonZero(*SketchPreprocessor::prepare(moved, 10, false) != expected), 0);
        QVERIFY(!SketchPreprocessor::prepare(cv::Mat(50, 50, CV_8U, cv::Scalar(255)), 10, false));
        QVERIFY(SketchPreprocessor::expectsLightInk(0.29f));  // Fashion-MNIST, MNIST, Quick Draw
        QVERIFY(!SketchPreprocessor::expectsLightInk(0.93f)); // the sketch demo: dark on white
    }

    void drawingsDifferAndStayOnTheCanvas()
    {
        for (int shape = 0; shape < 6; ++shape) {
            const cv::Mat a = SketchDemo::draw(shape, 1), b = SketchDemo::draw(shape, 2);
            QCOMPARE(a.rows, SketchDemo::kSize);
            QVERIFY(cv::countNonZero(a != b) > 0);
            QVERIFY(cv::countNonZero(a < 128) > 20);                       // some ink
            QVERIFY(cv::countNonZero(a.row(0) < 128) < SketchDemo::kSize); // not a filled border
        }
    }

    void aModelTrainedOnTheDemoReadsFreshSketches()
    {
        QTemporaryDir tmp;
        const auto project = SketchDemo::createProject(tmp.filePath("sketches"), 120);
        QVERIFY2(project, qPrintable(project.error()));
        QCOMPARE(project->images().size(), 720);
        TrainingConfig config;
        config.projectDir = project->rootDir();
        config.epochs = 8;
        config.batchSize = 32;
        config.seed = 3;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto predictor = Predictor::load(result.runDir);
        QVERIFY2(predictor, qPrintable(predictor.error()));
        const ModelInfo& info = (*predictor)->info();
        // A square gray canvas (dark ink on white) through the Draw tab's preparation and the model.
        auto predictCanvas = [&](const cv::Mat& canvas, int k) {
            RawImage raw;
            raw.width = raw.height = raw.bytesPerLine = canvas.cols;
            raw.format = RawImage::Format::Gray8;
            raw.data = QByteArray(reinterpret_cast<const char*>(canvas.data), canvas.cols * canvas.rows);
            const auto prepared = SketchPreprocessor::prepare(raw, info.imageSize, SketchPreprocessor::expectsLightInk(info.mean[0]));
            if (!prepared) {
                Prediction none;
                none.error = "no ink on the canvas";
                return none;
            }
            return (*predictor)->predictRaw(*prepared, k);
        };
        int correct = 0, total = 0;
        for (int shape = 0; shape < 6; ++shape)
            for (unsigned seed = 50000; seed < 50030; ++seed) { // drawings the model never saw
                const Prediction p = predictCanvas(SketchDemo::draw(shape, seed), 1);
                QVERIFY2(p.ok(), qPrintable(p.error));
                correct += p.top[0].className == SketchDemo::classNames()[shape];
                ++total;
            }
        const double accuracy = double(correct) / total;
        QVERIFY2(accuracy >= 0.9, qPrintable(QString("accuracy on fresh sketches %1").arg(accuracy)));

        // Clean shapes as a steady hand on the canvas draws them: smooth, closed, even strokes.
        QStringList wrong;
        for (int thickness : {4, 8, 14}) {
            cv::Mat c(256, 256, CV_8U, cv::Scalar(255)), sq = c.clone(), tri = c.clone();
            cv::circle(c, {128, 128}, 80, cv::Scalar(0), thickness, cv::LINE_AA);
            cv::rectangle(sq, cv::Rect(60, 60, 140, 140), cv::Scalar(0), thickness, cv::LINE_AA);
            const std::vector<cv::Point> t{{128, 40}, {220, 200}, {36, 200}};
            cv::polylines(tri, t, true, cv::Scalar(0), thickness, cv::LINE_AA);
            for (const auto& [name, image] : {std::pair{QString("circle"), c}, {QString("square"), sq}, {QString("triangle"), tri}}) {
                const Prediction p = predictCanvas(image, 2);
                QVERIFY2(p.ok(), qPrintable(p.error));
                if (p.top[0].className != name)
                    wrong << QString("%1 at %2 px read as %3 %4")
                                 .arg(name)
                                 .arg(thickness)
                                 .arg(p.top[0].className)
                                 .arg(p.top[0].probability, 0, 'f', 2);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join("; ")));
    }
};

QTEST_GUILESS_MAIN(TestSketchDemo)
#include "tst_sketchdemo.moc"

#include "data/decodedstore.h"
#include "inference/lossranker.h"
#include "inference/predictor.h"
#include "inference/runevaluator.h"
#include "imaging/imagedecoder.h"
#include "project/project.h"
#include "support/filelock.h"
#include "testdata.h"
#include "training/trainer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>

using namespace picta;
using namespace picta::test;

class TestPredictor : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;
    TrainingResult m_result;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestData::makeProject(m_tmp.path(), 3, 40, 16, 3); // RGB files
        QVERIFY(!m_root.isEmpty());
        TrainingConfig config;
        config.projectDir = m_root;
        config.epochs = 3;
        config.batchSize = 16;
        config.channels = 3;
        Trainer trainer;
        m_result = trainer.run(config);
        QVERIFY2(m_result.ok(), qPrintable(m_result.error));
    }

    void agreesWithTheTrainersEvaluation()
    {
        const auto predictor = Predictor::load(m_result.runDir);
        QVERIFY2(predictor, qPrintable(predictor.error()));
        const auto project = Project::open(m_root);
        QStringList paths;
        QVector<int> labels;
        for (const ImageEntry& e : project->images())
            if (e.split == Split::Validation) {
                paths << e.path;
                labels << e.classIndex;
            }
        QCOMPARE(paths.size(), m_result.valImages);
        int correct = 0;
        int correctOneByOne = 0;
        const QVector<Prediction> batch = predictor.value()->predictFiles(paths, 3);
        for (int i = 0; i < paths.size(); ++i) {
            QVERIFY(batch[i].ok());
            QCOMPARE(batch[i].top.size(), 3);
            QVERIFY(batch[i].top[0].probability >= batch[i].top[1].probability);
            correct += batch[i].top[0].classIndex == labels[i];
            correctOneByOne += predictor.value()->predictFile(paths[i], 1).top[0].classIndex == labels[i];
        }
        const double accuracy = double(correct) / paths.size();
        QCOMPARE(correct, correctOneByOne);
        QVERIFY2(qAbs(accuracy - m_result.last.valAccuracy) < 1e-9,
                 qPrintable(QString("predictor %1 vs trainer %2").arg(accuracy).arg(m_result.last.valAccuracy)));
    }

    void lossRankerPutsWrongLabelsFirst()
    {
        // Every image with its true class, and one of class0 claimed to be class1: a wrong label
        // that the trained model should find costliest.
        const auto project = Project::open(m_root);
        QVector<LossRanker::Labelled> images;
        QString wrong;
        for (const ImageEntry& e : project->images()) {
            images.push_back({e.path, project->classes()[e.classIndex]});
            if (wrong.isEmpty() && e.classIndex == 0) {
                wrong = e.path;
                images.back().className = project->classes()[1];
            }
        }
        images.push_back({"/no/such/file.png", project->classes()[0]});
        int calls = 0;
        const auto losses = LossRanker::compute(m_result.runDir, m_root, images, [&](int, int) { ++calls; });
        QVERIFY2(losses, qPrintable(losses.error()));
        QCOMPARE(losses->size(), images.size() - 1); // the missing file is left out
        QVERIFY(calls > 0);
        QList<double> values = losses->values();
        std::sort(values.begin(), values.end(), std::greater<>());
        QVERIFY2(losses->value(wrong) >= values[2],
                 qPrintable(QString("wrong label's loss %1, third highest %2").arg(losses->value(wrong)).arg(values[2])));
        QVERIFY(losses->value(wrong) > 1.0);
    }

    // Evaluation and loss sorting read the pictures training left in the decoded-image store
    // instead of decoding 30,000 files again; for images at the model's size (these) that is
    // exactly what decoding the files gives (a big JPEG is decoded reduced into the store).
    void scoringReadsTheDecodedStoreTrainingLeft()
    {
        const auto predictor = Predictor::load(m_result.runDir);
        QVERIFY2(predictor, qPrintable(predictor.error()));
        const ModelInfo& info = predictor.value()->info();
        const auto project = Project::open(m_root);
        QCOMPARE(DecodedStore::existingForProject(project->rootDir(), project->imagesDir(), info.imageSize, info.inputChannels),
                 DecodedStore::folderForProject(project->rootDir(), project->imagesDir(), info.imageSize, info.inputChannels));
        QVERIFY(
            DecodedStore::existingForProject(project->rootDir(), project->imagesDir(), info.imageSize + 1, info.inputChannels).isEmpty());
        QStringList paths;
        QVector<int> truths;
        for (const ImageEntry& e : project->images()) {
            paths << e.path;
            truths << e.classIndex;
        }
        paths << m_tmp.filePath("missing.png"); // no row, and no file: unreadable either way
        truths << 0;
        QVector<QPair<QString, QString>> unreadableFiles, unreadableStore;
        int fromStore = 0;
        const QVector<ImageOutcome> files = RunEvaluator::score(**predictor, paths, truths, &unreadableFiles);
        const QVector<ImageOutcome> stored
            = RunEvaluator::score(**predictor, paths, truths, &unreadableStore, {}, nullptr, m_root, &fromStore);
        QCOMPARE(fromStore, int(paths.size()) - 1);
        QCOMPARE(unreadableStore.size(), 1);
        QCOMPARE(unreadableFiles.size(), 1);
        QCOMPARE(stored.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(stored[i].path, files[i].path);
            QCOMPARE(stored[i].predicted, files[i].predicted);
            QVERIFY2(qAbs(stored[i].loss - files[i].loss) < 1e-5, qPrintable(files[i].path));
        }

        // While another program holds the store (a training building it), scoring does not wait:
        // it decodes the files.
        {
            const QString folder
                = DecodedStore::existingForProject(project->rootDir(), project->imagesDir(), info.imageSize, info.inputChannels);
            FileLock held(QDir(folder).filePath("lock"), FileLock::Mode::Try);
            QVERIFY(held.locked());
            int busyFromStore = 0;
            const QVector<ImageOutcome> busy
                = RunEvaluator::score(**predictor, paths, truths, nullptr, {}, nullptr, m_root, &busyFromStore);
            QCOMPARE(busyFromStore, 0);
            QCOMPARE(busy.size(), files.size());
        }

        // The Evaluate tab's whole evaluation agrees with the trainer's validation accuracy.
        const auto evaluation = RunEvaluator::evaluate(m_result.runDir, m_root);
        QVERIFY2(evaluation, qPrintable(evaluation.error()));
        QCOMPARE(evaluation->fromStore, m_result.valImages);
        QVERIFY(qAbs(evaluation->confusion.accuracy() - m_result.last.valAccuracy) < 1e-9);

        // A store of another size than the model's is refused row by row, never fed to it.
        auto other = DecodedStore::open(m_tmp.filePath("store8"), project->imagesDir(), 8, info.inputChannels);
        QVERIFY2(other, qPrintable(other.error()));
        std::vector<int64_t> rows;
        QVERIFY(other.value()->sync(project->images().mid(0, 2), 1, nullptr, {}, &rows));
        const QVector<Prediction> refused = predictor.value()->predictStoreRows(*other.value(), rows, paths.mid(0, 2));
        QCOMPARE(refused.size(), 2);
        QVERIFY2(!refused[0].ok() && refused[0].error.contains("8 px"), qPrintable(refused[0].error));
    }

    void probabilitiesSumToOneAndNamesMatch()
    {
        const auto predictor = Predictor::load(m_result.runDir);
        const Prediction p = predictor.value()->predictFile(TestData::imagesBelow(m_root + "/images").first(), 10);
        QCOMPARE(p.top.size(), 3); // k is capped at the class count
        double sum = 0;
        for (const ClassScore& s : p.top) {
            sum += s.probability;
            QCOMPARE(s.className, predictor.value()->info().classes[s.classIndex]);
        }
        QVERIFY(qAbs(sum - 1.0) < 1e-5);
    }

    void inMemoryImagesGiveTheSameAnswer()
    {
        const auto predictor = Predictor::load(m_result.runDir);
        const QString path = TestData::imagesBelow(m_root + "/images").at(5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Prediction fromFile = predictor.value()->predictFile(path);
        const Prediction fromBytes = predictor.value()->predictBytes(bytes, "pasted");
        QCOMPARE(fromBytes.top[0].classIndex, fromFile.top[0].classIndex);
        QVERIFY(qAbs(fromBytes.top[0].probability - fromFile.top[0].probability) < 1e-6);

        const auto decoded = ImageDecoder::decodeFile(path, ImageDecoder::Color::Rgb);
        RawImage raw;
        raw.width = decoded->cols;
        raw.height = decoded->rows;
        raw.bytesPerLine = int(decoded->step);
        raw.format = RawImage::Format::Rgb888;
        raw.data = QByteArray(reinterpret_cast<const char*>(decoded->data), int(decoded->step * decoded->rows));
        const Prediction fromRaw = predictor.value()->predictRaw(raw);
        QVERIFY2(fromRaw.ok(), qPrintable(fromRaw.error));
        QVERIFY(qAbs(fromRaw.top[0].probability - fromFile.top[0].probability) < 1e-6);
    }

    void badInputIsReportedPerFile()
    {
        const auto predictor = Predictor::load(m_result.runDir);
        QVERIFY(TestData::writeFile(m_tmp.filePath("notes.png"), "plain text"));
        const QVector<Prediction> results
            = predictor.value()->predictFiles({m_tmp.filePath("notes.png"), TestData::imagesBelow(m_root + "/images").first()});
        QVERIFY(!results[0].ok());
        QVERIFY(results[0].error.contains("notes.png"));
        QVERIFY(results[1].ok());

        QVERIFY(!Predictor::load(m_tmp.filePath("no-such-run")));
        QVERIFY(TestData::writeFile(m_tmp.filePath("badrun/model.json"), "{\"arch\":\"small-cnn\"}"));
        const auto bad = Predictor::load(m_tmp.filePath("badrun"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains("model.json"), qPrintable(bad.error()));
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"

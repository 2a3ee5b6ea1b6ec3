#include "data/fashionmnist.h"
#include "imaging/imagedecoder.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace picta;

class TestFashionMnist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(FashionMnist::dataDirectory() + "/train-images-idx3-ubyte.gz"))
            QSKIP("dataset-fashion-mnist is not installed (packaging/install-deps.sh installs it)");
    }

    void readsTheIdxFiles()
    {
        const auto test = FashionMnist::read(FashionMnist::dataDirectory(), true);
        QVERIFY2(test, qPrintable(test.error()));
        QCOMPARE(test->count, 10000);
        QCOMPARE(test->rows, 28);
        QCOMPARE(test->cols, 28);
        QCOMPARE(test->pixels.size(), 10000 * 28 * 28);
        QVector<int> perClass(10, 0);
        for (char label : test->labels)
            ++perClass[quint8(label)];
        QCOMPARE(perClass, QVector<int>(10, 1000));
    }

    void demoHasFourClassesOf300Plus100()
    {
        QTemporaryDir tmp;
        int lastDone = 0;
        const auto project = FashionMnist::createDemo(tmp.filePath("demo"), [&](int done, int) { lastDone = done; });
        QVERIFY2(project, qPrintable(project.error()));
        QCOMPARE(lastDone, 1600);
        QCOMPARE(project->classes(), QStringList({"T-shirt", "Trouser", "Sneaker", "Bag"}));
        QCOMPARE(project->imageSize(), 28);
        QVector<int> train(4, 0), validation(4, 0);
        const auto images = project->images();
        for (const ImageEntry& e : images)
            ++(e.split == Split::Train ? train : validation)[e.classIndex];
        QCOMPARE(train, QVector<int>(4, 300));
        QCOMPARE(validation, QVector<int>(4, 100));
        const auto first = ImageDecoder::decodeFile(images.first().path);
        QVERIFY(first);
        QCOMPARE(first->channels(), 1);
        QCOMPARE(first->cols, 28);
        // Reopening gives the same project.
        QCOMPARE(Project::open(tmp.filePath("demo"))->classes(), project->classes());
    }

    void missingDataIsAClearError()
    {
        qputenv("PICTA_FASHION_MNIST_DIR", "/nonexistent/fmnist");
        QTemporaryDir tmp;
        const auto project = FashionMnist::createDemo(tmp.filePath("demo"));
        qunsetenv("PICTA_FASHION_MNIST_DIR");
        QVERIFY(!project);
        QVERIFY2(project.error().contains("dataset-fashion-mnist"), qPrintable(project.error()));
    }
};

QTEST_GUILESS_MAIN(TestFashionMnist)
#include "tst_fashionmnist.moc"

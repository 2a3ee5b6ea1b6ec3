#include "project/datasplit.h"
#include "project/project.h"
#include "testdata.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adoptedFoldersOfSmallImagesTrainAtTheirOwnSize()
    {
        QTemporaryDir tmp;
        std::mt19937 rng(1);
        for (const char* cls : {"a", "b"})
            for (int i = 0; i < 3; ++i)
                QVERIFY(
                    TestData::writeFile(tmp.filePath(QString("small/%1/%2.png").arg(cls).arg(i)), TestData::patternPng(i % 2, 20, 1, rng)));
        QCOMPARE(Project::open(tmp.filePath("small"))->imageSize(), 20);
        QVERIFY(TestData::writeFile(tmp.filePath("large/a/1.jpg"), TestData::gradientJpeg(200, 100)));
        QVERIFY(TestData::writeFile(tmp.filePath("large/b/1.jpg"), TestData::gradientJpeg(120, 90)));
        QCOMPARE(Project::open(tmp.filePath("large"))->imageSize(), 64); // the default
    }

    void createSaveOpenRoundTrip()
    {
        QTemporaryDir tmp;
        auto created = Project::create(tmp.filePath("p"), "My project");
        QVERIFY2(created, qPrintable(created.error()));
        created->setClasses({"cat", "dog"});
        created->setImageSize(48);
        created->setValidationFraction(0.3);
        created->setSplitSeed(1234);
        created->setSettings(QJsonObject{{"epochs", 7}});
        QVERIFY(created->save());

        auto opened = Project::open(tmp.filePath("p"));
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened->name(), QString("My project"));
        QCOMPARE(opened->classes(), QStringList({"cat", "dog"}));
        QCOMPARE(opened->imageSize(), 48);
        QCOMPARE(opened->validationFraction(), 0.3);
        QCOMPARE(opened->splitSeed(), quint64(1234));
        QCOMPARE(opened->settings().value("epochs").toInt(), 7);
    }

    void saveIsAtomicAndLeavesNoTemporaries()
    {
        QTemporaryDir tmp;
        auto project = Project::create(tmp.path(), "p");
        QVERIFY(project);
        for (int i = 0; i < 20; ++i) {
            project->setImageSize(16 + i);
            QVERIFY(project->save());
        }
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{"picta.json"});
        QFile file(tmp.filePath("picta.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("image_size").toInt(), 35);
    }

    void saveFailureNamesTheFile()
    {
        QTemporaryDir tmp;
        auto project = Project::create(tmp.filePath("p"), "p");
        QVERIFY(project);
        // Replace the project folder by a plain file: the write must fail and say where.
        QDir(tmp.filePath("p")).removeRecursively();
        QVERIFY(TestData::writeFile(tmp.filePath("p"), "not a folder"));
        const Status saved = project->save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains("picta.json"), qPrintable(saved.error()));
        QCOMPARE(QFile(tmp.filePath("p")).size(), qint64(12));
    }

    void openErrors()
    {
        QTemporaryDir tmp;
        auto missing = Project::open(tmp.filePath("nope"));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains("nope"));

        QVERIFY(TestData::writeFile(tmp.filePath("bad/picta.json"), "{ not json"));
        auto bad = Project::open(tmp.filePath("bad"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains("picta.json"), qPrintable(bad.error()));

        QDir().mkpath(tmp.filePath("empty"));
        QVERIFY(!Project::open(tmp.filePath("empty")));
    }

    void classesFromFoldersAndProblemsReported()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.path(), 2, 5);
        QVERIFY(!root.isEmpty());
        std::mt19937 rng(1);
        QVERIFY(TestData::writeFile(root + "/images/zebra/a.png", TestData::patternPng(0, 16, 1, rng)));
        QVERIFY(TestData::writeFile(root + "/images/class0/notes.txt", "hello"));
        QVERIFY(TestData::writeFile(root + "/images/class0/.hidden.png", "x"));

        auto project = Project::open(root);
        QVERIFY(project);
        QCOMPARE(project->classes(), QStringList({"class0", "class1", "zebra"}));
        QVector<ListingProblem> problems;
        const auto images = project->images(&problems);
        QCOMPARE(images.size(), 11);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].path.endsWith("notes.txt"));
        QVERIFY(problems[0].reason.contains("not an image"));
        QCOMPARE(project->countPerClass(), QVector<int>({5, 5, 1}));
    }

    void plainFolderPerClassTreeOpensInPlace()
    {
        QTemporaryDir tmp;
        std::mt19937 rng(3);
        for (int c = 0; c < 2; ++c)
            for (int i = 0; i < 4; ++i)
                QVERIFY(TestData::writeFile(tmp.filePath(QString("c%1/%2.png").arg(c).arg(i)), TestData::patternPng(c, 16, 1, rng)));
        QDir().mkpath(tmp.filePath("runs/20260101-000000"));
        auto project = Project::open(tmp.path());
        QVERIFY2(project, qPrintable(project.error()));
        QCOMPARE(project->classes(), QStringList({"c0", "c1"})); // runs/ is not a class
        QCOMPARE(project->images().size(), 8);
        QCOMPARE(QDir(project->imagesDir()).canonicalPath(), QDir(tmp.path()).canonicalPath());
    }

    void splitIsStratifiedSeededAndStable()
    {
        QVector<ImageEntry> entries;
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 40 + c * 10; ++i)
                entries.push_back({QString(), QString("c%1/%2.png").arg(c).arg(i), c, Split::Train});
        QVector<ImageEntry> a = entries, b = entries, other = entries;
        DataSplit::assign(a, 3, 0.25, 42);
        DataSplit::assign(b, 3, 0.25, 42);
        DataSplit::assign(other, 3, 0.25, 43);
        QVector<int> validation(3, 0);
        int differences = 0, sameAsOtherSeed = 0;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i].split == Split::Validation)
                ++validation[a[i].classIndex];
            differences += a[i].split != b[i].split;
            sameAsOtherSeed += a[i].split == other[i].split;
        }
        QCOMPARE(validation, QVector<int>({10, 13, 15})); // round(n × 0.25) per class
        QCOMPARE(differences, 0);
        QVERIFY(sameAsOtherSeed < a.size());

        // Adding images to a class moves few of the existing ones across.
        QVector<ImageEntry> grown = entries;
        for (int i = 0; i < 8; ++i)
            grown.push_back({QString(), QString("c0/new%1.png").arg(i), 0, Split::Train});
        DataSplit::assign(grown, 3, 0.25, 42);
        int moved = 0;
        for (int i = 0; i < a.size(); ++i)
            moved += a[i].split != grown[i].split;
        QVERIFY2(moved <= 4, qPrintable(QString::number(moved)));
    }

    void runsListsFoldersWithAModel()
    {
        QTemporaryDir tmp;
        auto project = Project::create(tmp.path(), "p");
        QVERIFY(project);
        for (const char* id : {"20260101-000000", "20260102-000000"}) {
            QVERIFY(TestData::writeFile(tmp.filePath(QString("runs/%1/model.json").arg(id)), "{}"));
            QVERIFY(TestData::writeFile(tmp.filePath(QString("runs/%1/model.safetensors").arg(id)), "{}"));
        }
        QDir().mkpath(tmp.filePath("runs/20260103-000000")); // empty: not a run
        // Still in its first epoch: settings, no weights yet.
        QVERIFY(TestData::writeFile(tmp.filePath("runs/20260104-000000/model.json"), "{}"));
        const QStringList runs = project->runs();
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs[0].endsWith("20260102-000000"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"

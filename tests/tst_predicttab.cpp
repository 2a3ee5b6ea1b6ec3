#include "predictioncard.h"
#include "predicttab.h"
#include "testdata.h"
#include "training/trainer.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestPredictTab : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;

    static void drop(QWidget* target, const QStringList& paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestData::makeProject(m_tmp.filePath("project"), 2, 30, 16);
        TrainingConfig config;
        config.projectDir = m_root;
        config.epochs = 3;
        config.batchSize = 8;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    void droppedFilesArePredicted()
    {
        PredictTab tab;
        tab.resize(800, 600);
        tab.show();
        QSignalSpy loaded(&tab, &PredictTab::modelLoaded);
        tab.setProject(m_root);
        QVERIFY(loaded.wait(30000));

        const QStringList images = TestData::imagesBelow(m_root + "/images");
        QVERIFY(TestData::writeFile(m_tmp.filePath("notes.txt"), "not an image"));
        QSignalSpy shown(&tab, &PredictTab::predictionShown);
        drop(&tab, {images.first(), images.last(), m_tmp.filePath("notes.txt")});

        QVERIFY2(tab.message().contains("notes.txt") && tab.message().contains("not an image"), qPrintable(tab.message()));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
        QCOMPARE(tab.cards().size(), 2);
        for (PredictionCard* card : tab.cards()) {
            QVERIFY(card->hasResult());
            QVERIFY(card->topClass().startsWith("class"));
        }
        const auto prediction = shown.first().first().value<Prediction>();
        QVERIFY(prediction.ok());
        QCOMPARE(prediction.top.size(), 2); // two classes in this project

        const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            tab.grab().save(QDir(shots).filePath("predict-tab.png"));

        tab.clearResults();
        QTRY_COMPARE(tab.cards().size(), 0);
    }

    void dropWithoutAModelExplainsWhy()
    {
        QTemporaryDir tmp;
        const QString untrained = TestData::makeProject(tmp.path(), 2, 3, 16);
        PredictTab tab;
        tab.show();
        tab.setProject(untrained);
        drop(&tab, {TestData::imagesBelow(untrained + "/images").first()});
        QVERIFY2(tab.message().contains("train", Qt::CaseInsensitive), qPrintable(tab.message()));
        QCOMPARE(tab.cards().size(), 0);
    }
};

QTEST_MAIN(TestPredictTab)
#include "tst_predicttab.moc"

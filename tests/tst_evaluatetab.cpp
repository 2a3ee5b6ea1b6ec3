#include "common/confusionheatmap.h"
#include "document/datasetmodel.h"
#include "dataset/datasettab.h"
#include "document/projectdocument.h"
#include "evaluate/evaluatetab.h"
#include "testdata.h"

#include "training/trainer.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestEvaluateTab : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root, m_run;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = TestData::makeProject(m_tmp.filePath("p"), 3, 30, 16, 1);
        QVERIFY(!m_root.isEmpty());
        TrainingConfig config;
        config.projectDir = m_root;
        config.epochs = 3;
        config.batchSize = 16;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_run = result.runDir;
    }

    void heatmapCellsAndTopLossesFollowTheEvaluation()
    {
        ProjectDocument document;
        EvaluateTab tab(&document);
        tab.resize(1100, 800);
        QSignalSpy evaluated(&tab, &EvaluateTab::evaluated);
        QVERIFY(document.open(m_root));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 30000);
        const RunEvaluation& e = tab.evaluation();
        QCOMPARE(e.classes.size(), 3);
        QCOMPARE(e.confusion.total(), int(e.outcomes.size()));
        QVERIFY(e.confusion.total() > 0);
        QCOMPARE(tab.losses()->count(), std::min(60, int(e.outcomes.size())));
        // Clicking a cell lists exactly that cell's images.
        ConfusionHeatmap* map = tab.heatmap();
        for (int t = 0; t < 3; ++t)
            for (int p = 0; p < 3; ++p) {
                QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->cellRect(t, p).center());
                QCOMPARE(tab.losses()->count(), e.confusion.at(t, p));
            }
        if (!qEnvironmentVariableIsEmpty("PICTA_SCREENSHOT_DIR")) {
            tab.showImages(-1, -1);
            tab.grab().save(QDir(qEnvironmentVariable("PICTA_SCREENSHOT_DIR")).filePath("evaluate-tab.png"));
        }
    }

    void topLossesRelabelAndQuarantineThroughTheDatasetUndoStack()
    {
        ProjectDocument document;
        DatasetTab dataset(&document);
        EvaluateTab tab(&document);
        QSignalSpy evaluated(&tab, &EvaluateTab::evaluated);
        QVERIFY(document.open(m_root));
        QTRY_VERIFY(!document.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 30000);
        const QVector<int> before = dataset.model()->counts();
        QListWidget* list = tab.losses();
        list->setCurrentRow(0);
        const QString path = list->item(0)->data(Qt::UserRole).toString();
        const int truth = tab.evaluation().outcomes.first().truth;
        const int target = (truth + 1) % 3;
        QTest::keyClick(list, Qt::Key(Qt::Key_1 + target));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(list->item(0)->text().contains("now:"));
        QVector<int> after = before;
        --after[truth];
        ++after[target];
        QCOMPARE(dataset.model()->counts(), after);
        const QString moved = list->item(0)->data(Qt::UserRole).toString(); // the item follows the file
        QVERIFY(moved != path && QFileInfo::exists(moved));

        auto marked = [&](const QString& p) {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == p)
                    return list->item(i)->text().contains("now:");
            return false;
        };
        // The decision stays visible when the list is rebuilt in another order and back.
        tab.setLeastSureFirst(true);
        tab.setLeastSureFirst(false);
        QVERIFY(marked(moved));
        // Undone on the Dataset tab: back under its own name, and the note goes; redone: back.
        dataset.undoStack()->undo();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(dataset.model()->counts(), before);
        QVERIFY(!marked(path));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), path);
        dataset.undoStack()->redo();
        QVERIFY(marked(moved));
        dataset.undoStack()->undo();

        // Another split is evaluated afresh, and the tab comes back to the validation images.
        tab.setTrainingSplit(true);
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 2, 30000);
        QCOMPARE(tab.evaluation().split, QString("training"));
        tab.setTrainingSplit(false);
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 3, 30000);
        // Least sure first: ascending confidence.
        tab.setLeastSureFirst(true);
        QHash<QString, double> confidence;
        for (const ImageOutcome& o : tab.evaluation().outcomes)
            confidence.insert(o.path, o.confidence);
        for (int i = 1; i < list->count(); ++i)
            QVERIFY(confidence.value(list->item(i - 1)->data(Qt::UserRole).toString())
                    <= confidence.value(list->item(i)->data(Qt::UserRole).toString()));
        tab.setLeastSureFirst(false);

        list->setCurrentRow(1);
        const QString second = list->item(1)->data(Qt::UserRole).toString();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!QFileInfo::exists(second));
        dataset.undoStack()->undo();
        QVERIFY(QFileInfo::exists(second));
    }

    void overfittingIsNamedInPlainWords()
    {
        // A copy of the run whose history shows validation loss rising while training loss falls.
        const QString fake = m_root + "/runs/overfit";
        QVERIFY(QDir().mkpath(fake));
        for (const char* f : {"model.json", "model.safetensors"})
            QVERIFY(QFile::copy(m_run + "/" + QString(f), fake + "/" + QString(f)));
        QVERIFY(TestData::writeFile(fake + "/history.csv",
                                    "epoch,train_loss,train_accuracy,val_loss,val_accuracy\n"
                                    "1,1.0,0.5,0.9,0.6\n2,0.6,0.7,0.7,0.7\n3,0.4,0.8,0.75,0.7\n4,0.2,0.9,0.85,0.69\n"));
        ProjectDocument document;
        QVERIFY(document.openAndWait(m_root));
        EvaluateTab tab(&document);
        tab.setRun(fake);
        QVERIFY2(tab.overfittingHint().contains("overfitting") && tab.overfittingHint().contains("epoch 2"),
                 qPrintable(tab.overfittingHint()));
        tab.setRun(m_run);
        QVERIFY(!tab.overfittingHint().contains("memorise"));
        QDir(fake).removeRecursively();
    }
};

QTEST_MAIN(TestEvaluateTab)
#include "tst_evaluatetab.moc"

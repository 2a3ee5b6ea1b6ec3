#include "dataset/classpanel.h"
#include "dataset/classsidebar.h"
#include "dataset/datasettab.h"
#include "document/datasetmodel.h"
#include "document/projectdocument.h"
#include "draw/drawtab.h"
#include "draw/sketchcanvas.h"
#include "evaluate/evaluatetab.h"
#include "mainwindow.h"
#include "predict/predictioncard.h"
#include "predict/predicttab.h"
#include "readonlymount.h"
#include "train/traintab.h"
#include "testdata.h"

#include "training/trainer.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace picta;
using namespace picta::test;

namespace {

void send(QWidget* w, QEvent::Type type, const QPointF& pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

/// A diagonal stroke across the canvas, drawn with the mouse.
void scribble(SketchCanvas* canvas)
{
    send(canvas, QEvent::MouseButtonPress, QPointF(20, 20), Qt::LeftButton);
    for (int i = 1; i <= 20; ++i)
        send(canvas, QEvent::MouseMove, QPointF(20 + 8 * i, 20 + 6 * i), Qt::LeftButton);
    send(canvas, QEvent::MouseButtonRelease, QPointF(180, 140), Qt::NoButton);
}

/// Answers the next QInputDialog with `text`.
void answerNextInputDialog(const QString& text)
{
    QTimer::singleShot(0, [text] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(text);
        dialog->accept();
    });
}

int imagesIn(const QString& dir)
{
    return int(QDir(dir).entryList(QDir::Files).size());
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_trained; ///< a project with one run, copied by the tests that need a model

    /// A fresh copy of the trained project.
    QString trainedCopy(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        QProcess cp;
        cp.start("cp", {"-a", m_trained, dir});
        cp.waitForFinished();
        return cp.exitCode() == 0 ? dir : QString();
    }

    static void openAndWait(MainWindow& window, const QString& root)
    {
        QVERIFY(window.openProject(root));
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isLoading(), 10000);
    }

    /// Brings a tab to the front, as a click on it does (a hidden tab's shortcuts do not fire).
    static void showTab(MainWindow& window, QWidget* tab)
    {
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentWidget(tab);
        QVERIFY(tab->isVisible());
        window.activateWindow(); // shortcuts go to the active window (a dialog may have been it)
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    /// Labels the Dataset tab's first image with class `c` using the number keys; returns its old path.
    static QString labelFirstImage(MainWindow& window, int c)
    {
        QListView* grid = window.datasetTab()->grid();
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, 0));
        const QString path = grid->currentIndex().data(DatasetModel::PathRole).toString();
        QTest::keyClick(grid, Qt::Key(Qt::Key_1 + c));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_trained = TestData::makeProject(m_tmp.filePath("trained"), 2, 30, 16);
        TrainingConfig config;
        config.projectDir = m_trained;
        config.epochs = 2;
        config.batchSize = 8;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    void aClassRenamedOnTheDatasetTabIsTheOneTheDrawTabSavesInto()
    {
        const QString root = TestData::makeProject(m_tmp.filePath("rename"), 2, 3, 16, 1);
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        openAndWait(window, root);

        auto* panel = window.datasetTab()->findChild<ClassPanel*>();
        QVERIFY(panel);
        panel->sidebar()->selectFilter(0);
        answerNextInputDialog("Tee");
        panel->renameClass();
        QCOMPARE(window.document()->classes(), QStringList({"Tee", "class1"}));

        DrawTab* draw = window.drawTab();
        auto* classes = draw->findChild<QComboBox*>("collectClass");
        QCOMPARE(classes->itemText(0), QString("Tee"));
        classes->setCurrentIndex(0);
        draw->setCollecting(true);
        scribble(draw->canvas());
        const QString saved = draw->saveDrawing();
        QVERIFY(saved.startsWith(root + "/images/Tee/drawing-"));
        QVERIFY(!QFileInfo::exists(root + "/images/class0")); // the old class is not re-created
        QCOMPARE(imagesIn(root + "/images/Tee"), 4);
        QCOMPARE(window.document()->counts(), QVector<int>({4, 3, 0}));
        QVERIFY(draw->findChild<QLabel*>("collectCounts")->text().contains("Tee: 4"));

        // Undo from the Dataset tab takes the drawing back, then the rename.
        QCOMPARE(window.document()->undoStack()->count(), 2);
        QSignalSpy problems(window.document(), &ProjectDocument::problem);
        showTab(window, window.datasetTab());
        QListView* grid = window.datasetTab()->grid();
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        QCOMPARE(window.document()->undoStack()->index(), 1);
        QVERIFY(!QFileInfo::exists(saved));
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->classes(), QStringList({"class0", "class1"}));
        QCOMPARE(classes->itemText(0), QString("class0"));
    }

    void addingFromThePredictTabKeepsTheUndoHistory()
    {
        const QString root = trainedCopy("predict");
        QVERIFY(!root.isEmpty());
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        openAndWait(window, root);
        const QString relabelled = labelFirstImage(window, 1); // class0 → class1
        QVERIFY(!QFileInfo::exists(relabelled));
        QCOMPARE(window.document()->undoStack()->count(), 1);

        PredictTab* predict = window.predictTab();
        QTRY_VERIFY_WITH_TIMEOUT(!predict->findChild<QComboBox*>("runs")->currentData().toString().isEmpty(), 20000);
        const QString outside = m_tmp.filePath("outside.png");
        std::mt19937 rng(11);
        QVERIFY(TestData::writeFile(outside, TestData::patternPng(0, 16, 1, rng)));
        predict->addFiles({outside});
        QTRY_VERIFY_WITH_TIMEOUT(predict->cards().size() == 1 && predict->cards().first()->hasResult(), 30000);
        Q_EMIT predict->cards().first()->addToDatasetRequested("class0");
        QCOMPARE(window.document()->undoStack()->count(), 2); // the history is still there
        QCOMPARE(window.document()->counts().value(0), 30);   // 30 - 1 relabelled + 1 added

        showTab(window, window.datasetTab());
        QListView* grid = window.datasetTab()->grid();
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier); // the addition
        QCOMPARE(window.document()->counts().value(0), 29);
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier); // the earlier relabel
        QVERIFY(QFileInfo::exists(relabelled));
        QCOMPARE(window.document()->counts(), QVector<int>({30, 30, 0}));
    }

    void aRelabelOnTheEvaluateTabIsUndoneOnTheDatasetTab()
    {
        const QString root = trainedCopy("evaluate");
        QVERIFY(!root.isEmpty());
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QSignalSpy evaluated(window.evaluateTab(), &EvaluateTab::evaluated);
        openAndWait(window, root);
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.count() >= 1, 30000);
        QListWidget* losses = window.evaluateTab()->losses();
        QVERIFY(losses->count() > 0);
        losses->setCurrentRow(0);
        const QString path = losses->item(0)->data(Qt::UserRole).toString();
        const int truth = window.evaluateTab()->evaluation().outcomes.first().truth;
        const QString truthClass = window.evaluateTab()->evaluation().classes[truth];
        const int target = 1 - int(window.document()->classes().indexOf(truthClass));
        QTest::keyClick(losses, Qt::Key(Qt::Key_1 + target));
        QVERIFY(!QFileInfo::exists(path));
        const QVector<int> after = window.document()->counts();
        QCOMPARE(after.value(target), 31);

        window.show();
        showTab(window, window.datasetTab());
        QListView* grid = window.datasetTab()->grid();
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(window.document()->counts(), QVector<int>({30, 30, 0}));
    }

    void filesAddedFromOutsideShowInEveryTab()
    {
        const QString root = TestData::makeProject(m_tmp.filePath("outside"), 2, 3, 16, 1);
        MainWindow window;
        window.show();
        openAndWait(window, root);
        auto* trainTable = window.trainTab()->findChild<QTableWidget*>("classTable");
        auto trainCount = [&](int row) {
            return trainTable->rowCount() > row ? trainTable->item(row, 1)->text().toInt() + trainTable->item(row, 2)->text().toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(trainCount(0), 3, 5000);
        QCOMPARE(window.document()->undoStack()->count(), 0);
        labelFirstImage(window, 1); // a history to keep: class0 2, class1 4
        // A file manager (or picta-cli) adds three images while the app is open.
        const QStringList some = TestData::imagesBelow(root + "/images/class1");
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFile::copy(some[i], root + QString("/images/class0/copied-%1.png").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->counts(), QVector<int>({5, 4, 0}), 1000);
        QCOMPARE(window.datasetTab()->model()->rowCount(), 9);
        QTRY_VERIFY_WITH_TIMEOUT(window.drawTab()->findChild<QLabel*>("collectCounts")->text().contains("class0: 5"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(trainCount(0), 5, 1000);
        QCOMPARE(window.document()->undoStack()->count(), 1); // merged without losing the history
        // And removed from outside.
        QVERIFY(QFile::remove(root + "/images/class0/copied-0.png"));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->counts(), QVector<int>({4, 4, 0}), 1000);
        // Renamed in place (the count stays): the listing follows the new name.
        QVERIFY(QFile::rename(root + "/images/class0/copied-1.png", root + "/images/class0/renamed.png"));
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->model()->rowOf(root + "/images/class0/renamed.png") >= 0, 1000);
        QCOMPARE(window.document()->model()->rowOf(root + "/images/class0/copied-1.png"), -1);
        // A folder of images dropped into a class folder (classes may hold subfolders).
        QVERIFY(QDir().mkpath(root + "/images/class1/batch2"));
        QVERIFY(QFile::copy(some[0], root + "/images/class1/batch2/a.png"));
        QVERIFY(QFile::copy(some[1], root + "/images/class1/batch2/b.png"));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->counts(), QVector<int>({4, 6, 0}), 1000);
        QCOMPARE(window.document()->undoStack()->count(), 1);
    }

    void aReadOnlyProjectOpensWithABanner()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 3, 16, 1);
        MainWindow window;
        QVERIFY(window.openProject(root));
        auto banner = [&] {
            for (QLabel* label : window.findChildren<QLabel*>())
                if (label->text().contains("read-only"))
                    return label;
            return static_cast<QLabel*>(nullptr);
        };
        QVERIFY(!banner() || banner()->isHidden());

        ReadOnlyMount mount(root, tmp.filePath("ro"));
        if (!mount.available())
            QSKIP("a read-only bind mount needs root");
        QVERIFY(window.openProject(tmp.filePath("ro")));
        QVERIFY(banner() && !banner()->isHidden());
        QVERIFY(window.windowTitle().contains("read-only"));
        QVERIFY(window.openProject(root)); // writable again: no banner
        QVERIFY(banner()->isHidden());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "dataset/classsidebar.h"
#include "document/projectdocument.h"
#include "document/datasetmodel.h"
#include "dataset/datasettab.h"
#include "dataset/duplicatesdialog.h"
#include "dataset/integritydialog.h"
#include "dataset/quarantinedialog.h"
#include "testdata.h"

#include "cleaning/quarantine.h"
#include "project/dataseteditor.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestDatasetTab : public QObject {
    Q_OBJECT

    static int count(const QString& dir) { return int(QDir(dir).entryList(QDir::Files).size()); }

private Q_SLOTS:
    void labelWithNumberKeysUndoAndRedo()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 3, 4, 24, 1);
        QVERIFY(!root.isEmpty());
        ProjectDocument document;
        DatasetTab tab(&document);
        tab.resize(1000, 700);
        QVERIFY(document.open(root)); // the listing is read in the background
        QTRY_VERIFY(!document.isLoading());
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCOMPARE(tab.model()->rowCount(), 12);
        QListView* grid = tab.grid();
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, 0)); // class0's first image
        const QString first = grid->currentIndex().data(DatasetModel::PathRole).toString();

        QTest::keyClick(grid, Qt::Key_3); // → class2
        QCOMPARE(count(root + "/images/class0"), 3);
        QCOMPARE(count(root + "/images/class2"), 5);
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 4, 5, 0}));
        QTest::keyClick(grid, Qt::Key_0); // the next image → unlabelled
        QCOMPARE(count(root + "/images/.unlabelled"), 1);
        QCOMPARE(tab.model()->counts(), QVector<int>({2, 4, 5, 1}));

        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 4, 5, 0}));
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tab.model()->counts(), QVector<int>({4, 4, 4, 0}));
        QVERIFY(QFileInfo::exists(first)); // back where it was, same name
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 4, 5, 0}));
        QCOMPARE(tab.undoStack()->count(), 2);

        // Del quarantines the current image; undo brings it back.
        grid->setCurrentIndex(grid->model()->index(0, 0));
        const QString removed = grid->currentIndex().data(DatasetModel::PathRole).toString();
        QTest::keyClick(grid, Qt::Key_Delete);
        QVERIFY(!QFileInfo::exists(removed));
        QCOMPARE(Quarantine(root).items().size(), 1);
        QCOMPARE(tab.model()->rowCount(), 11);
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(QFileInfo::exists(removed));
        QVERIFY(Quarantine(root).items().isEmpty());
        QCOMPARE(tab.model()->rowCount(), 12);

        if (!qEnvironmentVariableIsEmpty("PICTA_SCREENSHOT_DIR"))
            tab.grab().save(QDir(qEnvironmentVariable("PICTA_SCREENSHOT_DIR")).filePath("dataset-tab.png"));
    }

    void classesAddRenameMergeAndUndo()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 3, 24, 1);
        ProjectDocument document;
        QVERIFY(document.openAndWait(root));
        DatasetTab tab(&document);
        DatasetEditor editor(root);
        QCOMPARE(editor.classes(), QStringList({"class0", "class1"}));
        QVERIFY(!editor.addClass("../evil"));
        QVERIFY(!editor.addClass("Class0")); // same name but for case
        QVERIFY(!editor.renameClass(0, "quarantine"));

        const auto renamed = editor.renameClass(1, "dogs");
        QVERIFY2(renamed, qPrintable(renamed.error()));
        QCOMPARE(count(root + "/images/dogs"), 3);
        const auto merged = editor.mergeClass(0, 1);
        QVERIFY2(merged, qPrintable(merged.error()));
        QCOMPARE(editor.classes(), QStringList({"dogs"}));
        QCOMPARE(count(root + "/images/dogs"), 6);
        QVERIFY(!QFileInfo::exists(root + "/images/class0"));
        // Changed behind the document's back (as another program would): its watcher merges it.
        QTRY_COMPARE_WITH_TIMEOUT(document.classes(), QStringList({"dogs"}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tab.model()->counts(), QVector<int>({6, 0}), 5000);
    }

    void classCommandsUndoAndRedo()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 3, 3, 24, 1);
        ProjectDocument document;
        QVERIFY(document.openAndWait(root));
        DatasetTab tab(&document);
        QSignalSpy problems(&document, &ProjectDocument::problem);
        QSignalSpy renamed(&document, &ProjectDocument::classRenamed);
        const QStringList before = TestData::imagesBelow(root + "/images");
        QUndoStack* stack = tab.undoStack();
        document.mergeClass(0, 2);
        QCOMPARE(tab.model()->classes(), QStringList({"class1", "class2"}));
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 6, 0}));
        document.renameClass(1, "cats");
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first(), QVariantList({"class2", "cats"}));
        document.addClass("birds");
        QCOMPARE(tab.model()->classes(), QStringList({"class1", "cats", "birds"}));
        QCOMPARE(document.classes(), tab.model()->classes());
        stack->undo();
        stack->undo();
        stack->undo();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        QCOMPARE(tab.model()->classes(), QStringList({"class0", "class1", "class2"}));
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 3, 3, 0}));
        QCOMPARE(TestData::imagesBelow(root + "/images"), before); // every file back under its own name
        stack->redo();
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 6, 0}));
    }

    void integrityAndDuplicateDialogsFeedTheQuarantine()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 2, 3, 24, 1);
        QVERIFY(TestData::writeFile(root + "/images/class0/broken.png", "not a png"));
        const QString original = TestData::imagesBelow(root + "/images/class1").first();
        QVERIFY(QFile::copy(original, root + "/images/class1/zz-copy.png"));
        ProjectDocument document;
        QVERIFY(document.openAndWait(root));
        DatasetTab tab(&document);

        IntegrityDialog check(root);
        QTRY_VERIFY_WITH_TIMEOUT(check.finished(), 20000);
        QCOMPARE(check.pathsToQuarantine(), QStringList({root + "/images/class0/broken.png"}));
        QVERIFY(check.reasons().first().contains("not an image"));

        DuplicatesDialog duplicates(root);
        QTRY_VERIFY_WITH_TIMEOUT(duplicates.finished(), 20000);
        // (The synthetic class patterns are near duplicates of one another too.)
        bool copyFound = false;
        for (const DuplicateGroup& g : duplicates.report().groups) {
            QStringList members;
            for (const DuplicateImage& image : g.images)
                members << image.path;
            copyFound = copyFound || (members.contains(original) && members.contains(root + "/images/class1/zz-copy.png"));
        }
        QVERIFY(copyFound);
        // The unticked (all but the best of each group) go to the quarantine, never the kept one.
        const QStringList paths = duplicates.pathsToQuarantine();
        QVERIFY(!paths.isEmpty());
        for (const DuplicateGroup& g : duplicates.report().groups)
            QVERIFY(!paths.contains(g.images.first().path));

        QuarantineDialog view(root);
        QVERIFY(Quarantine(root).add(root + "/images/class0/broken.png", "test"));
        QuarantineDialog again(root);
        again.restoreRows({0});
        QVERIFY(again.changed());
        QVERIFY(QFileInfo::exists(root + "/images/class0/broken.png"));
    }

    void duplicateReasonsAreWordedAsTheCommandLineWordsThem()
    {
        // Two identical projects with one exact copy each: one cleaned from the dialog, one with
        // `picta-cli dedupe --quarantine`; the quarantine records the same reasons.
        QTemporaryDir tmp;
        QStringList reasons[2];
        for (int which = 0; which < 2; ++which) {
            const QString root = TestData::makeProject(tmp.filePath(QString("p%1").arg(which)), 2, 3, 24, 1);
            const QString original = TestData::imagesBelow(root + "/images/class1").first();
            QVERIFY(QFile::copy(original, root + "/images/class1/zz-copy.png"));
            if (which == 0) {
                DuplicatesDialog dialog(root);
                QTRY_VERIFY_WITH_TIMEOUT(dialog.finished(), 20000);
                QVector<QPair<QString, QString>> moves;
                const QStringList paths = dialog.pathsToQuarantine(), why = dialog.reasons();
                QCOMPARE(why.size(), paths.size());
                for (int i = 0; i < paths.size(); ++i)
                    moves.push_back({paths[i], why[i]});
                QVERIFY(!Quarantine(root).add(moves).isEmpty());
            } else {
                QProcess cli;
                cli.start(qEnvironmentVariable("PICTA_CLI"), {"dedupe", "--dir", root, "--quarantine", root});
                QVERIFY(cli.waitForFinished(60000));
                QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            }
            for (const QuarantineItem& item : Quarantine(root).items())
                reasons[which] << item.originalPath + " | " + item.reason;
            reasons[which].sort();
        }
        QVERIFY(!reasons[0].isEmpty());
        QVERIFY(reasons[0].join('\n').contains("exact duplicate of"));
        QCOMPARE(reasons[0], reasons[1]);
    }
};

QTEST_MAIN(TestDatasetTab)
#include "tst_datasettab.moc"

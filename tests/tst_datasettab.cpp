#include "classsidebar.h"
#include "datasetcommands.h"
#include "datasetmodel.h"
#include "datasettab.h"
#include "duplicatesdialog.h"
#include "integritydialog.h"
#include "quarantinedialog.h"
#include "testdata.h"

#include "cleaning/quarantine.h"
#include "project/dataseteditor.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QListView>
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
        DatasetTab tab;
        tab.resize(1000, 700);
        tab.setProject(root);
        QTRY_VERIFY(!tab.model()->isLoading());
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
        DatasetTab tab;
        tab.setProject(root);
        QTRY_VERIFY(!tab.model()->isLoading());
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
        tab.setProject(root);
        QTRY_VERIFY(!tab.model()->isLoading());
        QCOMPARE(tab.model()->counts(), QVector<int>({6, 0}));
    }

    void classCommandsUndoAndRedo()
    {
        QTemporaryDir tmp;
        const QString root = TestData::makeProject(tmp.filePath("p"), 3, 3, 24, 1);
        DatasetTab tab;
        tab.setProject(root);
        QTRY_VERIFY(!tab.model()->isLoading());
        QStringList errors;
        auto report = [&](const QString& e) { errors << e; };
        const QStringList before = TestData::imagesBelow(root + "/images");
        QUndoStack* stack = tab.undoStack();
        stack->push(new ClassCommand(tab.model(), ClassCommand::Kind::Merge, 0, QString(), 2, report));
        QCOMPARE(tab.model()->classes(), QStringList({"class1", "class2"}));
        QCOMPARE(tab.model()->counts(), QVector<int>({3, 6, 0}));
        stack->push(new ClassCommand(tab.model(), ClassCommand::Kind::Rename, 1, "cats", -1, report));
        stack->push(new ClassCommand(tab.model(), ClassCommand::Kind::Add, -1, "birds", -1, report));
        QCOMPARE(tab.model()->classes(), QStringList({"class1", "cats", "birds"}));
        stack->undo();
        stack->undo();
        stack->undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
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
        DatasetTab tab;
        tab.setProject(root);
        QTRY_VERIFY(!tab.model()->isLoading());

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
};

QTEST_MAIN(TestDatasetTab)
#include "tst_datasettab.moc"

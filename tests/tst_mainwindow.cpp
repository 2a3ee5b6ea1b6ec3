#include "mainwindow.h"
#include "readonlymount.h"
#include "testdata.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace picta;
using namespace picta::test;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
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

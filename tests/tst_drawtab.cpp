#include "document/datasetmodel.h"
#include "document/projectdocument.h"
#include "draw/drawtab.h"
#include "draw/sketchcanvas.h"
#include "testdata.h"

#include "data/sketchdemo.h"
#include "project/provenancelog.h"
#include "training/trainer.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace picta;

namespace {

void send(QWidget* w, QEvent::Type type, const QPointF& pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

// One stroke through `points` (in 0–1 canvas coordinates) with the mouse.
void stroke(SketchCanvas* canvas, const QVector<QPointF>& points)
{
    const double side = std::min(canvas->width(), canvas->height());
    const QPointF origin((canvas->width() - side) / 2, (canvas->height() - side) / 2);
    auto at = [&](const QPointF& p) { return origin + p * side; };
    send(canvas, QEvent::MouseButtonPress, at(points.first()), Qt::LeftButton);
    for (const QPointF& p : points)
        send(canvas, QEvent::MouseMove, at(p), Qt::LeftButton);
    send(canvas, QEvent::MouseButtonRelease, at(points.last()), Qt::NoButton);
}

QVector<QPointF> circle()
{
    QVector<QPointF> points;
    for (int i = 0; i <= 40; ++i)
        points << QPointF(0.5 + 0.3 * std::cos(i * 0.16), 0.5 + 0.3 * std::sin(i * 0.16));
    return points;
}

} // namespace

class TestDrawTab : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root, m_run;

private Q_SLOTS:
    void initTestCase()
    {
        const auto project = SketchDemo::createProject(m_tmp.filePath("sketches"), 120);
        QVERIFY2(project, qPrintable(project.error()));
        m_root = project->rootDir();
        TrainingConfig config;
        config.projectDir = m_root;
        config.epochs = 8;
        config.batchSize = 32;
        config.seed = 3;
        Trainer trainer;
        const TrainingResult result = trainer.run(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_run = result.runDir;
    }

    void drawingACircleIsClassifiedLiveAndUndoClears()
    {
        ProjectDocument document;
        DrawTab tab(&document);
        tab.resize(1000, 640);
        QSignalSpy loaded(&tab, &DrawTab::modelLoaded);
        QVERIFY(document.open(m_root));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        stroke(tab.canvas(), circle());
        QCOMPARE(tab.canvas()->strokeCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(tab.shownClasses().value(0), QString("circle"), 10000);
        QCOMPARE(tab.shownClasses().size(), 5);
        if (!qEnvironmentVariableIsEmpty("PICTA_SCREENSHOT_DIR"))
            tab.grab().save(QDir(qEnvironmentVariable("PICTA_SCREENSHOT_DIR")).filePath("draw-tab.png"));

        tab.canvas()->undo();
        QVERIFY(tab.canvas()->isEmpty());
        QTRY_VERIFY(tab.shownClasses().isEmpty());
        tab.canvas()->redo();
        QCOMPARE(tab.canvas()->strokeCount(), 1);
        tab.canvas()->clear();
        QVERIFY(tab.canvas()->isEmpty());
        tab.canvas()->undo(); // clearing is undoable too
        QCOMPARE(tab.canvas()->strokeCount(), 1);
    }

    void collectModeSavesTheDrawingAsAnImageOfTheClass()
    {
        ProjectDocument document;
        QVERIFY(document.openAndWait(m_root));
        DrawTab tab(&document);
        tab.resize(1000, 640);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const int before = int(QDir(m_root + "/images/circle").entryList(QDir::Files).size());
        tab.setCollecting(true);
        QSignalSpy saved(&tab, &DrawTab::drawingSaved);
        stroke(tab.canvas(), circle());
        QTest::keyClick(&tab, Qt::Key_Return);
        QCOMPARE(saved.count(), 1);
        const QString path = saved.first().first().toString();
        QVERIFY(path.startsWith(m_root + "/images/circle/drawing-"));
        QCOMPARE(int(QDir(m_root + "/images/circle").entryList(QDir::Files).size()), before + 1);
        QVERIFY(tab.canvas()->isEmpty());
        QCOMPARE(ProvenanceLog(m_root).find(QDir(m_root).relativeFilePath(path)).provider, QString("drawing"));
        QTest::keyClick(&tab, Qt::Key_Return); // nothing drawn: nothing saved
        QCOMPARE(saved.count(), 1);
        // The document knows the new image at once (no re-read); undo quarantines it, redo brings it back.
        QVERIFY(document.model()->rowOf(path) >= 0);
        document.undoStack()->undo();
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(int(QDir(m_root + "/images/circle").entryList(QDir::Files).size()), before);
        document.undoStack()->redo();
        QVERIFY(QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestDrawTab)
#include "tst_drawtab.moc"

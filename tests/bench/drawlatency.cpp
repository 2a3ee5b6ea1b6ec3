// bench_drawlatency: how soon the Draw tab shows a prediction after the drawing changes, on the
// sketch demo's small CNN. Reference in the same run: the prediction alone (prepare + predictRaw).
#include "document/projectdocument.h"
#include "draw/drawtab.h"
#include "draw/sketchcanvas.h"

#include "data/sketchdemo.h"
#include "imaging/sketchpreprocessor.h"
#include "inference/predictor.h"
#include "training/trainer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTemporaryDir>

#include <cstdio>

using namespace picta;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const auto project = SketchDemo::createProject(tmp.filePath("sketches"), 120);
    TrainingConfig config;
    config.projectDir = project->rootDir();
    config.epochs = 4;
    Trainer trainer;
    const TrainingResult result = trainer.run(config);
    if (!result.ok())
        return 1;

    ProjectDocument document;
    DrawTab tab(&document);
    tab.resize(1000, 640);
    tab.show();
    bool loaded = false;
    QObject::connect(&tab, &DrawTab::modelLoaded, [&] { loaded = true; });
    if (!document.open(project->rootDir()))
        return 1;
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    // Each round: change the drawing (undo/redo of one stroke) and wait for the prediction.
    SketchCanvas* canvas = tab.canvas();
    QVector<double> latencies;
    bool predicted = false;
    QObject::connect(&tab, &DrawTab::predicted, [&] { predicted = true; });
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(200, 200), QPointF(200, 200), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &press);
    for (int i = 0; i < 40; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(200 + 4 * i, 200 + 3 * (i % 7)), QPointF(), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QElapsedTimer timer;
        timer.start();
        predicted = false;
        QApplication::sendEvent(canvas, &move);
        while (!predicted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        latencies << timer.nsecsElapsed() / 1e6;
    }
    std::sort(latencies.begin(), latencies.end());

    const auto predictor = Predictor::load(result.runDir);
    const RawImage raw = canvas->toRaw(256);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 40; ++i)
        (*predictor)->predictRaw(*SketchPreprocessor::prepare(raw, (*predictor)->info().imageSize, false), 5);
    const double alone = timer.nsecsElapsed() / 1e6 / 40;
    std::printf("change → top-5 shown: median %.0f ms, worst %.0f ms (60 ms of it is the debounce)\n", latencies[latencies.size() / 2],
                latencies.last());
    std::printf("prepare + predict alone: %.1f ms\n", alone);
    return 0;
}

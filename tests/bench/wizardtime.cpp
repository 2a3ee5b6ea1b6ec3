// bench_wizardtime: machine time from File ▸ New classifier to a trained model through the wizard,
// on the demo (Fashion-MNIST, 4 × 400 pictures) and the sketch demo (6 × 300 drawings), each class
// imported from a folder: the import, the tidy-up (integrity check and duplicate search), the
// plan (survey and learning-rate finder) and the training, each timed. The reference in the same
// run: training with the defaults on the demo as it ships (the training alone). The time a
// person spends typing names and choosing folders is not counted.
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "train/traintab.h"
#include "wizard/classespage.h"
#include "wizard/collectpage.h"
#include "wizard/newclassifierwizard.h"
#include "wizard/tidypage.h"
#include "wizard/wizardtrainpage.h"

#include "data/fashionmnist.h"
#include "data/sketchdemo.h"
#include "models/modelinfo.h"
#include "training/trainer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace picta;

namespace {

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

int run(const QString& label, const Project& source, const QString& target)
{
    QElapsedTimer total, step;
    MainWindow window;
    window.show();
    total.start();
    NewClassifierWizard* wizard = window.newClassifier();
    wizard->classesPage()->setProjectName(label);
    wizard->classesPage()->setFolder(target);
    wizard->classesPage()->setClassNames(source.classes());
    wizard->next();
    step.start();
    CollectPage* collect = wizard->collectPage();
    for (const QString& name : source.classes()) {
        collect->selectClass(name);
        collect->importInto(QDir(source.imagesDir()).filePath(name));
        if (!waitFor([&] { return !collect->isBusy(); }, 600000))
            return 1;
    }
    if (!waitFor([&] { return collect->isComplete(); }, 60000))
        return 1;
    const double importSeconds = step.nsecsElapsed() / 1e9;
    step.start();
    wizard->next();
    if (!waitFor([&] { return wizard->tidyPage()->isComplete(); }, 600000))
        return 1;
    const double tidySeconds = step.nsecsElapsed() / 1e9;
    step.start();
    wizard->next();
    WizardTrainPage* train = wizard->trainPage();
    if (!waitFor([&] { return train->plan().has_value(); }, 600000))
        return 1;
    const double planSeconds = step.nsecsElapsed() / 1e9;
    step.start();
    train->train();
    if (!waitFor([&] { return train->isComplete(); }, 1800000))
        return 1;
    const double trainSeconds = step.nsecsElapsed() / 1e9;
    const double all = total.nsecsElapsed() / 1e9;

    // The reference: the defaults on the demo as it ships (its own picta.json: 28 px for the
    // fashion demo, 48 px for the sketches), the settings README documents by hand.
    TrainingConfig defaults;
    defaults.projectDir = source.rootDir();
    QElapsedTimer reference;
    reference.start();
    Trainer trainer;
    const TrainingResult byHand = trainer.run(defaults);
    const double referenceSeconds = reference.nsecsElapsed() / 1e9;
    std::printf("%-12s import %5.1f s  tidy %5.1f s  plan %5.1f s (estimate %5.1f s)  train %5.1f s  total %6.1f s | "
                "reference: the shipped demo trained with the defaults in %5.1f s → total %.1f× the reference; %s\n",
                qPrintable(label), importSeconds, tidySeconds, planSeconds, train->plan()->estimatedSeconds, trainSeconds, all,
                referenceSeconds, all / referenceSeconds, qPrintable(train->explanation()));
    const auto model = ModelInfo::load(QDir(wizard->runDir()).filePath(QStringLiteral("model.json")));
    std::printf("%-12s validation accuracy: wizard %.2f %%, defaults %.2f %%\n", qPrintable(label),
                model ? model->metrics.value(QStringLiteral("val_accuracy")).toDouble() * 100 : -1.0, byHand.best.valAccuracy * 100);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
    qputenv("PICTA_ZOO_BASE", "http://127.0.0.1:9");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1;
    QTemporaryDir tmp;
    const auto demo = FashionMnist::createDemo(tmp.filePath("demo-src"));
    const auto sketches = SketchDemo::createProject(tmp.filePath("sketch-src"));
    if (!demo || !sketches) {
        std::fprintf(stderr, "cannot make the demos\n");
        return 1;
    }
    for (int r = 0; r < rounds; ++r) {
        if (run(QStringLiteral("demo"), *demo, tmp.filePath(QStringLiteral("demo-%1").arg(r)))
            || run(QStringLiteral("sketch demo"), *sketches, tmp.filePath(QStringLiteral("sketch-%1").arg(r))))
            return 1;
    }
    return 0;
}

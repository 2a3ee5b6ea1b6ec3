#include "document/projectdocument.h"
#include "mainwindow.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "train/traintab.h"
#include "wizard/classespage.h"
#include "wizard/collectpage.h"
#include "wizard/newclassifierwizard.h"
#include "wizard/startpage.h"
#include "wizard/tidypage.h"
#include "wizard/trypage.h"
#include "wizard/usepage.h"
#include "wizard/wizardtrainpage.h"

#include "project/feedbacklog.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrlQuery>
#include <QtTest>

#include <random>

using namespace picta;
using namespace picta::test;

namespace {

/// A 40-pixel picture of mostly `hue` (0 red, 240 blue) with a few random shapes of other
/// colours: two classes a small network tells apart, not two flat colours.
QByteArray picture(int hue, unsigned seed, const char* format)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> jitter(-18, 18), pos(0, 36), size(4, 12), any(0, 359);
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((hue + jitter(rng) + 360) % 360, 200 + jitter(rng), 200 + jitter(rng)));
    QPainter painter(&image);
    for (int i = 0; i < 3; ++i)
        painter.fillRect(pos(rng), pos(rng), size(rng), size(rng), QColor::fromHsv(any(rng), 60, 120));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 95);
    return bytes;
}

/// An Openverse look-alike: /v1/images/?q=… lists `perTerm` pictures of the term's colour
/// (PNG and JPEG), one of them a second time at another size (a near duplicate).
void serveImages(TestHttpServer& server, int perTerm)
{
    QHash<QString, QByteArray> pages; // by search term
    for (const auto& [term, hue] : {qMakePair(QStringLiteral("red"), 0), qMakePair(QStringLiteral("blue sky"), 230)}) {
        QJsonArray results;
        for (int i = 0; i < perTerm; ++i) {
            const bool jpeg = i % 2 == 1;
            const QByteArray bytes = picture(hue, unsigned(hue * 1000 + i), jpeg ? "JPEG" : "PNG");
            const QString path = QStringLiteral("/img/%1-%2.%3").arg(hue).arg(i).arg(jpeg ? "jpg" : "png");
            server.route(path, [bytes](const TestHttpServer::Request&) { return TestHttpServer::reply(200, bytes); });
            results.append(QJsonObject{{"url", server.url(path).toString()}, {"license", "cc0"}, {"creator", "test"}});
        }
        // The first picture again, enlarged: a near duplicate for the tidy-up step.
        const QImage first = QImage::fromData(picture(hue, unsigned(hue * 1000), "PNG"));
        QByteArray larger;
        QBuffer buffer(&larger);
        buffer.open(QIODevice::WriteOnly);
        first.scaled(80, 80, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(&buffer, "PNG");
        const QString copyPath = QStringLiteral("/img/%1-copy.png").arg(hue);
        server.route(copyPath, [larger](const TestHttpServer::Request&) { return TestHttpServer::reply(200, larger); });
        results.append(QJsonObject{{"url", server.url(copyPath).toString()}, {"license", "cc0"}});
        pages[term] = QJsonDocument(QJsonObject{{"page_count", 1}, {"results", results}}).toJson();
    }
    server.route("/v1/images/", [pages](const TestHttpServer::Request& request) {
        const QString term = QUrlQuery(QUrl(QString::fromUtf8(request.path)).query()).queryItemValue("q", QUrl::FullyDecoded);
        return pages.contains(term) ? TestHttpServer::reply(200, pages[term]) : TestHttpServer::reply(404, term.toUtf8());
    });
}

void screenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("PICTA_SCREENSHOT_DIR"))
        widget->grab().save(QDir(qEnvironmentVariable("PICTA_SCREENSHOT_DIR")).filePath(name));
}

QVector<int> countsOf(const MainWindow& window)
{
    return window.document()->counts();
}

} // namespace

class TestNewClassifierWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    /// Back from the current page and forward again: nothing of the project changes.
    void backAndForth(NewClassifierWizard* wizard, const MainWindow& window)
    {
        const int page = wizard->currentId();
        const QStringList classes = window.document()->classes();
        const QVector<int> counts = countsOf(window);
        wizard->back();
        QCOMPARE(wizard->currentId(), page - 1);
        QCOMPARE(window.document()->classes(), classes);
        wizard->next();
        QCOMPARE(wizard->currentId(), page);
        QCOMPARE(window.document()->classes(), classes);
        QCOMPARE(countsOf(window), counts);
    }

    /// Trains on the Train page, tries a fresh red picture on the Try page, records an answer and
    /// adds the picture, and checks the Use page: the end of both runs through the wizard.
    void trainTryAndUse(MainWindow& window, NewClassifierWizard* wizard, const QString& shotPrefix)
    {
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Train));
        WizardTrainPage* train = wizard->trainPage();
        QTRY_VERIFY_WITH_TIMEOUT(train->plan().has_value(), 60000);
        QVERIFY(train->planText().contains("small network"));
        QVERIFY(train->planText().contains("should take"));
        QVERIFY(!train->isComplete());
        screenshot(wizard, shotPrefix + "4-train-plan.png");
        train->train();
        QVERIFY(window.trainTab()->isTraining()); // the same run the Train tab shows
        QTRY_VERIFY_WITH_TIMEOUT(train->isComplete(), 240000);
        QVERIFY2(train->explanation().contains("on pictures it has not seen") || train->explanation().contains("every picture"),
                 qPrintable(train->explanation()));
        QVERIFY(QFileInfo::exists(wizard->runDir() + "/model.safetensors"));
        screenshot(wizard, shotPrefix + "4-train-done.png");
        backAndForth(wizard, window);
        QVERIFY(train->isComplete()); // the model is kept

        wizard->next();
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Try));
        TryPage* tryPage = wizard->tryPage();
        QSignalSpy loaded(tryPage, &TryPage::modelLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 || tryPage->answerText().startsWith("Ready"), 30000);
        const QString fresh = m_tmp.filePath(shotPrefix + "fresh-red.png");
        QVERIFY(TestData::writeFile(fresh, picture(5, 777777, "PNG")));
        QSignalSpy predicted(tryPage, &TryPage::predicted);
        tryPage->tryFile(fresh);
        QTRY_COMPARE_WITH_TIMEOUT(predicted.count(), 1, 30000);
        QVERIFY2(tryPage->lastPrediction().ok(), qPrintable(tryPage->lastPrediction().error));
        QCOMPARE(tryPage->lastPrediction().top.first().className, QString("red"));
        QVERIFY(tryPage->answerText().contains("red"));
        QVERIFY(!tryPage->adviceText().isEmpty());
        screenshot(wizard, shotPrefix + "5-try.png");
        // Wrong? The answer is recorded, and the picture can join the dataset.
        tryPage->recordTruth("blue");
        const QVector<FeedbackEntry> answers = FeedbackLog(window.projectDir()).entries();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().truth, QString("blue"));
        QCOMPARE(answers.first().predicted, QString("red"));
        const int blueBefore = countsOf(window).value(1);
        QVERIFY(!tryPage->addToDataset().isEmpty());
        QCOMPARE(countsOf(window).value(1), blueBefore + 1);
        window.document()->undoStack()->undo(); // and it is undoable
        QCOMPARE(countsOf(window).value(1), blueBefore);

        wizard->next();
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Use));
        QVERIFY(wizard->usePage()->where().contains(QFileInfo(wizard->runDir()).fileName()));
        QSignalSpy evaluate(wizard, &NewClassifierWizard::evaluateRequested);
        for (QPushButton* b : wizard->usePage()->findChildren<QPushButton*>())
            if (b->text().contains("Evaluate"))
                b->click();
        QCOMPARE(evaluate.count(), 1);
        screenshot(wizard, shotPrefix + "6-use.png");
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(!NewClassifierWizard::hasUnfinished(window.document()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No pretrained weights are asked for: small pictures get the small CNN, and the zoo is
        // a closed port in case anything asks.
        qputenv("PICTA_ZOO_BASE", "http://127.0.0.1:9");
    }

    void theFirstStartShowsTheStartPage()
    {
        MainWindow window;
        window.show();
        window.openStartupProject(); // no recent project in this test's settings
        QVERIFY(window.isShowingStartPage());
        screenshot(&window, "wizard-0-start.png");
        auto* button = window.startPage()->findChild<QPushButton*>("startNewClassifier");
        QVERIFY(button);
        button->click();
        QVERIFY(window.wizard());
        QCOMPARE(window.wizard()->currentId(), int(NewClassifierWizard::Classes));
        window.wizard()->close();
        QTRY_VERIFY(!window.wizard());
    }

    // (a) Two classes collected by web search from a loopback server, tidied, trained, tried.
    void fromWebSearchToATestedClassifier()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        serveImages(server, 16);
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        NewClassifierWizard* wizard = window.newClassifier();
        QVERIFY(wizard);

        // 1 · classes
        ClassesPage* classes = wizard->classesPage();
        QVERIFY(!classes->isComplete()); // two empty names
        classes->setProjectName("Colours");
        const QString root = m_tmp.filePath("colours");
        classes->setFolder(root);
        classes->setClassNames({"red", "red"});
        QVERIFY(classes->problem().contains("twice"));
        classes->setClassNames({"red", "blue"});
        QVERIFY(classes->isComplete());
        screenshot(wizard, "wizard-1-classes.png");
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Collect));
        QCOMPARE(window.projectDir(), root);
        QCOMPARE(window.document()->classes(), QStringList({"red", "blue"}));
        QVERIFY(!window.isShowingStartPage());

        // 2 · collect: a search per class; the second waits while the first runs.
        CollectPage* collect = wizard->collectPage();
        QVERIFY(!collect->isComplete());
        QVERIFY(collect->guidance().contains("at least 10"));
        collect->setApiBase(server.url());
        collect->setRequestsPerMinute(60000);
        collect->setSearchCount(17);
        collect->selectClass("red");
        QCOMPARE(collect->currentClass(), QString("red"));
        collect->searchWeb();
        collect->selectClass("blue");
        collect->setSearchTerm("blue sky");
        collect->searchWeb();
        QTRY_VERIFY_WITH_TIMEOUT(!collect->isBusy(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(window), QVector<int>({17, 17, 0}), 10000);
        QVERIFY(collect->isComplete());
        QVERIFY2(collect->guidance().contains("fewer than 50"), qPrintable(collect->guidance()));
        QTRY_VERIFY(collect->strip()->count() == 17);
        screenshot(wizard, "wizard-2-collect.png");
        backAndForth(wizard, window);
        // A broken file arrives from elsewhere (a file manager): the watcher lists it.
        QVERIFY(TestData::writeFile(root + "/images/red/broken.png", picture(0, 1, "PNG").left(200)));
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(window).value(0), 18, 10000);

        // Closing the wizard and continuing: it comes back on this page, nothing lost.
        wizard->reject();
        QTRY_VERIFY(!window.wizard());
        QVERIFY(NewClassifierWizard::hasUnfinished(window.document()));
        QVERIFY(window.findChild<QWidget*>("continueBar")->isVisible());
        wizard = window.continueWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Collect));
        wizard->back();
        QCOMPARE(wizard->classesPage()->classNames(), QStringList({"red", "blue"}));
        wizard->next();
        collect = wizard->collectPage();
        QCOMPARE(countsOf(window), QVector<int>({18, 17, 0}));

        // 3 · tidy: the broken file and the two enlarged copies go to the quarantine.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Tidy));
        TidyPage* tidy = wizard->tidyPage();
        QTRY_VERIFY_WITH_TIMEOUT(tidy->isComplete(), 60000);
        QVERIFY2(tidy->summary().contains("1 broken and 2 copied"), qPrintable(tidy->summary()));
        QCOMPARE(countsOf(window), QVector<int>({16, 16, 0}));
        QVERIFY(!QDir(root + "/quarantine").isEmpty());
        window.document()->undoStack()->undo(); // nothing is deleted: undo puts them back
        QCOMPARE(countsOf(window), QVector<int>({18, 17, 0}));
        window.document()->undoStack()->redo();
        QCOMPARE(countsOf(window), QVector<int>({16, 16, 0}));
        screenshot(wizard, "wizard-3-tidy.png");
        wizard->back();
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(tidy->isComplete(), 60000);
        QVERIFY2(tidy->summary().contains("are fine"), qPrintable(tidy->summary()));
        QCOMPARE(countsOf(window), QVector<int>({16, 16, 0}));

        // 4–6 · train, try, use.
        wizard->next();
        trainTryAndUse(window, wizard, "wizard-");
    }

    // (b) The same from a folder import per class.
    void fromFolderImportsToATestedClassifier()
    {
        for (const auto& [name, hue] : {qMakePair(QStringLiteral("red"), 0), qMakePair(QStringLiteral("blue"), 230)}) {
            QDir().mkpath(m_tmp.filePath("sources/" + name + "/nested"));
            for (int i = 0; i < 14; ++i)
                QVERIFY(TestData::writeFile(m_tmp.filePath(QStringLiteral("sources/%1/%2%3.png").arg(name, i % 3 ? "" : "nested/").arg(i)),
                                            picture(hue, unsigned(50000 + hue * 100 + i), "PNG")));
        }
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        NewClassifierWizard* wizard = window.newClassifier();
        wizard->classesPage()->setProjectName("Imported colours");
        wizard->classesPage()->setFolder(m_tmp.filePath("imported"));
        wizard->classesPage()->setClassNames({"red", "green", "blue"});
        wizard->next();
        QCOMPARE(window.document()->classes(), QStringList({"red", "green", "blue"}));
        // Back: one class too many; removing it (it is empty) and going on.
        wizard->back();
        wizard->classesPage()->setClassNames({"red", "blue"});
        wizard->next();
        QCOMPARE(window.document()->classes(), QStringList({"red", "blue"}));

        CollectPage* collect = wizard->collectPage();
        collect->selectClass("red");
        collect->importInto(m_tmp.filePath("sources/red"));
        QTRY_VERIFY_WITH_TIMEOUT(!collect->isBusy(), 30000);
        collect->selectClass("blue");
        collect->importInto(m_tmp.filePath("sources/blue"));
        QTRY_VERIFY_WITH_TIMEOUT(!collect->isBusy(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(window), QVector<int>({14, 14, 0}), 10000);
        QVERIFY(collect->isComplete());
        backAndForth(wizard, window);

        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->tidyPage()->isComplete(), 60000);
        QVERIFY2(wizard->tidyPage()->summary().contains("are fine"), qPrintable(wizard->tidyPage()->summary()));
        backAndForth(wizard, window);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->tidyPage()->isComplete(), 60000);
        wizard->next();
        trainTryAndUse(window, wizard, "import-");
    }

    // Closing while downloads run hides the wizard and lets them finish; continuing shows the same
    // wizard. Back while the check runs, then Next: the check runs again and completes. Another
    // project opened closes the wizard. A resume that a page refuses stops there, never hangs.
    void closingGoingBackAndResumingLoseNothing()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        serveImages(server, 16);
        MainWindow window;
        window.show();
        NewClassifierWizard* wizard = window.newClassifier();
        wizard->classesPage()->setFolder(m_tmp.filePath("closing"));
        wizard->classesPage()->setClassNames({"red", "blue"});
        wizard->next();
        CollectPage* collect = wizard->collectPage();
        collect->setApiBase(server.url());
        collect->setRequestsPerMinute(60000);
        collect->setSearchCount(17);
        collect->selectClass("red");
        collect->searchWeb();
        collect->selectClass("blue");
        collect->setSearchTerm("blue sky");
        collect->searchWeb();
        QVERIFY(collect->isBusy());
        wizard->reject(); // "Close (continue later)" with two searches under way
        QVERIFY(!wizard->isVisible());
        QCOMPARE(window.wizard(), wizard); // kept while it works
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(window), QVector<int>({17, 17, 0}), 60000);
        QTRY_VERIFY(!window.wizard()); // then it goes
        wizard = window.continueWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Collect));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Tidy));
        QTest::qWait(1); // the check starts as the event loop turns…
        wizard->back();  // …and Back drops it
        QCOMPARE(countsOf(window), QVector<int>({17, 17, 0}));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->tidyPage()->isComplete(), 60000);
        QVERIFY(wizard->tidyPage()->summary().contains("2 copied"));
        QTRY_COMPARE(countsOf(window), QVector<int>({16, 16, 0}));

        // Another project opened in the window: the wizard closes.
        const QString other = TestData::makeProject(m_tmp.filePath("other"), 2, 3, 16);
        QVERIFY(window.openProject(other));
        QTRY_VERIFY(!wizard->isVisible());

        // A project whose saved page is Train but which has one class left: the resume stops on
        // the first page and says why.
        const QString single = TestData::makeProject(m_tmp.filePath("single"), 1, 12, 16);
        QVERIFY(window.openProject(single));
        QTRY_VERIFY(!window.document()->isLoading());
        QVERIFY(window.document()->setSetting("wizard", QJsonObject{{"page", 3}}));
        wizard = window.continueWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Classes));
        QVERIFY(wizard->classesPage()->problem().contains("at least two"));
        wizard->reject();
    }

    // The Train tab's Recommended settings fills the form from the planner and says why.
    void theTrainTabRecommendsSettings()
    {
        const QString root = TestData::makeProject(m_tmp.filePath("recommend"), 2, 20, 16, 1);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(root));
        QTRY_VERIFY(!window.document()->isLoading());
        window.trainTab()->recommendSettings();
        QVERIFY(window.trainTab()->isPlanning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.trainTab()->isPlanning(), 60000);
        QVERIFY2(window.trainTab()->planText().contains("small network"), qPrintable(window.trainTab()->planText()));
        const TrainingConfig config = window.trainTab()->config();
        QCOMPARE(config.arch, QString("small-cnn"));
        QVERIFY(config.augment);               // 16 training pictures a class
        QVERIFY(config.earlyStopPatience > 0); // there is a validation split
        QVERIFY(config.learningRate != 1e-3);  // the finder's, not the default
        QCOMPARE(config.batchSize, 8);
        window.resize(1180, 760);
        for (QTabWidget* tabs : window.findChildren<QTabWidget*>())
            if (tabs->indexOf(window.trainTab()) >= 0)
                tabs->setCurrentWidget(window.trainTab());
        screenshot(&window, "train-tab-recommended.png");
    }
};

int main(int argc, char** argv)
{
    // This test's own settings, data and cache: no recent projects, no weights.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath("cache").toUtf8());
    qputenv("PICTA_CACHE_DIR", home.filePath("cache/picta").toUtf8());
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestNewClassifierWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_newclassifierwizard.moc"

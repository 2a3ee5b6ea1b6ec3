#include "common/aboutdialog.h"
#include "common/preferencesdialog.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "support/appsettings.h"
#include "support/buildinfo.h"
#include "support/translations.h"
#include "testdata.h"
#include "wizard/classespage.h"
#include "wizard/newclassifierwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>
#include <QtTest>

using namespace picta;
using namespace picta::test;

/// Preferences (core's AppSettings and the dialog), About, and the German interface.
class TestPreferences : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    void writeFile(const QString& path, const QByteArray& bytes)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    /// Back to no translation at all (Translations::install parents its translators to the application).
    static void removeTranslators()
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    /// Widgets drawn narrower than they need: their text is cut off.
    static QStringList clipped(QWidget* root)
    {
        QStringList out;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->width() <= 0)
                continue;
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            else if (auto* l = qobject_cast<QLabel*>(w); l && !l->wordWrap() && l->pixmap().isNull())
                text = l->text();
            if (auto* header = qobject_cast<QHeaderView*>(w); header && header->orientation() == Qt::Horizontal) {
                for (int i = 0; i < header->count(); ++i)
                    if (!header->isSectionHidden(i) && header->sectionSize(i) + 1 < header->sectionSizeHint(i))
                        out << QStringLiteral("column '%1' %2 < %3")
                                   .arg(header->model()->headerData(i, Qt::Horizontal).toString())
                                   .arg(header->sectionSize(i))
                                   .arg(header->sectionSizeHint(i));
                continue;
            }
            if (text.isEmpty() || text.contains(QLatin1Char('<')))
                continue;
            if (w->width() + 1 < w->minimumSizeHint().width())
                out << QStringLiteral("%1 '%2' %3 < %4")
                           .arg(QString::fromLatin1(w->metaObject()->className()), text)
                           .arg(w->width())
                           .arg(w->minimumSizeHint().width());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Settings, caches and the demo project in this test's folders, never the user's.
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath("config").toUtf8());
        qputenv("XDG_CACHE_HOME", m_tmp.filePath("cache").toUtf8());
        qputenv("XDG_DATA_HOME", m_tmp.filePath("data").toUtf8());
        qunsetenv("PICTA_CACHE_DIR");
    }

    void init() { QFile::remove(AppSettings::filePath()); }

    void settingsRoundTripInOneFileForBothPrograms()
    {
        QCOMPARE(AppSettings::filePath(), m_tmp.filePath("config/Picta/Picta.conf"));
        const AppSettings defaults = AppSettings::load();
        QCOMPARE(defaults.language, QString());
        QCOMPARE(defaults.threads, 0);
        QCOMPARE(defaults.device, QString("auto"));

        AppSettings s;
        s.language = "de";
        s.threads = 1;
        s.device = "cpu";
        s.cacheFolder = m_tmp.filePath("mycache");
        s.weightsMirror = " https://mirror.example/ ";
        s.projectsFolder = m_tmp.filePath("projects");
        s.save();
        const AppSettings back = AppSettings::load();
        QCOMPARE(back.language, QString("de"));
        QCOMPARE(back.threads, 1);
        QCOMPARE(back.device, QString("cpu"));
        QCOMPARE(back.cacheFolder, m_tmp.filePath("mycache"));
        QCOMPARE(back.weightsMirror, QString("https://mirror.example/"));
        QCOMPARE(AppSettings::projectsRoot(), m_tmp.filePath("projects"));
        // The GUI's own QSettings() (organisation and application "Picta") is the same file: the
        // Train tab's mirror field and Preferences agree.
        QSettings gui(QStringLiteral("Picta"), QStringLiteral("Picta"));
        QCOMPARE(gui.fileName(), AppSettings::filePath());
        QCOMPARE(gui.value("zoo/base").toString(), QString("https://mirror.example/"));

        // Nonsense in the file (hand-edited, or from another version) falls back to defaults.
        QSettings raw(AppSettings::filePath(), QSettings::IniFormat);
        raw.setValue("engine/device", "tpu");
        raw.setValue("engine/threads", -5);
        raw.sync();
        QCOMPARE(AppSettings::load().device, QString("auto"));
        QCOMPARE(AppSettings::load().threads, 0);
        raw.setValue("engine/threads", 100000); // never more threads than the machine has
        raw.sync();
        QCOMPARE(AppSettings::load().threads, std::max(1, QThread::idealThreadCount()));
    }

    void cacheFolderFollowsEnvironmentThenSettingThenDefault()
    {
        QCOMPARE(AppSettings::cacheRoot(), m_tmp.filePath("cache/Picta"));
        AppSettings s;
        s.cacheFolder = m_tmp.filePath("chosen");
        s.save();
        QCOMPARE(AppSettings::cacheRoot(), m_tmp.filePath("chosen"));
        qputenv("PICTA_CACHE_DIR", m_tmp.filePath("env").toUtf8());
        QCOMPARE(AppSettings::cacheRoot(), m_tmp.filePath("env"));
        qunsetenv("PICTA_CACHE_DIR");
    }

    void clearCacheRemovesPictasFilesOnly()
    {
        const QString root = m_tmp.filePath("shared-cache");
        writeFile(root + "/zoo/resnet18.a1_in1k.safetensors", QByteArray(1000, 'w'));
        writeFile(root + "/decoded/0123456789abcdef/s64-rgb/pixels-1.bin", QByteArray(500, 'p'));
        writeFile(root + "/decoded/0123456789abcdef/s64-rgb/index.bin", QByteArray(20, 'i'));
        // Not Picta's: other files beside and inside its folders, and a folder linked in.
        writeFile(root + "/someone-else/keep.txt", "not Picta's");
        writeFile(root + "/zoo/notes.txt", "mine");
        writeFile(root + "/decoded/holiday-photos/a.jpg", "mine");
        writeFile(m_tmp.filePath("elsewhere/precious.safetensors"), QByteArray(300, 'x'));
        QVERIFY(QFile::link(m_tmp.filePath("elsewhere"), root + "/decoded/fedcba9876543210"));
        QCOMPARE(AppSettings::cacheBytes(root), qint64(1520));
        QCOMPARE(AppSettings::clearCache(root), QString());
        QCOMPARE(AppSettings::cacheBytes(root), qint64(0));
        QVERIFY(!QFileInfo::exists(root + "/zoo/resnet18.a1_in1k.safetensors"));
        QVERIFY(!QFileInfo::exists(root + "/decoded/0123456789abcdef")); // emptied folders go
        QVERIFY(QFileInfo::exists(root + "/someone-else/keep.txt"));
        QVERIFY(QFileInfo::exists(root + "/zoo/notes.txt"));
        QVERIFY(QFileInfo::exists(root + "/decoded/holiday-photos/a.jpg"));
        QVERIFY(QFileInfo::exists(m_tmp.filePath("elsewhere/precious.safetensors")));

        // A zoo/ that is a link to another folder is neither measured nor emptied.
        const QString linked = m_tmp.filePath("linked-cache");
        QVERIFY(QDir().mkpath(linked));
        QVERIFY(QFile::link(m_tmp.filePath("elsewhere"), linked + "/zoo"));
        QCOMPARE(AppSettings::cacheBytes(linked), qint64(0));
        QCOMPARE(AppSettings::clearCache(linked), QString());
        QVERIFY(QFileInfo::exists(m_tmp.filePath("elsewhere/precious.safetensors")));
    }

    void dialogShowsSavesAndRefusesABadMirror()
    {
        AppSettings s;
        s.threads = 2;
        s.weightsMirror = "https://hub.example";
        s.save();
        PreferencesDialog dialog;
        auto* threads = dialog.findChild<QSpinBox*>("threads");
        auto* mirror = dialog.findChild<QLineEdit*>("mirror");
        auto* language = dialog.findChild<QComboBox*>("language");
        auto* device = dialog.findChild<QComboBox*>("device");
        QVERIFY(threads && mirror && language && device);
        QCOMPARE(threads->value(), 2);
        QCOMPARE(mirror->text(), QString("https://hub.example"));
        QCOMPARE(language->currentData().toString(), QString()); // the system's
        QVERIFY(language->findData("de") >= 0);
        // CUDA is listed, and only selectable where this libtorch has it.
        const auto* items = qobject_cast<QStandardItemModel*>(device->model());
        QCOMPARE(items->item(device->findData("cuda"))->isEnabled(), AppSettings::cudaAvailable());
        // The cache's size is measured off the GUI thread and shown.
        QTRY_VERIFY(dialog.findChild<QLabel*>("cacheSize")->text().contains(QLocale().formattedDataSize(0)));

        dialog.show();
        mirror->setText("not a url");
        dialog.accept();
        QVERIFY(dialog.isVisible()); // still open, saying why
        QVERIFY(!dialog.findChild<QLabel*>("error")->isHidden());
        QCOMPARE(AppSettings::load().weightsMirror, QString("https://hub.example"));

        mirror->setText("http://10.0.0.5:8080");
        language->setCurrentIndex(language->findData("de"));
        threads->setValue(1);
        device->setCurrentIndex(device->findData("cpu"));
        auto* cache = dialog.findChild<QLineEdit*>("cacheFolder");
        cache->setText("relative/cache"); // both programs must mean one place: refused
        dialog.accept();
        QVERIFY(dialog.isVisible());
        cache->setText("~/picta-cache-test"); // "~" is the home folder, as in a shell
        QCOMPARE(dialog.values().cacheFolder, QDir::homePath() + "/picta-cache-test");
        cache->clear();
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.weightsMirror, QString("http://10.0.0.5:8080"));
        QCOMPARE(saved.language, QString("de"));
        QCOMPARE(saved.threads, 1);
        QCOMPARE(saved.device, QString("cpu"));
        AppSettings().applyToEngine(); // back to automatic for the other tests
    }

    void aboutNamesTheVersionLicenceAndLibraries()
    {
        AboutDialog about;
        const QString text = about.text();
        QVERIFY(!BuildInfo::version().isEmpty());
        QVERIFY(text.contains("Picta " + BuildInfo::version()));
        QVERIFY(text.contains("GPL-3.0-or-later"));
        for (const char* library : {"Qt", "libtorch", "OpenCV", "QCustomPlot", "ONNX", "libqrencode"})
            QVERIFY2(text.contains(QString::fromLatin1(library)), library);
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    }

    void theMenusOfferPreferencesAndAbout()
    {
        MainWindow window;
        auto* preferences = window.findChild<QAction*>("preferences");
        QVERIFY(preferences);
        QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(window.findChild<QAction*>("about"));
    }

    void languagesResolveFromSettingThenSystem()
    {
        QCOMPARE(Translations::resolve("de"), QString("de"));
        QCOMPARE(Translations::resolve("en"), QString("en"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Translations::resolve(QString()), QString("de"));
        QLocale::setDefault(QLocale(QLocale::Japanese)); // no Japanese catalogue: English
        QCOMPARE(Translations::resolve(QString()), QString("en"));
        QCOMPARE(Translations::resolve("xx"), QString("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void englishPluralsComeFromTheEnglishCatalogue()
    {
        Translations::install("en");
        QCOMPARE(QCoreApplication::translate("picta::MainWindow", "%n image(s) imported", nullptr, 1), QString("1 image imported"));
        QCOMPARE(QCoreApplication::translate("picta::MainWindow", "%n image(s) imported", nullptr, 3), QString("3 images imported"));
        removeTranslators();
    }

    void theClippingCheckSeesACutText()
    {
        QWidget box;
        auto* button = new QPushButton(QStringLiteral("Eine sehr lange Beschriftung"), &box);
        button->setFixedWidth(40);
        auto* label = new QLabel(QStringLiteral("Noch eine lange Beschriftung"), &box);
        label->move(0, 40);
        label->resize(300, 20);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QStringList found = clipped(&box);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains("QPushButton"));
    }

    void theWholeWindowFitsAProjector_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preferencesTitle");
        QTest::newRow("English") << "en"
                                 << "&File"
                                 << "Preferences";
        QTest::newRow("German") << "de"
                                << "&Datei"
                                << "Einstellungen";
    }

    /// Every tab on the demo project, in English and in German: the texts are the language's, no
    /// button or label is cut off, and the window fits a 1280×720 projector. PICTA_SCREENSHOT_DIR
    /// keeps pictures of each tab.
    void theWholeWindowFitsAProjector()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, preferencesTitle);
        QCOMPARE(Translations::install(language), language);
        // Each language makes its own demo project: its class names are written in that language.
        qputenv("XDG_DATA_HOME", m_tmp.filePath("data-" + language).toUtf8());
        {
            MainWindow window;
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openDemo();
            QTRY_VERIFY_WITH_TIMEOUT(window.document()->isOpen() && !window.document()->isLoading(), 60000);
            QCOMPARE(window.menuBar()->actions().first()->text(), file);
            auto* tabs = window.findChild<QTabWidget*>();
            QVERIFY(tabs);
            const QSize minimum = window.minimumSizeHint();
            QString widest; // which tab asks for the room
            for (int i = 0; i < tabs->count(); ++i)
                widest += QStringLiteral(" %1 %2×%3;")
                              .arg(tabs->tabText(i))
                              .arg(tabs->widget(i)->minimumSizeHint().width())
                              .arg(tabs->widget(i)->minimumSizeHint().height());
            qInfo("%s minimum %dx%d:%s", qPrintable(language), minimum.width(), minimum.height(), qPrintable(widest));
            QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
                     qPrintable(QStringLiteral("needs at least %1×%2:%3").arg(minimum.width()).arg(minimum.height()).arg(widest)));
            const QString shots = qEnvironmentVariable("PICTA_SCREENSHOT_DIR");
            QStringList problems;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(200);
                for (const QString& p : clipped(tabs->currentWidget()))
                    problems << tabs->tabText(i) + ": " + p;
                if (!shots.isEmpty())
                    window.grab().save(QDir(shots).filePath(QStringLiteral("%1-%2.png").arg(language).arg(i)));
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));

            PreferencesDialog preferences(&window);
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            QCOMPARE(preferences.windowTitle(), preferencesTitle);
            QVERIFY2(clipped(&preferences).isEmpty(), qPrintable(clipped(&preferences).join("\n")));
            if (!shots.isEmpty())
                preferences.grab().save(QDir(shots).filePath(language + "-preferences.png"));
            AboutDialog about(&window);
            about.show();
            QVERIFY(QTest::qWaitForWindowExposed(&about));
            QVERIFY2(clipped(&about).isEmpty(), qPrintable(clipped(&about).join("\n")));
            if (!shots.isEmpty())
                about.grab().save(QDir(shots).filePath(language + "-about.png"));

            // The wizard's first two pages (what a hobbyist sees first), at the same size.
            NewClassifierWizard* wizard = window.newClassifier();
            QVERIFY(wizard);
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            QVERIFY2(clipped(wizard).isEmpty(), qPrintable(clipped(wizard).join("\n")));
            if (!shots.isEmpty())
                wizard->grab().save(QDir(shots).filePath(language + "-wizard-1.png"));
            ClassesPage* classes = wizard->classesPage();
            classes->setProjectName("Tiere");
            classes->setFolder(m_tmp.filePath("wizard-" + language));
            classes->setClassNames({"Katze", "Hund"});
            wizard->next();
            QCOMPARE(wizard->currentId(), int(NewClassifierWizard::Collect));
            QTest::qWait(200);
            QVERIFY2(clipped(wizard).isEmpty(), qPrintable(clipped(wizard).join("\n")));
            if (!shots.isEmpty())
                wizard->grab().save(QDir(shots).filePath(language + "-wizard-2.png"));
        }
        removeTranslators();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

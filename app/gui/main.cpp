#include "mainwindow.h"
#include "support/appsettings.h"
#include "support/atomicfile.h"
#include "support/buildinfo.h"
#include "support/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // One identity for settings, caches and the desktop: ~/.config/Picta/Picta.conf (shared with
    // picta-cli), and the window belongs to the menu entry picta.desktop installs.
    QApplication::setApplicationName(QStringLiteral("Picta"));
    QApplication::setOrganizationName(QStringLiteral("Picta"));
    QApplication::setApplicationVersion(picta::BuildInfo::version());
    QApplication::setDesktopFileName(QStringLiteral(PICTA_APP_ID));
    QIcon icon; // every size embedded (PICTA_ICON_SIZES in CMake)
    for (const QString& size : QDir(QStringLiteral(":/icons/hicolor")).entryList(QDir::Dirs))
        icon.addFile(QStringLiteral(":/icons/hicolor/%1/apps/picta.png").arg(size));
    QApplication::setWindowIcon(icon);
    picta::AtomicFile::ignoreFileSizeSignal(); // a file size limit fails a save with a message, not a kill

    const picta::AppSettings settings = picta::AppSettings::load();
    settings.applyToEngine();
    picta::Translations::install(settings.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build your own image classifier."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo project."));
    parser.addOption(demo);
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE once it shows, then quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A project folder to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    picta::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    else
        window.openStartupProject();
    if (parser.isSet(screenshot)) {
        // For documentation and the installed package's test: the window as drawn, then exit
        // (non-zero when it never showed or the file cannot be written).
        QTimer::singleShot(1500, &app, [&] {
            const QImage image = window.grab().toImage();
            const bool ok = window.isVisible() && !image.isNull() && image.save(parser.value(screenshot));
            if (!ok)
                std::fprintf(
                    stderr, "picta: %s\n",
                    qUtf8Printable(
                        QApplication::translate("main", "cannot save a picture of the window to %1").arg(parser.value(screenshot))));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}

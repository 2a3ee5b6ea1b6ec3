#include "mainwindow.h"
#include "support/atomicfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Picta"));
    QApplication::setOrganizationName(QStringLiteral("Picta"));
    QApplication::setApplicationVersion(QStringLiteral(PICTA_VERSION));
    picta::AtomicFile::ignoreFileSizeSignal(); // a file size limit fails a save with a message, not a kill

    QTranslator qtTranslator, pictaTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    if (pictaTranslator.load(QLocale(), QStringLiteral("picta"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&pictaTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build your own image classifier."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo project."));
    parser.addOption(demo);
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
    return app.exec();
}

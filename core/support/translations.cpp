#include "translations.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace picta {

QList<QPair<QString, QString>> Translations::languages()
{
    // Each language in its own name, as language menus do: a user lost in the wrong one still finds theirs.
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QStringList Translations::searchPath()
{
    return {QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/picta/translations")),
            QStringLiteral(":/i18n")};
}

namespace {

bool hasCatalogue(const QString& language)
{
    for (const QString& dir : Translations::searchPath())
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("picta_%1.qm").arg(language))))
            return true;
    return false;
}

bool loadFirst(QTranslator* translator, const QString& file)
{
    for (const QString& dir : Translations::searchPath())
        if (translator->load(file, dir))
            return true;
    return false;
}

} // namespace

QString Translations::resolve(const QString& setting)
{
    if (!setting.isEmpty() && (setting == QLatin1String("en") || hasCatalogue(setting)))
        return setting;
    for (const QString& ui : QLocale().uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (language == QLatin1String("en") || hasCatalogue(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString& setting)
{
    QCoreApplication* app = QCoreApplication::instance();
    const QString language = resolve(setting);
    // English first: its catalogue only holds plural forms, and a later translator wins.
    auto* english = new QTranslator(app);
    if (loadFirst(english, QStringLiteral("picta_en")))
        QCoreApplication::installTranslator(english);
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto* picta = new QTranslator(app);
        if (loadFirst(picta, QStringLiteral("picta_") + language))
            QCoreApplication::installTranslator(picta);
    }
    // Numbers and dates in the language chosen, when it was chosen against the system's.
    if (!setting.isEmpty() && QLocale().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace picta

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace picta {

/// Loads Picta's catalogues and Qt's own for a language: the compiled `.qm` files installed
/// beside the program (`../share/picta/translations`), else the ones embedded under `:/i18n`.
/// English needs a catalogue too: it holds the plural forms of the "%n image(s)" strings.
class Translations {
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    /// The languages offered: code → name in that language; "" is the system's language.
    static QList<QPair<QString, QString>> languages();
    /// The language a setting stands for: the setting if Picta has it, else the first of the
    /// system's UI languages that Picta has, else "en".
    static QString resolve(const QString& setting);
    /// Installs the translators for resolve(setting) on the application. Returns the language.
    static QString install(const QString& setting);
    /// The folders searched for picta_<lang>.qm, in order.
    static QStringList searchPath();
};

} // namespace picta

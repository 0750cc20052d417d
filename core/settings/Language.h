#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The language Leadbench speaks, for the GUI and the CLI alike. A choice is a code ("fr", "pt_BR",
// "it", "el", "en") or empty for the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix).
// The catalogues are compiled into the programs (:/i18n/leadbench_<code>.qm, see translations/);
// Qt's own (qtbase_<code>.qm: standard buttons, the command-line parser) come from Qt's folder.
namespace Language {

struct Option
{
    QString code;       // "fr", "pt_BR", ...
    QString nativeName; // as its speakers write it: never translated
};

// English first, then the translations, in the order the settings offer them.
QList<Option> available();

// Empty (the system's) or one of available()'s codes.
bool isKnown(const QString &code);

// The locale numbers, money and dates follow under a choice: the system's for an empty choice or
// when the system already speaks the chosen language (fr_CH keeps Swiss formats under "fr"),
// otherwise the language's main country (fr -> fr_FR, el -> el_GR).
QLocale localeFor(const QString &code);

// Makes the choice the application's language: sets QLocale's default and (re)installs the
// translators. Call after the Q(Core)Application exists; calling it again replaces the previous
// choice. Returns the locale used.
QLocale apply(const QString &code);

// Whether :/i18n holds Leadbench's catalogue for this locale's language, or for another country's
// variant of it (pt_PT gets pt_BR's); English needs none.
bool hasCatalogue(const QLocale &locale);

} // namespace Language

#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Language {

namespace {

// Installed for the life of the application; apply() replaces them.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

std::unique_ptr<QTranslator> load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, name, u"_"_s, folder))
        return translator;
    // Another country's variant of a language Leadbench speaks (pt_PT: pt_BR's catalogue): better than
    // English; numbers and dates still follow the locale itself.
    for (const Option &o : available()) {
        const QLocale variant(o.code);
        if (o.code != u"en"_s && variant.language() == locale.language() && translator->load(variant, name, u"_"_s, folder))
            return translator;
    }
    return nullptr;
}

} // namespace

QList<Option> available()
{
    return {
        {u"en"_s, u"English"_s},
        {u"fr"_s, u"Français"_s},
        {u"pt_BR"_s, u"Português (Brasil)"_s},
        {u"it"_s, u"Italiano"_s},
        {u"el"_s, u"Ελληνικά"_s},
    };
}

bool isKnown(const QString &code)
{
    if (code.isEmpty())
        return true;
    for (const Option &o : available()) {
        if (o.code == code)
            return true;
    }
    return false;
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty() || !isKnown(code))
        return system;
    const QLocale chosen(code);
    const bool withTerritory = code.contains(u'_');
    if (system.language() == chosen.language() && (!withTerritory || system.territory() == chosen.territory()))
        return system;
    return chosen;
}

QLocale apply(const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    replace(qtTranslator(), load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // A language Leadbench does not speak reads English, with English plurals ("1 lead", "2 leads": the
    // sources say "%n lead(s)"; leadbench_en holds only those messages).
    auto texts = load(locale, u"leadbench"_s, u":/i18n"_s);
    if (!texts)
        texts = load(QLocale(QLocale::English), u"leadbench"_s, u":/i18n"_s);
    replace(appTranslator(), std::move(texts));
    return locale;
}

bool hasCatalogue(const QLocale &locale)
{
    // English is the source: its catalogue holds only the plurals.
    return locale.language() != QLocale::English && load(locale, u"leadbench"_s, u":/i18n"_s) != nullptr;
}

} // namespace Language

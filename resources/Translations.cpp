#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pb::Translations {

QString settingsKey() { return QStringLiteral("ui/language"); }

QStringList available() { return { QStringLiteral("en"), QStringLiteral("de") }; }

QString nativeName(const QString& code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

namespace {

// "de_AT", "de-CH", "DE" → "de" when Pricebook speaks it.
QString spoken(const QString& code)
{
    const QString language = QLocale(code).name().section(u'_', 0, 0);
    return available().contains(language) ? language : QString();
}

} // namespace

QString takeLanguageOption(QStringList& arguments)
{
    QString code;
    for (int i = 1; i < arguments.size();) {
        const QString& a = arguments.at(i);
        if (a == u"--") {
            break;
        } else if (a == u"--language" && i + 1 < arguments.size()) {
            code = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (a.startsWith(u"--language=")) {
            code = a.mid(11);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return code;
}

QString choose(const QString& requested)
{
    if (!requested.isEmpty())
        return spoken(requested);
    const QString saved = QSettings().value(settingsKey()).toString();
    if (!saved.isEmpty() && !spoken(saved).isEmpty())
        return spoken(saved);
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = spoken(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication& app, const QString& requested, QString* error)
{
    QString code = choose(requested);
    if (code.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Translations", "Unknown language \"%1\"; the languages are: %2.")
                         .arg(requested, available().join(QStringLiteral(", ")));
        code = QStringLiteral("en");
    }
    // An explicit choice also sets the locale for numbers, money and dates; following the
    // system keeps the system's formats (a German speaker in Switzerland keeps Swiss formats).
    const bool followsSystem = requested.isEmpty() && QSettings().value(settingsKey()).toString().isEmpty();
    if (!followsSystem)
        QLocale::setDefault(QLocale(code == u"en" ? QStringLiteral("en_US") : code));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/pricebook_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    if (code == u"en")
        return code;
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace pb::Translations

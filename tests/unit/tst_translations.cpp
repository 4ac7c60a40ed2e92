// The German catalogue: complete and consistent with its sources, compiled into the program,
// installed by the language choice, and speaking German with German numbers, money and plurals.
#include "TestSupport.h"
#include "models/PricingSummary.h"
#include "models/Validator.h"
#include "resources/Translations.h"
#include "services/storage/Catalog.h"
#include "services/storage/CatalogStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pb;

namespace {

struct Message {
    QString context;
    QString source;
    QString type;           // "unfinished", "obsolete", "vanished" or empty
    QStringList translations; // one, or the plural forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    // Text with <byte value="xd"/> for characters XML cannot carry.
    auto readText = [&xml](const QString& end) {
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text();
            else if (xml.isStartElement() && xml.name() == u"byte")
                text += QChar(xml.attributes().value(QLatin1String("value")).toString().mid(1).toUInt(nullptr, 16));
            else if (xml.isEndElement() && xml.name() == end)
                break;
        }
        return text;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = Message { context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes" };
        } else if (xml.name() == u"source") {
            m.source = readText(QStringLiteral("source"));
        } else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        m.translations << readText(QStringLiteral("numerusform"));
                }
            } else {
                m.translations << readText(QStringLiteral("translation"));
            }
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QString tsPath(const char* language)
{
    return pbtest::sourcePath(QStringLiteral("resources/translations/pricebook_%1.ts").arg(QLatin1String(language)));
}

// The placeholders a text uses: %1…%99, %n, %Ln, sorted.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QString where(const Message& m) { return QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(70)); }

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyStringHasAFinishedTranslation_data();
    void everyStringHasAFinishedTranslation();
    void translationsKeepPlaceholdersAndAccelerators();
    void termsAreConsistent();
    void languageOptionIsTakenFromTheArguments();
    void choiceFollowsOptionThenSettingThenSystem();
    void germanIsInstalledWithQtsOwnCatalogue();
    void pluralsFollowTheNumber();
    void moneyAndSummariesFollowTheLanguage();
    void catalogListSummariesFollowTheLanguage();

private:
    void uninstall();
    QList<QTranslator*> installed() const { return QCoreApplication::instance()->findChildren<QTranslator*>(); }
};

void TestTranslations::uninstall()
{
    for (QTranslator* t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::cleanup()
{
    uninstall();
    QSettings().remove(Translations::settingsKey());
}

void TestTranslations::everyStringHasAFinishedTranslation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("de") << tsPath("de") << false;
    QTest::newRow("en plurals") << tsPath("en") << true;
}

void TestTranslations::everyStringHasAFinishedTranslation()
{
    QFETCH(QString, path);
    QFETCH(bool, pluralsOnly);
    const QList<Message> messages = readTs(path);
    QVERIFY2(messages.size() > (pluralsOnly ? 0 : 500), qPrintable(QStringLiteral("%1 messages in %2").arg(messages.size()).arg(path)));
    QStringList problems;
    for (const Message& m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where(m), m.type);
        else if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString& t) { return t.isEmpty(); }))
            problems << QStringLiteral("%1 has no translation").arg(where(m));
        else if (m.numerus && m.translations.size() != 2)
            problems << QStringLiteral("%1 has %2 plural forms, not the two of English and German").arg(where(m)).arg(m.translations.size());
        if (pluralsOnly && !m.numerus)
            problems << QStringLiteral("%1 is not a plural, yet in the plurals-only catalogue").arg(where(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QStringList problems;
    for (const Message& m : readTs(tsPath("de"))) {
        for (const QString& t : m.translations) {
            QStringList want = placeholders(m.source);
            QStringList have = placeholders(t);
            if (m.numerus) { // the singular may spell the number out, but %n is still there
                want.removeAll(QStringLiteral("%n"));
                have.removeAll(QStringLiteral("%n"));
            }
            if (want != have)
                problems << QStringLiteral("%1: placeholders %2 became %3").arg(where(m), want.join(u','), have.join(u','));
            const bool sourceHasKey = m.source.contains(QRegularExpression(QStringLiteral("&[^&\\s;]")));
            const bool translationHasKey = t.contains(QRegularExpression(QStringLiteral("&[^&\\s;]")));
            if (sourceHasKey != translationHasKey && !m.source.contains(u'<'))
                problems << QStringLiteral("%1: the keyboard accelerator (&) was %2").arg(where(m), sourceHasKey ? QStringLiteral("lost") : QStringLiteral("added"));
            if (m.source.endsWith(u'\n') != t.endsWith(u'\n') || m.source.startsWith(u' ') != t.startsWith(u' '))
                problems << QStringLiteral("%1: leading space or final line break differs").arg(where(m));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::termsAreConsistent()
{
    // One German word per concept, so the window never calls one thing by two names.
    const QList<QPair<QString, QString>> avoid = {
        { QStringLiteral("Account"), QStringLiteral("Konto") },      { QStringLiteral("Provider"), QStringLiteral("Anbieter") },
        { QStringLiteral("Draft"), QStringLiteral("Entwurf") },      { QStringLiteral("Katalogue"), QStringLiteral("Katalog") },
        { QStringLiteral("Schlüsselring"), QStringLiteral("Schlüsselbund") }, { QStringLiteral("Stufe"), QStringLiteral("Staffel") },
        { QStringLiteral("Synchronisiert worden"), QStringLiteral("Synchronisiert") }, { QStringLiteral(" du "), QStringLiteral("Sie") },
        { QStringLiteral(" dein"), QStringLiteral("Ihr") },
    };
    QStringList problems;
    for (const Message& m : readTs(tsPath("de")))
        for (const QString& t : m.translations)
            for (const auto& [word, term] : avoid)
                if (t.contains(word) && !m.source.contains(word))
                    problems << QStringLiteral("%1: \"%2\" where the term is \"%3\"").arg(where(m), word, term);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::languageOptionIsTakenFromTheArguments()
{
    QStringList args { QStringLiteral("pricebook-cli"), QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("validate") };
    QCOMPARE(Translations::takeLanguageOption(args), QStringLiteral("de"));
    QCOMPARE(args, (QStringList { QStringLiteral("pricebook-cli"), QStringLiteral("validate") }));
    args = { QStringLiteral("pricebook"), QStringLiteral("--data-dir"), QStringLiteral("x"), QStringLiteral("--language=en") };
    QCOMPARE(Translations::takeLanguageOption(args), QStringLiteral("en"));
    QCOMPARE(args, (QStringList { QStringLiteral("pricebook"), QStringLiteral("--data-dir"), QStringLiteral("x") }));
    args = { QStringLiteral("pricebook-cli"), QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("--language=de") };
    QCOMPARE(Translations::takeLanguageOption(args), QString());
    QCOMPARE(args.size(), 4);
}

void TestTranslations::choiceFollowsOptionThenSettingThenSystem()
{
    QCOMPARE(Translations::choose(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(Translations::choose(QStringLiteral("en-GB")), QStringLiteral("en"));
    QCOMPARE(Translations::choose(QStringLiteral("fr")), QString()); // not spoken: the caller says so
    QSettings().setValue(Translations::settingsKey(), QStringLiteral("de"));
    QCOMPARE(Translations::choose(QString()), QStringLiteral("de"));
    QCOMPARE(Translations::choose(QStringLiteral("en")), QStringLiteral("en")); // the option wins over the setting
    QSettings().remove(Translations::settingsKey());
    QLocale::setDefault(QLocale(QLocale::French)); // the system's locale is not the default one
    const bool systemGerman = QLocale::system().uiLanguages().value(0).startsWith(u"de");
    QCOMPARE(Translations::choose(QString()), systemGerman ? QStringLiteral("de") : QStringLiteral("en"));
    QString error;
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("fr"), &error), QStringLiteral("en"));
    QVERIFY(error.contains(u"fr"));
}

void TestTranslations::germanIsInstalledWithQtsOwnCatalogue()
{
    QCOMPARE(QCoreApplication::translate("MainWindow", "&New product"), QStringLiteral("&New product"));
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&New product"), QStringLiteral("&Neues Produkt"));
    QCOMPARE(QCoreApplication::translate("Catalog", "Synced"), QStringLiteral("Synchronisiert"));
    QCOMPARE(QCoreApplication::translate("Cli", "Machine-readable output."), QStringLiteral("Maschinenlesbare Ausgabe."));
    // Qt's own catalogue (Debian qt6-translations-l10n): standard buttons read German too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(installed().size(), 2);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::pluralsFollowTheNumber()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    auto atLeast = [](int n) { return QCoreApplication::translate("Validator", "%1 products need at least %n prices.", nullptr, n).arg(u"Jani"); };
    QCOMPARE(atLeast(1), QStringLiteral("Jani products need at least 1 price."));
    QCOMPARE(atLeast(3), QStringLiteral("Jani products need at least 3 prices."));
    uninstall();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(atLeast(1), QStringLiteral("Jani-Produkte brauchen mindestens 1 Preis."));
    QCOMPARE(atLeast(2), QStringLiteral("Jani-Produkte brauchen mindestens 2 Preise."));
}

void TestTranslations::moneyAndSummariesFollowTheLanguage()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    const Product product = pbtest::product(pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json"))));
    QCOMPARE(PricingSummary::describe(product), QStringLiteral("29,99\u00a0US$ pro Monat, inklusive 100 Minuten, danach 0,15\u00a0US$ pro Minute, zzgl. Steuern"));
    const Product tiered = pbtest::product(QByteArray(R"({"prices":[{"currency":"eur","billing":"recurring","interval":"month","interval_count":3,"scheme":"tiered","tiers_mode":"graduated","tiers":[{"up_to":1000,"unit_amount":100},{"up_to":"inf","unit_amount":80,"flat_amount":50000}]}]})"));
    QCOMPARE(PricingSummary::describe(tiered),
             QStringLiteral("Gestaffelte Preise, Abrechnung alle 3 Monate: erste 1.000 Einheiten: je 1,00\u00a0€; ab 1.001: je 0,80\u00a0€ plus 500,00\u00a0€ pauschal"));
}

void TestTranslations::catalogListSummariesFollowTheLanguage()
{
    // Saved while Pricebook spoke English, listed once it speaks German: the list shows the
    // summary in German, written from the product as its rows are read, and nothing about the
    // product changed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = Provider(QStringLiteral("chatdash"));
    e.product = pbtest::product(pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json"))));
    {
        CatalogStore store;
        QSignalSpy opened(&store, &CatalogStore::opened);
        store.open(path);
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().at(0).toBool());
        store.scheduleSave(e);
        store.flush();
        store.waitForIdle();
    }
    const QString english = QStringLiteral("US$29.99 per month, includes 100 minutes, then US$0.15 per minute, plus tax");
    const QString german = QStringLiteral("29,99\u00a0US$ pro Monat, inklusive 100 Minuten, danach 0,15\u00a0US$ pro Minute, zzgl. Steuern");
    Catalog c;
    QString error;
    QVERIFY2(c.open(path, &error), qPrintable(error));
    QList<CatalogRow> rows = c.rows({}, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().summary, english); // as stored
    const qint64 version = c.product(e.id)->version;
    uninstall();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    c.summarizeNow(rows);
    QCOMPARE(rows.first().summary, german);
    QCOMPARE(c.product(e.id)->version, version); // still the same product (and still "Synced" if it was)
    QCOMPARE(c.integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

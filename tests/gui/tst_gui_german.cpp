// The window in German, as a person sees it: every visible text of the main window, the editor
// for each provider and pricing shape, and the dialogs is looked at, and none may read English.
#include "GuiFixture.h"
#include "resources/Translations.h"
#include "services/providers/Registry.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace pb;
using pbtest::GuiFixture;

namespace {

// Words that are English and not German; a visible text holding one as a whole word is English.
const QStringList& englishWords()
{
    static const QStringList words = {
        u"the"_qs, u"and"_qs, u"of"_qs, u"to"_qs, u"is"_qs, u"are"_qs, u"with"_qs, u"for"_qs, u"per"_qs, u"not"_qs,
        u"yes"_qs, u"add"_qs, u"remove"_qs, u"price"_qs, u"prices"_qs, u"product"_qs, u"products"_qs, u"account"_qs,
        u"accounts"_qs, u"provider"_qs, u"providers"_qs, u"new"_qs, u"delete"_qs, u"send"_qs, u"submit"_qs,
        u"update"_qs, u"show"_qs, u"request"_qs, u"search"_qs, u"filter"_qs, u"all"_qs, u"any"_qs, u"description"_qs,
        u"currency"_qs, u"amount"_qs, u"billing"_qs, u"usage"_qs, u"tax"_qs, u"none"_qs, u"required"_qs,
        u"choose"_qs, u"unit"_qs, u"units"_qs, u"month"_qs, u"week"_qs, u"day"_qs, u"year"_qs, u"once"_qs,
        u"draft"_qs, u"synced"_qs, u"failed"_qs, u"loading"_qs, u"file"_qs, u"edit"_qs, u"quit"_qs, u"undo"_qs,
        u"redo"_qs, u"cancel"_qs, u"close"_qs, u"save"_qs, u"key"_qs, u"language"_qs, u"minor"_qs, u"each"_qs,
        u"tiers"_qs, u"tier"_qs, u"monthly"_qs, u"yearly"_qs, u"metered"_qs, u"recurring"_qs, u"flat"_qs,
        u"or"_qs, u"dollars"_qs,
    };
    return words;
}

QString plain(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression options(QStringLiteral("--[a-z][a-z-]*"));
    static const QRegularExpression wireNames(QStringLiteral("\\b[a-z]+(_[a-z]+)+\\b"));
    text.remove(tags);
    text.remove(options);   // command-line options keep their names: --language
    text.remove(wireNames); // so do the providers' field names: usage_limit
    text.remove(u'&');    // accelerators
    return text;
}

QStringList englishIn(const QString& where, const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-zÄÖÜäöüß]+"));
    QStringList found;
    for (auto it = word.globalMatch(plain(text)); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() > 1 && w == w.toUpper())
            continue; // a code: ALL, USD, ID
        if (englishWords().contains(w.toLower()))
            found << QStringLiteral("%1: \"%2\" (%3)").arg(where, plain(text).left(90), w);
    }
    return found;
}

// Every text a person can see or hear from a widget tree: labels, buttons, choices, headers,
// hints, tool tips, titles and the actions of its menus and tool bars.
QStringList visibleEnglish(QWidget* root)
{
    QStringList found;
    auto check = [&found](const QString& where, const QString& text) { found << englishIn(where, text); };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        check(name + QStringLiteral(" (title)"), w->windowTitle());
        check(name + QStringLiteral(" (tool tip)"), w->toolTip());
        check(name + QStringLiteral(" (accessible name)"), w->accessibleName());
        if (auto* l = qobject_cast<QLabel*>(w))
            check(name, l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            check(name, b->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            check(name, g->title());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            check(name + QStringLiteral(" (hint)"), e->placeholderText());
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            check(name + QStringLiteral(" (hint)"), e->placeholderText());
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                check(name + QStringLiteral(" (choice)"), c->itemText(i));
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                check(name + QStringLiteral(" (header)"), h->model()->headerData(i, h->orientation()).toString());
        for (QAction* a : w->actions()) {
            check(a->objectName(), a->text());
            check(a->objectName() + QStringLiteral(" (tip)"), a->statusTip());
        }
    }
    return found;
}

} // namespace

class TestGuiGerman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<JobResult>();
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    }
    void theCheckFindsEnglish();
    void mainWindowAndMenus();
    void editorForEveryProviderAndShape_data();
    void editorForEveryProviderAndShape();
    void dialogs();
};

void TestGuiGerman::theCheckFindsEnglish()
{
    // The check itself: English is found, German and names pass.
    QLabel english(QStringLiteral("Add another price (a plan)"));
    QCOMPARE(visibleEnglish(&english).size(), 2);
    QLabel german(QStringLiteral("<b>Einen weiteren Preis</b> (einen Plan) hinzufügen: ChatDash, US$"));
    QVERIFY2(visibleEnglish(&german).isEmpty(), qPrintable(visibleEnglish(&german).join(u'\n')));
}

void TestGuiGerman::mainWindowAndMenus()
{
    GuiFixture f;
    f.showWindow();
    QStringList found = visibleEnglish(f.window.get());
    for (QMenu* menu : f.window->findChildren<QMenu*>())
        for (QAction* a : menu->actions())
            found << englishIn(a->objectName(), a->text()) << englishIn(a->objectName() + QStringLiteral(" (tip)"), a->statusTip());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QCOMPARE(f.action(QStringLiteral("actionNewProduct"))->text(), QStringLiteral("&Neues Produkt"));
}

void TestGuiGerman::editorForEveryProviderAndShape_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QString>("choice");
    QTest::newRow("chatdash base") << u"chatdash"_qs << u"pricingModelComboBox"_qs << u"base"_qs;
    QTest::newRow("chatdash usage") << u"chatdash"_qs << u"pricingModelComboBox"_qs << u"usage"_qs;
    QTest::newRow("chatdash one-time") << u"chatdash"_qs << u"pricingModelComboBox"_qs << u"oneTime"_qs;
    QTest::newRow("stripe tiered") << u"stripe"_qs << u"pricingSchemeComboBox"_qs << u"tiered"_qs;
    QTest::newRow("stripe package") << u"stripe"_qs << u"pricingSchemeComboBox"_qs << u"package"_qs;
    QTest::newRow("stripe custom") << u"stripe"_qs << u"pricingSchemeComboBox"_qs << u"custom"_qs;
    QTest::newRow("piriod") << u"piriod"_qs << QString() << QString();
    QTest::newRow("jani") << u"jani"_qs << QString() << QString();
}

void TestGuiGerman::editorForEveryProviderAndShape()
{
    QFETCH(QString, provider);
    QFETCH(QString, combo);
    QFETCH(QString, choice);
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), provider);
    if (!combo.isEmpty())
        f.chooseComboData(combo, choice);
    f.window->editor()->showAllMessages(); // the validator's messages too
    QTest::qWait(200);
    const QStringList found = visibleEnglish(f.window.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestGuiGerman::dialogs()
{
    GuiFixture f;
    f.showWindow();
    for (const char* action : { "actionAccounts", "actionPreferences" }) {
        f.action(QLatin1String(action))->trigger();
        QDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            for (QDialog* d : f.window->findChildren<QDialog*>())
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        }, 3000));
        const QStringList found = visibleEnglish(dialog);
        dialog->close();
        QVERIFY2(found.isEmpty(), qPrintable(QLatin1String(action) + u'\n' + found.join(u'\n')));
        QTest::qWait(100);
    }
}

QTEST_MAIN(TestGuiGerman)
#include "tst_gui_german.moc"

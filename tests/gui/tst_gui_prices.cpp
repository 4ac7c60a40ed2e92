// Archived prices in the window, as a person meets them after a price change: kept and shown,
// marked and read-only, left out of every summary, and editable again once restored; and the
// form's warnings only about what was entered. Driven with QTest on the offscreen platform.
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "ui/CatalogTableModel.h"
#include "ui/ProductEditor.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pb;
using pbtest::GuiFixture;

namespace {

template <typename T> T ask(GuiFixture& f, std::function<T(Catalog&)> work)
{
    std::optional<T> out;
    f.store.call<T>(std::move(work), f.window.get(), [&out](const T& v) { out = v; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        qFatal("the catalog did not answer");
    return *out;
}

Price monthly(qint64 amount, const QString& remoteId)
{
    Price p = ProductEditor::newPrice(providers::Stripe);
    p.amount = amount;
    p.remoteId = remoteId;
    return p;
}

// Selects the product's row in the catalog list; the editor then shows it.
void open(GuiFixture& f, const QString& id)
{
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    CatalogTableModel* m = f.window->catalogModel();
    m->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() >= 1 && m->data(m->index(0, 0), CatalogTableModel::LoadedRole).toBool(), 5000);
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->data(m->index(r, 0), CatalogTableModel::IdRole).toString() == id)
            table->selectRow(r);
    auto* editor = f.window->findChild<ProductEditor*>();
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasEntry() && editor->entry().id == id, 5000);
}

QStringList items(QComboBox* combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i);
    return out;
}

} // namespace

class TestGuiPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void archivedPriceIsShownReadOnlyAndRestored();
    void freshOneTimeChatDashProductWarnsOfNothing();
};

void TestGuiPrices::archivedPriceIsShownReadOnlyAndRestored()
{
    GuiFixture f;
    f.showWindow();
    // A Stripe product after "US$19 → US$24": the new default price, and the old one archived.
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = providers::Stripe;
    e.product.name = QStringLiteral("Pro plan");
    adapterFor(e.provider).applyNewProductDefaults(e.product);
    e.product.prices = { monthly(2400, QStringLiteral("price_new")), monthly(1900, QStringLiteral("price_old")) };
    e.product.prices[0].isDefault = true;
    e.product.prices[1].archived = true;
    e = ask<CatalogEntry>(f, [e](Catalog& c) mutable { c.saveProduct(e); return e; });
    open(f, e.id);

    // The list's Price column and the form's summary: the price offered, not the archived one.
    CatalogTableModel* m = f.window->catalogModel();
    QCOMPARE(m->data(m->index(0, CatalogTableModel::PriceColumn)).toString(), QStringLiteral("US$24.00 per month"));
    auto* summary = f.find<QLabel>(QStringLiteral("pricingSummaryLabel"));
    QCOMPARE(summary->text(), QStringLiteral("US$24.00 per month"));
    auto* warnings = f.find<QLabel>(QStringLiteral("warningsLabel"));
    QVERIFY2(warnings->text().isEmpty(), qPrintable(warnings->text()));

    // The navigation counts the prices offered and says how many are archived.
    auto* selector = f.find<QComboBox>(QStringLiteral("priceSelectorComboBox"));
    QVERIFY(selector->isVisible());
    QCOMPARE(items(selector), (QStringList { QStringLiteral("Price 1 of 1 (1 archived)"), QStringLiteral("Archived: Price 1 of 1") }));
    QCOMPARE(selector->currentIndex(), 0);
    auto* amount = f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit"));
    QVERIFY(amount->isEnabled());
    auto* archivedBox = f.find<QWidget>(QStringLiteral("archivedPriceBox"));
    QVERIFY(!archivedBox->isVisible());

    // The archived price: shown, marked, greyed and not editable; not removable either.
    selector->setCurrentIndex(1);
    Q_EMIT selector->activated(1);
    auto* editor = f.window->findChild<ProductEditor*>();
    QCOMPARE(editor->currentPrice(), 1);
    QVERIFY(archivedBox->isVisible());
    QVERIFY2(f.find<QLabel>(QStringLiteral("archivedPriceLabel"))->text().startsWith(QStringLiteral("Archived on Stripe")),
             qPrintable(f.find<QLabel>(QStringLiteral("archivedPriceLabel"))->text()));
    QCOMPARE(amount->text(), QStringLiteral("19.00"));
    QVERIFY(!amount->isEnabled());
    QVERIFY(!f.find<QToolButton>(QStringLiteral("removePriceButton"))->isVisible());
    QVERIFY(!f.find<QWidget>(QStringLiteral("usageChartView"))->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("US$24.00 per month"));
    // Typing cannot reach it: the field takes no focus, and nothing it holds is written.
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("5"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QCOMPARE(editor->entry().product.prices.at(1).amount, std::optional<qint64>(1900));
    QCOMPARE(editor->entry().product.prices.at(1).archived, true);

    // Restored: offered again, editable, counted.
    auto* restore = f.find<QToolButton>(QStringLiteral("restorePriceButton"));
    QVERIFY(restore->isVisible());
    QCOMPARE(restore->text(), QStringLiteral("Restore"));
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(editor->entry().product.prices.at(1).archived, false);
    QCOMPARE(editor->entry().product.prices.at(1).remoteId, QStringLiteral("price_old"));
    QVERIFY(!archivedBox->isVisible());
    QVERIFY(amount->isEnabled());
    QCOMPARE(items(selector), (QStringList { QStringLiteral("Price 1 of 2"), QStringLiteral("Price 2 of 2") }));
    QCOMPARE(summary->text(), QStringLiteral("US$24.00 per month; US$19.00 per month"));
    // Undo archives it again, as it was.
    f.window->findChild<QUndoStack*>()->undo();
    QCOMPARE(editor->entry().product.prices.at(1).archived, true);
    QVERIFY(!amount->isEnabled());
}

void TestGuiPrices::freshOneTimeChatDashProductWarnsOfNothing()
{
    GuiFixture f;
    f.showWindow();
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = providers::ChatDash;
    adapterFor(e.provider).applyNewProductDefaults(e.product);
    e.product.prices = { ProductEditor::newPrice(e.provider) }; // as "New product" makes it
    e = ask<CatalogEntry>(f, [e](Catalog& c) mutable { c.saveProduct(e); return e; });
    open(f, e.id);
    auto* warnings = f.find<QLabel>(QStringLiteral("warningsLabel"));
    QVERIFY2(!warnings->text().contains(QStringLiteral("does not take")), qPrintable(warnings->text()));
    // Made a one-time price: the period it started with is not a value of it, so no warning
    // names a field the person never set.
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    auto* editor = f.window->findChild<ProductEditor*>();
    QCOMPARE(editor->entry().product.prices.first().billing, QStringLiteral("one_time"));
    QVERIFY2(!warnings->text().contains(QStringLiteral("does not take")), qPrintable(warnings->text()));
    QVERIFY2(!warnings->text().contains(QStringLiteral("Billing period")), qPrintable(warnings->text()));
    // Back to a recurring base price: the month it had is there again.
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    QCOMPARE(editor->entry().product.prices.first().interval, QStringLiteral("month"));
}

QTEST_MAIN(TestGuiPrices)
#include "tst_gui_prices.moc"

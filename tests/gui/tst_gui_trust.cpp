// The window keeps what is shown, what is sent and what is stored in agreement: actions act on
// the product on screen, undo puts back everything, and no field sends or takes what it does
// not show. Driven as a person would, on the offscreen platform.
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestHttpServer.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"

#include "models/ProviderSchema.h"
#include "ProductGenerator.h"
#include "models/PricingSummary.h"
#include "services/providers/RequestReader.h"
#include "ui/FieldEditors.h"

#include <QChartView>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QToolButton>
#include <QScopeGuard>
#include <QTranslator>
#include <QWheelEvent>

using namespace pb;
using pbtest::GuiFixture;

namespace {

void focusOn(QWidget* w)
{
    w->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([w] { return w->hasFocus(); }, 2000))
        qFatal("%s did not take the focus", qPrintable(w->objectName()));
}

// Types into a field and leaves it as typed: no Return, the focus stays.
void typeOnly(QWidget* w, const QString& text)
{
    focusOn(w);
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->selectAll();
    QTest::keyClicks(w, text);
}

void typeInto(QWidget* w, const QString& text)
{
    typeOnly(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

Account account(const QString& name, Provider provider, const QString& baseUrl = QStringLiteral("http://127.0.0.1:9"))
{
    Account a;
    a.name = name;
    a.target.provider = provider;
    a.target.baseUrl = baseUrl;
    a.target.set(QStringLiteral("account-id"), QStringLiteral("acct_") + name.left(4).toUpper());
    return a;
}

// A product saved straight into the catalog, optionally with a link to a remote product.
CatalogEntry storeProduct(GuiFixture& f, const QString& name, Provider provider, const QString& accountId = {},
                          const QString& remoteId = {})
{
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = provider;
    e.accountId = accountId;
    e.product.name = name;
    e.product.status = QStringLiteral("active");
    e.product.prices.append(ProductEditor::newPrice(provider));
    bool done = false;
    f.store.call<CatalogEntry>([e, remoteId](Catalog& c) mutable {
        c.saveProduct(e);
        if (!remoteId.isEmpty()) {
            SubmissionState s;
            s.idempotencyKey = QStringLiteral("idem-") + e.id;
            c.beginSubmission(e.id, e.accountId, s);
            JobResult r;
            r.status = JobStatus::Succeeded;
            r.operation = QStringLiteral("Create product");
            r.object.id = remoteId;
            c.recordResult(e.id, e.accountId, JobKind::CreateProduct, r, e.version, &e.product);
        }
        return e;
    }, f.window.get(), [&](const CatalogEntry& saved) { e = saved; done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qFatal("the product was not saved");
    f.window->catalogModel()->refresh();
    return e;
}

template <typename T> T ask(GuiFixture& f, std::function<T(Catalog&)> work)
{
    std::optional<T> out;
    f.store.call<T>(std::move(work), f.window.get(), [&out](const T& v) { out = v; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        qFatal("the catalog did not answer");
    return *out;
}

int rowOf(GuiFixture& f, const QString& id)
{
    CatalogTableModel* m = f.window->catalogModel();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->data(m->index(r, 0), CatalogTableModel::IdRole).toString() == id)
            return r;
    return -1;
}

QString selectedId(GuiFixture& f)
{
    const QModelIndexList rows = f.find<QTableView>(QStringLiteral("catalogTableView"))->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(CatalogTableModel::IdRole).toString() : QString();
}

void waitForRows(GuiFixture& f, int count)
{
    CatalogTableModel* m = f.window->catalogModel();
    if (!QTest::qWaitFor([&] {
            if (m->rowCount() != count)
                return false;
            for (int r = 0; r < count; ++r)
                if (!m->data(m->index(r, 0), CatalogTableModel::LoadedRole).toBool())
                    return false;
            return true;
        }, 5000))
        qFatal("the list did not show %d loaded rows", count);
}

} // namespace

class TestGuiTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }
    void selectionFollowsItsProductThroughAResort();
    void deletingAProductOnAProviderAsksFirst();
    void undoOfDeleteRestoresLinksAndHistory();
    void wheelChangesOnlyAFocusedField();
    void nothingIsSentWhileAFieldShowsAnError();
    void whatTheProviderWillNotChangeIsSaidInTheForm();
    void invalidTextStaysWithItsProduct();
    void moneyCountsAsTyped();
    void aFieldRequiredThroughAnotherSaysWhy();
    void aFieldShownForTheFirstTimeStartsEmpty();
    void cancelledUpdateLeavesUpdateMode();
    void cancelledSubmitKeepsSynced();
    void statusBarSpeaksOfTheProductShown();
    void ctrlZInAnEmptyFieldUndoesADeletion();
    void addTierMovesFocusToTheNewRow();
    void disabledUpdateSaysWhy();
    void newProductLeavesOtherProvidersDefaults();
    void switchingProviderKeepsItsOnlyAccount();
    void catalogThatDidNotOpenCannotBeEdited();
    void catalogThatCannotBeWrittenStopsEditing();
    void pushActsOnEveryProductTheSelectionNames();
    void summaryAndChartDescribeWhatIsSent();
    void summaryIsThatOfTheRequest_data();
    void summaryIsThatOfTheRequest();
    void summaryDoesNotGuessABillingPeriod();
    void tabWalksTheVisibleRows_data();
    void tabWalksTheVisibleRows();
    void anotherProcessesChangesShowWithinASecond();
};

void TestGuiTrust::selectionFollowsItsProductThroughAResort()
{
    GuiFixture f;
    f.showWindow();
    const CatalogEntry plain = storeProduct(f, QStringLiteral("API calls"), providers::Stripe);
    QTest::qWait(5);
    const CatalogEntry tiered = storeProduct(f, QStringLiteral("API calls (tiered)"), providers::Stripe);
    waitForRows(f, 2);
    // "Last change" order, newest first: the tiered one on top.
    QCOMPARE(rowOf(f, tiered.id), 0);
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    table->selectRow(rowOf(f, plain.id));
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == plain.id);
    // The edit makes it the newest: the list re-sorts, and the highlight goes with it.
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("API calls v2"));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(f, plain.id), 0, 5000);
    waitForRows(f, 2);
    QTRY_COMPARE(selectedId(f), plain.id);
    // Delete acts on the product on screen.
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    QVERIFY(ask<bool>(f, [id = tiered.id](Catalog& c) { return c.product(id).has_value(); }));
    QVERIFY(!ask<bool>(f, [id = plain.id](Catalog& c) { return c.product(id).has_value(); }));
    // And through a filter change.
    const CatalogEntry other = storeProduct(f, QStringLiteral("Seats"), providers::Stripe);
    waitForRows(f, 2);
    table->selectRow(rowOf(f, tiered.id));
    QTRY_VERIFY(f.window->editor()->entry().id == tiered.id);
    auto* search = f.find<QLineEdit>(QStringLiteral("searchLineEdit"));
    typeOnly(search, QStringLiteral("API"));
    waitForRows(f, 1);
    QTRY_COMPARE(selectedId(f), tiered.id);
    search->clear();
    waitForRows(f, 2);
    QTRY_COMPARE(selectedId(f), tiered.id);
    Q_UNUSED(other);
}

void TestGuiTrust::deletingAProductOnAProviderAsksFirst()
{
    GuiFixture f;
    const Account acme = f.addAccount(account(QStringLiteral("Acme"), providers::Stripe));
    f.showWindow();
    const CatalogEntry e = storeProduct(f, QStringLiteral("Gold"), providers::Stripe, acme.id, QStringLiteral("prod_GOLD"));
    waitForRows(f, 1);
    f.window->openProduct(e.id);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    f.prompts.answer = false;
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), 1);
    QVERIFY2(f.prompts.confirmed.first().contains(QStringLiteral("It stays on the provider")), qPrintable(f.prompts.confirmed.first()));
    QVERIFY(f.prompts.confirmed.first().contains(QStringLiteral("“Gold” is on Acme as prod_GOLD.")));
    QTest::qWait(200);
    QVERIFY(f.window->editor()->hasEntry()); // declined: nothing deleted
    QCOMPARE(f.window->catalogModel()->rowCount(), 1);
    f.prompts.answer = true;
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    // A draft goes without a question.
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    QCOMPARE(f.prompts.confirmed.size(), 2);
}

void TestGuiTrust::undoOfDeleteRestoresLinksAndHistory()
{
    GuiFixture f;
    const Account acme = f.addAccount(account(QStringLiteral("Acme"), providers::Stripe));
    const Account beta = f.addAccount(account(QStringLiteral("Beta"), providers::Stripe));
    f.showWindow();
    const CatalogEntry e = storeProduct(f, QStringLiteral("Gold"), providers::Stripe, acme.id, QStringLiteral("prod_GOLD"));
    // An unfinished submission to a second account: its idempotency key must survive too.
    SubmissionState partial;
    partial.idempotencyKey = QStringLiteral("idem-beta");
    partial.completed.insert(QStringLiteral("product"), QStringLiteral("prod_BETA"));
    QVERIFY(ask<bool>(f, [&](Catalog& c) { return c.beginSubmission(e.id, beta.id, partial); }));
    const int historyBefore = ask<int>(f, [&](Catalog& c) { return int(c.history(e.id).size()); });
    QVERIFY(historyBefore > 0);
    waitForRows(f, 1);
    f.window->openProduct(e.id);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    QTRY_VERIFY(f.window->lastResult().contains(QStringLiteral("Deleted")));
    f.action(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    const SyncLink link = ask<SyncLink>(f, [&](Catalog& c) { return c.link(e.id, acme.id); });
    QCOMPARE(link.remoteId, QStringLiteral("prod_GOLD"));
    QCOMPARE(link.state, SyncState::Synced);
    QVERIFY(link.syncedProduct.has_value());
    const SyncLink unfinished = ask<SyncLink>(f, [&](Catalog& c) { return c.link(e.id, beta.id); });
    QCOMPARE(unfinished.state, SyncState::Submitting);
    QCOMPARE(unfinished.submission, partial);
    QCOMPARE(ask<int>(f, [&](Catalog& c) { return int(c.history(e.id).size()); }), historyBefore);
    // The status bar does not go on saying it was deleted.
    QTRY_VERIFY(!f.window->lastResult().contains(QStringLiteral("Deleted")));
    QVERIFY(f.window->lastResult().contains(QStringLiteral("Restored “Gold”")));
}

void TestGuiTrust::wheelChangesOnlyAFocusedField()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    auto* shippable = f.find<QComboBox>(QStringLiteral("shippableComboBox"));
    focusOn(f.find<QLineEdit>(QStringLiteral("nameLineEdit")));
    const QVariant before = f.window->editor()->entry().product.shippable.has_value()
        ? QVariant(*f.window->editor()->entry().product.shippable) : QVariant();
    auto wheel = [](QWidget* w) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent down(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &down);
    };
    const int index = shippable->currentIndex();
    wheel(shippable);
    wheel(shippable);
    QCOMPARE(shippable->currentIndex(), index);
    QVERIFY(!shippable->hasFocus());
    QCOMPARE(f.window->editor()->entry().product.shippable.has_value(), before.isValid());
    // Every combo box of the form is guarded alike.
    for (QComboBox* combo : f.window->editor()->findChildren<QComboBox*>())
        QVERIFY2(combo->focusPolicy() == Qt::StrongFocus, qPrintable(combo->objectName()));
    // Once focused on purpose, the wheel works.
    focusOn(shippable);
    wheel(shippable);
    QVERIFY(shippable->currentIndex() != index);
}

namespace {

// A ChatDash one-time product for `acme`, ready to send for US$29.99.
void readyChatDashProduct(GuiFixture& f, const Account& acme)
{
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("accountComboBox"), acme.id);
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Starter Plan"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
}

// A new ChatDash product with a base price in US dollars, in a shown window.
void newChatDashBasePrice(GuiFixture& f)
{
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
}

pbtest::ServerAction created(const pbtest::ServerRequest& r)
{
    if (r.method == "PUT")
        return pbtest::ServerAction::json(200, R"({"product":{"productId":"prod_GUI1","productName":"Renamed"}})");
    return pbtest::ServerAction::json(200, R"({"productId":"prod_GUI1","productName":"Starter Plan","status":"active"})");
}

} // namespace

void TestGuiTrust::nothingIsSentWhileAFieldShowsAnError()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = created;
    GuiFixture f;
    const Account acme = f.addAccount(account(QStringLiteral("Acme"), providers::ChatDash, server.baseUrl()));
    f.showWindow();
    readyChatDashProduct(f, acme);
    QAction* submit = f.action(QStringLiteral("actionSubmitProduct"));
    QTRY_VERIFY(submit->isEnabled());
    auto* price = f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"));
    typeInto(price, QStringLiteral("29.9x"));
    QCOMPARE(price->text(), QStringLiteral("29.9x"));
    QVERIFY(!f.window->editor()->priceForm()->message(QStringLiteral("base_price")).isEmpty());
    QTRY_VERIFY(!submit->isEnabled());
    QVERIFY(submit->toolTip().contains(QStringLiteral("Base price")));
    submit->trigger();
    QTest::qWait(300);
    QCOMPARE(server.requests.size(), 0);
    // Fixed back to the value the model already holds: Submit comes back.
    typeInto(price, QStringLiteral("29.99"));
    QTRY_VERIFY(submit->isEnabled());
    // What is sent is what the fields show, also just typed and not left yet.
    typeOnly(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Typed plan"));
    typeOnly(price, QStringLiteral("39"));
    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    QTest::keyClick(price, Qt::Key_Return, Qt::ControlModifier);
    if (server.requests.isEmpty())
        submit->trigger();
    QVERIFY(done.wait(10000));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().body,
             QByteArray(R"({"data":{"name":"Typed plan","pricing_model":"oneTime","currency":"usd","base_price":3900}})"));
}

// ChatDash lets only the name and the description of a product change once it exists: a price
// edit on a product already there is refused in the form as it is typed, with the reason.
void TestGuiTrust::whatTheProviderWillNotChangeIsSaidInTheForm()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = created;
    GuiFixture f;
    const Account acme = f.addAccount(account(QStringLiteral("Acme"), providers::ChatDash, server.baseUrl()));
    f.showWindow();
    readyChatDashProduct(f, acme);
    QAction* submit = f.action(QStringLiteral("actionSubmitProduct"));
    QTRY_VERIFY(submit->isEnabled());
    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    submit->trigger();
    QVERIFY(done.wait(10000));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Synced);
    auto* warnings = f.find<QLabel>(QStringLiteral("warningsLabel"));
    const QString refusal = QStringLiteral("ChatDash does not let the price change once the product exists.");
    QVERIFY2(!warnings->text().contains(refusal), qPrintable(warnings->text()));
    // The name may change: nothing is said.
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Starter Plan 2"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Changed);
    QVERIFY2(!warnings->text().contains(refusal), qPrintable(warnings->text()));
    // The price may not: said under the form while the field holds it, gone when it is back.
    auto* price = f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"));
    typeInto(price, QStringLiteral("39"));
    QTRY_VERIFY2(warnings->isVisibleTo(f.window.get()) && warnings->text().contains(refusal), qPrintable(warnings->text()));
    typeInto(price, QStringLiteral("29.99"));
    QTRY_VERIFY2(!warnings->text().contains(refusal), qPrintable(warnings->text()));
}

void TestGuiTrust::invalidTextStaysWithItsProduct()
{
    GuiFixture f;
    const Account acme = f.addAccount(account(QStringLiteral("Acme"), providers::ChatDash));
    f.showWindow();
    readyChatDashProduct(f, acme);
    auto* price = f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"));
    typeInto(price, QStringLiteral("29.9x"));
    QVERIFY(!f.window->editor()->priceForm()->message(QStringLiteral("base_price")).isEmpty());
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"))->text(), QString());
    QCOMPARE(f.window->editor()->priceForm()->message(QStringLiteral("base_price")), QString());
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::nullopt);
    // Not lost silently: the status bar says what was left behind.
    QVERIFY2(f.window->lastResult().contains(QStringLiteral("“29.9x”")), qPrintable(f.window->lastResult()));
}

void TestGuiTrust::moneyCountsAsTyped()
{
    GuiFixture f;
    const Account acme = f.addAccount(account(QStringLiteral("Acme"), providers::ChatDash));
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("accountComboBox"), acme.id);
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Starter Plan"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    QVERIFY(!f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    typeOnly(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
    // Still in the field: the model, the summary and Submit have followed already.
    QVERIFY(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"))->hasFocus());
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(2999));
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("pricingSummaryLabel"))->text().startsWith(QStringLiteral("US$29.99")));
    QTRY_VERIFY(f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
}

void TestGuiTrust::aFieldRequiredThroughAnotherSaysWhy()
{
    GuiFixture f;
    newChatDashBasePrice(f);
    SchemaForm* price = f.window->editor()->priceForm();
    auto* why = f.find<QLabel>(QStringLiteral("metricsHintLabel"));
    QCOMPARE(why->text(), QString());
    typeInto(f.find<QLineEdit>(QStringLiteral("usageLimitLineEdit")), QStringLiteral("100"));
    typeInto(f.find<QLineEdit>(QStringLiteral("overagePriceLineEdit")), QStringLiteral("0.05"));
    QVERIFY(price->isRequired(QStringLiteral("metrics")));
    QTRY_COMPARE(why->text().replace(u'\n', u' '), QStringLiteral("Required for usage pricing, and for a base price with included usage and an overage price."));
    f.chooseComboData(QStringLiteral("metricsComboBox"), QStringLiteral("minutes"));
    QTRY_COMPARE(why->text(), QString());
}

void TestGuiTrust::aFieldShownForTheFirstTimeStartsEmpty()
{
    GuiFixture f;
    newChatDashBasePrice(f);
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("pricingSummaryLabel"))->text().startsWith(QStringLiteral("US$29.99 per month")));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("usage"));
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("usagePriceLineEdit"))->text(), QString());
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::nullopt);
    QVERIFY(!f.find<QLabel>(QStringLiteral("pricingSummaryLabel"))->text().contains(QStringLiteral("29.99")));
    // The base price is still there when it comes back.
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"))->text(), QStringLiteral("29.99"));
}

namespace {

// A window with a ChatDash product sent to a test server and synced there as prod_GUI1.
struct SyncedFixture {
    pbtest::TestHttpServer server;
    GuiFixture f;
    Account acme;
    bool start()
    {
        if (!server.listen())
            return false;
        server.handler = created;
        acme = f.addAccount(account(QStringLiteral("Acme"), providers::ChatDash, server.baseUrl()));
        f.showWindow();
        readyChatDashProduct(f, acme);
        QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
        if (!QTest::qWaitFor([this] { return f.action(QStringLiteral("actionSubmitProduct"))->isEnabled(); }, 5000))
            return false;
        f.action(QStringLiteral("actionSubmitProduct"))->trigger();
        return done.wait(10000) && QTest::qWaitFor([this] { return f.window->editor()->syncLink().state == SyncState::Synced; }, 5000);
    }
};

} // namespace

void TestGuiTrust::cancelledUpdateLeavesUpdateMode()
{
    SyncedFixture synced;
    QVERIFY(synced.start());
    GuiFixture& f = synced.f;
    pbtest::TestHttpServer& server = synced.server;
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Renamed"));
    QTRY_VERIFY(f.action(QStringLiteral("actionUpdateProduct"))->isEnabled());
    f.prompts.answer = false;
    f.action(QStringLiteral("actionUpdateProduct"))->trigger();
    QTRY_VERIFY(!f.prompts.confirmed.isEmpty());
    QTRY_VERIFY(!f.window->editor()->isUpdateMode());
    QVERIFY(f.window->editor()->priceForm()->isRowVisible(QStringLiteral("base_price"))); // the whole form again
    QCOMPARE(server.requests.size(), 1);
}

void TestGuiTrust::cancelledSubmitKeepsSynced()
{
    SyncedFixture synced;
    QVERIFY(synced.start());
    GuiFixture& f = synced.f;
    const Account& acme = synced.acme;
    pbtest::TestHttpServer& server = synced.server;
    f.prompts.answer = false; // "already on ChatDash: send as an update?" -- no
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QTRY_VERIFY(!f.prompts.confirmed.isEmpty());
    f.store.waitForIdle();
    QTest::qWait(200);
    const QString id = f.window->editor()->entry().id;
    QCOMPARE(ask<SyncLink>(f, [&](Catalog& c) { return c.link(id, acme.id); }).state, SyncState::Synced);
    QCOMPARE(server.requests.size(), 1);
}

void TestGuiTrust::statusBarSpeaksOfTheProductShown()
{
    SyncedFixture synced;
    QVERIFY(synced.start());
    GuiFixture& f = synced.f;
    const Account& acme = synced.acme;
    QVERIFY(f.window->lastResult().contains(QStringLiteral("prod_GUI1")));
    const CatalogEntry other = storeProduct(f, QStringLiteral("Other"), providers::ChatDash, acme.id);
    f.window->openProduct(other.id);
    QTRY_COMPARE(f.window->editor()->entry().id, other.id);
    QVERIFY2(!f.window->lastResult().contains(QStringLiteral("prod_GUI1")), qPrintable(f.window->lastResult()));
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    QVERIFY(!f.window->lastResult().contains(QStringLiteral("prod_GUI1")));
}

void TestGuiTrust::ctrlZInAnEmptyFieldUndoesADeletion()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Keep me"));
    QTRY_COMPARE_WITH_TIMEOUT(f.window->catalogModel()->rowCount(), 1, 3000);
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    auto* search = f.find<QLineEdit>(QStringLiteral("searchLineEdit"));
    focusOn(search);
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    // A field with typing of its own undoes that first.
    const int index = f.window->undoStack()->index();
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(search->text(), QString());
    QCOMPARE(f.window->undoStack()->index(), index);
}

void TestGuiTrust::addTierMovesFocusToTheNewRow()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    f.chooseComboData(QStringLiteral("typeComboBox"), QStringLiteral("recurring"));
    f.chooseComboData(QStringLiteral("pricingSchemeComboBox"), QStringLiteral("tiered"));
    auto* tiers = f.window->findChild<TierTableEditor*>(QStringLiteral("tiersTierTableEditor"));
    QVERIFY(tiers);
    auto* add = tiers->findChild<QToolButton*>(QStringLiteral("addTierButton"));
    focusOn(add);
    QTest::keyClick(add, Qt::Key_Space);
    QTRY_VERIFY(tiers->table()->hasFocus());
    QCOMPARE(tiers->table()->rowCount(), 1);
    QCOMPARE(tiers->table()->currentRow(), 0);
    // An empty tier is said to be incomplete, not "any number of units at , plus …".
    auto* summary = f.find<QLabel>(QStringLiteral("pricingSummaryLabel"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("tier 1 has no amount")), qPrintable(summary->text()));
}

void TestGuiTrust::disabledUpdateSaysWhy()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    QAction* update = f.action(QStringLiteral("actionUpdateProduct"));
    QVERIFY(!update->isEnabled());
    QVERIFY2(update->toolTip().contains(QStringLiteral("Piriod")), qPrintable(update->toolTip()));
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    QVERIFY2(update->toolTip().contains(QStringLiteral("Not on Stripe yet")), qPrintable(update->toolTip()));
}

void TestGuiTrust::newProductLeavesOtherProvidersDefaults()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("jani"));
    f.action(QStringLiteral("actionNewProduct"))->trigger(); // starts as a Jani product, with Jani's defaults
    QCOMPARE(f.window->editor()->entry().provider, providers::Jani);
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    auto* warnings = f.find<QLabel>(QStringLiteral("warningsLabel"));
    QVERIFY2(!warnings->text().contains(QStringLiteral("Product type")), qPrintable(warnings->text()));
    QVERIFY(!warnings->text().contains(QStringLiteral("does not take")));
}

void TestGuiTrust::switchingProviderKeepsItsOnlyAccount()
{
    GuiFixture f;
    f.addAccount(account(QStringLiteral("Acme"), providers::ChatDash));
    const Account stripe = f.addAccount(account(QStringLiteral("Northwind"), providers::Stripe));
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    QCOMPARE(f.window->editor()->entry().accountId, stripe.id);
    QCOMPARE(f.find<QComboBox>(QStringLiteral("accountComboBox"))->currentData().toString(), stripe.id);
    // With none for the provider, none is chosen.
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("jani"));
    QCOMPARE(f.window->editor()->entry().accountId, QString());
}

void TestGuiTrust::catalogThatDidNotOpenCannotBeEdited()
{
    GuiFixture f;
    f.showWindow();
    Q_EMIT f.store.opened(false, QStringLiteral("unable to open database file"));
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("unable to open database file")));
    QVERIFY(!f.action(QStringLiteral("actionNewProduct"))->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(100);
    QVERIFY(!f.window->editor()->hasEntry());
    f.window->catalogModel()->refresh(); // a count arriving later does not hide the reason
    QTest::qWait(200);
    QVERIFY(f.find<QLabel>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("unable to open database file")));
    QVERIFY(f.window->lastResult().contains(QStringLiteral("unable to open database file")));
}

void TestGuiTrust::catalogThatCannotBeWrittenStopsEditing()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Hello world"));
    Q_EMIT f.store.saveFailed(QStringLiteral("disk I/O error"));
    QVERIFY(f.window->lastResult().contains(QStringLiteral("disk I/O error")));
    QVERIFY(!f.window->editor()->isEnabled());
    QVERIFY(!f.action(QStringLiteral("actionNewProduct"))->isEnabled());
    // Closing now would lose the edits: the window asks.
    f.prompts.answer = false;
    QVERIFY(!f.window->close());
    QVERIFY(f.prompts.confirmed.last().contains(QStringLiteral("disk I/O error")));
    // The next save that works gives editing back.
    QTRY_VERIFY_WITH_TIMEOUT(f.window->editor()->isEnabled(), 5000);
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Hello world"));
}

void TestGuiTrust::pushActsOnEveryProductTheSelectionNames()
{
    // The question's counts are plural forms: English as the application shows it.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/pricebook_en.qm")));
    QCoreApplication::installTranslator(&english);
    auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    GuiFixture f;
    const Account shop = f.addAccount(account(QStringLiteral("Live shop"), providers::Stripe));
    const Account trial = f.addAccount(account(QStringLiteral("Trial"), providers::Stripe));
    bool written = false;
    f.secrets.write(shop.id, QStringLiteral("sk_live_gui_0000"), f.window.get(), [&](bool, const QString&) { written = true; });
    QTRY_VERIFY(written);
    written = false;
    f.secrets.write(trial.id, QStringLiteral("sk_test_gui_0000"), f.window.get(), [&](bool, const QString&) { written = true; });
    QTRY_VERIFY(written);
    f.showWindow();
    QVERIFY(ask<bool>(f, [&](Catalog& c) {
        QList<CatalogEntry> all;
        for (int i = 0; i < 412; ++i) {
            CatalogEntry e;
            e.id = Catalog::newId();
            e.provider = providers::Stripe;
            e.accountId = i < 400 ? shop.id : trial.id;
            e.product.name = QStringLiteral("Product %1").arg(i, 3, 10, QLatin1Char('0'));
            e.product.prices.append(ProductEditor::newPrice(providers::Stripe));
            all.append(e);
        }
        return c.saveProducts(all);
    }));
    f.window->catalogModel()->refresh();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 412);
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    QTRY_VERIFY(f.window->catalogModel()->data(f.window->catalogModel()->index(0, 0), CatalogTableModel::LoadedRole).toBool());
    table->selectAll();
    f.prompts.answer = false;
    f.action(QStringLiteral("actionPushSelection"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), 1);
    const QString asked = f.prompts.confirmed.first();
    QVERIFY2(asked.contains(QStringLiteral("Push 412 products to 2 accounts?")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("“Live shop” (Stripe): 400 products, with a LIVE key")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("“Trial” (Stripe): 12 products, test key")), qPrintable(asked));
    QVERIFY(asked.startsWith(QStringLiteral("Push to live accounts")));
    QTest::qWait(100);
    QVERIFY(!f.window->findChild<QDialog*>(QStringLiteral("pushDialog"))); // declined: nothing starts
    // Agreed: all 412 go, not the 200 rows loaded so far.
    f.prompts.answer = true;
    f.action(QStringLiteral("actionPushSelection"))->trigger();
    QDialog* push = nullptr;
    QTRY_VERIFY((push = f.window->findChild<QDialog*>(QStringLiteral("pushDialog"))));
    QCOMPARE(push->findChild<QProgressBar*>()->maximum(), 412);
    push->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(push->findChild<QPushButton*>(QStringLiteral("closePushButton"))->isEnabled(), 30000);
}

void TestGuiTrust::summaryAndChartDescribeWhatIsSent()
{
    GuiFixture f;
    newChatDashBasePrice(f);
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
    f.chooseComboData(QStringLiteral("metricsComboBox"), QStringLiteral("minutes"));
    typeInto(f.find<QLineEdit>(QStringLiteral("usageLimitLineEdit")), QStringLiteral("100"));
    typeInto(f.find<QLineEdit>(QStringLiteral("overagePriceLineEdit")), QStringLiteral("0.05"));
    auto* summary = f.find<QLabel>(QStringLiteral("pricingSummaryLabel"));
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("0.05")), qPrintable(summary->text()));
    // One-time: the usage fields are kept but not sent, so they are neither said nor drawn.
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("US$29.99")), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("includes")), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("0.05")), qPrintable(summary->text()));
    QVERIFY(!f.window->editor()->usageChart()->isVisibleTo(f.window.get()));
    QCOMPARE(f.window->editor()->entry().product.prices.first().overageAmount, std::optional<qint64>(5)); // kept
}

void TestGuiTrust::summaryIsThatOfTheRequest_data()
{
    QTest::addColumn<QString>("provider");
    for (Provider p : { providers::ChatDash, providers::Stripe, providers::Piriod, providers::Jani })
        QTest::newRow(qPrintable(providerKey(p))) << providerKey(p);
}

// Property: for generated products of every shape, with values left in fields their shape does
// not send, the editor's summary and chart are those of the product read back from its own
// request.
void TestGuiTrust::summaryIsThatOfTheRequest()
{
    QFETCH(QString, provider);
    const Provider p = *providerFromKey(provider);
    quint32 seed = 0x5EEDu; // one per provider
    for (const QChar c : providerKey(p))
        seed = seed * 31 + c.unicode();
    pbtest::Generator gen(seed);
    QUndoStack undo;
    ProductEditor editor(&undo);
    ProductEditor readBack(&undo);
    AccountTarget target;
    target.provider = p;
    target.set(QStringLiteral("account-id"), QStringLiteral("acct"));
    target.set(QStringLiteral("workspace"), QStringLiteral("ws"));
    auto* summary = editor.findChild<QLabel*>(QStringLiteral("pricingSummaryLabel"));
    auto* summaryBack = readBack.findChild<QLabel*>(QStringLiteral("pricingSummaryLabel"));
    constexpr int kProducts = 1000;
    for (int i = 0; i < kProducts; ++i) {
        CatalogEntry e;
        e.id = QStringLiteral("p%1").arg(i);
        e.provider = p;
        e.product = p == providers::ChatDash ? gen.chatDash()
            : p == providers::Stripe         ? gen.stripe()
            : p == providers::Piriod         ? gen.piriod()
                                             : gen.jani();
        if (p == providers::Jani && gen.coin()) // prices left from another provider: Jani sends none
            e.product.prices = (gen.coin() ? gen.stripe() : gen.chatDash()).prices;
        for (Price& price : e.product.prices) { // leftovers of other shapes
            if (gen.coin())
                price.includedUsage = gen.amount(1000);
            if (gen.coin())
                price.overageAmount = gen.amount(10000);
            if (gen.coin())
                price.usageMetric = QStringLiteral("minutes");
            if (gen.coin() && price.tiers.isEmpty())
                price.tiers = { { 10, gen.amount(1000), std::nullopt }, { std::nullopt, gen.amount(1000), std::nullopt } };
        }
        const ReadBack back = RequestReader::readBackCreate(e.product, target);
        QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
        CatalogEntry sent = e;
        sent.product = back.product;
        // One Stripe "standard" price carries flat and per-unit amounts alike (as in tst_roundtrip).
        for (int k = 0; k < sent.product.prices.size(); ++k)
            if (sent.product.prices.at(k).scheme == u"flat" && e.product.prices.at(k).scheme == u"per_unit")
                sent.product.prices[k].scheme = e.product.prices.at(k).scheme;
        editor.setEntry(e);
        readBack.setEntry(sent);
        for (int k = 0; k < qMax(1, int(e.product.prices.size())); ++k) { // once at least: a product without prices too
            if (k < sent.product.prices.size()) {
                editor.setCurrentPrice(k);
                readBack.setCurrentPrice(k);
            }
            QCOMPARE(summary->text(), summaryBack->text());
            QCOMPARE(editor.chartPoints(), readBack.chartPoints());
        }
    }
}

void TestGuiTrust::summaryDoesNotGuessABillingPeriod()
{
    Price usage = ProductEditor::newPrice(providers::Stripe);
    usage.scheme = QStringLiteral("per_unit");
    usage.amount = 12;
    usage.interval.clear();
    const QString text = PricingSummary::describe(usage, {}, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(!text.contains(QStringLiteral("monthly")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("billing period not set")), qPrintable(text));
}

namespace {

// The rows of the form, in the order a person reads them (product form, price selector,
// price form, the "More options" button and its product and price rows), each named by its field's label, with the widget that holds it.
QList<QPair<QString, QWidget*>> formRows(GuiFixture& f)
{
    QList<QPair<QString, QWidget*>> rows;
    for (const char* name : { "productFormLayout", "priceFormLayout", "moreProductFormLayout", "morePriceFormLayout" }) {
        auto* layout = f.window->findChild<QFormLayout*>(QLatin1String(name));
        for (int r = 0; r < layout->rowCount(); ++r)
            if (QLayoutItem* item = layout->itemAt(r, QFormLayout::FieldRole); item && item->widget())
                rows.append({ item->widget()->layout()->itemAt(0)->widget()->accessibleName().remove(QStringLiteral(" (required)")),
                              item->widget() });
        if (QLatin1String(name) == QLatin1String("productFormLayout"))
            for (const char* button : { "priceSelectorComboBox", "addPriceButton", "removePriceButton" })
                rows.append({ QLatin1String(button), f.window->findChild<QWidget*>(QLatin1String(button)) });
        if (QLatin1String(name) == QLatin1String("priceFormLayout"))
            rows.append({ QStringLiteral("moreOptionsButton"), f.window->findChild<QWidget*>(QStringLiteral("moreOptionsButton")) });
    }
    return rows;
}

QStringList visibleRows(GuiFixture& f)
{
    QStringList out;
    for (const auto& [name, widget] : formRows(f))
        if (widget->isVisibleTo(f.window.get()))
            out << name;
    return out;
}

// The row the focus is in; "<class name>" for a stop in the editor but in no row; empty outside.
QString focusedRow(GuiFixture& f, QWidget* w)
{
    const auto rows = formRows(f);
    for (QWidget* p = w; p; p = p->parentWidget())
        for (const auto& [name, widget] : rows)
            if (widget == p)
                return name;
    return f.window->editor()->isAncestorOf(w) ? QStringLiteral("<%1 %2>").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                               : QString();
}

} // namespace

void TestGuiTrust::tabWalksTheVisibleRows_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("moreOpen");
    for (bool open : { false, true }) {
        const char* section = open ? "more open" : "more closed";
        for (Provider p : allProviders()) {
            const ProviderSchema& schema = schemaOf(p);
            bool any = false;
            for (const FieldSpec& field : schema.priceFields) {
                if (!field.isComposite())
                    continue;
                for (const Option& o : field.options) {
                    QTest::addRow("%s %s=%s, %s", qPrintable(providerKey(p)), qPrintable(field.key), qPrintable(o.value), section)
                        << providerKey(p) << SchemaForm::objectNameFor(field.key, "ComboBox") << o.value << open;
                    any = true;
                }
            }
            if (!any)
                QTest::addRow("%s, %s", qPrintable(providerKey(p)), section) << providerKey(p) << QString() << QString() << open;
        }
    }
}

void TestGuiTrust::tabWalksTheVisibleRows()
{
    QFETCH(QString, provider);
    QFETCH(QString, combo);
    QFETCH(QString, option);
    QFETCH(bool, moreOpen);
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), provider);
    if (!combo.isEmpty())
        f.chooseComboData(combo, option);
    // The section opened or closed as a person does, with its button.
    auto* more = f.find<QToolButton>(QStringLiteral("moreOptionsButton"));
    if (more->isVisible() && more->isChecked() != moreOpen)
        QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(more->isVisible()); // every provider has optional fields
    QCOMPARE(f.window->editor()->isMoreOptionsOpen(), moreOpen);
    QTest::qWait(20); // laid out, as a person would see it
    const QStringList expected = visibleRows(f);
    // A closed section hides its rows; an open one shows them after its button.
    auto* section = f.find<QWidget>(QStringLiteral("moreOptionsWidget"));
    QCOMPARE(section->isVisible(), moreOpen);
    const qsizetype at = expected.indexOf(QStringLiteral("moreOptionsButton"));
    QVERIFY(at >= 0);
    if (moreOpen)
        QVERIFY2(at < expected.size() - 1, qPrintable(expected.join(QStringLiteral(", "))));
    else
        QCOMPARE(at, expected.size() - 1);
    QWidget* name = f.find<QLineEdit>(QStringLiteral("nameLineEdit"));
    focusOn(name);
    QStringList walked { focusedRow(f, name) };
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        QVERIFY(w);
        const QString row = focusedRow(f, w);
        if (row.isEmpty() || w == name)
            break; // out of the form
        // Every stop is a widget a person can see, in a row that is shown.
        QVERIFY2(w->isVisibleTo(f.window.get()) && w->width() > 0 && w->height() > 0, qPrintable(row + u' ' + QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() + QString::number(w->width()) + u'x' + QString::number(w->height()) + QString::number(w->isVisibleTo(f.window.get()))));
        QVERIFY2(!row.startsWith(u'<'), qPrintable(QStringLiteral("a stop outside the rows: %1 after %2").arg(row, walked.join(QStringLiteral(", ")))));
        if (walked.last() != row)
            walked << row;
    }
    QCOMPARE(walked.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
}

void TestGuiTrust::anotherProcessesChangesShowWithinASecond()
{
    // The window open on a catalog; pricebook-cli imports 500 products into the same file. The
    // list shows them within a second of the import's end, the selection stays on its product
    // and what is being typed in the editor stays there (and is then saved).
    const QString cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(!cli.isEmpty(), "PRICEBOOK_CLI is not set");
    GuiFixture f;
    f.showWindow();
    const CatalogEntry mine = storeProduct(f, QStringLiteral("Mine"), providers::Stripe);
    waitForRows(f, 1);
    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == mine.id);
    auto* name = f.find<QLineEdit>(QStringLiteral("nameLineEdit"));
    typeOnly(name, QStringLiteral("Mine, being renamed"));

    QJsonArray products;
    for (int i = 0; i < 500; ++i)
        products.append(QJsonObject { { QStringLiteral("provider"), QStringLiteral("jani") },
                                      { QStringLiteral("name"), QStringLiteral("Imported %1").arg(i, 3, 10, QLatin1Char('0')) },
                                      { QStringLiteral("product_type"), QStringLiteral("standard") } });
    QFile file(f.dir.filePath(QStringLiteral("import.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(products).toJson());
    file.close();
    QProcess import;
    import.start(cli, { QStringLiteral("import"), QStringLiteral("--data-dir"), f.dir.path(), file.fileName() });
    QVERIFY(import.waitForStarted());
    // The window goes on answering while the other process writes.
    QVERIFY(QTest::qWaitFor([&] { return import.state() == QProcess::NotRunning; }, 60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QElapsedTimer sinceImport;
    sinceImport.start();
    QVERIFY(QTest::qWaitFor([&] { return f.window->catalogModel()->rowCount() == 501; }, 1000));
    qInfo("shown %lld ms after the import ended", qint64(sinceImport.elapsed()));
    QTRY_COMPARE(selectedId(f), mine.id);
    QCOMPARE(f.window->editor()->entry().id, mine.id);
    QCOMPARE(name->text(), QStringLiteral("Mine, being renamed"));
    QVERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_Return);
    f.store.flush();
    QTRY_COMPARE(ask<QString>(f, [id = mine.id](Catalog& c) { return c.product(id)->product.name; }), QStringLiteral("Mine, being renamed"));
}

QTEST_MAIN(TestGuiTrust)
#include "tst_gui_trust.moc"

// The window driven as a person would, on the offscreen platform: typing, choosing, tabbing,
// submitting to a real HTTP server on 127.0.0.1, undoing.
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestHttpServer.h"

#include "services/sandbox/SandboxServer.h"
#include "services/io/CatalogIO.h"
#include "models/ProductFields.h"
#include "models/Validator.h"
#include "ui/BulkDialogs.h"
#include "ui/FieldEditors.h"

#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace pb;
using pbtest::GuiFixture;

namespace {

void typeInto(QWidget* w, const QString& text)
{
    w->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([w] { return w->hasFocus(); }, 2000))
        qFatal("%s did not take the focus", qPrintable(w->objectName()));
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->selectAll();
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return); // Return (or leaving the field) commits it
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }
    void emptyStateThenNewProduct();
    void chatDashFieldsFollowThePricingModel();
    void moneyIsTypedInMajorUnits();
    void submitToAServerAndUpdate();
    void providerErrorsLandOnTheirFields();
    void undoRedoAndDelete();
    void showRequestHidesTheKey();
    void keyboardOnlyProduct();
    void stripeTieredPrice();
    void accountsDialogKeepsKeysOutOfTheCatalog();
    void firstRunOffersTheSandbox();
    void importPushCloneExport();
    void priceIsVisibleWithoutScrolling_data();
    void priceIsVisibleWithoutScrolling();
    void moreOptionsRemembersAndOpensByItself();
    void chartAxesUseRoundTicks();
    void oneNamePerConcept();
    void accountsAreNamedOnce();
    void importPreviewsWhatItWillImport();
    void sampleCatalogIsValidForTheSandbox();
    void aNewProductKeepsItsBillingPeriodAcrossProviders_data();
    void aNewProductKeepsItsBillingPeriodAcrossProviders();
};

void TestGui::emptyStateThenNewProduct()
{
    GuiFixture f;
    f.showWindow();
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("Your catalog is empty")));
    QVERIFY(!f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    QVERIFY(f.window->editor()->hasEntry());
    auto* name = f.find<QLineEdit>(QStringLiteral("nameLineEdit"));
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Starter Plan"));
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Starter Plan"));
    // Saved without asking, and listed.
    QTRY_COMPARE_WITH_TIMEOUT(f.window->catalogModel()->rowCount(), 1, 3000);
    QTRY_COMPARE(f.window->catalogModel()->data(f.window->catalogModel()->index(0, 0)).toString(), QStringLiteral("Starter Plan"));
}

void TestGui::chatDashFieldsFollowThePricingModel()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    QCOMPARE(f.window->editor()->entry().provider, providers::ChatDash);
    SchemaForm* price = f.window->editor()->priceForm();
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    QVERIFY(price->isRowVisible(QStringLiteral("base_price")));
    QVERIFY(!price->isRowVisible(QStringLiteral("usage_price")));
    QVERIFY(price->isRowVisible(QStringLiteral("period")));
    QVERIFY(!price->isRequired(QStringLiteral("metrics")));
    QVERIFY(!price->isRequired(QStringLiteral("overage_price")));

    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("usage"));
    QVERIFY(!price->isRowVisible(QStringLiteral("base_price")));
    QVERIFY(price->isRowVisible(QStringLiteral("usage_price")));
    QVERIFY(price->isRequired(QStringLiteral("metrics")));
    QVERIFY(f.find<QLabel>(QStringLiteral("metricsLabel"))->text().endsWith(QStringLiteral(" *")));

    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    QVERIFY(!price->isRowVisible(QStringLiteral("period")));
    QVERIFY(!price->isRowVisible(QStringLiteral("metrics")));
    QVERIFY(price->isRowVisible(QStringLiteral("base_price")));
    // The hidden period is kept, and never sent.
    QCOMPARE(f.window->editor()->entry().product.prices.first().interval, QStringLiteral("month"));

    // A hidden field keeps its value: the base price comes back after a detour through usage.
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("usage"));
    typeInto(f.find<QLineEdit>(QStringLiteral("usagePriceLineEdit")), QStringLiteral("0.12"));
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(12));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(2999));
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit"))->text(), QStringLiteral("29.99"));
    f.action(QStringLiteral("actionUndo"))->trigger(); // one step: the model and the restored price together
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(12));
    f.action(QStringLiteral("actionRedo"))->trigger();
    typeInto(f.find<QLineEdit>(QStringLiteral("usageLimitLineEdit")), QStringLiteral("100"));
    QVERIFY(price->isRequired(QStringLiteral("overage_price")));
    QCOMPARE(price->message(QStringLiteral("overage_price")), QString()); // not touched yet
    f.window->editor()->showAllMessages();
    QCOMPARE(price->message(QStringLiteral("overage_price")), QStringLiteral("Overage price is required when included usage is set."));
    QVERIFY(!f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    QVERIFY(f.action(QStringLiteral("actionSubmitProduct"))->toolTip().contains(QStringLiteral("Overage price is required")));
}

void TestGui::moneyIsTypedInMajorUnits()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    auto* amount = f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit"));
    typeInto(amount, QStringLiteral("29.99"));
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(2999));
    QVERIFY(f.window->findChild<MoneyEdit*>(QStringLiteral("unitAmountMoneyEdit"))->findChildren<QLabel*>().last()->text().contains(QStringLiteral("2,999")));
    typeInto(amount, QStringLiteral("29.999"));
    // Refused with a message, the text kept, the model unchanged.
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(2999));
    QCOMPARE(amount->text(), QStringLiteral("29.999"));
    QVERIFY(f.window->editor()->priceForm()->message(QStringLiteral("unit_amount")).contains(QStringLiteral("at most 2 decimal places")));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("jpy"));
    typeInto(amount, QStringLiteral("¥1,500"));
    QCOMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(1500));
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("pricingSummaryLabel"))->text().startsWith(QStringLiteral("¥1,500 per month")));
}

void TestGui::submitToAServerAndUpdate()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [&](const pbtest::ServerRequest& r) {
        if (r.method == "PUT")
            return pbtest::ServerAction::json(200, R"({"product":{"productId":"prod_GUI1","productName":"Renamed"}})");
        return pbtest::ServerAction::json(200, R"({"productId":"prod_GUI1","productName":"Starter Plan","status":"active"})");
    };
    GuiFixture f;
    Account a;
    a.name = QStringLiteral("Acme (ChatDash)");
    a.target.provider = providers::ChatDash;
    a.target.baseUrl = server.baseUrl();
    a.target.set(QStringLiteral("account-id"), QStringLiteral("acct_ACME"));
    a = f.addAccount(a);
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("accountComboBox"), a.id);
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Starter Plan"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("49"));
    QTRY_VERIFY(f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());

    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QVERIFY(f.window->isSubmitting() || done.size() == 1 || done.wait(10000));
    if (done.isEmpty())
        QVERIFY(done.wait(10000));
    const JobResult r = done.first().first().value<JobResult>();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().path, QByteArray("/stripe/connect/accounts/acct_ACME/products"));
    QCOMPARE(server.requests.first().body, QByteArray(R"({"data":{"name":"Starter Plan","pricing_model":"oneTime","currency":"usd","base_price":4900}})"));
    QCOMPARE(server.requests.first().headers.value("authorization"), QByteArray("sk_test_gui_key_0000"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Synced);
    QCOMPARE(f.window->editor()->syncLink().remoteId, QStringLiteral("prod_GUI1"));
    QVERIFY(f.window->lastResult().contains(QStringLiteral("prod_GUI1")));

    // Update: only name and description are editable, and the before/after is shown.
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Renamed"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Changed);
    QTRY_VERIFY(f.action(QStringLiteral("actionUpdateProduct"))->isEnabled());
    done.clear();
    f.action(QStringLiteral("actionUpdateProduct"))->trigger();
    QVERIFY(done.wait(10000));
    QVERIFY(f.prompts.confirmed.last().contains(QStringLiteral("Name: “Starter Plan” → “Renamed”")));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.last().method, QByteArray("PUT"));
    QCOMPARE(server.requests.last().body, QByteArray(R"({"data":{"name":"Renamed"}})"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Synced);
}

void TestGui::providerErrorsLandOnTheirFields()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest&) {
        return pbtest::ServerAction::json(400, R"({"error":{"type":"invalid_request_error","message":"This value must be greater than or equal to 50.","param":"default_price_data[unit_amount]"}})");
    };
    GuiFixture f;
    Account a;
    a.name = QStringLiteral("Acme (Stripe)");
    a.target.provider = providers::Stripe;
    a.target.baseUrl = server.baseUrl();
    a = f.addAccount(a);
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    f.chooseComboData(QStringLiteral("accountComboBox"), a.id);
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Tiny"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    f.chooseComboData(QStringLiteral("typeComboBox"), QStringLiteral("one_time"));
    f.chooseComboData(QStringLiteral("pricingSchemeComboBox"), QStringLiteral("standard"));
    typeInto(f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit")), QStringLiteral("0.10"));
    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    QTRY_VERIFY(f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().value<JobResult>().status, JobStatus::Rejected);
    QCOMPARE(f.window->editor()->priceForm()->message(QStringLiteral("unit_amount")),
             QStringLiteral("This value must be greater than or equal to 50."));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Failed);
}

void TestGui::undoRedoAndDelete()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    auto* name = f.find<QLineEdit>(QStringLiteral("nameLineEdit"));
    typeInto(name, QStringLiteral("First"));
    typeInto(name, QStringLiteral("Second"));
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Second"));
    f.action(QStringLiteral("actionUndo"))->trigger(); // the two edits of one field merged into one step
    QCOMPARE(f.window->editor()->entry().product.name, QString());
    QCOMPARE(name->text(), QString());
    f.action(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Second"));
    QTRY_COMPARE_WITH_TIMEOUT(f.window->catalogModel()->rowCount(), 1, 3000);
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    QVERIFY(!f.window->editor()->hasEntry());
    f.action(QStringLiteral("actionUndo"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    QTRY_COMPARE(f.window->catalogModel()->data(f.window->catalogModel()->index(0, 0)).toString(), QStringLiteral("Second"));
}

void TestGui::showRequestHidesTheKey()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Agenda"));
    f.action(QStringLiteral("actionShowRequest"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog*>(QStringLiteral("requestDialog"))));
    const QString text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("requestPlainTextEdit"))->toPlainText();
    QVERIFY(text.contains(QStringLiteral("POST https://api.piriod.com/products/")));
    QVERIFY(text.contains(QStringLiteral("Authorization: Token ***")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("requestInvalidLabel"))); // unit label missing: said so
    dialog->close();
}

void TestGui::keyboardOnlyProduct()
{
    GuiFixture f;
    f.showWindow();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    QTRY_VERIFY(f.find<QLineEdit>(QStringLiteral("nameLineEdit"))->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard plan"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(f.window->editor()->entry().product.name, QStringLiteral("Keyboard plan"));
    QVERIFY(QApplication::focusWidget() != nullptr);
    QVERIFY(QApplication::focusWidget()->objectName() != QStringLiteral("nameLineEdit")); // the Tab moved on
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(f.find<QLineEdit>(QStringLiteral("searchLineEdit"))->hasFocus());
    QTest::keyClicks(f.find<QLineEdit>(QStringLiteral("searchLineEdit")), QStringLiteral("nothing like it"));
    QTRY_COMPARE_WITH_TIMEOUT(f.window->catalogModel()->rowCount(), 0, 3000);
}

void TestGui::stripeTieredPrice()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("API calls"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    f.chooseComboData(QStringLiteral("typeComboBox"), QStringLiteral("recurring"));
    f.chooseComboData(QStringLiteral("pricingSchemeComboBox"), QStringLiteral("tiered"));
    SchemaForm* price = f.window->editor()->priceForm();
    QVERIFY(price->isRowVisible(QStringLiteral("tiers")));
    QVERIFY(price->isRowVisible(QStringLiteral("tiers_mode")));
    QVERIFY(!price->isRowVisible(QStringLiteral("unit_amount")));
    f.chooseComboData(QStringLiteral("tiersModeComboBox"), QStringLiteral("graduated"));
    auto* tiers = f.window->findChild<TierTableEditor*>(QStringLiteral("tiersTierTableEditor"));
    QVERIFY(tiers);
    tiers->findChild<QToolButton*>(QStringLiteral("addTierButton"))->click();
    tiers->findChild<QToolButton*>(QStringLiteral("addTierButton"))->click();
    QTableWidget* table = tiers->table();
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("100")));
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("1.00")));
    table->setItem(1, 1, new QTableWidgetItem(QStringLiteral("0.50")));
    const QList<Tier> expected { { 100, 100, std::nullopt }, { std::nullopt, 50, std::nullopt } };
    QCOMPARE(f.window->editor()->entry().product.prices.first().tiers, expected);
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("pricingSummaryLabel"))->text().contains(QStringLiteral("first 100 units at US$1.00 each; 101 and above at US$0.50 each")));
    // The chart follows: 150 units cost 100 × 1.00 + 50 × 0.50 = 125.00.
    QVERIFY(f.window->editor()->usageChart()->isVisibleTo(f.window.get()));
    const QList<QPointF> points = f.window->editor()->chartPoints();
    QVERIFY(!points.isEmpty());
    QCOMPARE(points.last(), QPointF(150, 125.0));
    // Moving the unbounded tier first breaks the order: the message says so.
    table->setCurrentCell(1, 0);
    tiers->findChild<QToolButton*>(QStringLiteral("moveTierUpButton"))->click();
    f.window->editor()->showAllMessages();
    QVERIFY(price->message(QStringLiteral("tiers")).contains(QStringLiteral("only the last tier can be unbounded")));
}

void TestGui::accountsDialogKeepsKeysOutOfTheCatalog()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest& r) {
        if (r.headers.value("authorization") != "Bearer sk_test_dialog_key")
            return pbtest::ServerAction::json(401, R"({"error":{"message":"Invalid API Key provided"}})");
        return pbtest::ServerAction::json(200, R"({"object":"list","data":[],"has_more":false})");
    };
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionAccounts"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog*>(QStringLiteral("accountsDialog"))));
    dialog->findChild<QPushButton*>(QStringLiteral("addAccountButton"))->click();
    auto field = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QString::fromLatin1(name)); };
    field("nameLineEdit")->setText(QStringLiteral("Northwind live"));
    auto* provider = dialog->findChild<QComboBox*>(QStringLiteral("providerComboBox"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("stripe")));
    field("baseUrlLineEdit")->setText(server.baseUrl());
    field("apiKeyLineEdit")->setText(QStringLiteral("sk_test_dialog_key"));
    QSignalSpy status(dialog, SIGNAL(statusChanged(QString)));
    dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->click();
    QTRY_VERIFY(!status.isEmpty() && status.last().first().toString().contains(QStringLiteral("key was accepted")));
    dialog->findChild<QPushButton*>(QStringLiteral("saveAccountButton"))->click();
    QTRY_VERIFY(status.last().first().toString().startsWith(QStringLiteral("Saved “Northwind live”"))
                || status.last().first().toString().contains(QStringLiteral("No keychain")));
    QTRY_COMPARE(dialog->findChild<QListWidget*>(QStringLiteral("accountsListWidget"))->count(), 1);
    QVERIFY(field("apiKeyLineEdit")->text().isEmpty()); // the typed key does not linger on screen
    // The key is in the keychain (or this session's memory), never in the catalog file.
    QString accountId;
    f.store.call<QString>([](Catalog& c) { return c.accounts().value(0).id; }, f.window.get(), [&accountId](const QString& id) { accountId = id; });
    QTRY_VERIFY(!accountId.isEmpty());
    std::optional<QString> stored;
    bool read = false;
    f.secrets.read(accountId, f.window.get(), [&](const std::optional<QString>& k, const QString&) { stored = k; read = true; });
    QTRY_VERIFY(read);
    QCOMPARE(stored, std::optional<QString>(QStringLiteral("sk_test_dialog_key")));
    f.store.waitForIdle();
    QVERIFY(!pbtest::readFile(f.dir.filePath(QStringLiteral("catalog.sqlite"))).contains("sk_test_dialog_key"));
    // Removing the account removes its key.
    f.prompts.answer = true;
    dialog->findChild<QPushButton*>(QStringLiteral("removeAccountButton"))->click();
    QTRY_COMPARE(dialog->findChild<QListWidget*>(QStringLiteral("accountsListWidget"))->count(), 0);
    read = false;
    f.secrets.read(accountId, f.window.get(), [&](const std::optional<QString>& k, const QString&) { stored = k; read = true; });
    QTRY_VERIFY(read);
    QCOMPARE(stored, std::nullopt);
    dialog->close();
}

void TestGui::firstRunOffersTheSandbox()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("Sandbox")));
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    QCOMPARE(f.window->editor()->entry().provider, providers::ChatDash); // the first account, "Sandbox — ChatDash"
    QVERIFY(!f.window->editor()->entry().accountId.isEmpty());
    QVERIFY(f.find<QComboBox>(QStringLiteral("accountComboBox"))->currentText().contains(QStringLiteral("local sandbox"), Qt::CaseInsensitive));
    typeInto(f.find<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("First try"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("oneTime"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("eur"));
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("10"));
    QTRY_VERIFY(f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    f.prompts.apiKey.clear(); // asking for a key would fail this test
    QSignalSpy done(f.window.get(), &MainWindow::submissionFinished);
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().first().value<JobResult>().ok(), qPrintable(done.first().first().value<JobResult>().message));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("chatdash")), 1);
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Synced);
    // A second run does not add them again.
    QSignalSpy again(f.window.get(), &MainWindow::accountsLoaded);
    Q_EMIT f.store.opened(true, QString());
    QVERIFY(again.wait(5000));
    int count = -1;
    f.store.call<int>([](Catalog& c) { return int(c.accounts().size()); }, f.window.get(), [&count](int n) { count = n; });
    QTRY_COMPARE(count, 4);
}

void TestGui::importPushCloneExport()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    // Import: two valid rows for the ChatDash sandbox, one that breaks a rule.
    f.prompts.fileToOpen = f.dir.filePath(QStringLiteral("products.csv"));
    QFile csv(f.prompts.fileToOpen);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("provider,account,name,currency,billing,interval,interval_count,scheme,amount,usage_metric,included_usage,overage_amount\n"
              "chatdash,Sandbox — ChatDash,Basic,usd,recurring,month,1,flat,19.00,,,\n"
              "chatdash,Sandbox — ChatDash,Pro,usd,recurring,month,1,flat,49.00,minutes,500,0.10\n"
              "chatdash,Sandbox — ChatDash,Broken,usd,recurring,month,1,flat,49.00,minutes,500,\n");
    csv.close();
    f.action(QStringLiteral("actionImport"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 2);
    QCOMPARE(f.prompts.dialogs.last(), QStringLiteral("2 of 3 products are valid. Import the valid ones, or nothing and fix the file first."));
    // Push everything listed to the sandbox.
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    QTRY_VERIFY(f.window->catalogModel()->data(f.window->catalogModel()->index(1, 0), CatalogTableModel::LoadedRole).toBool());
    table->selectAll();
    f.action(QStringLiteral("actionPushSelection"))->trigger();
    QDialog* push = nullptr;
    QTRY_VERIFY((push = f.window->findChild<QDialog*>(QStringLiteral("pushDialog"))));
    QTRY_VERIFY_WITH_TIMEOUT(push->findChild<QPushButton*>(QStringLiteral("closePushButton"))->isEnabled(), 20000);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("chatdash")), 2);
    QVERIFY(push->findChild<QLabel*>(QStringLiteral("pushCountsLabel"))->text().startsWith(QStringLiteral("2 of 2 done: 2 sent")));
    push->findChild<QPushButton*>(QStringLiteral("closePushButton"))->click();
    // Clone both to the Piriod sandbox: what Piriod cannot carry is listed before anything is made.
    int accounts = 0;
    Account piriod;
    f.store.call<QList<Account>>([](Catalog& c) { return c.accounts(); }, f.window.get(), [&](const QList<Account>& all) {
        for (const Account& a : all)
            if (a.target.provider == providers::Piriod)
                piriod = a;
        accounts = int(all.size());
    });
    QTRY_COMPARE(accounts, 4);
    f.prompts.accountToChoose = piriod;
    table->selectAll();
    f.action(QStringLiteral("actionCloneToAccount"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 4);
    const QString confirmation = f.prompts.confirmed.last();
    QVERIFY2(confirmation.contains(QStringLiteral("Make 2 draft copies for “Sandbox — Piriod”? Nothing is sent.")), qPrintable(confirmation));
    QVERIFY(confirmation.contains(QStringLiteral("not carried: price 1: Piriod does not take these, so they will not be sent: Included usage, Overage price, Usage metric.")));
    QVERIFY(confirmation.contains(QStringLiteral("still needed: Unit label is required.")));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("piriod")), 0); // nothing sent
    // Export the listed catalog.
    f.prompts.fileToSave = f.dir.filePath(QStringLiteral("export.json"));
    table->clearSelection();
    f.action(QStringLiteral("actionExport"))->trigger();
    QTRY_VERIFY(QFile::exists(f.prompts.fileToSave));
    QTRY_VERIFY(f.window->lastResult().startsWith(QStringLiteral("Exported 4 product")));
    const CatalogIO::ImportResult back = CatalogIO::readFile(f.prompts.fileToSave);
    QCOMPARE(back.rows.size(), 4);
}

void TestGui::priceIsVisibleWithoutScrolling_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("moreOpen");
    for (bool open : { false, true })
        for (Provider p : allProviders()) {
            const ProviderSchema& schema = schemaOf(p);
            if (schema.maxPrices == 0)
                continue; // no prices to show
            for (const FieldSpec& field : schema.priceFields)
                if (field.isComposite())
                    for (const Option& o : field.options)
                        QTest::addRow("%s %s=%s, more %s", qPrintable(providerKey(p)), qPrintable(field.key), qPrintable(o.value),
                                      open ? "open" : "closed")
                            << providerKey(p) << SchemaForm::objectNameFor(field.key, "ComboBox") << o.value << open;
        }
}

// At 1366×768, a new product of every provider and pricing model shows its whole price
// section without scrolling, whether "More options" is open or not.
void TestGui::priceIsVisibleWithoutScrolling()
{
    QFETCH(QString, provider);
    QFETCH(QString, combo);
    QFETCH(QString, option);
    QFETCH(bool, moreOpen);
    QSettings().setValue(QStringLiteral("editor/moreOptionsOpen"), moreOpen);
    GuiFixture f;
    f.window->resize(1366, 768);
    f.showWindow();
    QCOMPARE(f.window->size(), QSize(1366, 768));
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), provider);
    f.chooseComboData(combo, option);
    QCOMPARE(f.window->editor()->isMoreOptionsOpen(), moreOpen);
    QTest::qWait(20);
    auto* area = f.find<QScrollArea>(QStringLiteral("formScrollArea"));
    QCOMPARE(area->verticalScrollBar()->value(), 0);
    auto* price = f.find<QGroupBox>(QStringLiteral("priceGroupBox"));
    QVERIFY(price->isVisible());
    const QRect shown(price->mapTo(area->viewport(), QPoint(0, 0)), price->size());
    qInfo("price section from %d to %d of a %d px viewport", shown.top(), shown.bottom(), area->viewport()->height());
    QVERIFY2(area->viewport()->rect().contains(shown),
             qPrintable(QStringLiteral("price section at %1,%2 %3×%4 in a viewport of %5×%6")
                            .arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())
                            .arg(area->viewport()->width()).arg(area->viewport()->height())));
}

void TestGui::moreOptionsRemembersAndOpensByItself()
{
    QSettings().setValue(QStringLiteral("editor/moreOptionsOpen"), false);
    CatalogEntry filled;
    {
        GuiFixture f;
        f.showWindow();
        f.action(QStringLiteral("actionNewProduct"))->trigger();
        f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
        auto* more = f.find<QToolButton>(QStringLiteral("moreOptionsButton"));
        auto* section = f.find<QWidget>(QStringLiteral("moreOptionsWidget"));
        // A new product holds nothing optional: the section stays closed, its fields out of sight.
        QVERIFY(more->isVisible());
        QVERIFY(!section->isVisible());
        QVERIFY(!f.find<QLineEdit>(QStringLiteral("taxCodeLineEdit"))->isVisible());
        // Opened by its button, it shows the optional fields, and the next window remembers it.
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(section->isVisible());
        QVERIFY(f.find<QLineEdit>(QStringLiteral("taxCodeLineEdit"))->isVisible());
        typeInto(f.find<QLineEdit>(QStringLiteral("taxCodeLineEdit")), QStringLiteral("txcd_10103001"));
        QCOMPARE(f.window->editor()->entry().product.taxCode, QStringLiteral("txcd_10103001"));
        filled = f.window->editor()->entry();
    }
    QCOMPARE(QSettings().value(QStringLiteral("editor/moreOptionsOpen")).toBool(), true);
    {
        GuiFixture f;
        f.showWindow();
        f.action(QStringLiteral("actionNewProduct"))->trigger();
        QVERIFY(f.find<QWidget>(QStringLiteral("moreOptionsWidget"))->isVisible());
        QTest::mouseClick(f.find<QToolButton>(QStringLiteral("moreOptionsButton")), Qt::LeftButton);
        QVERIFY(!f.find<QWidget>(QStringLiteral("moreOptionsWidget"))->isVisible());
    }
    QCOMPARE(QSettings().value(QStringLiteral("editor/moreOptionsOpen")).toBool(), false);
    {
        GuiFixture f;
        f.showWindow();
        auto* section = f.find<QWidget>(QStringLiteral("moreOptionsWidget"));
        // A product with a value in one of the optional fields opens the section by itself,
        // without changing what is remembered; one without closes it again.
        f.window->editor()->setEntry(filled);
        QVERIFY(section->isVisible());
        QCOMPARE(f.find<QLineEdit>(QStringLiteral("taxCodeLineEdit"))->text(), QStringLiteral("txcd_10103001"));
        CatalogEntry plain = filled;
        plain.id = Catalog::newId();
        plain.product.taxCode.clear();
        f.window->editor()->setEntry(plain);
        QVERIFY(!section->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("editor/moreOptionsOpen")).toBool(), false);
        // A message in one of its fields opens it too.
        plain.product.statementDescriptor = QStringLiteral("12345");
        plain.id = Catalog::newId();
        f.window->editor()->setEntry(plain);
        QVERIFY(section->isVisible()); // a value
        QTest::mouseClick(f.find<QToolButton>(QStringLiteral("moreOptionsButton")), Qt::LeftButton);
        QVERIFY(!section->isVisible());
        f.window->editor()->showAllMessages();
        QVERIFY(f.window->editor()->productForm()->message(QStringLiteral("statement_descriptor")).contains(QStringLiteral("letter")));
        QVERIFY(section->isVisible());
    }
}

namespace {

// A round step: 1, 2 or 5 times a power of ten.
bool isRound(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / magnitude;
    return std::abs(m - 1) < 1e-6 || std::abs(m - 2) < 1e-6 || std::abs(m - 5) < 1e-6;
}

} // namespace

void TestGui::chartAxesUseRoundTicks()
{
    // The amounts of the issue: the axis ends at the next round tick instead.
    QCOMPARE(ProductEditor::roundAxis(38.49, 0.01).max, 40.0);
    QCOMPARE(ProductEditor::roundAxis(28.87, 0.01).max, 30.0);
    QCOMPARE(ProductEditor::roundAxis(28.87, 0.01).step, 10.0);
    QCOMPARE(ProductEditor::roundAxis(0.3, 0.01).step, 0.1);
    QCOMPARE(ProductEditor::roundAxis(0.3, 0.01).decimals, 1);
    QCOMPARE(ProductEditor::roundAxis(3, 1).step, 1.0); // whole units
    for (double top : { 0.07, 1.0, 3.3, 19.99, 29.99, 38.49, 104.0, 1234.5, 99999.0 }) {
        const ProductEditor::RoundAxis a = ProductEditor::roundAxis(top, 0.01);
        QVERIFY2(isRound(a.step), qPrintable(QString::number(a.step)));
        QVERIFY(a.max >= top && a.max < top + a.step + 1e-9);
        QCOMPARE(a.max, a.step * (a.ticks - 1));
    }
    // In the window: a base price with included minutes and an overage.
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    f.chooseComboData(QStringLiteral("currencyComboBox"), QStringLiteral("usd"));
    typeInto(f.find<QLineEdit>(QStringLiteral("basePriceLineEdit")), QStringLiteral("29.99"));
    f.chooseComboData(QStringLiteral("metricsComboBox"), QStringLiteral("minutes"));
    typeInto(f.find<QLineEdit>(QStringLiteral("usageLimitLineEdit")), QStringLiteral("100"));
    typeInto(f.find<QLineEdit>(QStringLiteral("overagePriceLineEdit")), QStringLiteral("0.05"));
    QTRY_VERIFY(f.window->editor()->usageChart()->isVisibleTo(f.window.get()));
    const QList<QAbstractAxis*> axes = f.window->editor()->usageChart()->chart()->axes();
    QCOMPARE(axes.size(), 2);
    double topCost = 0, topUsage = 0;
    for (const QPointF& p : f.window->editor()->chartPoints()) {
        topUsage = qMax(topUsage, p.x());
        topCost = qMax(topCost, p.y());
    }
    for (QAbstractAxis* axis : axes) {
        auto* values = qobject_cast<QValueAxis*>(axis);
        QVERIFY(values);
        QCOMPARE(values->min(), 0.0);
        QVERIFY(values->tickCount() >= 2);
        const double step = values->max() / (values->tickCount() - 1);
        QVERIFY2(isRound(step), qPrintable(QStringLiteral("%1 to %2 in %3 ticks").arg(values->min()).arg(values->max()).arg(values->tickCount())));
        QVERIFY(values->max() >= (axis->alignment() == Qt::AlignBottom ? topUsage : topCost));
    }
}

void TestGui::oneNamePerConcept()
{
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("chatdash"));
    f.chooseComboData(QStringLiteral("pricingModelComboBox"), QStringLiteral("base"));
    // The form, the messages and the summary call the usage a price includes by one name.
    const QString included = ProductFields::label(QStringLiteral("price.includedUsage"));
    QCOMPARE(included, QStringLiteral("Included usage"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("usageLimitLabel"))->text().remove(QStringLiteral(" *")), included);
    typeInto(f.find<QLineEdit>(QStringLiteral("usageLimitLineEdit")), QStringLiteral("100"));
    f.window->editor()->showAllMessages();
    QCOMPARE(f.window->editor()->priceForm()->message(QStringLiteral("overage_price")),
             QStringLiteral("Overage price is required when included usage is set."));
    // Piriod's plans are plans everywhere in the form.
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    QCOMPARE(f.find<QGroupBox>(QStringLiteral("priceGroupBox"))->title(), QStringLiteral("Plan"));
    auto* add = f.find<QToolButton>(QStringLiteral("addPriceButton"));
    QCOMPARE(add->text(), QStringLiteral("Add plan"));
    add->click();
    auto* selector = f.find<QComboBox>(QStringLiteral("priceSelectorComboBox"));
    QCOMPARE(selector->count(), 2);
    QCOMPARE(selector->itemText(1), QStringLiteral("Plan 2 of 2"));
    QCOMPARE(f.find<QToolButton>(QStringLiteral("removePriceButton"))->text(), QStringLiteral("Remove plan"));
    QCOMPARE(f.find<QGroupBox>(QStringLiteral("morePriceGroupBox"))->title(), QStringLiteral("Plan 2 of 2"));
    f.find<QToolButton>(QStringLiteral("removePriceButton"))->click();
    f.find<QToolButton>(QStringLiteral("removePriceButton"))->click();
    QCOMPARE(f.window->editor()->entry().product.prices.size(), 0);
    QCOMPARE(f.find<QLabel>(QStringLiteral("noPricesLabel"))->text(), QStringLiteral("No plan yet. Add one to sell this product."));
    // Back to a provider with prices: its own words again.
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    QCOMPARE(f.find<QToolButton>(QStringLiteral("addPriceButton"))->text(), QStringLiteral("Add price"));
    // Counts read as words, not "price(s)".
    Product product;
    product.name = QStringLiteral("Seats");
    product.prices.append(ProductEditor::newPrice(providers::Jani));
    auto sentence = [](const ValidationResult& r) {
        QStringList all;
        for (const FieldMessage& m : r.messages)
            all << m.message;
        return all.join(u'\n');
    };
    const QString one = sentence(Validator::validate(schemaOf(providers::Jani), product, Operation::Create));
    QVERIFY2(one.contains(QStringLiteral("have no prices; the price will not be sent.")), qPrintable(one));
    product.prices.append(ProductEditor::newPrice(providers::Jani));
    const QString two = sentence(Validator::validate(schemaOf(providers::Jani), product, Operation::Create));
    QVERIFY2(two.contains(QStringLiteral("have no prices; the 2 prices will not be sent.")), qPrintable(two));
    const QString many = sentence(Validator::validate(schemaOf(providers::ChatDash), product, Operation::Create));
    QVERIFY2(many.contains(QStringLiteral("take one price; this one has 2.")), qPrintable(many));
    QVERIFY(!(one + two + many).contains(QStringLiteral("(s)")));
}

void TestGui::accountsAreNamedOnce()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QTRY_VERIFY(f.find<QLabel>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("Sandbox")));
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    // The editor lists one provider's accounts: the sandbox one is named as such, once.
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("stripe"));
    auto* accounts = f.find<QComboBox>(QStringLiteral("accountComboBox"));
    QCOMPARE(accounts->count(), 2);
    QCOMPARE(accounts->itemText(0), QStringLiteral("No account chosen"));
    QCOMPARE(accounts->itemText(1), QStringLiteral("Local sandbox"));
    f.action(QStringLiteral("actionAccounts"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog*>(QStringLiteral("accountsDialog"))));
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("accountsListWidget"));
    QTRY_COMPARE(list->count(), 4);
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    QStringList expected;
    for (Provider p : allProviders())
        expected << providerDisplayName(p) + QStringLiteral(" — local sandbox");
    std::sort(names.begin(), names.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(names, expected);
    // A sandbox account takes any key: nothing to store, and it does not ask for one.
    list->setCurrentRow(0);
    auto* key = dialog->findChild<QLabel*>(QStringLiteral("keyStatusLabel"));
    QTRY_COMPARE(key->text(), QStringLiteral("The local sandbox takes any key; none needs to be stored."));
    // The header a provider needs is named for what it is in the form; the wire name is its help.
    auto* provider = dialog->findChild<QComboBox*>(QStringLiteral("providerComboBox"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("stripe")));
    QStringList labels;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->isVisibleTo(dialog))
            labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("&Connected account")), qPrintable(labels.join(QStringLiteral(" | "))));
    QVERIFY(!labels.join(u' ').contains(QStringLiteral("Stripe-Account")));
    dialog->close();
}

void TestGui::importPreviewsWhatItWillImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("products.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "provider,name,currency,billing,interval,interval_count,scheme,amount,colour\n";
    for (int i = 1; i <= 7; ++i)
        text += "stripe,Team plan " + QByteArray::number(i) + ",usd,recurring,month,1,flat," + QByteArray::number(40 + i) + ".00,blue\n";
    csv.write(text);
    csv.close();
    CatalogIO::ImportResult r = CatalogIO::readFile(path);
    QVERIFY2(r.validCount() == 7, qPrintable(r.problems.value(0).message));
    ImportReportDialog dialog(QStringLiteral("products.csv"), r);
    // The count, the first rows as they will be listed, and the warnings, before importing.
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text(), QStringLiteral("All 7 products are valid."));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("importPreviewLabel"))->text(), QStringLiteral("The first 5 products to import:"));
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Team plan 1"));
    QCOMPARE(preview->item(0, 2)->text(), providerDisplayName(providers::Stripe));
    QCOMPARE(preview->item(4, 1)->text(), QStringLiteral("Team plan 5"));
    QVERIFY2(preview->item(0, 4)->text().startsWith(QStringLiteral("US$41.00")), qPrintable(preview->item(0, 4)->text()));
    auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("importProblemsTable"));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("colour"));
    QVERIFY(problems->item(0, 2)->text().startsWith(QStringLiteral("Warning: ")));
    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->text(), QStringLiteral("&Import 7 products"));
}

// docs/sample-catalog.json (the screenshots' and the guide's catalog) imports whole into the
// sandbox accounts of a first run: every product valid, nothing warned about, every provider.
void TestGui::sampleCatalogIsValidForTheSandbox()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QList<Account> accounts;
    f.store.call<QList<Account>>([](Catalog& c) { return c.accounts(); }, f.window.get(), [&](const QList<Account>& all) { accounts = all; });
    QTRY_COMPARE(accounts.size(), 4);
    CatalogIO::ImportResult r = CatalogIO::readFile(QStringLiteral(PRICEBOOK_SOURCE_DIR "/docs/sample-catalog.json"));
    CatalogIO::resolveAccounts(r, accounts);
    QStringList problems;
    for (const CatalogIO::Problem& p : r.problems)
        problems << QStringLiteral("%1 %2: %3").arg(p.row).arg(p.column, p.message);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(r.rows.size() >= 12);
    QCOMPARE(r.validCount(), int(r.rows.size()));
    QSet<Provider> providers;
    for (const CatalogIO::ImportedRow& row : r.rows) {
        providers.insert(row.entry.provider);
        QVERIFY(!row.entry.accountId.isEmpty());
        const ValidationResult v = Validator::validate(schemaOf(row.entry.provider), row.entry.product, Operation::Create);
        QVERIFY2(v.messages.isEmpty(), qPrintable(row.entry.product.name + u' ' + v.messages.value(0).message));
    }
    QCOMPARE(providers.size(), int(allProviders().size()));
}

void TestGui::aNewProductKeepsItsBillingPeriodAcrossProviders_data()
{
    QTest::addColumn<QString>("from");
    for (const char* from : { "chatdash", "stripe" })
        QTest::newRow(from) << QString::fromLatin1(from);
}

// A new monthly price is still monthly after switching to Piriod: its frequency reads
// "Monthly", with no message, whichever provider the product started with.
void TestGui::aNewProductKeepsItsBillingPeriodAcrossProviders()
{
    QFETCH(QString, from);
    GuiFixture f;
    f.showWindow();
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    f.chooseComboData(QStringLiteral("providerComboBox"), from);
    f.action(QStringLiteral("actionNewProduct"))->trigger(); // starts with this provider's defaults
    QCOMPARE(providerKey(f.window->editor()->entry().provider), from);
    f.chooseComboData(QStringLiteral("providerComboBox"), QStringLiteral("piriod"));
    const Price& price = f.window->editor()->entry().product.prices.value(0);
    QCOMPARE(price.interval, QStringLiteral("month"));
    QCOMPARE(f.find<QComboBox>(QStringLiteral("frequencyComboBox"))->currentData().toString(), QStringLiteral("monthly"));
    f.window->editor()->showAllMessages();
    QCOMPARE(f.window->editor()->priceForm()->message(QStringLiteral("frequency")), QString());
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"

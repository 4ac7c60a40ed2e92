// Day two in the window, driven as a person would on the offscreen platform: an account's
// catalog pulled from the sandbox through "Pull from provider…".
#include "GuiFixture.h"
#include "services/sandbox/SandboxServer.h"
#include "ui/CatalogTableModel.h"
#include "ui/ApplyPlanDialog.h"
#include "ui/CheckDialog.h"
#include "ui/ProductEditor.h"
#include "ui/PullDialog.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QJsonArray>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pb;
using pbtest::GuiFixture;
using pbtest::stripePost;

namespace {

QJsonObject stripeGet(QNetworkAccessManager& nam, const QString& url)
{
    QNetworkRequest req { QUrl(url) };
    req.setRawHeader("Authorization", "Bearer sk_test_gui");
    QNetworkReply* reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("the sandbox did not answer %s", qPrintable(url));
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

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

int chooseAccount(QComboBox* combo, const QString& providerName)
{
    for (int i = 0; i < combo->count(); ++i)
        // "Sandbox — Stripe", or "Acme (Stripe)" for a name that does not say its provider.
        if (combo->itemText(i).endsWith(providerName) || combo->itemText(i).endsWith(QStringLiteral("(%1)").arg(providerName))) {
            combo->setCurrentIndex(i);
            return i;
        }
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    qFatal("no %s account among: %s", qPrintable(providerName), qPrintable(items.join(QStringLiteral(", "))));
}

} // namespace

class TestGuiDayTwo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullAnAccountFromTheWindow();
    void changeAPriceSeeThePlanAndApplyIt();
    void updateWithNothingToSendSaysWhyAndIsSynced();
    void updateWithoutTheLastSyncedCopyOffersCheck();
};

void TestGuiDayTwo::pullAnAccountFromTheWindow()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900&default_price_data[recurring][interval]=month");
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Solo&default_price_data[currency]=usd&default_price_data[unit_amount]=900&default_price_data[recurring][interval]=month");
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    // All accounts and the four sandbox ones.
    QTRY_COMPARE(f.find<QComboBox>(QStringLiteral("accountFilterComboBox"))->count(), 5);
    CatalogTableModel* model = f.window->catalogModel();
    QTRY_COMPARE(model->rowCount(), 0);

    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<PullDialog*>()) != nullptr);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox"));
    auto* pull = dialog->findChild<QPushButton*>(QStringLiteral("pullButton"));
    auto* reason = dialog->findChild<QLabel*>(QStringLiteral("pullReasonLabel"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("pullStatusLabel"));

    // ChatDash cannot be read: the dialog says so and will not start.
    chooseAccount(combo, QStringLiteral("ChatDash"));
    QCOMPARE(reason->text(), QStringLiteral("ChatDash documents no way to read products, so Pricebook cannot pull them."));
    QVERIFY(!pull->isEnabled());
    // Jani has no list: products are linked by id.
    chooseAccount(combo, QStringLiteral("Jani"));
    QVERIFY(reason->text().contains(QStringLiteral("link existing products by their ids")));
    QVERIFY(!pull->isEnabled());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("pullRemoteIdsLineEdit"))->isEnabled());

    chooseAccount(combo, QStringLiteral("Stripe"));
    QVERIFY(pull->isEnabled());
    QTest::mouseClick(pull, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("2 added")), 10000);
    QCOMPARE(status->text(), QStringLiteral("Read 2 product(s) with 2 price(s): 2 added, 0 updated, 0 unchanged."));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("pullDetailsTextEdit"))->isHidden());
    // The list shows them, synced.
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_VERIFY(model->data(model->index(0, 0), CatalogTableModel::LoadedRole).toBool());
    QStringList names;
    for (int r = 0; r < 2; ++r) {
        names << model->data(model->index(r, ListFilter::Name)).toString();
        QCOMPARE(model->data(model->index(r, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Synced));
    }
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("Solo"), QStringLiteral("Team") }));

    // Again: nothing added twice.
    QTest::mouseClick(pull, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("2 unchanged")), 10000);
    QCOMPARE(model->rowCount(), 2);

    // Jani has no list: a product linked by its id.
    QNetworkRequest req { QUrl(sandbox.baseUrl() + QStringLiteral("/api/v1/products")) };
    req.setRawHeader("Authorization", "Bearer k");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = nam.post(req, R"({"name":"Food","type":"standard"})");
    QSignalSpy made(reply, &QNetworkReply::finished);
    QVERIFY(made.wait());
    const QString janiId = QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString();
    reply->deleteLater();
    chooseAccount(combo, QStringLiteral("Jani"));
    auto* ids = dialog->findChild<QLineEdit*>(QStringLiteral("pullRemoteIdsLineEdit"));
    QTest::keyClicks(ids, janiId);
    QVERIFY(pull->isEnabled());
    QTest::mouseClick(pull, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("1 added")), 10000);
    QCOMPARE(status->text(), QStringLiteral("Read 1 product(s) with 0 price(s): 1 added, 0 updated, 0 unchanged."));
    QTRY_COMPARE(model->rowCount(), 3);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(f.window->findChild<PullDialog*>() == nullptr);
}

// A Stripe catalog pulled, a price changed 19 -> 24 in the form, "Update on provider": the plan
// is shown (a new price, made the default, the old one archived) and applied; the provider then
// has exactly that, and the product is synced.
void TestGuiDayTwo::changeAPriceSeeThePlanAndApplyIt()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900&default_price_data[recurring][interval]=month");
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QTRY_COMPARE(f.find<QComboBox>(QStringLiteral("accountFilterComboBox"))->count(), 5);
    CatalogTableModel* model = f.window->catalogModel();
    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* pull = nullptr;
    QTRY_VERIFY((pull = f.window->findChild<PullDialog*>()) != nullptr);
    chooseAccount(pull->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox")), QStringLiteral("Stripe"));
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pull->findChild<QLabel*>(QStringLiteral("pullStatusLabel"))->text().contains(QStringLiteral("1 added")), 10000);
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->data(model->index(0, 0), CatalogTableModel::LoadedRole).toBool());

    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    QTRY_VERIFY(f.window->editor()->syncLink().remoteId.startsWith(u"prod_"));
    const QString remoteId = f.window->editor()->syncLink().remoteId;
    const QString oldPrice = f.window->editor()->entry().product.prices.first().remoteId;
    QVERIFY(remoteId.startsWith(u"prod_"));
    QApplication::setActiveWindow(f.window.get()); // the pull dialog had it
    auto* amount = f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit"));
    QTRY_VERIFY(amount->isVisible() && amount->isEnabled() && !amount->isReadOnly());
    typeInto(f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit")), QStringLiteral("24"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Changed);
    QTRY_VERIFY(f.action(QStringLiteral("actionUpdateProduct"))->isEnabled());
    f.action(QStringLiteral("actionUpdateProduct"))->trigger();

    ApplyPlanDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<ApplyPlanDialog*>()) != nullptr);
    auto* planText = dialog->findChild<QPlainTextEdit*>(QStringLiteral("planTextEdit"));
    QTRY_VERIFY(!planText->toPlainText().isEmpty());
    QCOMPARE(planText->toPlainText(), QStringLiteral("Sandbox \u2014 Stripe (Stripe):\n"
                                                     "  Team  %1\n"
                                                     "    1. create price US$24.00/month on %1\n"
                                                     "    2. make it the default\n"
                                                     "    3. archive %2 (US$19.00/month)\n"
                                                     "Plan: 3 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n")
                                          .arg(remoteId, oldPrice));
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("applySummaryLabel"));
    QCOMPARE(summary->text(), QStringLiteral("These 3 operation(s) will be made, in this order. Nothing else is sent."));
    auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyPlanButton"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("Applied")), 10000);
    QCOMPARE(summary->text(), QStringLiteral("Applied: 1 product(s) now match the plan."));
    const QString report = dialog->findChild<QPlainTextEdit*>(QStringLiteral("applyReportTextEdit"))->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("Team: step 3 of 3: archive %1 (US$19.00/month)").arg(oldPrice)), qPrintable(report));
    QCOMPARE(dialog->findChild<QProgressBar*>(QStringLiteral("applyProgressBar"))->value(), 1);
    QVERIFY(!apply->isEnabled());

    // On the provider: the new price is the default, the old one archived.
    const QJsonObject product = stripeGet(nam, sandbox.baseUrl() + QStringLiteral("/v1/products/") + remoteId);
    const QJsonArray prices = stripeGet(nam, sandbox.baseUrl() + QStringLiteral("/v1/prices?product=") + remoteId).value(u"data").toArray();
    QCOMPARE(prices.size(), 2);
    for (const QJsonValue& v : prices) {
        const bool isOld = v.toObject().value(u"id").toString() == oldPrice;
        QCOMPARE(v.toObject().value(u"active").toBool(), !isOld);
        QCOMPARE(v.toObject().value(u"unit_amount").toInt(), isOld ? 1900 : 2400);
        QCOMPARE(product.value(u"default_price").toString() == v.toObject().value(u"id").toString(), !isOld);
    }
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Synced));
    // The form shows the product as applied: the new price (the default) with its id, synced.
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Synced);
    QCOMPARE(f.window->editor()->entry().product.prices.first().remoteId, product.value(u"default_price").toString());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(f.window->findChild<ApplyPlanDialog*>() == nullptr);

    // "Apply changes…" on the selection: nothing left to change.
    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    f.action(QStringLiteral("actionApplyChanges"))->trigger();
    QTRY_VERIFY((dialog = f.window->findChild<ApplyPlanDialog*>()) != nullptr);
    summary = dialog->findChild<QLabel*>(QStringLiteral("applySummaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("Nothing to change on the providers."));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("applyPlanButton"))->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyCloseButton")), Qt::LeftButton);
}

// A price changed 19 -> 24 and back to 19 in the form: "Update on provider" sends nothing,
// says why in the status bar, and the list's Sync column says Synced again (not "Changed since
// sync" for ever).
void TestGuiDayTwo::updateWithNothingToSendSaysWhyAndIsSynced()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900&default_price_data[recurring][interval]=month");
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QTRY_COMPARE(f.find<QComboBox>(QStringLiteral("accountFilterComboBox"))->count(), 5);
    CatalogTableModel* model = f.window->catalogModel();
    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* pull = nullptr;
    QTRY_VERIFY((pull = f.window->findChild<PullDialog*>()) != nullptr);
    chooseAccount(pull->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox")), QStringLiteral("Stripe"));
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pull->findChild<QLabel*>(QStringLiteral("pullStatusLabel"))->text().contains(QStringLiteral("1 added")), 10000);
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->data(model->index(0, 0), CatalogTableModel::LoadedRole).toBool());
    QSignalSpy handled(&sandbox, &SandboxServer::requestHandled);

    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    QTRY_VERIFY(f.window->editor()->syncLink().remoteId.startsWith(u"prod_"));
    QApplication::setActiveWindow(f.window.get());
    auto* amount = f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit"));
    QTRY_VERIFY(amount->isVisible() && amount->isEnabled() && !amount->isReadOnly());
    typeInto(amount, QStringLiteral("24"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Changed);
    typeInto(amount, QStringLiteral("19"));
    QTRY_COMPARE(f.window->editor()->entry().product.prices.first().amount, std::optional<qint64>(1900));
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Changed));
    QTRY_VERIFY(f.action(QStringLiteral("actionUpdateProduct"))->isEnabled());
    f.prompts.confirmed.clear();
    f.action(QStringLiteral("actionUpdateProduct"))->trigger();

    auto* result = f.find<QLabel>(QStringLiteral("lastResultLabel"));
    QTRY_COMPARE(result->text(), QStringLiteral("Nothing Stripe keeps has changed: the product is as it was when last synced, so nothing was sent."));
    QVERIFY(f.window->findChild<ApplyPlanDialog*>() == nullptr);
    QCOMPARE(f.prompts.confirmed, QStringList()); // nothing to send: nothing to ask
    QTRY_COMPARE(model->data(model->index(0, ListFilter::Sync)).toString(), syncStateLabel(SyncState::Synced));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Synced);
    QCOMPARE(handled.count(), 0);
}

// A product whose copy as last synced is not kept (a catalog from before such copies were):
// "Update on provider" says the update cannot be sent yet and why, sends nothing, and offers
// Check on provider, which opens for that product.
void TestGuiDayTwo::updateWithoutTheLastSyncedCopyOffersCheck()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    stripePost(nam, sandbox.baseUrl() + QStringLiteral("/v1/products"),
               "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900&default_price_data[recurring][interval]=month");
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QTRY_COMPARE(f.find<QComboBox>(QStringLiteral("accountFilterComboBox"))->count(), 5);
    CatalogTableModel* model = f.window->catalogModel();
    f.action(QStringLiteral("actionPull"))->trigger();
    PullDialog* pull = nullptr;
    QTRY_VERIFY((pull = f.window->findChild<PullDialog*>()) != nullptr);
    chooseAccount(pull->findChild<QComboBox*>(QStringLiteral("pullAccountComboBox")), QStringLiteral("Stripe"));
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pull->findChild<QLabel*>(QStringLiteral("pullStatusLabel"))->text().contains(QStringLiteral("1 added")), 10000);
    QTest::mouseClick(pull->findChild<QPushButton*>(QStringLiteral("pullCloseButton")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->data(model->index(0, 0), CatalogTableModel::LoadedRole).toBool());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(f.dir.filePath(QStringLiteral("catalog.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000")); // the window's store may be writing
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("UPDATE sync_links SET synced_document = ''")), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    f.find<QTableView>(QStringLiteral("catalogTableView"))->selectRow(0);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    QTRY_VERIFY(f.window->editor()->syncLink().remoteId.startsWith(u"prod_"));
    QApplication::setActiveWindow(f.window.get());
    auto* amount = f.find<QLineEdit>(QStringLiteral("unitAmountLineEdit"));
    QTRY_VERIFY(amount->isVisible() && amount->isEnabled() && !amount->isReadOnly());
    typeInto(amount, QStringLiteral("24"));
    QTRY_COMPARE(f.window->editor()->syncLink().state, SyncState::Changed);
    QTRY_VERIFY(f.action(QStringLiteral("actionUpdateProduct"))->isEnabled());
    QSignalSpy handled(&sandbox, &SandboxServer::requestHandled);

    f.prompts.confirmed.clear();
    f.prompts.choice = 1; // Cancel
    f.action(QStringLiteral("actionUpdateProduct"))->trigger();
    const QString asked = QStringLiteral("Update on Stripe: “Team” cannot be updated yet: the product as last synced is not known, so "
                                         "Pricebook cannot tell what changed. Check it on Stripe first; nothing is sent until then. "
                                         "[Check on provider… / Cancel]");
    QTRY_COMPARE(f.prompts.confirmed, QStringList { asked });
    QTest::qWait(200);
    QVERIFY(f.window->findChild<CheckDialog*>() == nullptr);
    QVERIFY(f.window->findChild<ApplyPlanDialog*>() == nullptr);
    QCOMPARE(handled.count(), 0); // nothing sent

    f.prompts.choice = 0; // Check on provider…
    f.action(QStringLiteral("actionUpdateProduct"))->trigger();
    CheckDialog* check = nullptr;
    QTRY_VERIFY((check = f.window->findChild<CheckDialog*>()) != nullptr);
    QCOMPARE(f.prompts.confirmed.size(), 2);
    // It checks that product: read from Stripe, then closed.
    QTRY_COMPARE_WITH_TIMEOUT(check->findChild<QTableWidget*>(QStringLiteral("checkProductsTable"))->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(handled.count() > 0, 10000);
    QTest::mouseClick(check->findChild<QPushButton*>(QStringLiteral("checkCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(f.window->findChild<CheckDialog*>() == nullptr);
}

QTEST_MAIN(TestGuiDayTwo)
#include "tst_gui_daytwo.moc"

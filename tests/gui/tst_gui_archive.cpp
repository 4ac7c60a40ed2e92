// Archive and restore from the window, delete with archive, a live account's question before
// its first send, the key-mode badges and "Open on provider", against the sandbox, driven on the
// offscreen platform as a person would.
#include "GuiFixture.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/sync/SyncEngine.h"
#include "ui/CatalogTableModel.h"
#include "ui/ProductEditor.h"

#include <QAction>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QNetworkReply>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pb;
using pbtest::GuiFixture;

// Receives the addresses QDesktopServices would open in a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

namespace {

template <typename T> T ask(GuiFixture& f, std::function<T(Catalog&)> work)
{
    std::optional<T> out;
    f.store.call<T>(std::move(work), f.window.get(), [&out](const T& v) { out = v; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        qFatal("the catalog did not answer");
    return *out;
}

Account accountOf(GuiFixture& f, Provider provider)
{
    return ask<Account>(f, [provider](Catalog& c) {
        for (const Account& a : c.accounts())
            if (a.target.provider == provider && a.sandbox)
                return a;
        return Account();
    });
}

// A valid product saved into the catalog, not sent.
CatalogEntry savedProduct(GuiFixture& f, const QString& name, const Account& account)
{
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = account.target.provider;
    e.accountId = account.id;
    e.product.name = name;
    adapterFor(e.provider).applyNewProductDefaults(e.product);
    e.product.status = QStringLiteral("active");
    if (schemaOf(e.provider).maxPrices != 0) {
        Price p = ProductEditor::newPrice(e.provider);
        p.currency = QStringLiteral("usd");
        p.billing = QStringLiteral("recurring");
        p.interval = QStringLiteral("month");
        p.scheme = QStringLiteral("flat");
        p.amount = 1900;
        e.product.prices = { p };
    }
    e = ask<CatalogEntry>(f, [e](Catalog& c) mutable { c.saveProduct(e); return e; });
    f.window->catalogModel()->refresh();
    return e;
}

// A product saved into the catalog and sent to the sandbox by the sync engine, as a push would.
CatalogEntry pushedProduct(GuiFixture& f, const QString& name, const Account& account)
{
    const CatalogEntry e = savedProduct(f, name, account);
    SyncEngine engine(&f.store, &f.network);
    SyncTask* task = engine.send({ e.id }, Account::sandboxKey());
    QSignalSpy finished(task, &SyncTask::finished);
    if (!finished.wait(10000))
        qFatal("the push did not finish");
    const SyncOutcome o = finished.first().first().value<SyncOutcome>();
    if (!o.ok())
        qFatal("not pushed: %s", qPrintable(o.message));
    f.window->catalogModel()->refresh();
    return e;
}

QString remoteIdOf(GuiFixture& f, const CatalogEntry& e)
{
    return ask<QString>(f, [e](Catalog& c) { return c.link(e.id, e.accountId).remoteId; });
}

QJsonObject stripeProduct(QNetworkAccessManager& nam, const QString& baseUrl, const QString& id)
{
    QNetworkRequest req(QUrl(baseUrl + QStringLiteral("/v1/products/") + id));
    req.setRawHeader("Authorization", "Bearer sk_test_gui");
    QNetworkReply* reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("the sandbox did not answer");
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void selectAll(GuiFixture& f, const QStringList& ids)
{
    auto* table = f.find<QTableView>(QStringLiteral("catalogTableView"));
    CatalogTableModel* m = f.window->catalogModel();
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() >= ids.size(), 5000);
    table->clearSelection();
    table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int r = 0; r < m->rowCount(); ++r)
        if (ids.contains(m->data(m->index(r, 0), CatalogTableModel::IdRole).toString()))
            table->selectRow(r);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

// The archive dialog's report, once its Close button is on: product name -> outcome.
QMap<QString, QString> report(GuiFixture& f, int lines)
{
    QDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = f.window->findChild<QDialog*>(QStringLiteral("archiveDialog"))) != nullptr; }, 5000))
        qFatal("no archive dialog");
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("pushReportTable"));
    if (!QTest::qWaitFor([&] { return table->rowCount() == lines; }, 15000))
        qFatal("the report has %d lines, not %d", table->rowCount(), lines);
    QMap<QString, QString> out;
    for (int r = 0; r < table->rowCount(); ++r)
        out.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
    dialog->close();
    QTest::qWait(50);
    return out;
}

} // namespace

class TestGuiArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncOutcome>(); }
    void archiveAndRestoreTheSelection();
    void deleteWithArchive();
    void liveAccountAsksBeforeItsFirstSend();
    void deleteWithArchiveOnALiveAccountAsksOnce();
    void openOnProvider();
};

void TestGuiArchive::archiveAndRestoreTheSelection()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const Account stripe = accountOf(f, providers::Stripe);
    const Account chatdash = accountOf(f, providers::ChatDash);
    const CatalogEntry team = pushedProduct(f, QStringLiteral("Team"), stripe);
    const CatalogEntry solo = pushedProduct(f, QStringLiteral("Solo"), stripe);
    const CatalogEntry bot = pushedProduct(f, QStringLiteral("Bot"), chatdash);
    const qint64 before = sandbox.stats().requests;

    // Declined: nothing sent.
    selectAll(f, { team.id, solo.id, bot.id });
    f.prompts.answer = false;
    f.action(QStringLiteral("actionArchiveProducts"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), 1);
    const QString question = f.prompts.confirmed.first();
    QVERIFY2(question.startsWith(QStringLiteral("Archive on provider: Archive 2 product(s) on “Sandbox — Stripe”?")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("“Sandbox — Stripe”, test key: 2 product(s)")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("1 ChatDash product(s) not sent: ChatDash documents only a change")), qPrintable(question));
    QTest::qWait(100);
    QCOMPARE(sandbox.stats().requests, before);

    // Accepted: the two Stripe products archived there and marked here; ChatDash said why.
    f.prompts.answer = true;
    f.action(QStringLiteral("actionArchiveProducts"))->trigger();
    QMap<QString, QString> lines = report(f, 3);
    QCOMPARE(lines.value(QStringLiteral("Team")), QStringLiteral("Archived"));
    QCOMPARE(lines.value(QStringLiteral("Solo")), QStringLiteral("Archived"));
    QCOMPARE(lines.value(QStringLiteral("Bot")), QStringLiteral("Rejected"));
    QCOMPARE(sandbox.stats().requests, before + 2);
    QCOMPARE(stripeProduct(f.network, sandbox.baseUrl(), remoteIdOf(f, team)).value(u"active").toBool(true), false);
    QCOMPARE(stripeProduct(f.network, sandbox.baseUrl(), remoteIdOf(f, solo)).value(u"active").toBool(true), false);
    QTRY_VERIFY(f.window->lastResult().contains(QStringLiteral("Archive finished: 2 of 3 archived or already archived.")));
    // The list shows them as archived: the status filter finds exactly those two.
    f.chooseComboData(QStringLiteral("statusFilterComboBox"), QStringLiteral("archived"));
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 2);
    QTRY_COMPARE(f.window->catalogModel()->data(f.window->catalogModel()->index(0, ListFilter::Sync)).toString(), QStringLiteral("Synced, archived"));
    QCOMPARE(ask<QString>(f, [id = team.id](Catalog& c) { return c.product(id)->product.status; }), QStringLiteral("archived"));

    // Restore one of them.
    selectAll(f, { solo.id });
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == solo.id); // one row: the product on screen
    f.action(QStringLiteral("actionRestoreProducts"))->trigger();
    lines = report(f, 1);
    QCOMPARE(lines.value(QStringLiteral("Solo")), QStringLiteral("Restored"));
    QCOMPARE(stripeProduct(f.network, sandbox.baseUrl(), remoteIdOf(f, solo)).value(u"active").toBool(false), true);
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    QCOMPARE(ask<QString>(f, [id = solo.id](Catalog& c) { return c.product(id)->product.status; }), QStringLiteral("active"));
    QCOMPARE(ask<SyncState>(f, [id = solo.id, acc = solo.accountId](Catalog& c) { return c.link(id, acc).state; }), SyncState::Synced);
}

void TestGuiArchive::deleteWithArchive()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const CatalogEntry gold = pushedProduct(f, QStringLiteral("Gold"), accountOf(f, providers::Stripe));
    const QString remote = remoteIdOf(f, gold);
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    f.window->openProduct(gold.id);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    f.prompts.choice = 1; // "Archive on provider and delete"
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), 1); // one question: the choice
    QVERIFY2(f.prompts.confirmed.first().contains(QStringLiteral("[Delete from Pricebook only / Archive on provider and delete]")),
             qPrintable(f.prompts.confirmed.first()));
    QCOMPARE(report(f, 1).value(QStringLiteral("Gold")), QStringLiteral("Archived"));
    QCOMPARE(f.prompts.confirmed.size(), 1); // and no second one before the archive went
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    QCOMPARE(stripeProduct(f.network, sandbox.baseUrl(), remote).value(u"active").toBool(true), false);
    QTRY_VERIFY(f.window->lastResult().contains(QStringLiteral("Archived on the provider and deleted “Gold”.")));
    // Undo brings it back, marked archived and still linked.
    f.window->undoStack()->undo();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    QCOMPARE(ask<QString>(f, [id = gold.id](Catalog& c) { return c.product(id)->product.status; }), QStringLiteral("archived"));
    QCOMPARE(remoteIdOf(f, gold), remote);
    // "Delete from Pricebook only" sends nothing.
    const qint64 before = sandbox.stats().requests;
    f.prompts.choice = 0;
    f.window->openProduct(gold.id);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    QCOMPARE(sandbox.stats().requests, before);
}

// A Stripe account on the sandbox whose key (in PB_GUI_LIVE_KEY, set by the test) is a live one.
static Account addLiveStripeAccount(GuiFixture& f, const QString& baseUrl)
{
    Account live;
    live.name = QStringLiteral("Acme live");
    live.target.provider = providers::Stripe;
    live.target.baseUrl = baseUrl;
    live.keyEnvVar = QStringLiteral("PB_GUI_LIVE_KEY");
    return f.addAccount(live);
}

// Deleting a product of a live account: one question, which says the key is live in its text and
// its button; the archive then goes without a second one.
void TestGuiArchive::deleteWithArchiveOnALiveAccountAsksOnce()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    qputenv("PB_GUI_LIVE_KEY", "sk_" "live_guiSecret77");
    auto unset = qScopeGuard([] { qunsetenv("PB_GUI_LIVE_KEY"); });
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const Account live = addLiveStripeAccount(f, sandbox.baseUrl());
    const CatalogEntry gold = pushedProduct(f, QStringLiteral("Live gold"), live);
    const QString remote = remoteIdOf(f, gold);
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);

    // Declined: nothing sent, nothing deleted.
    f.window->openProduct(gold.id);
    QTRY_VERIFY(f.window->editor()->hasEntry());
    const qint64 before = sandbox.stats().requests;
    f.prompts.answer = false;
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), 1);
    const QString question = f.prompts.confirmed.first();
    QVERIFY2(question.startsWith(QStringLiteral("Delete from Pricebook — live account: Delete “Live gold” from Pricebook?")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("“Acme live” (Stripe) has a LIVE key: archiving there stops real customers seeing the product.")),
             qPrintable(question));
    QVERIFY2(question.endsWith(QStringLiteral("[Delete from Pricebook only / Archive on the LIVE account and delete]")), qPrintable(question));
    QTest::qWait(200);
    QCOMPARE(sandbox.stats().requests, before);
    QCOMPARE(f.window->catalogModel()->rowCount(), 1);

    // "Archive on the LIVE account and delete": archived there and deleted here, asked once.
    f.prompts.answer = true;
    f.prompts.choice = 1;
    f.action(QStringLiteral("actionDeleteProduct"))->trigger();
    QCOMPARE(report(f, 1).value(QStringLiteral("Live gold")), QStringLiteral("Archived"));
    QCOMPARE(f.prompts.confirmed.size(), 2); // the one question of each delete, no other
    QVERIFY(f.prompts.confirmed.last().contains(QStringLiteral("LIVE key")));
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 0);
    QCOMPARE(stripeProduct(f.network, sandbox.baseUrl(), remote).value(u"active").toBool(true), false);
    QTRY_VERIFY(f.window->lastResult().contains(QStringLiteral("Archived on the provider and deleted “Live gold”.")));

    // Archiving it from the menu (not a delete) still asks its own live question.
    f.window->undoStack()->undo();
    QTRY_COMPARE(f.window->catalogModel()->rowCount(), 1);
    selectAll(f, { gold.id });
    f.prompts.answer = false;
    f.action(QStringLiteral("actionRestoreProducts"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), 3);
    QVERIFY2(f.prompts.confirmed.last().startsWith(QStringLiteral("Restore on live accounts: ")), qPrintable(f.prompts.confirmed.last()));
}

void TestGuiArchive::liveAccountAsksBeforeItsFirstSend()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    qputenv("PB_GUI_LIVE_KEY", "sk_" "live_guiSecret77");
    auto unset = qScopeGuard([] { qunsetenv("PB_GUI_LIVE_KEY"); });
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    const Account live = addLiveStripeAccount(f, sandbox.baseUrl());
    const CatalogEntry gold = savedProduct(f, QStringLiteral("Live gold"), live);
    const CatalogEntry silver = savedProduct(f, QStringLiteral("Live silver"), live);
    f.window->openProduct(gold.id);
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == gold.id);
    // The picker says which key is live; the sandbox's account is named as such.
    auto* accounts = f.find<QComboBox>(QStringLiteral("accountComboBox"));
    QTRY_VERIFY(accounts->findText(QStringLiteral("Acme live — Live")) >= 0);
    QVERIFY(accounts->findText(QStringLiteral("Local sandbox")) >= 0);
    QTRY_VERIFY(f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    const int asked = int(f.prompts.confirmed.size());
    f.prompts.answer = false;
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QTRY_COMPARE(f.prompts.confirmed.size(), asked + 1);
    QVERIFY2(f.prompts.confirmed.last().startsWith(QStringLiteral("Send to a live account: “Acme live” uses a live Stripe key")),
             qPrintable(f.prompts.confirmed.last()));
    QTest::qWait(200);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 0);
    // Yes: sent; the next send of this run does not ask again.
    f.prompts.answer = true;
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QTRY_COMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 1);
    QTRY_VERIFY(!f.window->isSubmitting());
    const int afterFirst = int(f.prompts.confirmed.size());
    f.window->openProduct(silver.id);
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == silver.id);
    QTRY_VERIFY(f.action(QStringLiteral("actionSubmitProduct"))->isEnabled());
    f.action(QStringLiteral("actionSubmitProduct"))->trigger();
    QTRY_COMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 2);
    QCOMPARE(int(f.prompts.confirmed.size()), afterFirst);
    // The accounts dialog shows the badge, in the list and for the account open.
    f.action(QStringLiteral("actionAccounts"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<QDialog*>(QStringLiteral("accountsDialog"))));
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("accountsListWidget"));
    QTRY_VERIFY(!list->findItems(QStringLiteral("Acme live — Stripe — Live"), Qt::MatchExactly).isEmpty());
    list->setCurrentItem(list->findItems(QStringLiteral("Acme live — Stripe — Live"), Qt::MatchExactly).first());
    QTRY_COMPARE(dialog->findChild<QLabel*>(QStringLiteral("keyModeBadgeLabel"))->text(), QStringLiteral("Live"));
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(!list->item(i)->text().contains(QStringLiteral("guiSecret")));
    dialog->close();
}

void TestGuiArchive::openOnProvider()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    qputenv("PB_GUI_CONNECTED_KEY", "rk_" "live_guiConnected");
    auto unsetKey = qScopeGuard([] { qunsetenv("PB_GUI_CONNECTED_KEY"); });
    GuiFixture f;
    QVERIFY(f.firstRunWithSandbox(sandbox.baseUrl()));
    QAction* open = f.action(QStringLiteral("actionOpenOnProvider"));
    // A test-mode product: the test dashboard.
    const CatalogEntry team = pushedProduct(f, QStringLiteral("Team"), accountOf(f, providers::Stripe));
    f.window->openProduct(team.id);
    QTRY_VERIFY(open->isEnabled());
    open->trigger();
    QTRY_COMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), QUrl(QStringLiteral("https://dashboard.stripe.com/test/products/") + remoteIdOf(f, team)));
    // A live key of a connected account: its account's path, no test segment.
    Account connected;
    connected.name = QStringLiteral("Client via platform");
    connected.target.provider = providers::Stripe;
    connected.target.baseUrl = sandbox.baseUrl();
    connected.target.set(QStringLiteral("stripe-account"), QStringLiteral("acct_1Client"));
    connected.keyEnvVar = QStringLiteral("PB_GUI_CONNECTED_KEY");
    connected = f.addAccount(connected);
    CatalogEntry linked = ask<CatalogEntry>(f, [id = connected.id](Catalog& c) {
        CatalogEntry e;
        e.provider = providers::Stripe;
        e.accountId = id;
        e.product.name = QStringLiteral("Linked");
        c.saveProduct(e);
        c.beginSubmission(e.id, e.accountId, {});
        JobResult r;
        r.status = JobStatus::Succeeded;
        r.object.id = QStringLiteral("prod_LINKED");
        c.recordResult(e.id, e.accountId, JobKind::CreateProduct, r, e.version, &e.product);
        return e;
    });
    f.window->openProduct(linked.id);
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == linked.id);
    QTRY_VERIFY(open->isEnabled());
    open->trigger();
    QTRY_COMPARE(catcher.urls.size(), 2);
    QCOMPARE(catcher.urls.last(), QUrl(QStringLiteral("https://dashboard.stripe.com/acct_1Client/products/prod_LINKED")));
    // Where no address is known: disabled, saying why.
    const CatalogEntry bot = pushedProduct(f, QStringLiteral("Bot"), accountOf(f, providers::ChatDash));
    f.window->openProduct(bot.id);
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id == bot.id);
    QTRY_VERIFY(!open->isEnabled());
    // The product's link (its remote id) reaches the editor after the product itself.
    QTRY_COMPARE(open->toolTip(), QStringLiteral("ChatDash documents no dashboard address for a product."));
    f.action(QStringLiteral("actionNewProduct"))->trigger();
    QTRY_VERIFY(f.window->editor()->hasEntry() && f.window->editor()->entry().id != bot.id);
    QTRY_VERIFY(!open->isEnabled());
    QVERIFY2(open->toolTip().startsWith(QStringLiteral("Not on ")), qPrintable(open->toolTip()));
    QCOMPARE(catcher.urls.size(), 2);
}

QTEST_MAIN(TestGuiArchive)
#include "tst_gui_archive.moc"

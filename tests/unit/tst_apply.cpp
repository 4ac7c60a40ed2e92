// Change plans applied on real parts: a real SQLite catalog, the one PlanApplier workflow the
// window and `pricebook-cli apply` share, and real HTTP on 127.0.0.1 (a recording test server
// where each request is compared, the sandbox where the provider's rules and faults apply).
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Database.h"
#include "services/sync/Apply.h"
#include "services/sync/BulkPush.h"
#include "services/sync/ChangePlan.h"
#include "services/sync/Check.h"
#include "services/sync/Pull.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace pb;
using pbtest::ServerAction;
using pbtest::ServerRequest;
using pbtest::TestHttpServer;

namespace {

const char* kStripeTeam = R"({"name":"Team","prices":[
    {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900,"remote_id":"price_m19","default":true,"lookup_key":"team_monthly"},
    {"currency":"usd","billing":"recurring","interval":"year","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":19000,"remote_id":"price_y190","nickname":"Yearly","lookup_key":"team_yearly"}]})";
const char* kPiriod = R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000,"remote_id":"pln_1"}]})";
const char* kJani = R"({"name":"Food","product_type":"standard","status":"active"})";
const char* kChatDash = R"({"name":"Starter","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2999}]})";

Account makeAccount(Catalog& c, Provider p, const QString& baseUrl)
{
    Account a;
    a.name = QStringLiteral("%1 sandbox").arg(providerDisplayName(p));
    a.target.provider = p;
    a.target.baseUrl = baseUrl;
    a.sandbox = true;
    if (p == providers::Piriod)
        a.target.set(QStringLiteral("workspace"), QStringLiteral("ws_two"));
    if (p == providers::ChatDash)
        a.target.set(QStringLiteral("account-id"), QStringLiteral("acct_two"));
    if (!c.saveAccount(a))
        qFatal("account not saved: %s", qPrintable(c.lastError()));
    return a;
}

QStringList lines(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* l : list)
        out << QString::fromUtf8(l);
    return out;
}

KeyLookup sandboxKeys()
{
    return [](const Account&, std::function<void(const QString&)> then) { then(Account::sandboxKey()); };
}

QList<PushLine> runApply(CatalogStore& store, const QStringList& ids, std::optional<ChangePlan> shown = std::nullopt)
{
    QNetworkAccessManager nam;
    PlanApplier applier(&store, &nam, sandboxKeys());
    QSignalSpy finished(&applier, &PlanApplier::finished);
    ApplyOptions options;
    options.shown = std::move(shown);
    options.policy.baseDelayMs = 10;
    applier.start(ids, options);
    if (!finished.wait(120000))
        qFatal("apply did not finish");
    store.waitForIdle();
    return finished.first().first().value<QList<PushLine>>();
}

// A request as the provider received it, with the key it carried: compared line by line.
QString describe(const ServerRequest& r)
{
    QString out = QString::fromLatin1(r.method + ' ' + r.path);
    if (!r.body.isEmpty())
        out += u' ' + QString::fromUtf8(QByteArray::fromPercentEncoding(r.body));
    if (r.headers.contains("idempotency-key"))
        out += QStringLiteral(" [key %1]").arg(QString::fromLatin1(r.headers.value("idempotency-key")));
    return out;
}

// Answers as the providers would, enough for the steps to read: a new object gets a new id,
// a change answers with the object it names.
ServerAction providerLike(const ServerRequest& r)
{
    const QByteArray path = r.path;
    if (r.method == "POST" && path == "/v1/prices")
        return ServerAction::json(200, R"({"id":"price_new","object":"price","active":true})");
    if (r.method == "POST" && path == "/plans/")
        return ServerAction::json(201, R"({"id":"pln_new","status":"active"})");
    QByteArray id = path;
    while (id.endsWith('/'))
        id.chop(1);
    id = id.mid(id.lastIndexOf('/') + 1);
    return ServerAction::json(200, R"({"id":")" + id + R"(","object":"x","active":true})");
}

struct Fixture {
    QTemporaryDir dir;
    Catalog catalog;
    CatalogStore store;
    Account account;
    CatalogEntry entry;

    // A product adopted as synced on `provider` as `synced` describes it (remote id prod_team).
    void open(Provider provider, const QString& baseUrl, const QByteArray& synced)
    {
        QString error;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        if (!catalog.open(path, &error))
            qFatal("%s", qPrintable(error));
        QSignalSpy opened(&store, &CatalogStore::opened);
        store.open(path);
        if (!opened.wait())
            qFatal("store not opened");
        account = makeAccount(catalog, provider, baseUrl);
        AdoptionReport adopted;
        if (!catalog.adopt(account.id, provider, { { QStringLiteral("prod_team"), pbtest::product(synced) } }, &adopted))
            qFatal("%s", qPrintable(catalog.lastError()));
        entry = *catalog.product(adopted.productIds.first());
    }
    void save()
    {
        if (!catalog.saveProduct(entry))
            qFatal("%s", qPrintable(catalog.lastError()));
    }
    ChangePlan plan() { return ChangePlan::compute(catalog, { entry.id }); }
};

void edit(Product& p, const QString& edit)
{
    if (edit == u"amount")
        p.prices[0].amount = p.prices[0].currency == u"usd" ? 2400 : 3999;
    else if (edit == u"nickname1")
        p.prices[1].nickname = QStringLiteral("Annual");
    else if (edit == u"swap")
        std::swap(p.prices[0], p.prices[1]);
    else if (edit == u"archive1")
        p.prices[1].archived = true;
    else if (edit == u"name")
        p.name += QStringLiteral(" 2");
    else if (edit == u"planname")
        p.prices[0].planName = QStringLiteral("Month");
    else if (edit == u"archive")
        p.status = QStringLiteral("archived");
}

// Requests straight to the sandbox, as the provider's dashboard would make them.
struct Remote {
    QString base;
    QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer sk_test_x" },
                                                   { "Content-Type", "application/x-www-form-urlencoded" } };
    QNetworkAccessManager nam { nullptr };
    QJsonObject call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest req(QUrl(base + path));
        for (const auto& [name, value] : headers)
            req.setRawHeader(name, value);
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("no answer");
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
};

PullReport runPull(CatalogStore& store, const Account& a)
{
    QNetworkAccessManager nam;
    PullOptions options;
    options.ratePerSecond = 100000;
    Pull pull(&store, &nam, a, Account::sandboxKey(), options);
    QSignalSpy finished(&pull, &Pull::finished);
    pull.start();
    if (!finished.wait(600000))
        qFatal("pull did not finish");
    store.waitForIdle();
    return finished.first().first().value<PullReport>();
}

// A Stripe product of US$19.00/month made on the sandbox, pulled into `f`'s catalog and changed
// there to US$24.00/month.
void pullRepriced(SandboxServer& sandbox, Remote& remote, Fixture& f, QString* productId, QString* oldPrice)
{
    const QJsonObject made = remote.call("POST", QStringLiteral("/v1/products"),
                                         "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900"
                                         "&default_price_data[recurring][interval]=month");
    *productId = made.value(u"id").toString();
    *oldPrice = made.value(u"default_price").toString();
    QString error;
    const QString path = f.dir.filePath(QStringLiteral("catalog.sqlite"));
    if (!f.catalog.open(path, &error))
        qFatal("%s", qPrintable(error));
    QSignalSpy opened(&f.store, &CatalogStore::opened);
    f.store.open(path);
    if (!opened.wait())
        qFatal("store not opened");
    f.account = makeAccount(f.catalog, providers::Stripe, sandbox.baseUrl());
    if (!runPull(f.store, f.account).ok())
        qFatal("pull failed");
    f.entry = *f.catalog.product(f.catalog.productForRemote(f.account.id, *productId));
    f.entry.product.prices[0].amount = 2400;
    f.save();
}

// The sandbox has the product's US$19.00 price archived and a new US$24.00 one as its default.
void replacedByTheNewDefault(Remote& remote, const QString& productId, const QString& oldPrice)
{
    const QJsonObject product = remote.call("GET", QStringLiteral("/v1/products/") + productId);
    const QJsonArray prices = remote.call("GET", QStringLiteral("/v1/prices?product=") + productId).value(u"data").toArray();
    QCOMPARE(prices.size(), 2);
    for (const QJsonValue& v : prices) {
        const QJsonObject p = v.toObject();
        const bool isNew = p.value(u"id").toString() != oldPrice;
        QCOMPARE(p.value(u"active").toBool(), isNew);
        QCOMPARE(p.value(u"unit_amount").toInt(), isNew ? 2400 : 1900);
        QCOMPARE(product.value(u"default_price").toString() == p.value(u"id").toString(), isNew);
    }
}

} // namespace

class TestApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<PushLine>>(); }
    void applySendsExactlyThePlannedRequests_data();
    void applySendsExactlyThePlannedRequests();
    void planThatChangedSinceItWasShownIsRefused();
    void failedStepResumesWithTheSameKeys();
    void appliedProductIsTheSameWhenAppliedAgain();
    void updateWithNothingTheProviderKeepsIsRecordedSynced();
    void stripePriceChangeOnTheSandbox();
    void priceChangeAfterACreateFromHere();
    void pushSendsThePriceChangeThePlansWay();
    void piriodPlanChangeOnTheSandbox();
    void cliAppliesOnlyThePlanInTheFile();
    void thousandPriceChangesSurviveFaultsAndAKill();
};

void TestApply::applySendsExactlyThePlannedRequests_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("synced");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QStringList>("expected"); // {key} stands for the plan's idempotency key
    QTest::addColumn<QString>("outcome");
    QTest::newRow("stripe amount") << "stripe" << QByteArray(kStripeTeam) << "amount" << lines({
        "POST /v1/prices product=prod_team&currency=usd&recurring[interval]=month&unit_amount=2400&lookup_key=team_monthly"
        "&transfer_lookup_key=true [key {key}-apply[0]]",
        "POST /v1/products/prod_team default_price=price_new [key {key}-apply[1]]",
        "POST /v1/prices/price_m19 active=false [key {key}-apply[2]]" }) << "updated";
    QTest::newRow("stripe nickname in place") << "stripe" << QByteArray(kStripeTeam) << "nickname1" << lines({
        "POST /v1/prices/price_y190 nickname=Annual [key {key}-apply[0]]" }) << "updated";
    QTest::newRow("stripe new default") << "stripe" << QByteArray(kStripeTeam) << "swap" << lines({
        "POST /v1/products/prod_team default_price=price_y190 [key {key}-apply[0]]" }) << "updated";
    QTest::newRow("stripe archive a price") << "stripe" << QByteArray(kStripeTeam) << "archive1" << lines({
        "POST /v1/prices/price_y190 active=false [key {key}-apply[0]]" }) << "updated";
    QTest::newRow("stripe name") << "stripe" << QByteArray(kStripeTeam) << "name" << lines({
        "POST /v1/products/prod_team name=Team 2 [key {key}-apply[0]]" }) << "updated";
    QTest::newRow("piriod plan name patched") << "piriod" << QByteArray(kPiriod) << "planname" << lines({
        "PATCH /plans/pln_1/ {\"name\":\"Month\",\"description\":\"d\"}" }) << "updated";
    QTest::newRow("piriod amount is a new plan") << "piriod" << QByteArray(kPiriod) << "amount" << lines({
        "POST /plans/ {\"product\":\"prod_team\",\"name\":\"Monthly\",\"description\":\"d\",\"frequency\":\"monthly\",\"currency\":\"clp\",\"amount\":3999}",
        "PATCH /plans/pln_1/ {\"status\":\"archived\"}" }) << "updated";
    QTest::newRow("jani status patched") << "jani" << QByteArray(kJani) << "archive" << lines({
        "PATCH /api/v1/products/prod_team {\"name\":\"Food\",\"type\":\"standard\",\"status\":\"archived\"}" }) << "updated";
    QTest::newRow("chatdash price refused, nothing sent") << "chatdash" << QByteArray(kChatDash) << "amount" << lines({}) << "rejected";
}

// What the plan says is what the provider receives: request by request, in that order, each
// keyed request with the key of its step.
void TestApply::applySendsExactlyThePlannedRequests()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, synced);
    QFETCH(QString, edit);
    QFETCH(QStringList, expected);
    QFETCH(QString, outcome);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = providerLike;
    Fixture f;
    f.open(*providerFromKey(provider), server.baseUrl(), synced);
    ::edit(f.entry.product, edit);
    f.save();
    const ChangePlan shown = f.plan();
    const SyncLink before = f.catalog.link(f.entry.id, f.account.id);
    const QString key = shown.accounts.isEmpty() ? QString()
                                                 : PlanApplier::planKey(f.entry, before, shown.accounts.first().products.first());
    const QList<PushLine> lines = runApply(f.store, { f.entry.id }, shown);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().outcome == outcome, qPrintable(lines.first().outcome + u' ' + lines.first().message));
    QStringList sent;
    for (const ServerRequest& r : std::as_const(server.requests))
        sent << describe(r);
    for (QString& e : expected)
        e.replace(QStringLiteral("{key}"), key);
    QCOMPARE(sent, expected);
    if (outcome != u"updated")
        return;
    // Synced at the version applied: the plan is empty now, and a second apply sends nothing.
    const SyncLink after = f.catalog.link(f.entry.id, f.account.id);
    const CatalogEntry now = *f.catalog.product(f.entry.id);
    QCOMPARE(after.state, SyncState::Synced);
    QCOMPARE(after.syncedVersion, now.version);
    QVERIFY(after.submission.isEmpty());
    QCOMPARE(f.plan().unchanged, 1);
    server.requests.clear();
    QCOMPARE(runApply(f.store, { f.entry.id }).first().outcome, QStringLiteral("already synced"));
    QCOMPARE(server.requests.size(), 0);
    if (edit == u"amount") {
        // The new price with the id it was given, the default; the replaced one kept as archived.
        const QString made = provider == u"stripe" ? QStringLiteral("price_new") : QStringLiteral("pln_new");
        const QString old = provider == u"stripe" ? QStringLiteral("price_m19") : QStringLiteral("pln_1");
        QCOMPARE(now.product.prices.first().remoteId, made);
        QCOMPARE(now.product.prices.first().archived, false);
        QCOMPARE(now.product.prices.last().remoteId, old);
        QCOMPARE(now.product.prices.last().archived, true);
        if (provider == u"stripe") {
            QVERIFY(now.product.prices.first().isDefault);
            QVERIFY(!now.product.prices.last().isDefault);
        }
    }
}

// A product changed again after its plan was shown is not applied: the difference is told and
// nothing is sent.
void TestApply::planThatChangedSinceItWasShownIsRefused()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = providerLike;
    Fixture f;
    f.open(providers::Stripe, server.baseUrl(), kStripeTeam);
    f.entry.product.prices[0].amount = 2400;
    f.save();
    const ChangePlan shown = f.plan();
    f.entry.product.prices[0].amount = 2500;
    f.save();
    const QList<PushLine> lines = runApply(f.store, { f.entry.id }, shown);
    QCOMPARE(lines.first().outcome, QStringLiteral("rejected"));
    QVERIFY2(lines.first().message.contains(QStringLiteral("create price US$24.00/month on prod_team"))
                 && lines.first().message.contains(QStringLiteral("create price US$25.00/month on prod_team")),
             qPrintable(lines.first().message));
    QCOMPARE(server.requests.size(), 0);
    // A product the shown plan left out is not applied either.
    const QList<PushLine> unseen = runApply(f.store, { f.entry.id }, ChangePlan {});
    QCOMPARE(unseen.first().outcome, QStringLiteral("rejected"));
    QCOMPARE(server.requests.size(), 0);
}

// A step refused part way: the steps done stay recorded with the ids they made; the next apply
// sends only the rest, with the same keys, and never makes the price again.
void TestApply::failedStepResumesWithTheSameKeys()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    int defaultsRefused = 0;
    server.handler = [&](const ServerRequest& r) {
        if (r.path == "/v1/products/prod_team" && defaultsRefused++ == 0)
            return ServerAction::json(400, R"({"error":{"type":"invalid_request_error","message":"Try again."}})");
        return providerLike(r);
    };
    Fixture f;
    f.open(providers::Stripe, server.baseUrl(), kStripeTeam);
    f.entry.product.prices[0].amount = 2400;
    f.save();
    const QList<PushLine> first = runApply(f.store, { f.entry.id });
    QCOMPARE(first.first().outcome, QStringLiteral("rejected"));
    QVERIFY2(first.first().message.contains(QStringLiteral("1 of 3 steps done")), qPrintable(first.first().message));
    const SyncLink partway = f.catalog.link(f.entry.id, f.account.id);
    QCOMPARE(partway.submission.completed.value(QStringLiteral("apply[0]")), QStringLiteral("price_new"));
    QCOMPARE(server.requests.size(), 2);
    const QByteArray key = server.requests.at(1).headers.value("idempotency-key");

    const QList<PushLine> second = runApply(f.store, { f.entry.id });
    QVERIFY2(second.first().outcome == u"updated", qPrintable(second.first().message));
    QCOMPARE(server.requests.size(), 4); // the default again, then the archive: no second price
    QCOMPARE(describe(server.requests.at(2)), describe(server.requests.at(1)));
    QCOMPARE(server.requests.at(2).headers.value("idempotency-key"), key);
    QCOMPARE(server.requests.at(3).path, QByteArray("/v1/prices/price_m19"));
    QCOMPARE(f.catalog.product(f.entry.id)->product.prices.first().remoteId, QStringLiteral("price_new"));
}

void TestApply::appliedProductIsTheSameWhenAppliedAgain()
{
    const Product synced = pbtest::product(kStripeTeam);
    Product local = synced;
    local.prices[0].amount = 2400;
    const ChangeSet changes = adapterFor(providers::Stripe).planChanges(synced, local, QStringLiteral("prod_team"));
    const QMap<QString, QString> done { { QStringLiteral("apply[0]"), QStringLiteral("price_new") },
                                        { QStringLiteral("apply[1]"), QStringLiteral("prod_team") },
                                        { QStringLiteral("apply[2]"), QStringLiteral("price_m19") } };
    const Product once = PlanApplier::appliedProduct(local, synced, changes, done);
    QCOMPARE(once.prices.size(), 3);
    QCOMPARE(PlanApplier::appliedProduct(once, synced, changes, done), once);
    QVERIFY(adapterFor(providers::Stripe).planChanges(once, once, QStringLiteral("prod_team")).changes.isEmpty());
}

// A change to what only Pricebook keeps (Stripe has no image URL member), or a change undone:
// the update sends nothing, says why, and the product is synced at its version now, as the
// provider has it, instead of "changed since sync" for ever. A later price change still plans
// from the prices the provider has.
void TestApply::updateWithNothingTheProviderKeepsIsRecordedSynced()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = providerLike;
    Fixture f;
    f.open(providers::Stripe, server.baseUrl(), kStripeTeam);
    const Product remote = f.entry.product;
    f.entry.product.imageUrl = QStringLiteral("https://example.com/team.png");
    f.save();
    QCOMPARE(f.catalog.link(f.entry.id, f.account.id).state, SyncState::Changed);

    QNetworkAccessManager nam;
    SyncEngine engine(&f.store, &nam);
    auto update = [&] {
        SyncTask* task = engine.send({ f.entry.id, SyncRequest::Update }, Account::sandboxKey());
        QSignalSpy finished(task, &SyncTask::finished);
        if (!finished.wait(30000))
            qFatal("update did not finish");
        f.store.waitForIdle();
        return finished.first().first().value<SyncOutcome>();
    };
    const SyncOutcome o = update();
    QCOMPARE(o.kind, SyncOutcome::AlreadySynced);
    QCOMPARE(o.sent, false);
    QCOMPARE(o.message, QStringLiteral("Nothing Stripe keeps has changed: what changed here (image url) is kept only in Pricebook, so nothing was sent."));
    QCOMPARE(server.requests.size(), 0);
    CatalogEntry now = *f.catalog.product(f.entry.id);
    SyncLink link = f.catalog.link(f.entry.id, f.account.id);
    QCOMPARE(link.state, SyncState::Synced);
    QCOMPARE(link.syncedVersion, now.version);
    QVERIFY(link.syncedProduct);
    QCOMPARE(link.syncedProduct->imageUrl, now.product.imageUrl);
    QCOMPARE(link.syncedProduct->prices, remote.prices);
    QVERIFY(!link.claim.isHeld());
    // Check on provider finds nothing changed on either side against what Stripe has.
    QVERIFY(Check::compare(f.account.target, link.syncedProduct, now.product, remote).isEmpty());
    QCOMPARE(f.plan().unchanged, 1);

    // Changed and changed back: nothing to send, and said so.
    f.entry = now;
    f.entry.product.prices[0].amount = 2400;
    f.save();
    f.entry.product.prices[0].amount = 1900;
    f.save();
    QCOMPARE(f.catalog.link(f.entry.id, f.account.id).state, SyncState::Changed);
    const QList<PushLine> lines = runApply(f.store, { f.entry.id });
    QCOMPARE(lines.first().outcome, QStringLiteral("already synced"));
    QCOMPARE(lines.first().message, QStringLiteral("Nothing Stripe keeps has changed: the product is as it was when last synced, so nothing was sent."));
    QCOMPARE(server.requests.size(), 0);
    now = *f.catalog.product(f.entry.id);
    link = f.catalog.link(f.entry.id, f.account.id);
    QCOMPARE(link.state, SyncState::Synced);
    QCOMPARE(link.syncedVersion, now.version);

    // A price change afterwards is planned from the prices Stripe has.
    f.entry = now;
    f.entry.product.prices[0].amount = 2400;
    f.save();
    const ChangePlan plan = f.plan();
    QCOMPARE(plan.operationCount(), 3);
    QCOMPARE(plan.accounts.first().products.first().changes.changes.first().words,
             QStringLiteral("create price US$24.00/month on prod_team"));
}

// On the sandbox, which refuses archiving a default price as Stripe does: pulled, changed
// 19 -> 24, applied; the provider then has the new price as the default and the old archived.
void TestApply::stripePriceChangeOnTheSandbox()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote { sandbox.baseUrl() };
    Fixture f;
    QString productId, oldPrice;
    pullRepriced(sandbox, remote, f, &productId, &oldPrice);
    QCOMPARE(f.plan().text(), QStringLiteral("Stripe sandbox (Stripe):\n"
                                             "  Team  %1\n"
                                             "    1. create price US$24.00/month on %1\n"
                                             "    2. make it the default\n"
                                             "    3. archive %2 (US$19.00/month)\n"
                                             "Plan: 3 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n")
                                  .arg(productId, oldPrice));
    const QList<PushLine> lines = runApply(f.store, { f.entry.id }, f.plan());
    QVERIFY2(lines.first().outcome == u"updated", qPrintable(lines.first().message));
    replacedByTheNewDefault(remote, productId, oldPrice);
    // Pulled again, it reads as the catalog holds it: nothing to change.
    QVERIFY(runPull(f.store, f.account).ok());
    QCOMPARE(f.plan().unchanged, 1);
}

// A product created from here (not pulled), then repriced: the plan names the price the create
// made (its id kept from the create's answer) and applying it replaces that price.
void TestApply::priceChangeAfterACreateFromHere()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote { sandbox.baseUrl() };
    Fixture f;
    QString error;
    const QString path = f.dir.filePath(QStringLiteral("catalog.sqlite"));
    QVERIFY(f.catalog.open(path, &error));
    QSignalSpy opened(&f.store, &CatalogStore::opened);
    f.store.open(path);
    QVERIFY(opened.wait());
    f.account = makeAccount(f.catalog, providers::Stripe, sandbox.baseUrl());
    f.entry.provider = providers::Stripe;
    f.entry.accountId = f.account.id;
    f.entry.product = pbtest::product(R"({"name":"Team","prices":[{"currency":"usd","billing":"recurring","interval":"month",
                                          "interval_count":1,"scheme":"flat","amount":1900}]})");
    f.save();
    {
        QNetworkAccessManager nam;
        BulkPusher pusher(&f.store, &nam, sandboxKeys());
        QSignalSpy finished(&pusher, &BulkPusher::finished);
        pusher.start({ f.entry.id }, {});
        QVERIFY(finished.wait(30000));
        const QList<PushLine> lines = finished.first().first().value<QList<PushLine>>();
        QVERIFY2(lines.first().outcome == u"created", qPrintable(lines.first().message));
    }
    f.store.waitForIdle();
    f.entry = *f.catalog.product(f.entry.id);
    const QString productId = f.catalog.link(f.entry.id, f.account.id).remoteId;
    const QString oldPrice = remote.call("GET", QStringLiteral("/v1/products/") + productId).value(u"default_price").toString();
    QVERIFY(oldPrice.startsWith(u"price_"));
    f.entry.product.prices[0].amount = 2400;
    f.save();
    QCOMPARE(f.plan().text(), QStringLiteral("Stripe sandbox (Stripe):\n"
                                             "  Team  %1\n"
                                             "    1. create price US$24.00/month on %1\n"
                                             "    2. make it the default\n"
                                             "    3. archive %2 (US$19.00/month)\n"
                                             "Plan: 3 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n")
                                  .arg(productId, oldPrice));
    const QList<PushLine> lines = runApply(f.store, { f.entry.id }, f.plan());
    QVERIFY2(lines.first().outcome == u"updated", qPrintable(lines.first().message));
    replacedByTheNewDefault(remote, productId, oldPrice);
    // A name changed afterwards is only that: no new price.
    f.entry = *f.catalog.product(f.entry.id);
    f.entry.product.name = QStringLiteral("Team plus");
    f.save();
    const ChangePlan rename = f.plan();
    QCOMPARE(rename.operationCount(), 1);
    QVERIFY2(rename.text().contains(QStringLiteral("update product")), qPrintable(rename.text()));
}

// Push (the window's "Push selected…" and `pricebook-cli push`) sends a changed synced product
// as its change plan: pulled, changed 19 -> 24 and pushed, the sandbox has a new default price
// of 24 and the old one archived, the report says so, and what the link holds as last synced is
// what the provider has (Check on provider finds it in step).
void TestApply::pushSendsThePriceChangeThePlansWay()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote { sandbox.baseUrl() };
    Fixture f;
    QString productId, oldPrice;
    pullRepriced(sandbox, remote, f, &productId, &oldPrice);
    QNetworkAccessManager nam;
    {
        BulkPusher pusher(&f.store, &nam, sandboxKeys());
        QSignalSpy finished(&pusher, &BulkPusher::finished);
        pusher.start({ f.entry.id }, {});
        QVERIFY(finished.wait(30000));
        const QList<PushLine> lines = finished.first().first().value<QList<PushLine>>();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().outcome == u"updated", qPrintable(lines.first().outcome + u' ' + lines.first().message));
        QCOMPARE(lines.first().message, QStringLiteral("new default price, old price archived"));
    }
    f.store.waitForIdle();
    replacedByTheNewDefault(remote, productId, oldPrice);
    const SyncLink link = f.catalog.link(f.entry.id, f.account.id);
    QCOMPARE(link.state, SyncState::Synced);
    QCOMPARE(f.plan().unchanged, 1);
    Check check(&f.store, &nam, sandboxKeys(), { f.entry.id });
    QSignalSpy checked(&check, &Check::finished);
    check.start();
    QVERIFY(checked.wait(30000));
    const CheckReport report = checked.first().first().value<CheckReport>();
    QCOMPARE(report.items.size(), 1);
    QVERIFY2(report.items.first().inStep(), qPrintable(report.text()));
}

// On the sandbox's Piriod: a plan's amount changed is a new plan on the product and the old one
// archived by its status; a plan's name is patched in place.
void TestApply::piriodPlanChangeOnTheSandbox()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote { sandbox.baseUrl(), { { "Authorization", "Token t" }, { "x-simple-workspace", "ws_two" }, { "Content-Type", "application/json" } } };
    const QString productId = remote.call("POST", QStringLiteral("/products/"), R"({"name":"Agenda","unit_label":"seat"})").value(u"id").toString();
    const QString oldPlan = remote.call("POST", QStringLiteral("/plans/"),
                                        R"({"product":")" + productId.toUtf8()
                                            + R"(","name":"Monthly","description":"d","frequency":"monthly","currency":"clp","amount":15000})")
                                .value(u"id").toString();
    Fixture f;
    QString error;
    const QString path = f.dir.filePath(QStringLiteral("catalog.sqlite"));
    QVERIFY(f.catalog.open(path, &error));
    QSignalSpy opened(&f.store, &CatalogStore::opened);
    f.store.open(path);
    QVERIFY(opened.wait());
    f.account = makeAccount(f.catalog, providers::Piriod, sandbox.baseUrl());
    QVERIFY(runPull(f.store, f.account).ok());
    f.entry = *f.catalog.product(f.catalog.productForRemote(f.account.id, productId));
    QCOMPARE(f.entry.product.prices.size(), 1);
    f.entry.product.prices[0].amount = 19000;
    f.save();
    QList<PushLine> lines = runApply(f.store, { f.entry.id }, f.plan());
    QVERIFY2(lines.first().outcome == u"updated", qPrintable(lines.first().message));
    const QJsonArray plans = remote.call("GET", QStringLiteral("/plans/?product=") + productId).value(u"results").toArray();
    QCOMPARE(plans.size(), 2);
    QString newPlan;
    for (const QJsonValue& v : plans) {
        const QJsonObject p = v.toObject();
        const bool isOld = p.value(u"id").toString() == oldPlan;
        QCOMPARE(p.value(u"status").toString(), isOld ? QStringLiteral("archived") : QStringLiteral("active"));
        QCOMPARE(p.value(u"amount").toInteger(), isOld ? 15000 : 19000);
        if (!isOld)
            newPlan = p.value(u"id").toString();
    }
    // The new plan's name, patched in place.
    f.entry = *f.catalog.product(f.entry.id);
    QCOMPARE(f.entry.product.prices.first().remoteId, newPlan);
    f.entry.product.prices[0].planName = QStringLiteral("Month");
    f.save();
    QCOMPARE(f.plan().text(), QStringLiteral("Piriod sandbox (Piriod):\n"
                                             "  Agenda  %1\n"
                                             "    1. update plan %2 (name)\n"
                                             "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n").arg(productId, newPlan));
    lines = runApply(f.store, { f.entry.id }, f.plan());
    QVERIFY2(lines.first().outcome == u"updated", qPrintable(lines.first().message));
    for (const QJsonValue& v : remote.call("GET", QStringLiteral("/plans/?product=") + productId).value(u"results").toArray())
        if (v.toObject().value(u"id").toString() == newPlan)
            QCOMPARE(v.toObject().value(u"name").toString(), QStringLiteral("Month"));
    QVERIFY(runPull(f.store, f.account).ok());
    QCOMPARE(f.plan().unchanged, 1);
}

// `pricebook-cli plan --json > FILE`, then `apply --plan FILE`: refused with the difference once
// the product changed after the plan was written; applied, request by request, when it did not.
void TestApply::cliAppliesOnlyThePlanInTheFile()
{
    const QString cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = providerLike;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    Fixture f;
    QString error;
    QVERIFY(f.catalog.open(Database::pathInDirectory(data), &error));
    f.account = makeAccount(f.catalog, providers::Stripe, server.baseUrl());
    AdoptionReport adopted;
    QVERIFY(f.catalog.adopt(f.account.id, providers::Stripe, { { QStringLiteral("prod_team"), pbtest::product(kStripeTeam) } }, &adopted));
    f.entry = *f.catalog.product(adopted.productIds.first());
    f.entry.product.prices[0].amount = 2400;
    f.save();
    auto run = [&](const QStringList& args, QByteArray* out) {
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(cli, args);
        // The test server answers on this thread's event loop: wait on it, not blocked.
        if (!finished.wait(60000))
            qFatal("pricebook-cli did not finish");
        *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray planJson, out;
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") }, &planJson), 0);
    const QString planFile = dir.filePath(QStringLiteral("plan.json"));
    QFile file(planFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(planJson);
    file.close();

    f.entry.product.prices[0].amount = 2500; // changed after the plan was written
    f.save();
    QCOMPARE(run({ QStringLiteral("apply"), QStringLiteral("--data-dir"), data, QStringLiteral("--plan"), planFile }, &out), 3);
    QVERIFY2(out.startsWith("rejected") && out.contains("create price US$24.00/month on prod_team")
                 && out.contains("create price US$25.00/month on prod_team"),
             out.constData());
    QCOMPARE(server.requests.size(), 0);

    f.entry = *f.catalog.product(f.entry.id);
    f.entry.product.prices[0].amount = 2400; // back to what the plan says
    f.save();
    QCOMPARE(run({ QStringLiteral("plan"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") }, &planJson), 0);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(planJson);
    file.close();
    QCOMPARE(run({ QStringLiteral("apply"), QStringLiteral("--data-dir"), data, QStringLiteral("--plan"), planFile, QStringLiteral("--json") }, &out), 0);
    const QJsonArray lines = QJsonDocument::fromJson(out).object().value(u"results").toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(u"outcome").toString(), QStringLiteral("updated"));
    QCOMPARE(lines.first().toObject().value(u"remoteId").toString(), QStringLiteral("prod_team"));
    QStringList paths;
    for (const ServerRequest& r : std::as_const(server.requests))
        paths << QString::fromLatin1(r.method + ' ' + r.path);
    QCOMPARE(paths, (QStringList { QStringLiteral("POST /v1/prices"), QStringLiteral("POST /v1/products/prod_team"),
                                   QStringLiteral("POST /v1/prices/price_m19") }));
    // Nothing left: a second apply says so and sends nothing.
    QCOMPARE(run({ QStringLiteral("apply"), QStringLiteral("--data-dir"), data }, &out), 0);
    QVERIFY2(out.startsWith("already synced"), out.constData());
    QCOMPARE(server.requests.size(), 3);
}

// The price of 1,000 synced Stripe products changed and applied by `pricebook-cli apply` with a
// fifth of the requests faulted, the process killed with SIGKILL part way, then run again:
// every product has exactly one new price, the default, and the old one archived; no price was
// made twice and the sandbox never had to refuse archiving a default price.
// PRICEBOOK_APPLY_COUNT for another number of products.
void TestApply::thousandPriceChangesSurviveFaultsAndAKill()
{
    const QString cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    const int count = qEnvironmentVariableIsSet("PRICEBOOK_APPLY_COUNT") ? qEnvironmentVariableIntValue("PRICEBOOK_APPLY_COUNT") : 1000;
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote { sandbox.baseUrl() };
    QHash<QString, QString> oldPrice; // product -> its price before
    for (int i = 0; i < count; ++i) {
        const QJsonObject p = remote.call("POST", QStringLiteral("/v1/products"),
                                          "name=Plan+" + QByteArray::number(i) + "&default_price_data[currency]=usd&default_price_data[unit_amount]="
                                              + QByteArray::number(1000 + i) + "&default_price_data[recurring][interval]=month");
        oldPrice.insert(p.value(u"id").toString(), p.value(u"default_price").toString());
    }
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QStringList ids;
    {
        Fixture f;
        const QString path = Database::pathInDirectory(data);
        QString error;
        QVERIFY(f.catalog.open(path, &error));
        QSignalSpy opened(&f.store, &CatalogStore::opened);
        f.store.open(path);
        QVERIFY(opened.wait());
        f.account = makeAccount(f.catalog, providers::Stripe, sandbox.baseUrl());
        const PullReport pulled = runPull(f.store, f.account);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled.read, count);
        QList<CatalogEntry> entries;
        for (const QString& id : pulled.adoption.productIds) {
            CatalogEntry e = *f.catalog.product(id);
            e.product.prices[0].amount = *e.product.prices[0].amount + 500;
            entries.append(e);
            ids << id;
        }
        QVERIFY2(f.catalog.saveProducts(entries), qPrintable(f.catalog.lastError()));
    }
    qint64 refusedDefaults = 0, refused = 0;
    connect(&sandbox, &SandboxServer::requestHandled, this, [&](const QString& method, const QString& path, int status) {
        if (status >= 400 && status < 500 && status != 429) {
            ++refused;
            refusedDefaults += method == u"POST" && path.startsWith(u"/v1/prices/");
        }
    });
    auto startApply = [&] {
        auto* p = new QProcess(this);
        p->start(cli, { QStringLiteral("apply"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") });
        if (!p->waitForStarted(10000))
            qFatal("pricebook-cli did not start");
        return p;
    };
    SandboxFaults faults;
    faults.latencyMs = 2;
    faults.dropBefore = 0.04;
    faults.dropAfter = 0.04;
    faults.tooManyRequests = 0.04;
    faults.serverError = 0.04;
    faults.malformed = 0.04;
    faults.seed = 7;
    sandbox.setFaults(faults);
    const qint64 start = sandbox.stats().requests;
    QProcess* first = startApply();
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.stats().requests - start >= count, 300000); // about a third of the 3 steps each
    ::kill(pid_t(first->processId()), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning, 30000);
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    const qint64 atKill = sandbox.stats().requests - start;

    // Run again, faults still on, until every product is done (a faulted step is left for the next run).
    int runs = 0;
    QJsonArray lastLines;
    for (; runs < 6; ++runs) {
        QProcess* again = startApply();
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == QProcess::NotRunning, 600000);
        QCOMPARE(again->exitStatus(), QProcess::NormalExit);
        lastLines = QJsonDocument::fromJson(again->readAllStandardOutput()).object().value(u"results").toArray();
        const int code = again->exitCode();
        again->deleteLater();
        QVERIFY2(QList<int>({ 0, 4, 5 }).contains(code), qPrintable(QStringLiteral("exit %1").arg(code)));
        if (code == 0)
            break;
        if (runs == 2)
            sandbox.setFaults({});
    }
    QVERIFY2(runs < 6, "apply never finished");
    const SandboxStats total = sandbox.stats();
    sandbox.setFaults({}); // what follows only reads
    QCOMPARE(refusedDefaults, 0);
    QCOMPARE(refused, 0);

    // On the provider: each product has its old price archived and exactly one new one, the default.
    int checked = 0;
    for (auto it = oldPrice.cbegin(); it != oldPrice.cend(); ++it) {
        const QJsonObject product = remote.call("GET", QStringLiteral("/v1/products/") + it.key());
        const QJsonArray prices = remote.call("GET", QStringLiteral("/v1/prices?product=") + it.key()).value(u"data").toArray();
        QVERIFY2(prices.size() == 2, qPrintable(QStringLiteral("%1 has %2 prices").arg(it.key()).arg(prices.size())));
        for (const QJsonValue& v : prices) {
            const QJsonObject p = v.toObject();
            const bool isOld = p.value(u"id").toString() == it.value();
            QCOMPARE(p.value(u"active").toBool(), !isOld);
            QCOMPARE(product.value(u"default_price").toString() == p.value(u"id").toString(), !isOld);
        }
        ++checked;
    }
    QCOMPARE(checked, count);

    // In the catalog: synced at the version applied, with the new price's id, nothing claimed.
    Catalog c;
    QString error;
    QVERIFY(c.open(Database::pathInDirectory(data), &error));
    for (const QString& id : std::as_const(ids)) {
        const CatalogEntry e = *c.product(id);
        const SyncLink l = c.link(id, e.accountId);
        QCOMPARE(l.state, SyncState::Synced);
        QVERIFY(!l.claim.isHeld());
        QVERIFY(l.submission.isEmpty());
        QVERIFY(e.product.prices.first().remoteId != oldPrice.value(l.remoteId));
        QVERIFY(e.product.prices.first().isDefault);
    }
    qInfo("%d products: killed after %lld requests, %d more run(s), %lld requests in all (%lld faulted)", count, atKill, runs + 1,
          total.requests - start, total.faultsInjected);
}

QTEST_GUILESS_MAIN(TestApply)
#include "tst_apply.moc"

// Day two on real parts: an account's remote catalog pulled from the sandbox over HTTP into a
// real SQLite catalog, by the one Pull workflow the window and the CLI share.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/sync/Pull.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/ChangePlan.h"
#include "services/sync/Apply.h"
#include "services/net/ProviderService.h"
#include "resources/Translations.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <functional>
#include <QTest>

using namespace pb;

namespace {

// Requests straight to the sandbox, as another tool (or the provider's dashboard) would make them.
struct Remote {
    QString base;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkAccessManager nam { nullptr };
    QJsonObject call(const QByteArray& method, const QString& path, const QByteArray& body = {}, int* status = nullptr)
    {
        QNetworkRequest req(QUrl(base + path));
        for (const auto& [n, v] : headers)
            req.setRawHeader(n, v);
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("no answer");
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
};

Remote stripeRemote(const SandboxServer& s)
{
    return { s.baseUrl(), { { "Authorization", "Bearer sk_test_x" }, { "Content-Type", "application/x-www-form-urlencoded" } } };
}

Remote piriodRemote(const SandboxServer& s)
{
    return { s.baseUrl(), { { "Authorization", "Token t" }, { "x-simple-workspace", "ws_two" }, { "Content-Type", "application/json" } } };
}

Account account(Catalog& c, Provider p, const QString& baseUrl)
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

PullReport runPull(CatalogStore& store, const Account& a, PullOptions options = {})
{
    QNetworkAccessManager nam;
    if (options.ratePerSecond == 0)
        options.ratePerSecond = 100000; // the sandbox has no limit unless a test sets one
    Pull pull(&store, &nam, a, Account::sandboxKey(), options);
    QSignalSpy finished(&pull, &Pull::finished);
    pull.start();
    if (!finished.wait(300000))
        qFatal("pull did not finish");
    store.waitForIdle();
    return finished.first().first().value<PullReport>();
}

struct MadeStripe {
    QString defaultPrice;
    QSet<QString> prices;
    QString archived;
};

// A product with a monthly price (the default), a yearly one with a nickname and lookup key,
// and for every third product an archived price from before.
QHash<QString, MadeStripe> seedStripe(Remote& r, int count)
{
    QHash<QString, MadeStripe> made;
    for (int i = 0; i < count; ++i) {
        const QJsonObject p = r.call("POST", QStringLiteral("/v1/products"),
                                     "name=Plan+" + QByteArray::number(i) + "&default_price_data[currency]=usd&default_price_data[unit_amount]="
                                         + QByteArray::number(1000 + i) + "&default_price_data[recurring][interval]=month");
        const QString id = p.value(u"id").toString();
        MadeStripe m;
        m.defaultPrice = p.value(u"default_price").toString();
        m.prices.insert(m.defaultPrice);
        const QJsonObject yearly = r.call("POST", QStringLiteral("/v1/prices"),
                                          "product=" + id.toUtf8() + "&currency=usd&unit_amount=" + QByteArray::number(10000 + i)
                                              + "&recurring[interval]=year&nickname=Yearly&lookup_key=plan_" + QByteArray::number(i) + "_yearly");
        m.prices.insert(yearly.value(u"id").toString());
        if (i % 3 == 0) {
            const QJsonObject old = r.call("POST", QStringLiteral("/v1/prices"), "product=" + id.toUtf8() + "&currency=usd&unit_amount=900");
            r.call("POST", QStringLiteral("/v1/prices/") + old.value(u"id").toString(), "active=false");
            m.archived = old.value(u"id").toString();
            m.prices.insert(m.archived);
        }
        made.insert(id, m);
    }
    return made;
}

} // namespace

class TestDayTwo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PullReport>(); }
    void pullAdoptsEveryPageAndPriceOnce();
    void pullKeepsLocalChangesAndUpdatesRemoteOnes();
    void pullReadsPiriodPlansOnEveryPage();
    void pullByIdAndProvidersWithoutReads();
    void pullStaysUnderTheRateLimit();
    void unreadableShapesAreAdoptedReadOnly();
    void severalStripePricesAreCreatedAndPulledBack();
    void planSaysEachChangeTheProvidersWay_data();
    void planSaysEachChangeTheProvidersWay();
    void planSpeaksTheWindowsLanguage();
};

void TestDayTwo::pullAdoptsEveryPageAndPriceOnce()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote = stripeRemote(sandbox);
    const auto made = seedStripe(remote, 230); // three pages of 100
    QTemporaryDir dir;
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Stripe, sandbox.baseUrl());

    PullReport r = runPull(store, a);
    QVERIFY2(r.ok(), qPrintable(r.message + (r.failures.isEmpty() ? QString() : r.failures.first().second)));
    QCOMPARE(r.read, 230);
    QCOMPARE(r.pages, 3);
    QCOMPARE(r.adoption.added, 230);
    QCOMPARE(catalog.productCount(), 230);
    QVERIFY2(r.readOnly.isEmpty(), qPrintable(r.readOnly.value(0)));
    for (const QString& productId : r.adoption.productIds) {
        const auto entry = catalog.product(productId);
        QVERIFY(entry);
        const SyncLink link = catalog.link(productId, a.id);
        QCOMPARE(link.state, SyncState::Synced);
        QVERIFY(made.contains(link.remoteId));
        const MadeStripe& m = made.value(link.remoteId);
        QSet<QString> prices;
        int defaults = 0;
        for (const Price& p : entry->product.prices) {
            prices.insert(p.remoteId);
            if (p.isDefault) {
                ++defaults;
                QCOMPARE(p.remoteId, m.defaultPrice);
                QCOMPARE(p.interval, QStringLiteral("month"));
            }
            QCOMPARE(p.archived, p.remoteId == m.archived);
            if (p.interval == u"year") {
                QCOMPARE(p.nickname, QStringLiteral("Yearly"));
                QVERIFY(p.lookupKey.endsWith(u"_yearly"));
                QCOMPARE(p.amount.value_or(0) - 10000, entry->product.prices.first().amount.value_or(0) - 1000);
            }
        }
        QCOMPARE(defaults, 1);
        QVERIFY(entry->product.prices.first().isDefault); // the one the form shows
        QCOMPARE(prices, m.prices);
    }

    // Again: the same products, nothing added or changed.
    r = runPull(store, a);
    QVERIFY(r.ok());
    QCOMPARE(r.adoption.added, 0);
    QCOMPARE(r.adoption.unchanged, 230);
    QCOMPARE(catalog.productCount(), 230);
}

void TestDayTwo::pullKeepsLocalChangesAndUpdatesRemoteOnes()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote = stripeRemote(sandbox);
    const auto made = seedStripe(remote, 3);
    QTemporaryDir dir;
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Stripe, sandbox.baseUrl());
    PullReport r = runPull(store, a);
    QCOMPARE(r.adoption.added, 3);

    const QStringList remoteIds = made.keys();
    // Renamed on the provider: the next pull brings the new name.
    remote.call("POST", QStringLiteral("/v1/products/") + remoteIds.at(0), "name=Renamed+there");
    // Edited here: the next pull leaves the local edit alone.
    const QString localId = catalog.productForRemote(a.id, remoteIds.at(1));
    CatalogEntry local = *catalog.product(localId);
    local.product.description = QStringLiteral("Edited here");
    QVERIFY(catalog.saveProduct(local));
    remote.call("POST", QStringLiteral("/v1/products/") + remoteIds.at(1), "name=Also+renamed+there");

    r = runPull(store, a);
    QVERIFY(r.ok());
    QCOMPARE(r.adoption.updated, 1);
    QCOMPARE(r.adoption.keptLocal, 1);
    QCOMPARE(r.adoption.unchanged, 1);
    QCOMPARE(catalog.product(catalog.productForRemote(a.id, remoteIds.at(0)))->product.name, QStringLiteral("Renamed there"));
    QCOMPARE(catalog.link(catalog.productForRemote(a.id, remoteIds.at(0)), a.id).state, SyncState::Synced);
    const auto kept = catalog.product(localId);
    QCOMPARE(kept->product.description, QStringLiteral("Edited here"));
    QVERIFY(kept->product.name != u"Also renamed there");
    QCOMPARE(catalog.link(localId, a.id).state, SyncState::Changed);
    QCOMPARE(catalog.productCount(), 3);
}

void TestDayTwo::pullReadsPiriodPlansOnEveryPage()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote = piriodRemote(sandbox);
    QStringList products;
    for (int i = 0; i < 5; ++i)
        products << remote.call("POST", QStringLiteral("/products/"), R"({"name":"Agenda )" + QByteArray::number(i) + R"(","unit_label":"seat"})")
                        .value(u"id").toString();
    // The first product has more plans than one page holds; one of them archived.
    QString archivedPlan;
    for (int i = 0; i < 103; ++i) {
        const QJsonObject plan = remote.call("POST", QStringLiteral("/plans/"),
                                             R"({"product":")" + products.first().toUtf8() + R"(","name":"Plan )" + QByteArray::number(i)
                                                 + R"(","description":"d","frequency":"monthly","currency":"clp","amount":)"
                                                 + QByteArray::number(1000 + i) + "}");
        if (i == 7) {
            archivedPlan = plan.value(u"id").toString();
            remote.call("PATCH", QStringLiteral("/plans/%1/").arg(archivedPlan), R"({"status":"archived"})");
        }
    }
    QTemporaryDir dir;
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Piriod, sandbox.baseUrl());
    PullOptions options;
    options.pageSize = 2; // three pages of products
    PullReport r = runPull(store, a, options);
    QVERIFY2(r.ok(), qPrintable(r.failures.isEmpty() ? r.message : r.failures.first().second));
    QCOMPARE(r.read, 5);
    QCOMPARE(r.pages, 3);
    QCOMPARE(r.prices, 103);
    const auto first = catalog.product(catalog.productForRemote(a.id, products.first()));
    QVERIFY(first);
    QCOMPARE(first->product.prices.size(), 103);
    QCOMPARE(first->product.unitLabel, QStringLiteral("seat"));
    int archived = 0;
    QSet<QString> ids;
    for (const Price& p : first->product.prices) {
        ids.insert(p.remoteId);
        archived += p.archived;
        QCOMPARE(p.archived, p.remoteId == archivedPlan);
        QCOMPARE(p.interval, QStringLiteral("month"));
        QVERIFY(p.planName.startsWith(u"Plan "));
    }
    QCOMPARE(ids.size(), 103);
    QCOMPARE(archived, 1);
    QCOMPARE(runPull(store, a, options).adoption.unchanged, 5);
    QCOMPARE(catalog.productCount(), 5);
}

void TestDayTwo::pullByIdAndProvidersWithoutReads()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote jani { sandbox.baseUrl(), { { "Authorization", "Bearer k" }, { "Content-Type", "application/json" } } };
    const QString food = jani.call("POST", QStringLiteral("/api/v1/products"), R"({"name":"Food","type":"standard","custom_data":{"farm":"north"}})")
                             .value(u"id").toString();
    const QString drink = jani.call("POST", QStringLiteral("/api/v1/products"), R"({"name":"Drink","type":"subscription","status":"archived"})")
                              .value(u"id").toString();
    QTemporaryDir dir;
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Jani, sandbox.baseUrl());

    // No list is documented: the whole catalog cannot be pulled, products by id can.
    QVERIFY(Pull::unavailableReason(a, false).contains(u"link existing products by their ids"));
    PullOptions options;
    options.remoteIds = { food, drink, QStringLiteral("pro_missing") };
    PullReport r = runPull(store, a, options);
    QCOMPARE(r.read, 2);
    QCOMPARE(r.adoption.added, 2);
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().first, QStringLiteral("pro_missing"));
    const auto drinkEntry = catalog.product(catalog.productForRemote(a.id, drink));
    QCOMPARE(drinkEntry->product.status, QStringLiteral("archived"));
    QCOMPARE(drinkEntry->product.productType, QStringLiteral("subscription"));
    QCOMPARE(catalog.product(catalog.productForRemote(a.id, food))->product.customData, QStringLiteral(R"({"farm":"north"})"));

    // ChatDash documents no read at all: said before anything is sent.
    const Account chat = account(catalog, providers::ChatDash, sandbox.baseUrl());
    QCOMPARE(Pull::unavailableReason(chat, false), QStringLiteral("ChatDash documents no way to read products, so Pricebook cannot pull them."));
    r = runPull(store, chat);
    QVERIFY(!r.ok());
    QCOMPARE(r.message, Pull::unavailableReason(chat, false));
    QCOMPARE(r.requests, 0);
    QCOMPARE(sandbox.stats().requests, 3 + 2);
}

void TestDayTwo::pullStaysUnderTheRateLimit()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Remote remote = stripeRemote(sandbox);
    seedStripe(remote, 120);
    sandbox.setRateLimit(25); // Stripe's test mode
    QTemporaryDir dir;
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Stripe, sandbox.baseUrl());
    const qint64 limitedBefore = sandbox.stats().rateLimited;
    PullOptions options;
    options.ratePerSecond = 25;
    QElapsedTimer t;
    t.start();
    const PullReport r = runPull(store, a, options);
    const double seconds = t.elapsed() / 1000.0;
    QVERIFY(r.ok());
    QCOMPARE(r.read, 120);
    QCOMPARE(r.requests, 122); // two list pages, one price list per product
    const double rate = r.requests / seconds;
    qInfo("pull: %d requests in %.2f s = %.2f requests/s (limit 25, %.1f %%), %lld answered 429", r.requests, seconds, rate,
          rate * 100 / 25, sandbox.stats().rateLimited - limitedBefore);
    QVERIFY2(rate >= 0.95 * 25 * 0.95, qPrintable(QString::number(rate))); // the first token is not a burst
    QVERIFY(rate <= 25 * 1.1);
}

void TestDayTwo::unreadableShapesAreAdoptedReadOnly()
{
    // A price in a shape the schema has no words for (an interval Stripe added after Pricebook
    // was written): kept as it reads, with the reason, never dropped.
    const QJsonObject product { { QStringLiteral("id"), QStringLiteral("prod_1") }, { QStringLiteral("name"), QStringLiteral("Odd") },
                                { QStringLiteral("active"), true }, { QStringLiteral("default_price"), QStringLiteral("price_1") } };
    const QJsonObject price { { QStringLiteral("id"), QStringLiteral("price_1") }, { QStringLiteral("currency"), QStringLiteral("usd") },
                              { QStringLiteral("unit_amount"), 500 }, { QStringLiteral("active"), true },
                              { QStringLiteral("recurring"), QJsonObject { { QStringLiteral("interval"), QStringLiteral("fortnight") } } } };
    const Product p = adapterFor(providers::Stripe).adoptRemote(product, { price });
    QCOMPARE(p.name, QStringLiteral("Odd"));
    QCOMPARE(p.prices.size(), 1);
    QCOMPARE(p.prices.first().remoteId, QStringLiteral("price_1"));
    QVERIFY(p.prices.first().isDefault);
    QVERIFY2(!p.readOnlyReason.isEmpty(), "an unreadable interval must make the product read-only");
    QVERIFY2(p.readOnlyReason.contains(u"fortnight"), qPrintable(p.readOnlyReason));
    // The same price in a shape it knows reads cleanly.
    QJsonObject monthly = price;
    monthly.insert(QStringLiteral("recurring"), QJsonObject { { QStringLiteral("interval"), QStringLiteral("month") } });
    QVERIFY(adapterFor(providers::Stripe).adoptRemote(product, { monthly }).readOnlyReason.isEmpty());

    // Adopted so, it is never sent back, even after an edit here.
    QTemporaryDir dir;
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Stripe, QStringLiteral("http://127.0.0.1:9"));
    AdoptionReport adopted;
    QVERIFY(catalog.adopt(a.id, a.target.provider, { { QStringLiteral("prod_1"), p } }, &adopted));
    CatalogEntry e = *catalog.product(adopted.productIds.first());
    QCOMPARE(catalog.link(e.id, a.id).message, p.readOnlyReason);
    e.product.name = QStringLiteral("Odd 2");
    QVERIFY(catalog.saveProduct(e));
    for (SyncRequest::Mode mode : { SyncRequest::Auto, SyncRequest::Update, SyncRequest::Create }) {
        const SyncPlan plan = SyncEngine::plan(e, catalog.link(e.id, a.id), { e.id, mode, false });
        QVERIFY(!plan.sends());
        QVERIFY(plan.message.contains(u"pulled read-only"));
    }
}

void TestDayTwo::severalStripePricesAreCreatedAndPulledBack()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QTemporaryDir dir;
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, providers::Stripe, sandbox.baseUrl());

    Product p = pbtest::product(R"({"name":"Team","prices":[
        {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900},
        {"currency":"usd","billing":"recurring","interval":"year","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":19000}]})");
    p.prices[1].nickname = QStringLiteral("Yearly");
    p.prices[1].lookupKey = QStringLiteral("team_yearly");
    QVERIFY2(Validator::validate(schemas::stripe(), p).isValid(), qPrintable(pbtest::errorLocations(Validator::validate(schemas::stripe(), p))));
    QNetworkAccessManager nam;
    auto service = ProviderService::create(providers::Stripe, &nam);
    ProviderJob* job = service->createProduct(p, a.target, Account::sandboxKey());
    QSignalSpy done(job, &ProviderJob::finished);
    job->start();
    QVERIFY(done.wait(10000));
    const JobResult r = done.first().first().value<JobResult>();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.state.completed.value(QStringLiteral("price[1]")).startsWith(u"price_"));

    Remote remote = stripeRemote(sandbox);
    const QJsonObject product = remote.call("GET", QStringLiteral("/v1/products/") + r.object.id);
    const QJsonArray prices = remote.call("GET", QStringLiteral("/v1/prices?product=") + r.object.id).value(u"data").toArray();
    QCOMPARE(prices.size(), 2);
    for (const QJsonValue& v : prices) {
        const QJsonObject price = v.toObject();
        const bool yearly = price.value(u"recurring").toObject().value(u"interval").toString() == u"year";
        QCOMPARE(price.value(u"id").toString() == product.value(u"default_price").toString(), !yearly);
        QCOMPARE(price.value(u"nickname").toString(), yearly ? QStringLiteral("Yearly") : QString());
        QCOMPARE(price.value(u"lookup_key").toString(), yearly ? QStringLiteral("team_yearly") : QString());
    }

    // Pulled back, it reads as it was made, with the remote ids.
    const PullReport pulled = runPull(store, a);
    QVERIFY(pulled.ok());
    const Product back = catalog.product(catalog.productForRemote(a.id, r.object.id))->product;
    QCOMPARE(back.prices.size(), 2);
    QVERIFY(back.prices.at(0).isDefault);
    QCOMPARE(back.prices.at(0).amount, std::optional<qint64>(1900));
    QCOMPARE(back.prices.at(1).amount, std::optional<qint64>(19000));
    QCOMPARE(back.prices.at(1).nickname, QStringLiteral("Yearly"));
    QCOMPARE(back.prices.at(1).lookupKey, QStringLiteral("team_yearly"));
    QCOMPARE(back.prices.at(1).remoteId, r.state.completed.value(QStringLiteral("price[1]")));
}

namespace {

const char* kStripeTeam = R"({"name":"Team","prices":[
    {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900,"remote_id":"price_m19","default":true},
    {"currency":"usd","billing":"recurring","interval":"year","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":19000,"remote_id":"price_y190","nickname":"Yearly","lookup_key":"team_yearly"}]})";
const char* kChatDash = R"({"name":"Starter","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2999}]})";
const char* kPiriod = R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000,"remote_id":"pln_1"}]})";
const char* kJani = R"({"name":"Food","product_type":"standard","status":"active"})";

} // namespace

void TestDayTwo::planSaysEachChangeTheProvidersWay_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("synced");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stripe amount") << "stripe" << QByteArray(kStripeTeam) << "amount" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. create price US$24.00/month on prod_team\n"
        "    2. make it the default\n"
        "    3. archive price_m19 (US$19.00/month)\n"
        "Plan: 3 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe interval of a further price") << "stripe" << QByteArray(kStripeTeam) << "interval1" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. create price US$190.00/2 years on prod_team\n"
        "    2. archive price_y190 (US$190.00/year)\n"
        "Plan: 2 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe nickname in place") << "stripe" << QByteArray(kStripeTeam) << "nickname1" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. update price price_y190 (nickname)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe new default") << "stripe" << QByteArray(kStripeTeam) << "swap" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. make price_y190 the default\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe archive a price") << "stripe" << QByteArray(kStripeTeam) << "archive1" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. archive price_y190 (US$190.00/year)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe lookup key in place") << "stripe" << QByteArray(kStripeTeam) << "lookupkey1" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. update price price_y190 (lookup key)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe removed price archived") << "stripe" << QByteArray(kStripeTeam) << "remove1" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team  prod_team\n"
        "    1. archive price_y190 (US$190.00/year)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe name") << "stripe" << QByteArray(kStripeTeam) << "name" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team 2  prod_team\n"
        "    1. update product prod_team (name)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("stripe nothing") << "stripe" << QByteArray(kStripeTeam) << "" << QStringLiteral(
        "Plan: 0 operation(s) on 0 product(s); 0 refused; 1 unchanged.\n");
    QTest::newRow("chatdash name") << "chatdash" << QByteArray(kChatDash) << "name" << QStringLiteral(
        "ChatDash sandbox (ChatDash):\n"
        "  Starter 2  prod_team\n"
        "    1. update product prod_team (name)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("chatdash amount refused") << "chatdash" << QByteArray(kChatDash) << "amount" << QStringLiteral(
        "ChatDash sandbox (ChatDash):\n"
        "  Starter  prod_team\n"
        "    refused: ChatDash does not let the price change once the product exists.\n"
        "Plan: 0 operation(s) on 0 product(s); 1 refused; 0 unchanged.\n");
    QTest::newRow("chatdash description and currency refused") << "chatdash" << QByteArray(kChatDash) << "currency" << QStringLiteral(
        "ChatDash sandbox (ChatDash):\n"
        "  Starter  prod_team\n"
        "    refused: ChatDash does not let the price change once the product exists.\n"
        "Plan: 0 operation(s) on 0 product(s); 1 refused; 0 unchanged.\n");
    QTest::newRow("new product") << "stripe" << QByteArray() << "" << QStringLiteral(
        "Stripe sandbox (Stripe):\n"
        "  Team\n"
        "    1. create product “Team” with 2 prices\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("jani archive") << "jani" << QByteArray(kJani) << "archive" << QStringLiteral(
        "Jani sandbox (Jani):\n"
        "  Food  prod_team\n"
        "    1. update product prod_team (status)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("piriod plan name patched") << "piriod" << QByteArray(kPiriod) << "planname" << QStringLiteral(
        "Piriod sandbox (Piriod):\n"
        "  Agenda  prod_team\n"
        "    1. update plan pln_1 (name)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("piriod plan amount is a new plan") << "piriod" << QByteArray(kPiriod) << "amount" << QStringLiteral(
        "Piriod sandbox (Piriod):\n"
        "  Agenda  prod_team\n"
        "    1. create plan “Monthly” CLP\u00A03,999/month on prod_team\n"
        "    2. archive plan pln_1 (CLP\u00A015,000/month)\n"
        "Plan: 2 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("piriod archive a plan") << "piriod" << QByteArray(kPiriod) << "archive0" << QStringLiteral(
        "Piriod sandbox (Piriod):\n"
        "  Agenda  prod_team\n"
        "    1. archive plan pln_1 (CLP\u00A015,000/month)\n"
        "Plan: 1 operation(s) on 1 product(s); 0 refused; 0 unchanged.\n");
    QTest::newRow("piriod name refused") << "piriod" << QByteArray(kPiriod) << "name" << QStringLiteral(
        "Piriod sandbox (Piriod):\n"
        "  Agenda 2  prod_team\n"
        "    refused: Piriod documents no way to update a product, so what changed here (name) cannot be sent. Make the same change "
        "on Piriod's dashboard, then settle it with Check on provider; or undo it here. Until then it stays only in Pricebook, "
        "and the product's plan changes wait with it.\n"
        "Plan: 0 operation(s) on 0 product(s); 1 refused; 0 unchanged.\n");
}

void TestDayTwo::planSaysEachChangeTheProvidersWay()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, synced);
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account a = account(catalog, *providerFromKey(provider), QStringLiteral("http://127.0.0.1:9"));
    CatalogEntry e;
    if (synced.isEmpty()) { // never sent
        e = CatalogEntry { .id = {}, .provider = a.target.provider, .accountId = a.id, .product = pbtest::product(kStripeTeam),
                           .version = 0, .created = {}, .updated = {}, .updatedBy = {} };
        QVERIFY(catalog.saveProduct(e));
    } else {
        AdoptionReport adopted;
        QVERIFY(catalog.adopt(a.id, a.target.provider, { { QStringLiteral("prod_team"), pbtest::product(synced) } }, &adopted));
        e = *catalog.product(adopted.productIds.first());
    }
    Product& p = e.product;
    if (edit == u"amount")
        p.prices[0].amount = p.prices[0].currency == u"usd" && p.prices[0].amount == 1900 ? 2400 : 3999;
    else if (edit == u"interval1")
        p.prices[1].intervalCount = 2;
    else if (edit == u"nickname1")
        p.prices[1].nickname = QStringLiteral("Annual");
    else if (edit == u"swap")
        std::swap(p.prices[0], p.prices[1]);
    else if (edit == u"archive1")
        p.prices[1].archived = true;
    else if (edit == u"name")
        p.name += QStringLiteral(" 2");
    else if (edit == u"lookupkey1")
        p.prices[1].lookupKey = QStringLiteral("team_annual");
    else if (edit == u"remove1")
        p.prices.removeAt(1);
    else if (edit == u"archive0")
        p.prices[0].archived = true;
    else if (edit == u"planname")
        p.prices[0].planName = QStringLiteral("Month");
    else if (edit == u"currency")
        p.prices[0].currency = QStringLiteral("eur");
    else if (edit == u"archive")
        p.status = QStringLiteral("archived");
    if (!edit.isEmpty())
        QVERIFY(catalog.saveProduct(e));
    const ChangePlan plan = ChangePlan::compute(catalog, { e.id });
    QCOMPARE(plan.text(), expected);
}

QTEST_GUILESS_MAIN(TestDayTwo)
// In German the plan's steps, refusals and the report's summary are German; back in English
// they are the English words again (what the CLI prints unless a language is chosen).
void TestDayTwo::planSpeaksTheWindowsLanguage()
{
    QTemporaryDir dir;
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    const Account stripe = account(catalog, providers::Stripe, QStringLiteral("http://127.0.0.1:9"));
    const Account piriod = account(catalog, providers::Piriod, QStringLiteral("http://127.0.0.1:9"));
    AdoptionReport adopted;
    QVERIFY(catalog.adopt(stripe.id, providers::Stripe, { { QStringLiteral("prod_team"), pbtest::product(kStripeTeam) } }, &adopted));
    CatalogEntry team = *catalog.product(adopted.productIds.first());
    team.product.prices[0].amount = 2400;
    QVERIFY(catalog.saveProduct(team));
    AdoptionReport adoptedThere;
    QVERIFY(catalog.adopt(piriod.id, providers::Piriod, { { QStringLiteral("prod_agenda"), pbtest::product(kPiriod) } }, &adoptedThere));
    CatalogEntry agenda = *catalog.product(adoptedThere.productIds.first());
    agenda.product.name += QStringLiteral(" 2");
    QVERIFY(catalog.saveProduct(agenda));
    // Back to English: the translators installed are taken away, then English installed.
    const auto english = [] {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    };
    struct Restore {
        std::function<void()> back;
        ~Restore() { back(); }
    } restore { english };
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    const ChangePlan german = ChangePlan::compute(catalog, { team.id, agenda.id });
    const QString text = german.text();
    QVERIFY2(text.contains(QStringLiteral("1. Preis 24,00\u00A0US$/Monat auf prod_team anlegen\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2. ihn zum Standard machen\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3. price_m19 archivieren (19,00\u00A0US$/Monat)\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("abgelehnt: Piriod dokumentiert keine Möglichkeit, ein Produkt zu aktualisieren")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Dashboard")), qPrintable(text));
    for (const char* english : { "create price", "make it the default", "archive price", "refused", "documents no way" })
        QVERIFY2(!text.contains(QLatin1String(english)), english);
    QCOMPARE(german.find(team.id)->summary(providers::Stripe), QStringLiteral("neuer Standardpreis, alter Preis archiviert"));
    QCOMPARE(outcomeLabel(QStringLiteral("rejected")), QStringLiteral("Abgelehnt"));

    english();
    const ChangePlan inEnglish = ChangePlan::compute(catalog, { team.id, agenda.id });
    QVERIFY2(inEnglish.text().contains(QStringLiteral("1. create price US$24.00/month on prod_team\n")), qPrintable(inEnglish.text()));
    QCOMPARE(inEnglish.find(team.id)->summary(providers::Stripe), QStringLiteral("new default price, old price archived"));
}

#include "tst_daytwo.moc"

// Check on provider on real parts: products pushed through the sync engine to the sandbox over
// HTTP, changed there by plain HTTP (as a person on the provider's dashboard would) and here in
// a real SQLite catalog, then read back and compared three ways by the Check workflow, and by
// the built pricebook-cli.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/sync/Apply.h"
#include "services/sync/BulkPush.h"
#include "services/sync/ChangePlan.h"
#include "services/sync/Check.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

// Requests straight to the sandbox, from outside Pricebook.
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

CatalogEntry newEntry(Provider provider, const QString& accountId, const Product& product)
{
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = provider;
    e.accountId = accountId;
    e.product = product;
    return e;
}

KeyLookup sandboxKeys()
{
    return [](const Account&, std::function<void(const QString&)> then) { then(Account::sandboxKey()); };
}

Product stripeProduct(const QString& name)
{
    Product p = pbtest::product(R"({"name":"x","description":"Seats for a team","status":"active","prices":[
        {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900}]})");
    p.name = name;
    return p;
}

Product piriodProduct(const QString& name)
{
    Product p = pbtest::product(R"({"name":"x","unit_label":"seat","status":"active","prices":[
        {"currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1900,
         "plan_name":"Monthly","plan_description":"Every month"}]})");
    p.name = name;
    return p;
}

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inStepAfterPush();
    void otherProvidersInStepAndChangedThere();
    void changedThereIsTakenIntoTheCatalog();
    void changedHereStaysForUpdate();
    void priceChangedThereIsTakenWithItsId();
    void conflictSettledFieldByField();
    void goneOnProvider();
    void unknownCreateFoundByItsTag();
    void unknownCreateNotFoundIsSentAgain();
    void piriodUnknownCreateFoundByNameAndPlans();
    void janiAndChatDashSayWhatToDo();
    void cliPrintsVerdictsAndExitCodes();
    void faultSuiteLeavesNothingUnknownAfterOneCheck();

private:
    Account addAccount(Provider p);
    CatalogEntry push(const Account& a, const Product& p);
    CheckReport check(const QStringList& ids);
    CheckItem checkOne(const QString& id);
    void settle(const CheckItem& item, const QSet<QString>& takeThere);
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, int timeoutMs = 60000);

    QString m_cli;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<Catalog> m_catalog;
    QNetworkAccessManager* m_nam = nullptr;
    Remote m_stripe;
};

void TestCheck::initTestCase()
{
    qRegisterMetaType<CheckReport>();
    qRegisterMetaType<SyncOutcome>();
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
}

void TestCheck::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CatalogStore>();
    QSignalSpy opened(m_store.get(), &CatalogStore::opened);
    m_store->open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY(opened.wait());
    QVERIFY(opened.first().first().toBool());
    m_catalog = std::make_unique<Catalog>();
    QString error;
    QVERIFY(m_catalog->open(m_dir->filePath(QStringLiteral("catalog.sqlite")), &error));
    m_nam = new QNetworkAccessManager(this);
    m_stripe.base = m_sandbox->baseUrl();
    m_stripe.headers = { { "Authorization", "Bearer sk_test_x" }, { "Content-Type", "application/x-www-form-urlencoded" } };
}

void TestCheck::cleanup()
{
    delete m_nam;
    m_nam = nullptr;
    m_catalog.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

Account TestCheck::addAccount(Provider p)
{
    Account a;
    a.name = QStringLiteral("%1 sandbox").arg(providerDisplayName(p));
    a.target.provider = p;
    a.target.baseUrl = m_sandbox->baseUrl();
    a.sandbox = true;
    if (p == providers::Piriod)
        a.target.set(QStringLiteral("workspace"), QStringLiteral("ws_check"));
    if (p == providers::ChatDash)
        a.target.set(QStringLiteral("account-id"), QStringLiteral("acct_check"));
    if (!m_catalog->saveAccount(a))
        qFatal("account not saved: %s", qPrintable(m_catalog->lastError()));
    return a;
}

// A product saved here and created on the provider through the sync engine.
CatalogEntry TestCheck::push(const Account& a, const Product& p)
{
    CatalogEntry e = newEntry(a.target.provider, a.id, p);
    if (!m_catalog->saveProduct(e))
        qFatal("not saved: %s", qPrintable(m_catalog->lastError()));
    SyncEngine engine(m_store.get(), m_nam);
    SyncTask* task = engine.send({ e.id, SyncRequest::Auto, false }, Account::sandboxKey());
    QSignalSpy finished(task, &SyncTask::finished);
    if (!finished.wait(20000))
        qFatal("push did not finish");
    const SyncOutcome o = finished.first().first().value<SyncOutcome>();
    if (!o.ok())
        qFatal("push failed: %s", qPrintable(o.message));
    m_store->waitForIdle();
    return *m_catalog->product(e.id);
}

CheckReport TestCheck::check(const QStringList& ids)
{
    Check c(m_store.get(), m_nam, sandboxKeys(), ids, { 100000, 4, {} });
    QSignalSpy finished(&c, &Check::finished);
    c.start();
    if (!finished.wait(30000))
        qFatal("check did not finish");
    m_store->waitForIdle();
    return finished.first().first().value<CheckReport>();
}

CheckItem TestCheck::checkOne(const QString& id)
{
    const CheckReport r = check({ id });
    if (r.items.size() != 1)
        qFatal("one item expected");
    return r.items.first();
}

void TestCheck::settle(const CheckItem& item, const QSet<QString>& takeThere)
{
    QString error = QStringLiteral("not called");
    bool called = false;
    Check::settle(m_store.get(), item, takeThere, this, [&](const QString& e) {
        error = e;
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

TestCheck::Run TestCheck::cli(const QStringList& args, int timeoutMs)
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_cli, args + QStringList { QStringLiteral("--catalog"), m_dir->filePath(QStringLiteral("catalog.sqlite")) });
    if (!p.waitForStarted(10000))
        qFatal("pricebook-cli did not start");
    // Waits on the event loop, so that the sandbox in this process answers the CLI.
    if (!finished.wait(timeoutMs))
        qFatal("pricebook-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

void TestCheck::inStepAfterPush()
{
    const Account a = addAccount(providers::Stripe);
    const CatalogEntry e = push(a, stripeProduct(QStringLiteral("Team")));
    const CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("in_step"));
    QVERIFY2(item.fields.isEmpty(), qPrintable(item.fields.value(0).label + u' ' + item.fields.value(0).base + u'/'
                                               + item.fields.value(0).here + u'/' + item.fields.value(0).there));
    QCOMPARE(item.remoteId, m_catalog->link(e.id, a.id).remoteId);
    // What the create tagged is Pricebook's own: on the provider, not in the product.
    const QJsonObject remote = m_stripe.call("GET", QStringLiteral("/v1/products/") + item.remoteId);
    QCOMPARE(remote.value(u"metadata").toObject().value(u"pricebook_id").toString(), e.id);
    QVERIFY(item.there.metadata.isEmpty());
}

// Piriod (read from its list, with its plans) and Jani (read by id): in step after a push, and a
// change made there is seen there.
void TestCheck::otherProvidersInStepAndChangedThere()
{
    const Account piriod = addAccount(providers::Piriod);
    const Account jani = addAccount(providers::Jani);
    Product j;
    j.name = QStringLiteral("Food box");
    j.description = QStringLiteral("Weekly");
    j.productType = QStringLiteral("standard");
    j.status = QStringLiteral("active");
    const CatalogEntry p = push(piriod, piriodProduct(QStringLiteral("Desk")));
    const CatalogEntry e = push(jani, j);
    CheckReport r = check({ p.id, e.id });
    for (const CheckItem& item : r.items)
        QVERIFY2(item.verdict == CheckItem::InStep,
                 qPrintable(item.name + u' ' + CheckItem::verdictKey(item.verdict) + u' ' + item.message + u' '
                            + (item.fields.isEmpty() ? QString() : item.fields.first().label + u':' + item.fields.first().here + u'/' + item.fields.first().there)));
    Remote janiRemote { m_sandbox->baseUrl(), { { "Authorization", "Bearer k" }, { "Content-Type", "application/json" } } };
    janiRemote.call("PATCH", QStringLiteral("/api/v1/products/") + m_catalog->link(e.id, jani.id).remoteId, R"({"description":"Daily"})");
    const CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("changed_there"));
    QCOMPARE(item.fields.size(), 1);
    QCOMPARE(item.fields.first().there, QStringLiteral("Daily"));
}

void TestCheck::changedThereIsTakenIntoTheCatalog()
{
    const Account a = addAccount(providers::Stripe);
    const CatalogEntry e = push(a, stripeProduct(QStringLiteral("Team")));
    const QString remoteId = m_catalog->link(e.id, a.id).remoteId;
    m_stripe.call("POST", QStringLiteral("/v1/products/") + remoteId, "name=Team%20Plus");

    const CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("changed_there"));
    QCOMPARE(item.fields.size(), 1);
    QCOMPARE(item.fields.first().key, QStringLiteral("name"));
    QCOMPARE(item.fields.first().side, FieldDifference::There);
    QCOMPARE(item.fields.first().base, QStringLiteral("Team"));
    QCOMPARE(item.fields.first().here, QStringLiteral("Team"));
    QCOMPARE(item.fields.first().there, QStringLiteral("Team Plus"));
    // Read only: nothing changed here yet.
    QCOMPARE(m_catalog->product(e.id)->product.name, QStringLiteral("Team"));

    settle(item, { QStringLiteral("name") });
    const CatalogEntry after = *m_catalog->product(e.id);
    QCOMPARE(after.product.name, QStringLiteral("Team Plus"));
    const SyncLink link = m_catalog->link(e.id, a.id);
    QCOMPARE(link.state, SyncState::Synced);
    QCOMPARE(link.syncedProduct->name, QStringLiteral("Team Plus"));
    QCOMPARE(CheckItem::verdictKey(checkOne(e.id).verdict), QStringLiteral("in_step"));
}

void TestCheck::changedHereStaysForUpdate()
{
    const Account a = addAccount(providers::Stripe);
    CatalogEntry e = push(a, stripeProduct(QStringLiteral("Team")));
    e.product.description = QStringLiteral("Seats for a bigger team");
    QVERIFY(m_catalog->saveProduct(e));
    const CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("changed_here"));
    QCOMPARE(item.fields.size(), 1);
    QCOMPARE(item.fields.first().key, QStringLiteral("description"));
    QCOMPARE(item.fields.first().side, FieldDifference::Here);
    QCOMPARE(item.fields.first().there, QStringLiteral("Seats for a team"));
    QCOMPARE(m_catalog->link(e.id, a.id).state, SyncState::Changed);
}

// A new default price made on the dashboard (the old one archived, as Stripe wants it): the
// prices differ there; taken into the catalog, the product holds both with their ids, in step.
void TestCheck::priceChangedThereIsTakenWithItsId()
{
    const Account a = addAccount(providers::Stripe);
    const CatalogEntry e = push(a, stripeProduct(QStringLiteral("Team")));
    const QString remoteId = m_catalog->link(e.id, a.id).remoteId;
    const QJsonObject product = m_stripe.call("GET", QStringLiteral("/v1/products/") + remoteId);
    const QString oldPrice = product.value(u"default_price").toString();
    const QString newPrice = m_stripe.call("POST", QStringLiteral("/v1/prices"),
                                           "product=" + remoteId.toUtf8() + "&currency=usd&unit_amount=2400&recurring[interval]=month")
                                 .value(u"id").toString();
    m_stripe.call("POST", QStringLiteral("/v1/products/") + remoteId, "default_price=" + newPrice.toUtf8());
    m_stripe.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "active=false");

    CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("changed_there"));
    QSet<QString> keys;
    for (const FieldDifference& f : item.fields) {
        QCOMPARE(f.side, FieldDifference::There);
        keys.insert(f.key);
    }
    QVERIFY2(keys.contains(QStringLiteral("price[0]")), qPrintable(QStringList(keys.values()).join(u',')));
    QCOMPARE(item.fields.first().here, QStringLiteral("US$19.00/month"));
    QVERIFY2(item.fields.first().there.startsWith(QStringLiteral("US$24.00/month")), qPrintable(item.fields.first().there));

    settle(item, keys);
    const CatalogEntry after = *m_catalog->product(e.id);
    QCOMPARE(after.product.prices.size(), 2);
    QCOMPARE(after.product.prices.first().amount, std::optional<qint64>(2400));
    QCOMPARE(after.product.prices.first().remoteId, newPrice);
    QVERIFY(after.product.prices.first().isDefault);
    QCOMPARE(after.product.prices.at(1).remoteId, oldPrice);
    QVERIFY(after.product.prices.at(1).archived);
    QCOMPARE(m_catalog->link(e.id, a.id).state, SyncState::Synced);
    QCOMPARE(CheckItem::verdictKey(checkOne(e.id).verdict), QStringLiteral("in_step"));
    QCOMPARE(ChangePlan::compute(*m_catalog, { e.id }).operationCount(), 0);
}

void TestCheck::conflictSettledFieldByField()
{
    const Account a = addAccount(providers::Stripe);
    CatalogEntry e = push(a, stripeProduct(QStringLiteral("Team")));
    const QString remoteId = m_catalog->link(e.id, a.id).remoteId;
    e.product.name = QStringLiteral("Team (here)");
    e.product.description = QStringLiteral("Changed here");
    QVERIFY(m_catalog->saveProduct(e));
    m_stripe.call("POST", QStringLiteral("/v1/products/") + remoteId, "name=Team+(there)&description=Changed+there");

    CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("conflict"));
    QCOMPARE(item.fields.size(), 2);
    for (const FieldDifference& f : item.fields)
        QCOMPARE(f.side, FieldDifference::Both);
    // Their name, my description: the product keeps a change to send.
    settle(item, { QStringLiteral("name") });
    CatalogEntry after = *m_catalog->product(e.id);
    QCOMPARE(after.product.name, QStringLiteral("Team (there)"));
    QCOMPARE(after.product.description, QStringLiteral("Changed here"));
    SyncLink link = m_catalog->link(e.id, a.id);
    QCOMPARE(link.state, SyncState::Changed);
    QCOMPARE(link.syncedProduct->description, QStringLiteral("Changed there"));
    const ChangePlan plan = ChangePlan::compute(*m_catalog, { e.id });
    QCOMPARE(plan.operationCount(), 1);
    QCOMPARE(plan.accounts.first().products.first().changes.changes.first().operation, QStringLiteral("update_product"));
    // Checked again: only here differs now.
    item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("changed_here"));
    QCOMPARE(item.fields.size(), 1);
    QCOMPARE(item.fields.first().key, QStringLiteral("description"));
}

void TestCheck::goneOnProvider()
{
    const Account a = addAccount(providers::Stripe);
    AdoptionReport adopted;
    QVERIFY(m_catalog->adopt(a.id, a.target.provider, { { QStringLiteral("prod_notthere"), stripeProduct(QStringLiteral("Old")) } }, &adopted));
    const CheckItem item = checkOne(adopted.productIds.first());
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("gone"));
    QVERIFY(item.message.contains(u"no longer"));
}

void TestCheck::unknownCreateFoundByItsTag()
{
    const Account a = addAccount(providers::Stripe);
    CatalogEntry e = newEntry(a.target.provider, a.id, stripeProduct(QStringLiteral("Lost")));
    QVERIFY(m_catalog->saveProduct(e));
    // The create arrived, but its answer did not: the request Pricebook builds, sent as it is,
    // and the submission recorded as of unknown outcome.
    SerializeOptions options;
    options.idempotencyKey = SubmissionState::newIdempotencyKey();
    options.catalogId = e.id;
    const RequestPlan plan = RequestSerializer::build(e.product, a.target, options);
    QVERIFY(plan.validation.isValid());
    QVERIFY(plan.steps.first().bodyBytes().contains("metadata%5Bpricebook_id%5D=" + e.id.toUtf8())
            || plan.steps.first().bodyBytes().contains("metadata[pricebook_id]=" + e.id.toUtf8()));
    const QJsonObject made = m_stripe.call("POST", QStringLiteral("/v1/products"), plan.steps.first().bodyBytes());
    const QString remoteId = made.value(u"id").toString();
    QVERIFY(!remoteId.isEmpty());
    // A product of the same name made by someone else, untagged: not taken for it.
    m_stripe.call("POST", QStringLiteral("/v1/products"), "name=Lost");
    JobResult unknown;
    unknown.status = JobStatus::OutcomeUnknown;
    unknown.state.idempotencyKey = options.idempotencyKey;
    unknown.state.catalogId = e.id;
    unknown.state.pendingStep = QStringLiteral("product");
    QVERIFY(m_catalog->recordResult(e.id, a.id, JobKind::CreateProduct, unknown, e.version));
    QCOMPARE(m_catalog->link(e.id, a.id).state, SyncState::OutcomeUnknown);

    const CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("found"));
    QCOMPARE(item.remoteId, remoteId);
    const SyncLink link = m_catalog->link(e.id, a.id);
    QCOMPARE(link.remoteId, remoteId);
    QCOMPARE(link.state, SyncState::Synced);
    // Linked: never sent again.
    const SyncPlan next = SyncEngine::plan(*m_catalog->product(e.id), link, { e.id, SyncRequest::Auto, false });
    QCOMPARE(next.action, SyncPlan::AlreadySynced);
    QCOMPARE(CheckItem::verdictKey(checkOne(e.id).verdict), QStringLiteral("in_step"));
}

void TestCheck::unknownCreateNotFoundIsSentAgain()
{
    const Account a = addAccount(providers::Stripe);
    CatalogEntry e = newEntry(a.target.provider, a.id, stripeProduct(QStringLiteral("Never")));
    QVERIFY(m_catalog->saveProduct(e));
    JobResult unknown;
    unknown.status = JobStatus::OutcomeUnknown;
    unknown.state.idempotencyKey = SubmissionState::newIdempotencyKey();
    unknown.state.catalogId = e.id;
    unknown.state.pendingStep = QStringLiteral("product");
    QVERIFY(m_catalog->recordResult(e.id, a.id, JobKind::CreateProduct, unknown, e.version));

    const CheckItem item = checkOne(e.id);
    QCOMPARE(CheckItem::verdictKey(item.verdict), QStringLiteral("not_found"));
    QCOMPARE(m_catalog->link(e.id, a.id).state, SyncState::OutcomeUnknown);
    QCOMPARE(m_stripe.call("GET", QStringLiteral("/v1/products?limit=100")).value(u"data").toArray().size(), 0);

    // The CLI sends it again on request, once.
    const Run run = cli({ QStringLiteral("check"), QStringLiteral("--resend-not-found") });
    QCOMPARE(run.code, 5);
    QVERIFY2(run.out.contains(u"Sent again: created as prod_"), qPrintable(run.out + run.err));
    m_catalog->clearError();
    const SyncLink link = m_catalog->link(e.id, a.id);
    QCOMPARE(link.state, SyncState::Synced);
    const QJsonArray listed = m_stripe.call("GET", QStringLiteral("/v1/products?limit=100")).value(u"data").toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(u"id").toString(), link.remoteId);
    QCOMPARE(listed.first().toObject().value(u"metadata").toObject().value(u"pricebook_id").toString(), e.id);
    const Run again = cli({ QStringLiteral("check") });
    QCOMPARE(again.code, 0);
}

void TestCheck::piriodUnknownCreateFoundByNameAndPlans()
{
    const Account a = addAccount(providers::Piriod);
    Remote piriod { m_sandbox->baseUrl(), { { "Authorization", "Token t" }, { "x-simple-workspace", "ws_check" }, { "Content-Type", "application/json" } } };
    CatalogEntry e = newEntry(a.target.provider, a.id, piriodProduct(QStringLiteral("Desk")));
    QVERIFY2(Validator::validate(schemas::piriod(), e.product).isValid(),
             qPrintable(pbtest::errorLocations(Validator::validate(schemas::piriod(), e.product))));
    QVERIFY(m_catalog->saveProduct(e));
    // Two products of that name: one with another plan, one with exactly the plan sent.
    for (int amount : { 2500, 1900 }) {
        const QJsonObject p = piriod.call("POST", QStringLiteral("/products/"), R"({"name":"Desk","unit_label":"seat"})");
        piriod.call("POST", QStringLiteral("/plans/"),
                    R"({"product":")" + p.value(u"id").toString().toUtf8()
                        + R"(","name":"Monthly","description":"Every month","frequency":"monthly","currency":"clp","amount":)"
                        + QByteArray::number(amount) + "}");
    }
    const QJsonArray products = piriod.call("GET", QStringLiteral("/products/")).value(u"results").toArray();
    QCOMPARE(products.size(), 2);
    JobResult unknown;
    unknown.status = JobStatus::OutcomeUnknown;
    unknown.state.pendingStep = QStringLiteral("product");
    QVERIFY(m_catalog->recordResult(e.id, a.id, JobKind::CreateProduct, unknown, e.version));

    const CheckItem item = checkOne(e.id);
    QVERIFY2(item.verdict == CheckItem::Found, qPrintable(CheckItem::verdictKey(item.verdict) + u' ' + item.message));
    QCOMPARE(m_catalog->link(e.id, a.id).remoteId, item.remoteId);
    QCOMPARE(m_catalog->link(e.id, a.id).state, SyncState::Synced);
    QVERIFY(item.message.contains(item.remoteId));
}

void TestCheck::janiAndChatDashSayWhatToDo()
{
    const Account jani = addAccount(providers::Jani);
    const Account chatdash = addAccount(providers::ChatDash);
    AdoptionReport adopted;
    Product p;
    p.name = QStringLiteral("Chat");
    QVERIFY(m_catalog->adopt(chatdash.id, chatdash.target.provider, { { QStringLiteral("cd_1"), p } }, &adopted));
    CheckItem item = checkOne(adopted.productIds.first());
    QCOMPARE(item.verdict, CheckItem::NotChecked);
    QVERIFY2(item.message.contains(u"no way to read"), qPrintable(item.message));

    CatalogEntry e = newEntry(jani.target.provider, jani.id, p);
    e.product.productType = QStringLiteral("standard");
    QVERIFY(m_catalog->saveProduct(e));
    JobResult unknown;
    unknown.status = JobStatus::OutcomeUnknown;
    QVERIFY(m_catalog->recordResult(e.id, jani.id, JobKind::CreateProduct, unknown, e.version));
    item = checkOne(e.id);
    QCOMPARE(item.verdict, CheckItem::NotChecked);
    QVERIFY2(item.message.contains(u"(Link existing products)"), qPrintable(item.message));
}

void TestCheck::cliPrintsVerdictsAndExitCodes()
{
    const Account a = addAccount(providers::Stripe);
    const CatalogEntry e = push(a, stripeProduct(QStringLiteral("Team")));
    Run run = cli({ QStringLiteral("check"), QStringLiteral("--account"), a.name });
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"In step"), qPrintable(run.out));

    const QString remoteId = m_catalog->link(e.id, a.id).remoteId;
    m_stripe.call("POST", QStringLiteral("/v1/products/") + remoteId, "description=Edited+on+the+dashboard");
    run = cli({ QStringLiteral("check"), QStringLiteral("--json") });
    QCOMPARE(run.code, 5);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"inStep").toBool(true), false);
    const QJsonObject product = report.value(u"products").toArray().first().toObject();
    QCOMPARE(product.value(u"verdict").toString(), QStringLiteral("changed_there"));
    QCOMPARE(product.value(u"remoteId").toString(), remoteId);
    const QJsonObject field = product.value(u"fields").toArray().first().toObject();
    QCOMPARE(field.value(u"field").toString(), QStringLiteral("description"));
    QCOMPARE(field.value(u"changed").toString(), QStringLiteral("there"));
    QCOMPARE(field.value(u"base").toString(), QStringLiteral("Seats for a team"));
    QCOMPARE(field.value(u"there").toString(), QStringLiteral("Edited on the dashboard"));
    run = cli({ QStringLiteral("check") });
    QCOMPARE(run.code, 5);
    QVERIFY2(run.out.contains(u"Changed on provider"), qPrintable(run.out));
    QVERIFY(run.out.contains(u"there Edited on the dashboard"));
    run = cli({ QStringLiteral("check"), QStringLiteral("--help") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"5 when something differs"));
    // Nothing was changed by checking.
    QCOMPARE(m_catalog->product(e.id)->product.description, QStringLiteral("Seats for a team"));
}

// The fault suite at the issue's scale: PRICEBOOK_CHECK_SUITE_COUNT products (10,000 by default,
// half Stripe, half Piriod; the sanitizer build sets fewer) pushed with a fifth of all requests
// failing (dropped before or after the object is made, no answer, 429, 503, a 200 that is not
// JSON), then ONE check pass with the faults off over those of unknown outcome: every one is
// found and linked, or not there and then sent once. Nothing is left unknown, nothing is on the
// provider twice, and the remote catalogs hold exactly the catalog's products. The push runs through the engine (the faults need its quick delivery policy); the
// check pass is `pricebook-cli check --unknown`, what a person runs after such a push.
void TestCheck::faultSuiteLeavesNothingUnknownAfterOneCheck()
{
    const int total = qEnvironmentVariableIsSet("PRICEBOOK_CHECK_SUITE_COUNT") ? qEnvironmentVariableIntValue("PRICEBOOK_CHECK_SUITE_COUNT")
                                                                                  : 10000;
    // Fewer would leave too few Stripe creates of unknown outcome to prove anything.
    QVERIFY2(total >= 1000, "PRICEBOOK_CHECK_SUITE_COUNT must be 1000 or more");
    const Account stripe = addAccount(providers::Stripe);
    const Account piriod = addAccount(providers::Piriod);
    QList<CatalogEntry> entries;
    for (int i = 0; i < total / 2; ++i) {
        for (const Account* a : { &stripe, &piriod }) {
            Product p = a == &stripe ? stripeProduct(QStringLiteral("Stripe %1").arg(i)) : piriodProduct(QStringLiteral("Piriod %1").arg(i));
            p.prices.first().amount = 1000 + i;
            entries << newEntry(a->target.provider, a->id, p);
        }
    }
    QVERIFY2(m_catalog->saveProducts(entries), qPrintable(m_catalog->lastError()));
    QStringList ids;
    QHash<QString, QString> nameOf;
    for (const CatalogEntry& e : std::as_const(entries)) {
        ids << e.id;
        nameOf.insert(e.id, e.product.name);
    }
    SandboxFaults faults;
    faults.dropBefore = 0.035;
    faults.dropAfter = 0.035;
    faults.hang = 0.03;
    faults.tooManyRequests = 0.035;
    faults.serverError = 0.035;
    faults.malformed = 0.03; // 20 % in all
    faults.seed = 11;
    m_sandbox->setFaults(faults);
    DeliveryPolicy quick;
    quick.transferTimeoutMs = 300;
    quick.totalTimeoutMs = 3000;
    quick.maxAttempts = 6;
    quick.baseDelayMs = 5;
    quick.maxDelayMs = 50;
    // Stripe's creates carry an idempotency key, so its retries settle nearly every fault; with
    // two attempts some run out of retries with the outcome unknown, as on a bad connection.
    DeliveryPolicy twoAttempts = quick;
    twoAttempts.maxAttempts = 2;
    QStringList stripeIds, piriodIds;
    for (const CatalogEntry& e : std::as_const(entries))
        (e.accountId == stripe.id ? stripeIds : piriodIds) << e.id;
    QElapsedTimer clock;
    clock.start();
    for (const auto& [some, policy] : { std::pair { stripeIds, twoAttempts }, std::pair { piriodIds, quick } }) {
        BulkPusher push(m_store.get(), m_nam, sandboxKeys());
        QSignalSpy pushed(&push, &BulkPusher::finished);
        push.start(some, { 8, 100000, policy });
        QVERIFY(pushed.wait(600000));
    }
    m_store->waitForIdle();
    const qint64 pushMs = clock.elapsed();
    const SandboxStats pushStats = m_sandbox->stats();
    const double faultShare = double(pushStats.faultsInjected) / double(pushStats.requests);
    QVERIFY2(faultShare > 0.15 && faultShare < 0.25, qPrintable(QString::number(faultShare)));
    m_sandbox->setFaults({});
    QCOMPARE(m_sandbox->stats().duplicateNames, 0);

    QStringList unknown;
    int unknownStripe = 0, unknownPiriod = 0;
    for (const CatalogEntry& e : std::as_const(entries)) {
        if (m_catalog->link(e.id, e.accountId).state == SyncState::OutcomeUnknown) {
            unknown << e.id;
            ++(e.accountId == stripe.id ? unknownStripe : unknownPiriod);
        }
    }
    QVERIFY2(unknownStripe >= 1 && unknownPiriod >= 1, qPrintable(QStringLiteral("%1 %2").arg(unknownStripe).arg(unknownPiriod)));

    // One check pass, as a person runs it after such a push: `pricebook-cli check --unknown`.
    const qint64 requestsBefore = m_sandbox->stats().requests;
    clock.restart();
    const Run run = cli({ QStringLiteral("check"), QStringLiteral("--unknown"), QStringLiteral("--rate"), QStringLiteral("100000"),
                          QStringLiteral("--json") },
                        600000);
    const qint64 checkMs = clock.elapsed();
    const qint64 checkRequests = m_sandbox->stats().requests - requestsBefore;
    m_catalog->clearError();
    QCOMPARE(run.code, 5); // found ones differ from "in step" by being found
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray items = report.value(u"products").toArray();
    QCOMPARE(items.size(), unknown.size());
    QCOMPARE(qint64(report.value(u"requests").toInt()), checkRequests);
    QStringList notFound, checked;
    int found = 0, foundPartly = 0;
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(u"product").toString(), verdict = item.value(u"verdict").toString();
        checked << id;
        QVERIFY2(verdict == u"found" || verdict == u"not_found", qPrintable(nameOf.value(id) + u' ' + verdict + u' ' + item.value(u"message").toString()));
        const SyncLink link = m_catalog->link(id, m_catalog->product(id)->accountId);
        if (verdict == u"found") {
            ++found;
            QCOMPARE(link.remoteId, item.value(u"remoteId").toString());
            // In step, or a create that stopped before its plan: found with the product alone,
            // changed here by the plan still to make.
            const QJsonArray fields = item.value(u"fields").toArray();
            bool partial = !fields.isEmpty();
            for (const QJsonValue& f : fields)
                partial &= f[u"changed"].toString() == u"here" && f[u"field"].toString().startsWith(u"price[")
                    && f[u"there"].toString() == u"(none)";
            QVERIFY2(link.state == SyncState::Synced || (partial && link.state == SyncState::Changed),
                     qPrintable(nameOf.value(id) + u' ' + syncStateKey(link.state) + u' ' + QString::fromUtf8(QJsonDocument(fields).toJson())));
            foundPartly += link.state == SyncState::Changed ? 1 : 0;
        } else {
            QCOMPARE(link.state, SyncState::OutcomeUnknown);
            notFound << id;
        }
    }
    checked.sort();
    unknown.sort();
    QCOMPARE(checked, unknown);
    // Reading a catalog once per account, not once per product: a bounded number of list pages
    // plus one read of prices or plans per candidate.
    const qint64 listPages = (total / 2 + 99) / 100 + 1;
    QVERIFY2(checkRequests <= 2 * listPages + qint64(unknown.size()),
             qPrintable(QStringLiteral("%1 requests for %2 products").arg(checkRequests).arg(unknown.size())));

    // What the provider holds, every page: each remote product's name and id.
    auto stripeCatalog = [this] {
        QList<QPair<QString, QString>> out;
        QString after;
        for (;;) {
            const QJsonObject page = m_stripe.call("GET", QStringLiteral("/v1/products?limit=100")
                                                              + (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after));
            const QJsonArray data = page.value(u"data").toArray();
            for (const QJsonValue& v : data)
                out.append({ v.toObject().value(u"name").toString(), v.toObject().value(u"id").toString() });
            if (!page.value(u"has_more").toBool() || data.isEmpty())
                return out;
            after = data.last().toObject().value(u"id").toString();
        }
    };
    Remote piriodRemote { m_sandbox->baseUrl(), { { "Authorization", "Token t" }, { "x-simple-workspace", "ws_check" } } };
    auto piriodCatalog = [&piriodRemote] {
        QList<QPair<QString, QString>> out;
        for (int page = 1;; ++page) {
            const QJsonObject o = piriodRemote.call("GET", QStringLiteral("/products/?page_size=100&page=%1").arg(page));
            for (const QJsonValue& v : o.value(u"results").toArray())
                out.append({ v.toObject().value(u"name").toString(), v.toObject().value(u"id").toString() });
            if (o.value(u"next").isNull() || o.value(u"results").toArray().isEmpty())
                return out;
        }
    };
    // What was not found is not on the provider.
    QSet<QString> remoteNames;
    for (const auto& [name, id] : stripeCatalog() + piriodCatalog())
        remoteNames.insert(name);
    for (const QString& id : std::as_const(notFound))
        QVERIFY2(!remoteNames.contains(nameOf.value(id)), qPrintable(nameOf.value(id)));

    // It is sent again, once, a few at a time; nothing is then on the provider twice.
    SyncEngine engine(m_store.get(), m_nam);
    int next = 0, running = 0;
    QStringList failures;
    std::function<void()> sendMore = [&] {
        while (running < 8 && next < notFound.size()) {
            ++running;
            SyncTask* task = engine.send({ notFound.at(next++), SyncRequest::Create, true }, Account::sandboxKey());
            connect(task, &SyncTask::finished, this, [&](const SyncOutcome& o) {
                --running;
                if (!o.ok())
                    failures << o.message;
                sendMore();
            });
        }
    };
    sendMore();
    QTRY_VERIFY_WITH_TIMEOUT(running == 0 && next == notFound.size(), 300000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    m_store->waitForIdle();
    // Those the push was refused for (retries out on 429 or 503: nothing made) are pushed again;
    // those found without their plan get it by applying their change plan (a new plan on the
    // product found), as `pricebook-cli apply` would.
    QStringList refused, partly;
    for (const CatalogEntry& e : std::as_const(entries)) {
        const SyncState state = m_catalog->link(e.id, e.accountId).state;
        if (state == SyncState::Failed)
            refused << e.id;
        else if (state == SyncState::Changed)
            partly << e.id;
    }
    QCOMPARE(partly.size(), foundPartly);
    const int failedBefore = int(refused.size());
    if (!refused.isEmpty()) {
        BulkPusher push(m_store.get(), m_nam, sandboxKeys());
        QSignalSpy pushed(&push, &BulkPusher::finished);
        push.start(refused, { 8, 100000, quick });
        QVERIFY(pushed.wait(600000));
        for (const PushLine& l : push.report())
            QVERIFY2(l.outcome == u"created", qPrintable(l.name + u' ' + l.outcome + u' ' + l.message));
    }
    if (!partly.isEmpty()) {
        PlanApplier apply(m_store.get(), m_nam, sandboxKeys());
        QSignalSpy applied(&apply, &PlanApplier::finished);
        ApplyOptions options;
        options.policy = quick;
        apply.start(partly, options);
        QVERIFY(applied.wait(600000));
        for (const PushLine& l : apply.report())
            QVERIFY2(l.outcome == u"updated", qPrintable(l.name + u' ' + l.outcome + u' ' + l.message));
    }
    m_store->waitForIdle();
    QCOMPARE(m_sandbox->stats().duplicateNames, 0);

    // Every product is synced, linked to the one remote product of its name; the providers hold
    // exactly the catalog's products, each once.
    QHash<QString, QString> remoteIdOf; // name -> remote id, per provider catalog
    for (const auto& list : { stripeCatalog(), piriodCatalog() }) {
        QHash<QString, QString> seen;
        for (const auto& [name, id] : list) {
            QVERIFY2(!seen.contains(name), qPrintable(QStringLiteral("%1 is on the provider twice").arg(name)));
            seen.insert(name, id);
        }
        remoteIdOf.insert(seen);
    }
    QCOMPARE(remoteIdOf.size(), qsizetype(total / 2 * 2));
    // Each Piriod product has its one plan, none twice.
    QHash<QString, int> plansOf;
    for (int page = 1;; ++page) {
        const QJsonObject o = piriodRemote.call("GET", QStringLiteral("/plans/?page_size=100&page=%1").arg(page));
        for (const QJsonValue& v : o.value(u"results").toArray())
            ++plansOf[v.toObject().value(u"product").toString()];
        if (o.value(u"next").isNull() || o.value(u"results").toArray().isEmpty())
            break;
    }
    QCOMPARE(plansOf.size(), qsizetype(total / 2));
    for (auto it = plansOf.cbegin(); it != plansOf.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 has %2 plans").arg(it.key()).arg(it.value())));
    int left = 0;
    for (const CatalogEntry& e : std::as_const(entries)) {
        const SyncLink link = m_catalog->link(e.id, e.accountId);
        left += link.state == SyncState::OutcomeUnknown ? 1 : 0;
        QVERIFY2(link.state == SyncState::Synced, qPrintable(e.product.name));
        QCOMPARE(link.remoteId, remoteIdOf.value(e.product.name));
    }
    QCOMPARE(left, 0);
    qInfo("fault suite: %lld products (%d Stripe, %d Piriod); pushed in %.1f s; %d Stripe and %d Piriod of unknown outcome after "
          "the push (%d refused, sent later); one check pass: %d found and linked (%d without their plan, sent later), %lld not "
          "found (sent again), %.1f s, %lld requests; 0 left unknown, 0 duplicates",
          qint64(ids.size()), total / 2, total / 2, pushMs / 1000.0, unknownStripe, unknownPiriod, failedBefore, found, foundPartly,
          qint64(notFound.size()), checkMs / 1000.0, checkRequests);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"

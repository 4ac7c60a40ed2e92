// The sync engine's claims: on the catalog itself (two connections to one file stand for two
// processes), through the engine with a result the catalog refuses to store, and with real
// pricebook-cli processes pushing one data folder at once against the sandbox with faults on,
// one of them killed part-way, and while this process sends the same products the way the
// window does.
// On PostgreSQL (tests/run-with-postgres.sh) the same, with each push process given a home and
// keychain of its own, as two people on two machines sharing one team catalog.
#include "CatalogEngines.h"
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Catalog.h"
#include "services/storage/CatalogStore.h"
#include "services/storage/Database.h"
#include "services/sync/BulkPush.h"
#include "services/sync/Claim.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pb;

namespace {

const QList<Provider> kProviders { providers::Stripe, providers::ChatDash, providers::Piriod, providers::Jani };

// Accounts for all four providers on the sandbox, and `count` products spread over them.
struct Seeded {
    QList<Account> accounts;
    QStringList ids;
};

Seeded seed(Catalog& c, const QString& baseUrl, int count, const QString& label)
{
    Seeded s;
    for (Provider p : kProviders) {
        Account a;
        a.name = QStringLiteral("%1 sandbox").arg(providerDisplayName(p));
        a.target.provider = p;
        a.target.baseUrl = baseUrl;
        a.sandbox = true;
        if (p == providers::ChatDash)
            a.target.set(QStringLiteral("account-id"), QStringLiteral("acct_two"));
        if (p == providers::Piriod)
            a.target.set(QStringLiteral("workspace"), QStringLiteral("ws_two"));
        if (!c.saveAccount(a))
            qFatal("account not saved: %s", qPrintable(c.lastError()));
        s.accounts.append(a);
    }
    pbtest::Generator gen(quint32(count) * 7 + 3);
    QList<CatalogEntry> entries;
    for (int i = 0; i < count; ++i) {
        const Provider p = kProviders.at(i % kProviders.size());
        CatalogEntry e;
        e.provider = p;
        e.accountId = s.accounts.at(i % kProviders.size()).id;
        if (p == providers::Stripe) {
            e.product = gen.stripe();
        } else if (p == providers::ChatDash) {
            e.product = gen.chatDash();
        } else if (p == providers::Piriod) {
            e.product = gen.piriod();
        } else {
            e.product.productType = QStringLiteral("standard");
            e.product.description = QStringLiteral("Generated for the claim suite");
        }
        e.product.name = QStringLiteral("%1 %2 %3").arg(providerKey(p), label).arg(i);
        entries.append(e);
    }
    if (!c.saveProducts(entries))
        qFatal("products not saved: %s", qPrintable(c.lastError()));
    for (const CatalogEntry& e : entries)
        s.ids << e.id;
    return s;
}

// From here on the catalog refuses the history row of a result, as a full disk would: every
// one, or only those of `productId`.
bool refuseHistory(Catalog& c, const QString& productId = {})
{
    QSqlQuery q(c.database());
    if (c.isServer()) {
        const QString when = productId.isEmpty() ? QString() : QStringLiteral(" WHEN (NEW.product_id = '%1')").arg(productId);
        return q.exec(QStringLiteral("CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS"
                                     " $$BEGIN RAISE EXCEPTION 'database or disk is full'; END$$"))
            && q.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON history FOR EACH ROW%1 EXECUTE FUNCTION full_disk()").arg(when));
    }
    const QString when = productId.isEmpty() ? QString() : QStringLiteral(" WHEN NEW.product_id = '%1'").arg(productId);
    return q.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON history%1 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END").arg(when));
}

// The catalog of a test's data folder: the SQLite file in it, or its database on the test server.
QString catalogIn(const QString& data) { return pbtest::catalogLocation(Database::pathInDirectory(data)); }

ClaimRequest request(const QString& owner, const QDateTime& now = QDateTime::currentDateTimeUtc(), int leaseMs = 60000)
{
    ClaimRequest r;
    r.owner = owner;
    r.claimId = Catalog::newId();
    r.now = now;
    r.until = now.addMSecs(leaseMs);
    r.ownerGone = &ClaimOwner::isGone;
    return r;
}

// A claim owner on a host that is not this one: only its lease can end its claim.
QString elsewhere(int pid) { return QStringLiteral("build-box-%1.example:%2:12345").arg(QSysInfo::machineHostName()).arg(pid); }

struct Totals {
    int synced = 0, unknown = 0, failed = 0, other = 0, claimed = 0, unexplained = 0;
};

Totals inspectCatalog(const QString& path, const QStringList& ids)
{
    Catalog c;
    QString error;
    if (!c.open(path, &error))
        qFatal("%s", qPrintable(error));
    Totals t;
    for (const QString& id : ids) {
        const auto e = c.product(id);
        const SyncLink l = c.link(id, e->accountId);
        switch (l.state) {
        case SyncState::Synced: ++t.synced; break;
        case SyncState::OutcomeUnknown: ++t.unknown; break;
        case SyncState::Failed: ++t.failed; break;
        default: ++t.other; break;
        }
        if ((l.state == SyncState::OutcomeUnknown || l.state == SyncState::Failed) && l.message.trimmed().isEmpty())
            ++t.unexplained;
        if (l.claim.isHeld())
            ++t.claimed;
    }
    if (c.integrityCheck() != u"ok")
        qFatal("integrity_check failed");
    return t;
}

SandboxFaults twentyPercent(quint32 seed)
{
    // No hangs: the CLI waits the real 30 s timeout for those; every other kind of fault is in.
    SandboxFaults f;
    f.latencyMs = 4;
    f.dropBefore = 0.04;
    f.dropAfter = 0.04;
    f.tooManyRequests = 0.04;
    f.serverError = 0.04;
    f.malformed = 0.04;
    f.seed = seed;
    return f;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerRoundTrips();
    void secondClaimIsRefusedWithTheOwner();
    void expiredLeaseIsTakenOverWithItsKey();
    void deadProcessOnThisHostIsTakenOver();
    void planReusesTheStoredKey();
    void resultThatCannotBeRecordedIsAFailure();
    void oneUnrecordableResultInABulkPushIsItsOwn();
    void outcomesAndClaimsTogetherAreWhatIsCommitted();
    void leaseIsRenewedWhileSending();
    void twoPushesAtOnce_data();
    void twoPushesAtOnce();
    void windowSubmitsWhileAPushRuns();

private:
    QProcess* startPush(const QString& data, int concurrency, const QString& home = {});
    QString m_cli;
    QTemporaryDir m_dir;
};

void TestSync::initTestCase()
{
    qRegisterMetaType<SyncOutcome>();
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
}

void TestSync::ownerRoundTrips()
{
    const ClaimOwner& me = ClaimOwner::current();
    QCOMPARE(me.pid, QCoreApplication::applicationPid());
    QVERIFY(!me.start.isEmpty());
    const auto back = ClaimOwner::fromString(me.toString());
    QVERIFY(back);
    QCOMPARE(back->host, me.host);
    QCOMPARE(back->pid, me.pid);
    QCOMPARE(back->start, me.start);
    QVERIFY(!ClaimOwner::isGone(me.toString()));
    QVERIFY(!ClaimOwner::isGone(elsewhere(1))); // another host: only the lease tells
    QVERIFY(!ClaimOwner::fromString(QStringLiteral("nonsense")));
}

void TestSync::secondClaimIsRefusedWithTheOwner()
{
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    Catalog first, second; // two connections: two processes
    QString error;
    QVERIFY2(first.open(path, &error), qPrintable(error));
    QVERIFY2(second.open(path, &error), qPrintable(error));
    const Seeded s = seed(first, QStringLiteral("http://127.0.0.1:9"), 1, QStringLiteral("claim"));
    const QString id = s.ids.first();

    const ClaimRequest a = request(elsewhere(4711));
    const ClaimAttempt got = first.claim(id, a);
    QCOMPARE(got.outcome, ClaimAttempt::Claimed);
    QCOMPARE(got.link.claim.id, a.claimId);

    const ClaimAttempt refused = second.claim(id, request(ClaimOwner::current().toString()));
    QCOMPARE(refused.outcome, ClaimAttempt::Held);
    QCOMPARE(refused.link.claim.owner, a.owner);
    QCOMPARE(refused.link.claim.id, a.claimId);
    const QString message = claimHeldMessage(refused.entry.product.name, refused.link.claim);
    QVERIFY2(message.contains(QStringLiteral("being sent by another Pricebook since")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("process 4711")), qPrintable(message));
    // The same process asking again is refused too: one claim, one sender.
    QCOMPARE(first.claim(id, request(elsewhere(4711))).outcome, ClaimAttempt::Held);

    // Released with the result: free for the next one, which sees what was recorded.
    JobResult r;
    r.status = JobStatus::Succeeded;
    r.object.id = QStringLiteral("prod_1");
    QVERIFY(first.recordResult(id, got.entry.accountId, JobKind::CreateProduct, r, got.entry.version, &got.entry.product, a.claimId));
    QVERIFY(!second.link(id, got.entry.accountId).claim.isHeld());
    const ClaimAttempt next = second.claim(id, request(ClaimOwner::current().toString()));
    QCOMPARE(next.outcome, ClaimAttempt::Claimed);
    QCOMPARE(next.link.remoteId, QStringLiteral("prod_1"));
    QVERIFY(second.releaseClaim(id, got.entry.accountId, next.link.claim.id));
    QVERIFY(!first.link(id, got.entry.accountId).claim.isHeld());
    QCOMPARE(first.link(id, got.entry.accountId).state, SyncState::Synced);
}

void TestSync::expiredLeaseIsTakenOverWithItsKey()
{
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    Catalog first, second;
    QString error;
    QVERIFY(first.open(path, &error));
    QVERIFY(second.open(path, &error));
    const Seeded s = seed(first, QStringLiteral("http://127.0.0.1:9"), 1, QStringLiteral("lease")); // a Stripe product
    const QString id = s.ids.first();

    // The first holder starts a create, records its key and the product step, then stops
    // renewing (a machine that went to sleep, a network share that hung).
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-600);
    ClaimRequest a = request(elsewhere(99), then, 1000);
    a.decide = [](const CatalogEntry& e, const SyncLink& l, std::optional<SubmissionState>* begin) {
        SyncPlan p = SyncEngine::plan(e, l, { e.id });
        *begin = p.state;
        return p.sends();
    };
    const ClaimAttempt got = first.claim(id, a);
    QCOMPARE(got.outcome, ClaimAttempt::Claimed);
    SubmissionState started = got.link.submission;
    QVERIFY(!started.idempotencyKey.isEmpty()); // recorded in the claim's own transaction
    QCOMPARE(got.link.state, SyncState::Submitting);
    started.completed.insert(QStringLiteral("product"), QStringLiteral("prod_half"));
    QVERIFY(first.updateSubmission(id, got.entry.accountId, started, a.claimId));

    // Before the lease ends it is refused; after, taken over with the unfinished state.
    QCOMPARE(second.claim(id, request(ClaimOwner::current().toString(), then.addMSecs(500))).outcome, ClaimAttempt::Held);
    SubmissionState resumed;
    ClaimRequest b = request(ClaimOwner::current().toString());
    b.decide = [&resumed](const CatalogEntry& e, const SyncLink& l, std::optional<SubmissionState>* begin) {
        const SyncPlan p = SyncEngine::plan(e, l, { e.id });
        resumed = p.state;
        *begin = p.state;
        return p.sends();
    };
    const ClaimAttempt taken = second.claim(id, b);
    QCOMPARE(taken.outcome, ClaimAttempt::Claimed);
    QCOMPARE(taken.previous.owner, a.owner);
    QCOMPARE(taken.previous.id, a.claimId);
    QCOMPARE(resumed.idempotencyKey, started.idempotencyKey); // kept, never re-minted
    QCOMPARE(resumed.completed.value(QStringLiteral("product")), QStringLiteral("prod_half"));
    QCOMPARE(second.link(id, got.entry.accountId).submission, started);
    // The first holder has lost it: its progress is refused rather than mixed in.
    QVERIFY(!first.updateSubmission(id, got.entry.accountId, started, a.claimId));
    QVERIFY(!first.renewClaims({ a.claimId }, QDateTime::currentDateTimeUtc().addSecs(60)));
}

void TestSync::deadProcessOnThisHostIsTakenOver()
{
#ifndef Q_OS_LINUX
    QSKIP("needs /proc to tell a process's start");
#else
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    Catalog c;
    QString error;
    QVERIFY(c.open(path, &error));
    const Seeded s = seed(c, QStringLiteral("http://127.0.0.1:9"), 1, QStringLiteral("dead"));
    const QString id = s.ids.first();

    QProcess other;
    other.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    QVERIFY(other.waitForStarted());
    ClaimOwner owner;
    owner.host = ClaimOwner::current().host;
    owner.pid = other.processId();
    owner.start = ClaimOwner::startOf(owner.pid);
    QVERIFY(!owner.start.isEmpty());
    const ClaimRequest held = request(owner.toString()); // a long lease
    QCOMPARE(c.claim(id, held).outcome, ClaimAttempt::Claimed);
    QVERIFY(!ClaimOwner::isGone(owner.toString()));
    QCOMPARE(c.claim(id, request(ClaimOwner::current().toString())).outcome, ClaimAttempt::Held); // alive: left alone

    // A pid that now belongs to another process (same pid, other start) is gone as well.
    ClaimOwner reused = owner;
    reused.start = owner.start + QStringLiteral("1");
    QVERIFY(ClaimOwner::isGone(reused.toString()));

    other.kill();
    QVERIFY(other.waitForFinished());
    QVERIFY(ClaimOwner::isGone(owner.toString()));
    const ClaimAttempt taken = c.claim(id, request(ClaimOwner::current().toString()));
    QCOMPARE(taken.outcome, ClaimAttempt::Claimed); // long before its lease ends
    QCOMPARE(taken.previous.owner, owner.toString());
#endif
}

void TestSync::planReusesTheStoredKey()
{
    CatalogEntry stripe;
    stripe.provider = providers::Stripe;
    stripe.product.name = QStringLiteral("Gold");
    SyncLink link;
    link.state = SyncState::OutcomeUnknown;
    link.submission.idempotencyKey = QStringLiteral("key-kept");
    QCOMPARE(SyncEngine::plan(stripe, link, { QStringLiteral("p") }).action, SyncPlan::Create);
    QCOMPARE(SyncEngine::plan(stripe, link, { QStringLiteral("p") }).state.idempotencyKey, QStringLiteral("key-kept"));
    link.submission = {};
    const QString minted = SyncEngine::plan(stripe, link, { QStringLiteral("p") }).state.idempotencyKey;
    QVERIFY(!minted.isEmpty());

    CatalogEntry chatdash = stripe;
    chatdash.provider = providers::ChatDash;
    link.state = SyncState::Submitting; // left by a process that died while sending
    QCOMPARE(SyncEngine::plan(chatdash, link, { QStringLiteral("p") }).action, SyncPlan::MayExist);
    QVERIFY(SyncEngine::plan(chatdash, link, { QStringLiteral("p") }).state.idempotencyKey.isEmpty());
    QCOMPARE(SyncEngine::plan(chatdash, link, { QStringLiteral("p"), SyncRequest::Create, true }).action, SyncPlan::Create);
    link.state = SyncState::Synced;
    link.remoteId = QStringLiteral("prod_1");
    QCOMPARE(SyncEngine::plan(chatdash, link, { QStringLiteral("p") }).action, SyncPlan::AlreadySynced);
    QCOMPARE(SyncEngine::plan(chatdash, link, { QStringLiteral("p"), SyncRequest::Update }).action, SyncPlan::Update);
    link.state = SyncState::Changed;
    QCOMPARE(SyncEngine::plan(chatdash, link, { QStringLiteral("p") }).action, SyncPlan::Update);
    link = {};
    QCOMPARE(SyncEngine::plan(chatdash, link, { QStringLiteral("p"), SyncRequest::Update }).action, SyncPlan::NeedsRemoteId);
}

void TestSync::resultThatCannotBeRecordedIsAFailure()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    QStringList ids;
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path, &error));
        ids = seed(c, sandbox.baseUrl(), 2, QStringLiteral("full")).ids; // Stripe, ChatDash
        // From here on the catalog cannot take a result.
        QVERIFY(refuseHistory(c));
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path);
    QVERIFY(opened.wait(5000));
    QNetworkAccessManager network;
    SyncEngine engine(&store, &network);
    for (const QString& id : std::as_const(ids)) {
        SyncTask* task = engine.send({ id }, SandboxServer::sandboxKey());
        QSignalSpy done(task, &SyncTask::finished);
        QVERIFY(done.wait(10000));
        const SyncOutcome o = done.first().first().value<SyncOutcome>();
        QVERIFY(o.sent);
        QVERIFY(o.result.ok()); // the provider made it ...
        QCOMPARE(o.kind, SyncOutcome::Failed); // ... but the item failed, saying why
        QVERIFY(!o.recorded);
        QVERIFY2(o.message.contains(QStringLiteral("database or disk is full")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("could not be recorded")), qPrintable(o.message));
        QVERIFY2(o.message.contains(o.result.object.id), qPrintable(o.message));
    }
    store.waitForIdle();
    Catalog c;
    QString error;
    QVERIFY(c.open(path, &error));
    for (const QString& id : std::as_const(ids)) {
        const SyncLink l = c.link(id, c.product(id)->accountId);
        QCOMPARE(l.state, SyncState::Submitting); // nothing claims it was synced
        QVERIFY(l.claim.isHeld()); // and nobody resends it blindly until this process is gone or the lease ends
    }
}

// A bulk push writes the outcomes of the products sent and the claims of the next ones in one
// transaction. When one outcome cannot be written, that transaction is undone and its parts are
// written again one by one: the others' outcomes and claims are kept, and nothing is sent twice.
void TestSync::oneUnrecordableResultInABulkPushIsItsOwn()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    const int count = 200; // more than the push claims ahead
    QStringList ids;
    QString refused;
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path, &error));
        ids = seed(c, sandbox.baseUrl(), count, QStringLiteral("bulk")).ids;
        refused = ids.at(120); // a Stripe product, claimed while others are being recorded
        QCOMPARE(c.product(refused)->provider, providers::Stripe);
        QVERIFY(refuseHistory(c, refused));
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path);
    QVERIFY(opened.wait(5000));
    QNetworkAccessManager network;
    BulkPusher pusher(&store, &network, [](const Account&, std::function<void(const QString&)> then) { then(SandboxServer::sandboxKey()); });
    QSignalSpy finished(&pusher, &BulkPusher::finished);
    PushOptions options;
    options.concurrency = 6;
    pusher.start(ids, options);
    QVERIFY(finished.wait(60000));
    store.waitForIdle();

    const QList<PushLine> report = pusher.report();
    QCOMPARE(report.size(), count);
    for (const PushLine& line : report) {
        QVERIFY2(!line.remoteId.isEmpty(), qPrintable(line.productId + QStringLiteral(": ") + line.message)); // every one was sent
        if (line.productId == refused) {
            QCOMPARE(line.outcome, QStringLiteral("failed"));
            QVERIFY2(line.message.contains(QStringLiteral("could not be recorded")), qPrintable(line.message));
            QVERIFY2(line.message.contains(line.remoteId), qPrintable(line.message));
        } else {
            QVERIFY2(line.ok(), qPrintable(line.productId + QStringLiteral(": ") + line.outcome + QStringLiteral(" ") + line.message));
        }
    }
    const SandboxStats stats = sandbox.stats();
    QCOMPARE(stats.duplicateNames, 0);
    qint64 created = 0;
    for (Provider p : kProviders)
        created += stats.created.value(providerKey(p));
    QCOMPARE(created, qint64(count)); // each product once

    Catalog c;
    QString error;
    QVERIFY(c.open(path, &error));
    for (const QString& id : std::as_const(ids)) {
        const SyncLink l = c.link(id, c.product(id)->accountId);
        if (id == refused) {
            QCOMPARE(l.state, SyncState::Submitting); // nothing claims it was synced ...
            QVERIFY(l.claim.isHeld());               // ... nor resends it while this process lives
        } else {
            QCOMPARE(l.state, SyncState::Synced);
            QVERIFY(!l.claim.isHeld());
            QCOMPARE(c.history(id).size(), 1);
        }
    }
}

// Catalog::recordAndClaim: what it says was written and claimed is what another connection reads,
// whether the transaction that holds both commits or one outcome in it fails.
void TestSync::outcomesAndClaimsTogetherAreWhatIsCommitted()
{
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    Catalog c, other; // the writer and another process reading
    QString error;
    QVERIFY2(c.open(path, &error), qPrintable(error));
    QVERIFY2(other.open(path, &error), qPrintable(error));
    const QStringList ids = seed(c, QStringLiteral("http://127.0.0.1:9"), 6, QStringLiteral("together")).ids;
    const QString owner = ClaimOwner::current().toString();
    auto claimOf = [&](const QString& id) { return ClaimItem { id, request(owner) }; };
    auto resultOf = [&](const QString& id, const ClaimAttempt& held, const QString& remoteId) {
        SyncWrite w;
        w.kind = SyncWrite::Result;
        w.productId = id;
        w.accountId = held.entry.accountId;
        w.claimId = held.link.claim.id;
        w.version = held.entry.version;
        w.sent = held.entry.product;
        w.result.status = JobStatus::Succeeded;
        w.result.httpStatus = 200;
        w.result.object.id = remoteId;
        return w;
    };
    // Two products sent, their outcomes to record; two more to claim.
    const ClaimAttempt a = c.claim(ids.at(0), request(owner));
    const ClaimAttempt b = c.claim(ids.at(1), request(owner));
    QCOMPARE(a.outcome, ClaimAttempt::Claimed);
    QCOMPARE(b.outcome, ClaimAttempt::Claimed);
    const QList<ClaimItem> items { claimOf(ids.at(2)), claimOf(ids.at(3)) };
    const Catalog::WritesAndClaims made = c.recordAndClaim({ resultOf(ids.at(0), a, QStringLiteral("prod_a")), resultOf(ids.at(1), b, QStringLiteral("prod_b")) }, items);
    QCOMPARE(made.writeErrors, QStringList({ QString(), QString() }));
    QCOMPARE(made.claims.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(made.claims.at(i).outcome, ClaimAttempt::Claimed);
        const SyncLink l = other.link(ids.at(2 + i), made.claims.at(i).entry.accountId);
        QCOMPARE(l.claim.id, items.at(i).request.claimId); // committed, with this claim's id
    }
    for (const QString& id : { ids.at(0), ids.at(1) }) {
        const SyncLink l = other.link(id, other.product(id)->accountId);
        QCOMPARE(l.state, SyncState::Synced);
        QVERIFY(!l.claim.isHeld());
    }

    // One outcome the catalog refuses: it fails alone; the other outcome and both claims are
    // committed, and each says so.
    const ClaimAttempt d = c.claim(ids.at(4), request(owner));
    QCOMPARE(d.outcome, ClaimAttempt::Claimed);
    QVERIFY(refuseHistory(c, ids.at(2)));
    const QList<ClaimItem> more { claimOf(ids.at(5)) };
    const Catalog::WritesAndClaims mixed = c.recordAndClaim({ resultOf(ids.at(2), made.claims.at(0), QStringLiteral("prod_c")),
                                                              resultOf(ids.at(4), d, QStringLiteral("prod_d")) }, more);
    QCOMPARE(mixed.writeErrors.size(), 2);
    QVERIFY2(mixed.writeErrors.at(0).contains(QStringLiteral("database or disk is full")), qPrintable(mixed.writeErrors.at(0)));
    QCOMPARE(mixed.writeErrors.at(1), QString());
    QCOMPARE(mixed.claims.size(), 1);
    QCOMPARE(mixed.claims.first().outcome, ClaimAttempt::Claimed);
    QCOMPARE(other.link(ids.at(5), mixed.claims.first().entry.accountId).claim.id, more.first().request.claimId);
    const SyncLink refused = other.link(ids.at(2), other.product(ids.at(2))->accountId);
    QCOMPARE(refused.claim.id, items.first().request.claimId); // still held by its sender, nothing recorded
    QVERIFY(refused.remoteId.isEmpty());
    QVERIFY(other.history(ids.at(2)).isEmpty());
    const SyncLink recorded = other.link(ids.at(4), other.product(ids.at(4))->accountId);
    QCOMPARE(recorded.state, SyncState::Synced);
    QCOMPARE(recorded.remoteId, QStringLiteral("prod_d"));
    QVERIFY(!recorded.claim.isHeld());
}

void TestSync::leaseIsRenewedWhileSending()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    SandboxFaults slow;
    slow.latencyMs = 2500; // each request of the create takes longer than two leases
    sandbox.setFaults(slow);
    QTemporaryDir dir;
    const QString path = pbtest::catalogLocation(dir.filePath(QStringLiteral("catalog.sqlite")));
    QString id;
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path, &error));
        id = seed(c, sandbox.baseUrl(), 1, QStringLiteral("renew")).ids.first();
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path);
    QVERIFY(opened.wait(5000));
    QNetworkAccessManager network;
    SyncEngine engine(&store, &network);
    engine.setLeaseMs(900);
    SyncTask* task = engine.send({ id }, SandboxServer::sandboxKey());
    QSignalSpy done(task, &SyncTask::finished);
    Catalog other; // another process, trying all along
    QString error;
    QVERIFY(other.open(path, &error));
    int refused = 0;
    while (done.isEmpty()) {
        QTest::qWait(150);
        if (done.isEmpty()) {
            ClaimRequest r = request(elsewhere(7));
            r.decide = [](const CatalogEntry&, const SyncLink&, std::optional<SubmissionState>*) { return true; };
            const ClaimAttempt a = other.claim(id, r);
            // Claimed after the result was recorded (its release committed, the task's finished()
            // not yet delivered here) is the end of the send, not a lease that ran out.
            QVERIFY2(a.outcome != ClaimAttempt::Claimed || !done.isEmpty() || a.link.state != SyncState::Submitting,
                     "the lease ran out while the product was being sent");
            refused += a.outcome == ClaimAttempt::Held;
        }
    }
    const SyncOutcome o = done.first().first().value<SyncOutcome>();
    QVERIFY2(o.kind == SyncOutcome::Created, qPrintable(o.message));
    QVERIFY(refused >= 10);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 1);
}

QProcess* TestSync::startPush(const QString& data, int concurrency, const QString& home)
{
    auto* p = new QProcess(this);
    if (!home.isEmpty()) {
        // Another person's machine: a home, settings and keychain of its own (no session bus, so
        // no keychain is shared); only the catalog is common.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QDir().mkpath(home);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home + QStringLiteral("/no-bus"));
        env.remove(QStringLiteral("PRICEBOOK_DATA_DIR"));
        p->setProcessEnvironment(env);
    }
    QStringList args { QStringLiteral("push") };
    if (pbtest::onPostgres())
        args << QStringLiteral("--catalog") << catalogIn(data);
    else
        args << QStringLiteral("--data-dir") << data;
    args << QStringLiteral("--concurrency") << QString::number(concurrency) << QStringLiteral("--json");
    p->start(m_cli, args);
    if (!p->waitForStarted(10000))
        qFatal("pricebook-cli did not start");
    return p;
}

void TestSync::twoPushesAtOnce_data()
{
    QTest::addColumn<bool>("killOne");
    QTest::newRow("both finish") << false;
    QTest::newRow("one killed with SIGKILL") << true;
}

// Two `pricebook-cli push` on one data folder at the same time, against the sandbox with
// latency and a fifth of all requests faulted: nothing is made twice, and every product ends
// synced, or flagged unknown or failed with a reason. Then a rerun leaves nothing claimed.
// 300 products and 1 trial here; PRICEBOOK_TWO_PUSH_COUNT and PRICEBOOK_TWO_PUSH_TRIALS for more.
void TestSync::twoPushesAtOnce()
{
    QFETCH(bool, killOne);
    const int count = qEnvironmentVariableIsSet("PRICEBOOK_TWO_PUSH_COUNT") ? qEnvironmentVariableIntValue("PRICEBOOK_TWO_PUSH_COUNT") : 300;
    const int trials = qEnvironmentVariableIsSet("PRICEBOOK_TWO_PUSH_TRIALS") ? qEnvironmentVariableIntValue("PRICEBOOK_TWO_PUSH_TRIALS") : 1;
    for (int trial = 0; trial < trials; ++trial) {
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        const QString data = m_dir.filePath(QStringLiteral("two-%1-%2").arg(killOne).arg(trial));
        QStringList ids;
        {
            Catalog c;
            QString error;
            QVERIFY(c.open(catalogIn(data), &error));
            ids = seed(c, sandbox.baseUrl(), count, QStringLiteral("two")).ids;
        }
        sandbox.setFaults(twentyPercent(quint32(trial) + 11));
        QElapsedTimer clock;
        clock.start();
        QProcess* a = startPush(data, 4, data + QStringLiteral("-home-a"));
        QProcess* b = startPush(data, 4, data + QStringLiteral("-home-b"));
        if (killOne) {
            QTRY_VERIFY_WITH_TIMEOUT(sandbox.stats().requests >= count / 3, 120000);
            ::kill(pid_t(b->processId()), SIGKILL);
        }
        QTRY_VERIFY_WITH_TIMEOUT(a->state() == QProcess::NotRunning && b->state() == QProcess::NotRunning, 600000);
        const qint64 ms = clock.elapsed();
        QCOMPARE(a->exitStatus(), QProcess::NormalExit);
        QVERIFY2(QList<int>({ 0, 4, 5 }).contains(a->exitCode()), qPrintable(QString::fromUtf8(a->readAllStandardError().right(2000))));
        if (killOne) {
            QCOMPARE(b->exitStatus(), QProcess::CrashExit);
        } else {
            QCOMPARE(b->exitStatus(), QProcess::NormalExit);
            QVERIFY(QList<int>({ 0, 4, 5 }).contains(b->exitCode()));
        }
        // What each run says it did: a product one run is sending is left by the other, so no
        // product is sent by both (both "created" would mean two senders at once).
        int busy = 0;
        QHash<QString, int> createdBy;
        for (QProcess* p : { a, b }) {
            const QJsonArray lines = QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(u"results").toArray();
            for (const QJsonValue& v : lines) {
                const QJsonObject line = v.toObject();
                busy += line.value(u"message").toString().contains(QStringLiteral("being sent by another Pricebook since"));
                if (line.value(u"outcome").toString() == u"created")
                    ++createdBy[line.value(u"product").toString()];
            }
        }
        for (auto it = createdBy.cbegin(); it != createdBy.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 reported created by both runs").arg(it.key())));
        if (!killOne)
            QVERIFY(busy > 0); // run side by side over one list, they meet on the products in flight
        const SandboxStats first = sandbox.stats();
        QCOMPARE(first.duplicateNames, 0);
        const Totals t = inspectCatalog(catalogIn(data), ids);
        QCOMPARE(t.unexplained, 0);
        if (!killOne) {
            QCOMPARE(t.other, 0); // every product synced, unknown or failed: none left behind by both
            QCOMPARE(t.claimed, 0);
        }

        // The rerun, faults off: picks up what the killed one held (its process is gone), never
        // resends what may exist, and leaves nothing claimed.
        sandbox.setFaults({});
        QProcess* again = startPush(data, 4);
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == QProcess::NotRunning, 600000);
        QCOMPARE(again->exitStatus(), QProcess::NormalExit);
        const SandboxStats after = sandbox.stats();
        QCOMPARE(after.duplicateNames, 0);
        const Totals end = inspectCatalog(catalogIn(data), ids);
        QCOMPARE(end.claimed, 0);
        QCOMPARE(end.other, 0);
        QCOMPARE(end.unexplained, 0);
        QCOMPARE(end.synced + end.unknown + end.failed, count);
        QCOMPARE(after.created.value(QStringLiteral("stripe")), qint64((count + 3) / 4)); // resumed with their keys: each once
        qInfo("trial %d%s: %d products, two pushes in %lld ms, %lld requests (%lld faulted), %d left to the other push; "
              "after the rerun %d synced, %d unknown, %d failed; duplicates %lld",
              trial + 1, killOne ? " (one killed)" : "", count, ms, first.requests, first.faultsInjected, busy, end.synced, end.unknown,
              end.failed, after.duplicateNames);
        for (QProcess* p : { a, b, again })
            p->deleteLater();
    }
}

// The window's path (look, then send as a create) for the same products while a CLI push of
// the catalog runs: each product is sent by one of the two, and never twice.
void TestSync::windowSubmitsWhileAPushRuns()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    const QString data = m_dir.filePath(QStringLiteral("window"));
    const int count = 80;
    QStringList ids;
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(catalogIn(data), &error));
        ids = seed(c, sandbox.baseUrl(), count, QStringLiteral("window")).ids;
    }
    SandboxFaults slow;
    slow.latencyMs = 10;
    sandbox.setFaults(slow);
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(catalogIn(data));
    QVERIFY(opened.wait(5000));
    QNetworkAccessManager network;
    SyncEngine engine(&store, &network);

    QProcess* push = startPush(data, 4);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.stats().requests > 0, 20000);
    QMap<QString, int> outcomes;
    int pending = 0;
    for (const QString& id : std::as_const(ids)) {
        ++pending;
        // As the window does: it looks first (and would offer an update for what is there), then sends.
        engine.inspect(id, this, [&, id](const SyncEngine::Item&) {
            SyncTask* task = engine.send({ id, SyncRequest::Create }, SandboxServer::sandboxKey());
            connect(task, &SyncTask::finished, this, [&](const SyncOutcome& o) {
                outcomes[o.key()]++;
                --pending;
            });
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(pending == 0 && push->state() == QProcess::NotRunning, 300000);
    QCOMPARE(push->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.stats().duplicateNames, 0);
    qint64 made = 0;
    for (Provider p : kProviders)
        made += sandbox.stats().created.value(providerKey(p));
    QCOMPARE(made, qint64(count)); // no faults: each made exactly once, by one of the two
    store.waitForIdle();
    const Totals t = inspectCatalog(catalogIn(data), ids);
    QCOMPARE(t.synced, count);
    QCOMPARE(t.claimed, 0);
    QVERIFY(outcomes.value(QStringLiteral("skipped")) + outcomes.value(QStringLiteral("already synced")) > 0);
    QStringList summary;
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("window path beside a CLI push: %s; made %lld, duplicates 0", qPrintable(summary.join(QStringLiteral(", "))), made);
    push->deleteLater();
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

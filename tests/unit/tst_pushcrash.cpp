// Bulk push killed with SIGKILL at random instants: the real pricebook-cli pushes a catalog to a
// sandbox in this process and is killed mid-push, again and again. After every kill the catalog
// passes PRAGMA integrity_check, no recorded outcome was lost (the synced count never goes
// down), and every product the sandbox created is recorded in the catalog as synced or with its
// submission (and idempotency key) on disk, which is what group commits must keep: each claim
// and submission durable before its request leaves. A last push then finishes the rest, and
// the sandbox holds every product exactly once.
// PRICEBOOK_PUSH_CRASH_TRIALS sets the number of kills (default 6).
#include "services/providers/BuiltInProviders.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

class TestPushCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhilePushing();
};

namespace {

struct Census {
    int synced = 0;
    int submitting = 0; // a submission on disk whose outcome was not recorded yet
    int other = 0;
    QString integrity;
};

Census census(const QString& path, const QStringList& ids, const QString& accountId)
{
    Census out;
    Catalog c;
    QString error;
    if (!c.open(path, &error)) {
        out.integrity = error;
        return out;
    }
    out.integrity = c.integrityCheck();
    for (const QString& id : ids) {
        const SyncLink l = c.link(id, accountId);
        if (l.state == SyncState::Synced && !l.remoteId.isEmpty())
            ++out.synced;
        else if ((l.state == SyncState::Submitting || l.state == SyncState::OutcomeUnknown) && !l.submission.idempotencyKey.isEmpty())
            ++out.submitting;
        else
            ++out.other;
    }
    return out;
}

} // namespace

void TestPushCrash::killedWhilePushing()
{
    const QString cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    const int trials = qEnvironmentVariableIsSet("PRICEBOOK_PUSH_CRASH_TRIALS") ? qEnvironmentVariableIntValue("PRICEBOOK_PUSH_CRASH_TRIALS") : 6;
    constexpr int kProducts = 3000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = Database::pathInDirectory(dir.path());
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());

    Account account;
    account.name = QStringLiteral("Stripe sandbox");
    account.target.provider = providers::Stripe;
    account.target.baseUrl = sandbox.baseUrl();
    account.sandbox = true;
    QStringList ids;
    {
        Catalog c;
        QString error;
        QVERIFY2(c.open(path, &error), qPrintable(error));
        QVERIFY(c.saveAccount(account));
        QList<CatalogEntry> entries;
        for (int i = 0; i < kProducts; ++i) {
            CatalogEntry e;
            e.provider = providers::Stripe;
            e.accountId = account.id;
            e.product.name = QStringLiteral("Crash push %1").arg(i);
            e.product.prices = { pbtest::product(R"({"prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})").prices.first() };
            entries.append(e);
        }
        QVERIFY2(c.saveProducts(entries), qPrintable(c.lastError()));
        for (const CatalogEntry& e : std::as_const(entries))
            ids << e.id;
    }

    auto startPush = [&](QProcess& p) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/config")));
        p.setProcessEnvironment(env);
        p.start(cli, { QStringLiteral("push"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--concurrency"), QStringLiteral("8") });
    };

    QRandomGenerator rng(20261201);
    int syncedBefore = 0;
    int killedMidway = 0;
    for (int trial = 0; trial < trials; ++trial) {
        QProcess child;
        startPush(child);
        QVERIFY(child.waitForStarted(10000));
        // This process serves the sandbox while the child pushes, until the kill. The kill comes
        // after a random number of creates rather than a random time, so that it lands in the
        // middle of the push however slowly the child starts (a loaded machine, a sanitizer build).
        const qint64 createdAtStart = sandbox.stats().created.value(providerKey(providers::Stripe));
        const qint64 killAt = createdAtStart + qint64(rng.bounded(20, 400));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.stats().created.value(providerKey(providers::Stripe)) >= killAt
                                     || child.state() == QProcess::NotRunning,
                                 60000);
        QTest::qWait(int(rng.bounded(0, 40)));
        child.kill(); // SIGKILL
        QSignalSpy finished(&child, &QProcess::finished);
        QVERIFY(child.state() == QProcess::NotRunning || finished.wait(10000));
        QTest::qWait(50); // the answers already on their way are served, as a real server would

        const Census now = census(path, ids, account.id);
        QCOMPARE(now.integrity, QStringLiteral("ok"));
        const qint64 created = sandbox.stats().created.value(providerKey(providers::Stripe));
        // A recorded outcome is never lost.
        QVERIFY2(now.synced >= syncedBefore, qPrintable(QStringLiteral("%1 synced, %2 before").arg(now.synced).arg(syncedBefore)));
        // Whatever the sandbox created has its submission on disk (or its outcome): nothing left
        // the process before its state was committed.
        QVERIFY2(created <= now.synced + now.submitting,
                 qPrintable(QStringLiteral("sandbox created %1, catalog knows %2 synced + %3 submitting")
                                .arg(created).arg(now.synced).arg(now.submitting)));
        QCOMPARE(sandbox.stats().duplicateNames, 0);
        if (now.synced > syncedBefore && now.synced < kProducts)
            ++killedMidway;
        syncedBefore = now.synced;
    }
    QVERIFY2(killedMidway > 0, "no kill landed in the middle of a push: the trials proved nothing");

    // The rest, to the end: every product on the sandbox exactly once.
    QProcess last;
    startPush(last);
    QVERIFY(last.waitForStarted(10000));
    QSignalSpy finished(&last, &QProcess::finished);
    QVERIFY(finished.wait(120000));
    QCOMPARE(last.exitCode(), 0);
    const Census end = census(path, ids, account.id);
    QCOMPARE(end.synced, kProducts);
    QCOMPARE(sandbox.stats().created.value(providerKey(providers::Stripe)), qint64(kProducts));
    QCOMPARE(sandbox.stats().duplicateNames, 0);
    qInfo("%d SIGKILL trials (%d mid-push), %d products created once each", trials, killedMidway, kProducts);
}

QTEST_GUILESS_MAIN(TestPushCrash)
#include "tst_pushcrash.moc"

// Bulk push against the sandbox on 127.0.0.1 with faults on: every product is created at most
// once, the report matches what the sandbox holds, a second run resumes instead of resending,
// and pause, cancel and the rate limit behave.
#include "ProductGenerator.h"
#include "TestSupport.h"
#include "services/BulkPush.h"
#include "services/sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

struct Fixture {
    QTemporaryDir dir;
    CatalogStore store;
    SandboxServer sandbox;
    QNetworkAccessManager network;
    Account stripe, chatdash;

    Fixture()
    {
        sandbox.listen();
        QSignalSpy opened(&store, &CatalogStore::opened);
        store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
        if (!opened.wait(5000))
            qFatal("no catalog");
        stripe.name = QStringLiteral("Stripe sandbox");
        stripe.target.provider = Provider::Stripe;
        stripe.target.baseUrl = sandbox.baseUrl();
        stripe.sandbox = true;
        chatdash.name = QStringLiteral("ChatDash sandbox");
        chatdash.target.provider = Provider::ChatDash;
        chatdash.target.baseUrl = sandbox.baseUrl();
        chatdash.target.accountId = QStringLiteral("acct_bulk");
        chatdash.sandbox = true;
        store.call<bool>([this](Catalog& c) { return c.saveAccount(stripe) && c.saveAccount(chatdash); }, &store, [](bool) {});
        store.waitForIdle();
        QCoreApplication::processEvents();
    }

    QStringList addProducts(int count, Provider provider, bool oneRequest = false)
    {
        pbtest::Generator gen(quint32(count) + quint32(provider));
        QList<CatalogEntry> entries;
        for (int i = 0; i < count; ++i) {
            CatalogEntry e;
            e.provider = provider;
            e.accountId = provider == Provider::Stripe ? stripe.id : chatdash.id;
            e.product = provider == Provider::Stripe ? gen.stripe() : gen.chatDash();
            e.product.name = QStringLiteral("%1 bulk %2").arg(providerKey(provider)).arg(i);
            if (oneRequest) // a default price that rides in the product request
                e.product.prices = { pbtest::product(R"({"prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})").prices.first() };
            entries.append(e);
        }
        QStringList ids;
        store.call<QStringList>([entries](Catalog& c) mutable {
            c.saveProducts(entries);
            QStringList out;
            for (const CatalogEntry& e : entries)
                out << e.id;
            return out;
        }, &store, [&ids](const QStringList& saved) { ids = saved; });
        store.waitForIdle();
        QCoreApplication::processEvents();
        return ids;
    }

    QList<PushLine> push(const QStringList& ids, PushOptions options, BulkPusher** keep = nullptr)
    {
        BulkPusher pusher(&store, &network, [](const Account&, std::function<void(const QString&)> then) { then(SandboxServer::sandboxKey()); });
        if (keep)
            *keep = &pusher;
        QSignalSpy done(&pusher, &BulkPusher::finished);
        pusher.start(ids, options);
        if (!done.wait(600000))
            qFatal("push did not finish");
        store.waitForIdle();
        QCoreApplication::processEvents();
        return done.first().first().value<QList<PushLine>>();
    }
};

DeliveryPolicy quickPolicy()
{
    DeliveryPolicy p;
    p.transferTimeoutMs = 300;
    p.totalTimeoutMs = 3000;
    p.maxAttempts = 6;
    p.baseDelayMs = 5;
    p.maxDelayMs = 50;
    return p;
}

QMap<QString, int> tally(const QList<PushLine>& lines)
{
    QMap<QString, int> t;
    for (const PushLine& l : lines)
        t[l.outcome]++;
    return t;
}

} // namespace

class TestPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PushProgress>();
        qRegisterMetaType<PushLine>();
        qRegisterMetaType<QList<PushLine>>();
    }
    void faultedPushCreatesEachProductOnce();
    void pauseAndCancel();
    void rateLimitIsHonoured();
};

void TestPush::faultedPushCreatesEachProductOnce()
{
    Fixture f;
    const int each = qEnvironmentVariableIsSet("PRICEBOOK_PUSH_COUNT") ? qEnvironmentVariableIntValue("PRICEBOOK_PUSH_COUNT") / 2 : 500;
    const QStringList ids = f.addProducts(each, Provider::Stripe) + f.addProducts(each, Provider::ChatDash);
    SandboxFaults faults;
    faults.dropBefore = 0.04;
    faults.dropAfter = 0.04;
    faults.serverError = 0.04;
    faults.malformed = 0.04;
    faults.hang = 0.04;
    faults.seed = 5;
    f.sandbox.setFaults(faults);
    PushOptions o;
    o.concurrency = 8;
    o.policy = quickPolicy();
    QElapsedTimer clock;
    clock.start();
    const QList<PushLine> report = f.push(ids, o);
    const qint64 ms = clock.elapsed();
    QCOMPARE(report.size(), ids.size());
    const auto t = tally(report);
    int stripeCreated = 0, chatdashCreated = 0, stripeUnsettled = 0, chatdashUnsettled = 0;
    for (const PushLine& l : report) {
        QVERIFY2(l.outcome != u"skipped" && l.outcome != u"rejected", qPrintable(l.message));
        const bool stripe = l.name.startsWith(u"stripe");
        if (l.outcome == u"created")
            (stripe ? stripeCreated : chatdashCreated)++;
        else // the server may or may not hold these
            (stripe ? stripeUnsettled : chatdashUnsettled)++;
        if (l.name.startsWith(u"stripe")) // a step that ran out of attempts is "failed": safe to send again
            QVERIFY2(l.outcome == u"created" || l.outcome == u"outcome unknown" || l.outcome == u"failed", qPrintable(l.outcome + u' ' + l.message));
    }
    QCOMPARE(f.sandbox.stats().duplicateNames, 0); // nothing created twice
    // Every product reported created is on the server; anything more is one the report says may be.
    const qint64 stripeMade = f.sandbox.stats().created.value(QStringLiteral("stripe"));
    const qint64 chatdashMade = f.sandbox.stats().created.value(QStringLiteral("chatdash"));
    QVERIFY2(stripeMade >= stripeCreated && stripeMade <= stripeCreated + stripeUnsettled,
             qPrintable(QStringLiteral("%1 made, %2 reported created, %3 unsettled").arg(stripeMade).arg(stripeCreated).arg(stripeUnsettled)));
    QVERIFY2(chatdashMade >= chatdashCreated && chatdashMade <= chatdashCreated + chatdashUnsettled,
             qPrintable(QStringLiteral("%1 made, %2 reported created, %3 unsettled").arg(chatdashMade).arg(chatdashCreated).arg(chatdashUnsettled)));
    qInfo("fault run: %lld products in %lld ms, %lld requests, %lld faults injected; outcomes %s; sandbox created stripe %lld, chatdash %lld; duplicates 0",
          qint64(ids.size()), ms, f.sandbox.stats().requests, f.sandbox.stats().faultsInjected,
          qPrintable(QStringList([&] { QStringList s; for (auto it = t.begin(); it != t.end(); ++it) s << QStringLiteral("%1 %2").arg(it.key()).arg(it.value()); return s; }()).join(QStringLiteral(", "))),
          f.sandbox.stats().created.value(QStringLiteral("stripe")), f.sandbox.stats().created.value(QStringLiteral("chatdash")));

    // Run it again, faults off: synced ones are skipped, Stripe leftovers resume with their keys,
    // ChatDash ones whose outcome is unknown are not resent.
    f.sandbox.setFaults({});
    const qint64 chatdashBefore = f.sandbox.stats().created.value(QStringLiteral("chatdash"));
    const QList<PushLine> again = f.push(ids, o);
    const auto t2 = tally(again);
    QCOMPARE(t2.value(QStringLiteral("already synced")), t.value(QStringLiteral("created")));
    for (const PushLine& l : again)
        if (l.name.startsWith(u"stripe"))
            QVERIFY(l.ok());
    int chatdashCreatedAgain = 0;
    for (const PushLine& l : again)
        if (!l.name.startsWith(u"stripe") && l.outcome == u"created")
            ++chatdashCreatedAgain;
    const qint64 chatdashAfter = f.sandbox.stats().created.value(QStringLiteral("chatdash"));
    QCOMPARE(chatdashAfter - chatdashBefore, qint64(chatdashCreatedAgain)); // faults off: reported and made agree
    QVERIFY(chatdashAfter <= each);
    QCOMPARE(f.sandbox.stats().duplicateNames, 0);
    QCOMPARE(f.sandbox.stats().created.value(QStringLiteral("stripe")), qint64(each)); // every Stripe product exactly once
}

void TestPush::pauseAndCancel()
{
    Fixture f;
    const QStringList ids = f.addProducts(60, Provider::Stripe);
    SandboxFaults slow;
    slow.latencyMs = 20;
    f.sandbox.setFaults(slow);
    BulkPusher pusher(&f.store, &f.network, [](const Account&, std::function<void(const QString&)> then) { then(SandboxServer::sandboxKey()); });
    QSignalSpy lines(&pusher, &BulkPusher::lineFinished);
    QSignalSpy done(&pusher, &BulkPusher::finished);
    PushOptions o;
    o.concurrency = 2;
    pusher.start(ids, o);
    QTRY_VERIFY(lines.size() >= 10);
    pusher.pause();
    QTRY_COMPARE(pusher.progress().inFlight, 0);
    const qint64 requests = f.sandbox.stats().requests;
    QTest::qWait(300);
    QCOMPARE(f.sandbox.stats().requests, requests); // nothing sent while paused
    pusher.resume();
    QTRY_VERIFY(lines.size() >= 30);
    pusher.cancel();
    QVERIFY(done.size() == 1 || done.wait(10000)); // finishes at once when nothing is in flight
    const QList<PushLine> report = done.first().first().value<QList<PushLine>>();
    QCOMPARE(report.size(), ids.size());
    const auto t = tally(report);
    QVERIFY(t.value(QStringLiteral("cancelled")) > 0);
    // Reported created ⊆ made ⊆ created, unknown or cancelled while in flight.
    const qint64 made = f.sandbox.stats().created.value(QStringLiteral("stripe"));
    QVERIFY(made >= t.value(QStringLiteral("created")));
    QVERIFY(made <= t.value(QStringLiteral("created")) + t.value(QStringLiteral("outcome unknown")) + t.value(QStringLiteral("cancelled")));
    QVERIFY(pusher.progress().etaMs >= 0 || pusher.progress().done < 3);
}

void TestPush::rateLimitIsHonoured()
{
    Fixture f;
    const QStringList ids = f.addProducts(60, Provider::Stripe, true);
    f.sandbox.setRateLimit(25);
    PushOptions o;
    o.concurrency = 8;
    o.ratePerSecond = 25;
    QElapsedTimer clock;
    clock.start();
    const QList<PushLine> report = f.push(ids, o);
    const double seconds = clock.elapsed() / 1000.0;
    QCOMPARE(tally(report).value(QStringLiteral("created")), 60);
    const double rate = 60 / seconds;
    qInfo("60 creates under a 25/s limit: %.1f/s (%.0f %% of the limit), %lld answered 429", rate, rate / 25 * 100, f.sandbox.stats().rateLimited);
    QVERIFY2(rate <= 27.5, qPrintable(QString::number(rate)));
    QVERIFY2(rate >= 12, qPrintable(QString::number(rate))); // not stalled; the figure itself comes from bench_push
    QCOMPARE(f.sandbox.stats().rateLimited, 0); // Pricebook kept under the limit by itself
}

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"

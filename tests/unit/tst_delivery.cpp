// Delivery against a real HTTP server on 127.0.0.1 with faults: timeouts, dropped connections,
// 429 with Retry-After, 5xx bursts, slow drip, TLS, and fault runs that count what the server
// created. The rule under test: a product is created once, or the outcome is reported unknown.
#include "TestHttpServer.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "services/net/ProviderService.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace pb;
using pbtest::ServerAction;
using pbtest::ServerRequest;

namespace {

const QString kSecret = QStringLiteral("sk_test_DeliverySecret123");

DeliveryPolicy policy()
{
    DeliveryPolicy p;
    p.transferTimeoutMs = 400;
    p.totalTimeoutMs = 3000;
    p.maxAttempts = 4;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    return p;
}

JobResult run(ProviderJob* job)
{
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    if (!finished.wait(60000))
        qFatal("job did not finish");
    return finished.first().first().value<JobResult>();
}

Product starter(const QString& name)
{
    Product p = pbtest::product(R"({"name":"x","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":2999}]})");
    p.name = name;
    return p;
}

AccountTarget target(Provider provider, const QString& baseUrl)
{
    AccountTarget t;
    t.provider = provider;
    t.baseUrl = baseUrl;
    t.set(QStringLiteral("account-id"), QStringLiteral("acct_1"));
    return t;
}

// A Stripe-like create endpoint: one product per idempotency key; a repeated key gets the first answer.
struct IdempotentStore {
    QHash<QByteArray, QByteArray> byKey;
    int created = 0;
    QByteArray create(const ServerRequest& r)
    {
        const QByteArray key = r.headers.value("idempotency-key");
        if (!key.isEmpty() && byKey.contains(key))
            return byKey.value(key);
        const QByteArray answer = R"({"id":"prod_)" + QByteArray::number(++created) + R"(","object":"product"})";
        if (!key.isEmpty())
            byKey.insert(key, answer);
        return answer;
    }
};

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }
    void lostAnswerOnStripeIsRetriedWithTheSameKey();
    void lostAnswerOnChatDashIsOutcomeUnknown();
    void delayPastTheTimeout();
    void dropAfterTheResponseIsFine();
    void answersAreReadWholeUpToTheLimit();
    void retryAfterIsHonoured();
    void serverErrorBurstBacksOff();
    void slowDripHitsTheDeadline();
    void droppedHalfwayOnCreateIsUnknown();
    void connectionRefused();
    void tlsFailureIsReportedAndNothingLeaksInClear();
    void faultRunStripe();
    void faultRunChatDash();
};

void TestDelivery::lostAnswerOnStripeIsRetriedWithTheSameKey()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    IdempotentStore store;
    int n = 0;
    server.handler = [&](const ServerRequest& r) {
        const QByteArray answer = store.create(r); // the product is made before the answer is lost
        switch (++n) {
        case 1: return ServerAction::of(ServerAction::DropBeforeResponse);
        case 2: return ServerAction::json(503, "");
        default: return ServerAction::json(200, answer);
        }
    };
    auto service = ProviderService::create(providers::Stripe, new QNetworkAccessManager(this), policy());
    const JobResult r = run(service->createProduct(starter(QStringLiteral("Gold")), target(providers::Stripe, server.baseUrl()), kSecret));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(store.created, 1);
    QCOMPARE(r.object.id, QStringLiteral("prod_1"));
    for (const ServerRequest& req : server.requests)
        QCOMPARE(req.headers.value("idempotency-key"), server.requests.first().headers.value("idempotency-key"));
}

void TestDelivery::lostAnswerOnChatDashIsOutcomeUnknown()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    int created = 0;
    server.handler = [&](const ServerRequest&) {
        ++created;
        return ServerAction::of(ServerAction::DropBeforeResponse);
    };
    auto service = ProviderService::create(providers::ChatDash, new QNetworkAccessManager(this), policy());
    const JobResult r = run(service->createProduct(starter(QStringLiteral("Starter")), target(providers::ChatDash, server.baseUrl()), kSecret));
    QCOMPARE(r.status, JobStatus::OutcomeUnknown);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(created, 1);
    QVERIFY(r.advice.contains(QStringLiteral("“Starter”")));
}

void TestDelivery::delayPastTheTimeout()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [&](const ServerRequest& r) {
        if (r.method == "POST")
            return ServerAction::of(ServerAction::Hang);
        ServerAction a = ServerAction::json(200, R"({"id":"pro_1","name":"Food"})");
        if (server.requests.size() == 1)
            a.delayMs = 1500; // past the 400 ms transfer timeout
        return a;
    };
    auto jani = ProviderService::create(providers::Jani, new QNetworkAccessManager(this), policy());
    const JobResult read = run(jani->getProduct(target(providers::Jani, server.baseUrl()), kSecret, QStringLiteral("pro_1")));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.attempts, 2);

    server.requests.clear();
    QElapsedTimer clock;
    clock.start();
    const JobResult create = run(jani->createProduct(pbtest::product(R"({"name":"Food","product_type":"standard"})"),
                                                     target(providers::Jani, server.baseUrl()), kSecret));
    QCOMPARE(create.status, JobStatus::OutcomeUnknown);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(create.message.contains(QStringLiteral("no answer arrived in time")));
    QVERIFY(clock.elapsed() >= 400);
}

void TestDelivery::dropAfterTheResponseIsFine()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const ServerRequest&) { return ServerAction::of(ServerAction::DropAfterResponse, 201, R"({"id":"prd_1","name":"Agenda"})"); };
    auto piriod = ProviderService::create(providers::Piriod, new QNetworkAccessManager(this), policy());
    AccountTarget t = target(providers::Piriod, server.baseUrl());
    t.set(QStringLiteral("workspace"), QStringLiteral("ws"));
    const JobResult r = run(piriod->createProduct(pbtest::product(R"({"name":"Agenda","unit_label":"seat"})"), t, kSecret));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(server.requests.size(), 1);
}

// What arrives is read as it is, however long, up to the limit; past it the answer is refused.
void TestDelivery::answersAreReadWholeUpToTheLimit()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray description(1536 * 1024, 'd'); // under the 2 MB a product answer may have
    const QByteArray padding(17 * 1024 * 1024, ' ');
    server.handler = [&](const ServerRequest& r) {
        if (r.path.contains("prod_long"))
            return ServerAction::json(200, R"({"id":"prod_long","object":"product","name":"Long","description":")" + description + R"("})");
        if (r.path.contains("prod_packed")) {
            // Compressed as servers do when asked (Qt asks for it): Qt inflates it while it is
            // read, so what is waiting is not known until then.
            ServerAction a = ServerAction::json(200, qCompress(R"({"id":"prod_packed","object":"product","name":"Packed","description":")"
                                                               + description + R"("})").mid(4)); // the zlib stream
            a.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
            return a;
        }
        return ServerAction::json(200, padding + R"({"id":"prod_huge","object":"product","name":"Huge"})");
    };
    auto stripe = ProviderService::create(providers::Stripe, new QNetworkAccessManager(this), policy());
    const JobResult whole = run(stripe->getProduct(target(providers::Stripe, server.baseUrl()), kSecret, QStringLiteral("prod_long")));
    QVERIFY2(whole.ok(), qPrintable(whole.message));
    QCOMPARE(whole.object.id, QStringLiteral("prod_long"));
    QCOMPARE(whole.object.raw.value(u"description").toString().size(), description.size());
    const JobResult packed = run(stripe->getProduct(target(providers::Stripe, server.baseUrl()), kSecret, QStringLiteral("prod_packed")));
    QVERIFY2(packed.ok(), qPrintable(packed.message));
    QCOMPARE(packed.object.id, QStringLiteral("prod_packed"));
    QCOMPARE(packed.object.raw.value(u"description").toString().size(), description.size());
    // Whether Pricebook stopped it while it arrived or it had all arrived first, it is too large,
    // and it is not asked for again: it would be as large again.
    server.requests.clear();
    const JobResult huge = run(stripe->getProduct(target(providers::Stripe, server.baseUrl()), kSecret, QStringLiteral("prod_huge")));
    QVERIFY(!huge.ok());
    QVERIFY2(huge.message.contains(QStringLiteral("too large to read (more than 16 MB)")), qPrintable(huge.message));
    QCOMPARE(server.requests.size(), 1);
}

void TestDelivery::retryAfterIsHonoured()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [&](const ServerRequest&) {
        if (server.requests.size() == 1) {
            ServerAction a = ServerAction::json(429, R"({"error":{"message":"Too many requests"}})");
            a.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return a;
        }
        return ServerAction::json(200, R"({"id":"prod_1"})");
    };
    auto stripe = ProviderService::create(providers::Stripe, new QNetworkAccessManager(this), policy());
    const JobResult r = run(stripe->getProduct(target(providers::Stripe, server.baseUrl()), kSecret, QStringLiteral("prod_1")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(server.requests.size(), 2);
    const qint64 waited = server.requests.at(1).atMs - server.requests.at(0).atMs;
    QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
    qInfo("Retry-After: 1 -> second attempt %lld ms after the first", waited);

    // A Retry-After beyond what Pricebook waits for is reported, not slept through.
    server.requests.clear();
    server.handler = [](const ServerRequest&) {
        ServerAction a = ServerAction::json(429, "{}");
        a.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
        return a;
    };
    const JobResult limited = run(stripe->getProduct(target(providers::Stripe, server.baseUrl()), kSecret, QStringLiteral("prod_1")));
    QCOMPARE(limited.status, JobStatus::NetworkFailure);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY2(limited.message.contains(QStringLiteral("wait 3600 s")), qPrintable(limited.message));
}

void TestDelivery::serverErrorBurstBacksOff()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [&](const ServerRequest&) {
        switch (server.requests.size()) {
        case 1: return ServerAction::json(503, "");
        case 2: return ServerAction::json(502, "<html/>");
        case 3: return ServerAction::json(500, "{}");
        default: return ServerAction::json(200, R"({"id":"pro_1"})");
        }
    };
    DeliveryPolicy p = policy();
    p.baseDelayMs = 100;
    p.maxDelayMs = 2000;
    auto jani = ProviderService::create(providers::Jani, new QNetworkAccessManager(this), p);
    const JobResult r = run(jani->getProduct(target(providers::Jani, server.baseUrl()), kSecret, QStringLiteral("pro_1")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.attempts, 4);
    QList<qint64> gaps;
    for (int i = 1; i < server.requests.size(); ++i)
        gaps << server.requests.at(i).atMs - server.requests.at(i - 1).atMs;
    // Exponential: at least 100, 200, 400 ms, each at most 50 % longer (jitter) plus scheduling.
    QVERIFY2(gaps.at(0) >= 100 && gaps.at(1) >= 200 && gaps.at(2) >= 400, qPrintable(QStringLiteral("%1 %2 %3").arg(gaps.at(0)).arg(gaps.at(1)).arg(gaps.at(2))));
    QVERIFY(gaps.at(2) < 1000);
    qInfo("5xx burst: waits %lld, %lld, %lld ms", gaps.at(0), gaps.at(1), gaps.at(2));
}

void TestDelivery::slowDripHitsTheDeadline()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const ServerRequest&) {
        ServerAction a = ServerAction::of(ServerAction::Drip, 200, QByteArray(200, ' ') + R"({"id":"pro_1"})");
        a.dripIntervalMs = 50; // bytes keep coming, so only the total deadline stops it
        return a;
    };
    DeliveryPolicy p = policy();
    p.totalTimeoutMs = 1000;
    p.maxAttempts = 2;
    auto jani = ProviderService::create(providers::Jani, new QNetworkAccessManager(this), p);
    QElapsedTimer clock;
    clock.start();
    const JobResult r = run(jani->getProduct(target(providers::Jani, server.baseUrl()), kSecret, QStringLiteral("pro_1")));
    QCOMPARE(r.status, JobStatus::TimedOut);
    QCOMPARE(r.attempts, 2);
    QVERIFY(clock.elapsed() >= 2000);
    QVERIFY(clock.elapsed() < 6000);
}

void TestDelivery::droppedHalfwayOnCreateIsUnknown()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const ServerRequest&) {
        return ServerAction::of(ServerAction::DropMidResponse, 201, R"({"id":"prd_1","name":"Agenda","unit_label":"seat"})");
    };
    auto piriod = ProviderService::create(providers::Piriod, new QNetworkAccessManager(this), policy());
    AccountTarget t = target(providers::Piriod, server.baseUrl());
    t.set(QStringLiteral("workspace"), QStringLiteral("ws"));
    const JobResult r = run(piriod->createProduct(pbtest::product(R"({"name":"Agenda","unit_label":"seat"})"), t, kSecret));
    QCOMPARE(r.status, JobStatus::OutcomeUnknown);
    QCOMPARE(server.requests.size(), 1);
}

void TestDelivery::connectionRefused()
{
    quint16 closedPort;
    {
        pbtest::TestHttpServer probe;
        QVERIFY(probe.listen());
        closedPort = probe.port();
    }
    auto chatdash = ProviderService::create(providers::ChatDash, new QNetworkAccessManager(this), policy());
    const JobResult r = run(chatdash->createProduct(starter(QStringLiteral("S")),
                                                    target(providers::ChatDash, QStringLiteral("http://127.0.0.1:%1").arg(closedPort)), kSecret));
    QCOMPARE(r.status, JobStatus::NetworkFailure); // never left this machine: retried, then reported
    QCOMPARE(r.attempts, 4);
    QVERIFY(r.message.contains(QStringLiteral("Could not reach ChatDash")));
}

void TestDelivery::tlsFailureIsReportedAndNothingLeaksInClear()
{
    pbtest::TestHttpServer server; // speaks plain HTTP, so the TLS handshake fails
    QVERIFY(server.listen());
    auto stripe = ProviderService::create(providers::Stripe, new QNetworkAccessManager(this), policy());
    const JobResult r = run(stripe->getProduct(target(providers::Stripe, QStringLiteral("https://127.0.0.1:%1").arg(server.port())), kSecret,
                                               QStringLiteral("prod_1")));
    QVERIFY(!r.ok());
    QVERIFY(r.status == JobStatus::NetworkFailure || r.status == JobStatus::TimedOut);
    QVERIFY(server.requests.isEmpty());
    QVERIFY(!server.rawBytes.contains(kSecret.toUtf8()));
}

void TestDelivery::faultRunStripe()
{
    // 300 creates with about one request in five faulted; the server keeps one product per key.
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    IdempotentStore store;
    QRandomGenerator rng(7);
    int faults = 0;
    server.handler = [&](const ServerRequest& r) {
        const QByteArray answer = store.create(r);
        if (rng.bounded(100) < 20) {
            ++faults;
            switch (rng.bounded(5)) {
            case 0: return ServerAction::of(ServerAction::DropBeforeResponse);
            case 1: return ServerAction::of(ServerAction::DropMidResponse, 200, answer);
            case 2: return ServerAction::json(503, "");
            case 3: {
                ServerAction a = ServerAction::json(429, "{}");
                a.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
                return a;
            }
            default: return ServerAction::of(ServerAction::Hang);
            }
        }
        return ServerAction::json(200, answer);
    };
    DeliveryPolicy p = policy();
    p.transferTimeoutMs = 250;
    p.maxAttempts = 6;
    p.baseDelayMs = 5;
    p.maxDelayMs = 40;
    auto stripe = ProviderService::create(providers::Stripe, new QNetworkAccessManager(this), p);
    const int total = 300;
    int succeeded = 0;
    QSet<QString> ids;
    for (int i = 0; i < total; ++i) {
        const JobResult r = run(stripe->createProduct(starter(QStringLiteral("Product %1").arg(i)), target(providers::Stripe, server.baseUrl()), kSecret));
        if (r.ok()) {
            ++succeeded;
            ids.insert(r.object.id);
        } else {
            QCOMPARE(r.status, JobStatus::OutcomeUnknown); // only after every retry failed
        }
    }
    QCOMPARE(store.created, store.byKey.size()); // one product per logical submission
    QVERIFY(store.created <= total);
    QCOMPARE(ids.size(), succeeded);
    QVERIFY(succeeded >= total - 2);
    qInfo("Stripe fault run: %d creates, %lld requests, %d faults injected, %d products on the server, %d succeeded, duplicates 0",
          total, qint64(server.requests.size()), faults, store.created, succeeded);
}

void TestDelivery::faultRunChatDash()
{
    // No idempotency: every create either succeeds once or is reported unknown; none is sent twice.
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    QHash<QByteArray, int> createdByName;
    QRandomGenerator rng(11);
    int faults = 0;
    server.handler = [&](const ServerRequest& r) {
        const QByteArray name = r.body.mid(r.body.indexOf("\"name\":\"") + 8).split('"').value(0);
        if (rng.bounded(100) < 20) {
            ++faults;
            switch (rng.bounded(4)) {
            case 0: return ServerAction::json(429, "{}"); // refused before handling: nothing created
            case 1: createdByName[name]++; return ServerAction::of(ServerAction::DropBeforeResponse);
            case 2: createdByName[name]++; return ServerAction::of(ServerAction::Hang);
            default: return ServerAction::json(502, "<html>bad gateway</html>");
            }
        }
        createdByName[name]++;
        return ServerAction::json(200, R"({"productId":"prod_)" + name.toHex() + R"(","status":"active"})");
    };
    DeliveryPolicy p = policy();
    p.transferTimeoutMs = 250;
    p.baseDelayMs = 5;
    p.maxDelayMs = 40;
    auto chatdash = ProviderService::create(providers::ChatDash, new QNetworkAccessManager(this), p);
    const int total = 300;
    int succeeded = 0, unknown = 0;
    for (int i = 0; i < total; ++i) {
        const QString name = QStringLiteral("Product %1").arg(i);
        const JobResult r = run(chatdash->createProduct(starter(name), target(providers::ChatDash, server.baseUrl()), kSecret));
        const int onServer = createdByName.value(name.toUtf8());
        QVERIFY2(onServer <= 1, qPrintable(name));
        if (r.ok()) {
            ++succeeded;
            QCOMPARE(onServer, 1);
        } else {
            QCOMPARE(r.status, JobStatus::OutcomeUnknown);
            QVERIFY(!r.advice.isEmpty());
            ++unknown;
        }
    }
    QCOMPARE(succeeded + unknown, total);
    qInfo("ChatDash fault run: %d creates, %lld requests, %d faults injected, %d succeeded, %d outcome unknown, duplicates 0",
          total, qint64(server.requests.size()), faults, succeeded, unknown);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"

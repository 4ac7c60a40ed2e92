// Provider jobs against a fake QNetworkAccessManager: the exact requests of every operation of
// every provider, the error table, cancel versus timeout, resume, and secrets kept out of sight.
#include "FakeNetwork.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "services/net/ProviderService.h"

#include <QSignalSpy>
#include <QTest>

using namespace pb;
using pbtest::FakeResponse;

namespace {

const QString kSecret = QStringLiteral("sk_test_51SecretValueNeverShown");

AccountTarget targetFor(Provider p)
{
    AccountTarget t;
    t.provider = p;
    t.set(QStringLiteral("account-id"), QStringLiteral("acct_1Client"));
    t.set(QStringLiteral("stripe-account"), QStringLiteral("acct_2Connected"));
    t.set(QStringLiteral("workspace"), QStringLiteral("ws_1"));
    if (p == providers::Jani)
        t.baseUrl = QStringLiteral("https://billing.jani.test");
    return t;
}

DeliveryPolicy fastPolicy()
{
    DeliveryPolicy p;
    p.transferTimeoutMs = 300;
    p.totalTimeoutMs = 2000;
    p.maxAttempts = 3;
    p.baseDelayMs = 5;
    p.maxDelayMs = 20;
    return p;
}

JobResult runJob(ProviderJob* job, QList<SubmissionState>* states = nullptr)
{
    QSignalSpy finished(job, &ProviderJob::finished);
    if (states)
        QObject::connect(job, &ProviderJob::stateChanged, [states](const SubmissionState& s) { states->append(s); });
    job->start();
    if (!finished.wait(15000))
        qFatal("job did not finish");
    return finished.first().first().value<JobResult>();
}

const QByteArray kChatDashOk = R"({"productId":"prod_ABC123XYZ","productName":"Starter Plan","status":"active","creationDate":1700000000})";
const QByteArray kStripeOk = R"({"id":"prod_NWjs8kKbJWmuuc","object":"product","active":true,"created":1678833149,"name":"Gold Plan"})";
const QByteArray kStarter = R"({"name":"Starter Plan","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":2999}]})";

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }
    void everyOperation_data();
    void everyOperation();
    void multiStepBindsIds();
    void errorTable_data();
    void errorTable();
    void cancelIsNotTimeout();
    void cancellingASentCreateIsFlagged();
    void onlyHttpsLeavesThisMachine_data();
    void onlyHttpsLeavesThisMachine();
    void invalidProductIsNeverSent();
    void stripeKeyIsReusedOnRetry();
    void resumeSkipsCompletedSteps();
    void unsupportedOperations();
    void secretsStayOutOfSight();
};

void TestJobs::everyOperation_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("answer");

    QTest::newRow("chatdash create") << "chatdash" << int(JobKind::CreateProduct) << kStarter << QByteArray("POST")
        << "https://api.chat-dash.com/v1/public/stripe/connect/accounts/acct_1Client/products" << kSecret.toUtf8()
        << QByteArray(R"({"data":{"name":"Starter Plan","pricing_model":"oneTime","currency":"usd","base_price":2999}})") << kChatDashOk;
    QTest::newRow("chatdash update") << "chatdash" << int(JobKind::UpdateProduct) << kStarter << QByteArray("PUT")
        << "https://api.chat-dash.com/v1/public/stripe/connect/accounts/acct_1Client/products/prod_1" << kSecret.toUtf8()
        << QByteArray(R"({"data":{"name":"Starter Plan"}})") << QByteArray("{\"product\":") + kChatDashOk + "}";
    QTest::newRow("stripe create") << "stripe" << int(JobKind::CreateProduct) << kStarter << QByteArray("POST")
        << "https://api.stripe.com/v1/products" << "Bearer " + kSecret.toUtf8()
        << QByteArray("name=Starter%20Plan&default_price_data[currency]=usd&default_price_data[unit_amount]=2999") << kStripeOk;
    QTest::newRow("stripe update") << "stripe" << int(JobKind::UpdateProduct) << kStarter << QByteArray("POST")
        << "https://api.stripe.com/v1/products/prod_1" << "Bearer " + kSecret.toUtf8() << QByteArray("name=Starter%20Plan") << kStripeOk;
    QTest::newRow("stripe get") << "stripe" << int(JobKind::GetProduct) << QByteArray() << QByteArray("GET")
        << "https://api.stripe.com/v1/products/prod_1" << "Bearer " + kSecret.toUtf8() << QByteArray() << kStripeOk;
    QTest::newRow("stripe list") << "stripe" << int(JobKind::ListProducts) << QByteArray() << QByteArray("GET")
        << "https://api.stripe.com/v1/products?limit=100" << "Bearer " + kSecret.toUtf8() << QByteArray()
        << QByteArray("{\"object\":\"list\",\"data\":[") + kStripeOk + "],\"has_more\":false}";
    QTest::newRow("piriod create product") << "piriod" << int(JobKind::CreateProduct) << QByteArray(R"({"name":"Agenda","unit_label":"seat"})")
        << QByteArray("POST") << "https://api.piriod.com/products/" << "Token " + kSecret.toUtf8()
        << QByteArray(R"({"name":"Agenda","unit_label":"seat"})") << QByteArray(R"({"id":"prd_1","name":"Agenda"})");
    QTest::newRow("piriod update plan") << "piriod" << int(JobKind::UpdateProduct)
        << QByteArray(R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"M2","plan_description":"d","currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1}]})")
        << QByteArray("PATCH") << "https://api.piriod.com/plans/prod_1/" << "Token " + kSecret.toUtf8()
        << QByteArray(R"({"name":"M2","description":"d"})") << QByteArray(R"({"id":"prod_1","name":"M2"})");
    QTest::newRow("piriod list products") << "piriod" << int(JobKind::ListProducts) << QByteArray() << QByteArray("GET")
        << "https://api.piriod.com/products/?page=1&page_size=100" << "Token " + kSecret.toUtf8() << QByteArray()
        << QByteArray(R"({"count":1,"next":null,"previous":null,"results":[{"id":"prd_1","name":"Agenda"}]})");
    QTest::newRow("piriod list plans") << "piriod" << int(JobKind::ListPlans) << QByteArray() << QByteArray("GET")
        << "https://api.piriod.com/plans/?product=prod_1&page=1&page_size=100" << "Token " + kSecret.toUtf8() << QByteArray()
        << QByteArray(R"({"count":1,"next":null,"previous":null,"results":[{"id":"pln_1","name":"Monthly"}]})");
    QTest::newRow("jani create") << "jani" << int(JobKind::CreateProduct) << QByteArray(R"({"name":"Food","product_type":"standard"})")
        << QByteArray("POST") << "https://billing.jani.test/api/v1/products" << "Bearer " + kSecret.toUtf8()
        << QByteArray(R"({"name":"Food","type":"standard"})") << QByteArray(R"({"id":"pro_1","name":"Food","status":"active"})");
    QTest::newRow("jani get") << "jani" << int(JobKind::GetProduct) << QByteArray() << QByteArray("GET")
        << "https://billing.jani.test/api/v1/products/prod_1" << "Bearer " + kSecret.toUtf8() << QByteArray()
        << QByteArray(R"({"id":"prod_1","name":"Food","status":"active"})");
    QTest::newRow("jani update") << "jani" << int(JobKind::UpdateProduct) << QByteArray(R"({"name":"Food 2","product_type":"standard","status":"archived"})")
        << QByteArray("PATCH") << "https://billing.jani.test/api/v1/products/prod_1" << "Bearer " + kSecret.toUtf8()
        << QByteArray(R"({"name":"Food 2","type":"standard","status":"archived"})") << QByteArray(R"({"id":"prod_1","name":"Food 2","status":"archived"})");
}

void TestJobs::everyOperation()
{
    QFETCH(QString, provider);
    QFETCH(int, kind);
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, answer);
    const Provider p = *providerFromKey(provider);
    pbtest::FakeNetwork nam;
    nam.enqueue(FakeResponse::json(p == providers::Piriod && kind == int(JobKind::CreateProduct) ? 201 : 200, answer));
    auto service = ProviderService::create(p, &nam, fastPolicy());
    const AccountTarget t = targetFor(p);
    ProviderJob* job = nullptr;
    switch (JobKind(kind)) {
    case JobKind::CreateProduct: job = service->createProduct(pbtest::product(document), t, kSecret, { QStringLiteral("key-1"), {}, {}, {} }); break;
    case JobKind::UpdateProduct: job = service->updateProduct(pbtest::product(document), t, kSecret, QStringLiteral("prod_1")); break;
    case JobKind::GetProduct: job = service->getProduct(t, kSecret, QStringLiteral("prod_1")); break;
    case JobKind::ListProducts: job = service->listProducts(t, kSecret); break;
    case JobKind::ListPlans: job = service->listPlans(t, kSecret, QStringLiteral("prod_1")); break;
    }
    const JobResult r = runJob(job);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(nam.requests.size(), 1);
    const pbtest::RecordedRequest& sent = nam.requests.first();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(sent.header("Authorization"), authorization);
    QCOMPARE(sent.body, body);
    QCOMPARE(r.attempts, 1);
    if (p == providers::Stripe) {
        QCOMPARE(sent.header("Stripe-Account"), QByteArray("acct_2Connected"));
        if (method == "POST")
            QVERIFY(sent.header("Idempotency-Key").startsWith(kind == int(JobKind::CreateProduct) ? "key-1-product" : ""));
    }
    if (p == providers::Piriod)
        QCOMPARE(sent.header("x-simple-workspace"), QByteArray("ws_1"));
    if (!body.isEmpty())
        QVERIFY(sent.header("Content-Type").startsWith(method == "POST" && p == providers::Stripe ? "application/x-www-form-urlencoded" : "application/json"));
    if (JobKind(kind) == JobKind::ListProducts || JobKind(kind) == JobKind::ListPlans)
        QCOMPARE(r.objects.size(), 1);
    else
        QVERIFY(!r.object.id.isEmpty());
}

void TestJobs::multiStepBindsIds()
{
    pbtest::FakeNetwork nam;
    nam.onRequest = [](const pbtest::RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.url.path() == u"/v1/products" )
            return FakeResponse::json(200, R"({"id":"prod_9","name":"API"})");
        if (r.url.path() == u"/v1/prices")
            return FakeResponse::json(200, R"({"id":"price_7","object":"price"})");
        return FakeResponse::json(200, R"({"id":"prod_9","default_price":"price_7"})");
    };
    auto service = ProviderService::create(providers::Stripe, &nam, fastPolicy());
    QList<SubmissionState> states;
    const JobResult r = runJob(service->createProduct(pbtest::product(R"({"name":"API","prices":[{"currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100,"package_rounding":"up"}]})"),
                                                      targetFor(providers::Stripe), kSecret),
                               &states);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(nam.requests.size(), 3);
    QVERIFY(nam.requests.at(1).body.startsWith("product=prod_9&"));
    QCOMPARE(nam.requests.at(2).url.path(), QStringLiteral("/v1/products/prod_9"));
    QCOMPARE(nam.requests.at(2).body, QByteArray("default_price=price_7"));
    QCOMPARE(r.object.id, QStringLiteral("prod_9"));
    QCOMPARE(r.state.completed.value(QStringLiteral("product")), QStringLiteral("prod_9"));
    QCOMPARE(r.state.completed.value(QStringLiteral("price")), QStringLiteral("price_7"));
    QVERIFY(!r.state.idempotencyKey.isEmpty());
    QCOMPARE(states.size(), 3); // persisted after every step
    const QByteArray key = r.state.idempotencyKey.toUtf8();
    QCOMPARE(nam.requests.at(0).header("Idempotency-Key"), key + "-product");
    QCOMPARE(nam.requests.at(1).header("Idempotency-Key"), key + "-price");
    QCOMPARE(nam.requests.at(2).header("Idempotency-Key"), key + "-default_price");
}

void TestJobs::errorTable_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<FakeResponse>>("responses");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("message");

    using FR = FakeResponse;
    const int create = int(JobKind::CreateProduct), get = int(JobKind::GetProduct);
    const auto S = [](JobStatus s) { return int(s); };
    QTest::newRow("400 stripe") << "stripe" << create
        << QList<FR> { FR::json(400, R"({"error":{"type":"invalid_request_error","message":"Invalid integer: abc","param":"default_price_data[unit_amount]"}})") }
        << S(JobStatus::Rejected) << 1 << "Stripe refused “Create product”: Invalid integer: abc";
    QTest::newRow("401 stripe") << "stripe" << get << QList<FR> { FR::json(401, R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****"}})") }
        << S(JobStatus::Rejected) << 1 << "the API key was refused; check the account's key";
    QTest::newRow("402 stripe") << "stripe" << create << QList<FR> { FR::json(402, R"({"error":{"type":"card_error","message":"Your card was declined."}})") }
        << S(JobStatus::Rejected) << 1 << "Your card was declined.";
    QTest::newRow("404 jani get") << "jani" << get << QList<FR> { FR::json(404, R"({"error":"product not found"})") }
        << S(JobStatus::Rejected) << 1 << "Jani refused “Get product”: product not found";
    QTest::newRow("404 without body") << "jani" << get << QList<FR> { FR::json(404, "") }
        << S(JobStatus::Rejected) << 1 << "it was not found";
    QTest::newRow("409 stripe") << "stripe" << create << QList<FR> { FR::json(409, R"({"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters they were first used with."}})") }
        << S(JobStatus::Rejected) << 1 << "same parameters";
    QTest::newRow("422 jani") << "jani" << create << QList<FR> { FR::json(422, R"({"message":"type is invalid"})") }
        << S(JobStatus::Rejected) << 1 << "type is invalid";
    QTest::newRow("429 then created") << "stripe" << create << QList<FR> { FR::json(429, "{}"), FR::json(200, kStripeOk) }
        << S(JobStatus::Succeeded) << 2 << "succeeded";
    QTest::newRow("429 until out of tries") << "stripe" << get << QList<FR> { FR::json(429, "{}"), FR::json(429, "{}"), FR::json(429, "{}") }
        << S(JobStatus::NetworkFailure) << 3 << "rate limited";
    QTest::newRow("429 non-idempotent create retried") << "chatdash" << create << QList<FR> { FR::json(429, "{}"), FR::json(200, kChatDashOk) }
        << S(JobStatus::Succeeded) << 2 << "succeeded";
    QTest::newRow("500 chatdash is its error answer") << "chatdash" << create << QList<FR> { FR::json(500, R"({"error":"base_price must be a number"})") }
        << S(JobStatus::Rejected) << 1 << "ChatDash refused “Create product”: base_price must be a number";
    QTest::newRow("500 stripe get retried") << "stripe" << get << QList<FR> { FR::json(500, "{}"), FR::json(500, "{}"), FR::json(500, "{}") }
        << S(JobStatus::Rejected) << 3 << "internal error (HTTP 500)";
    QTest::newRow("502 gateway on chatdash create") << "chatdash" << create << QList<FR> { FR::json(502, "<html>Bad Gateway</html>") }
        << S(JobStatus::OutcomeUnknown) << 1 << "gateway answered HTTP 502";
    QTest::newRow("503 then created with key") << "stripe" << create << QList<FR> { FR::json(503, ""), FR::json(200, kStripeOk) }
        << S(JobStatus::Succeeded) << 2 << "succeeded";
    QTest::newRow("503 piriod create") << "piriod" << create << QList<FR> { FR::json(503, "") }
        << S(JobStatus::OutcomeUnknown) << 1 << "unknown";
    QTest::newRow("timeout chatdash create") << "chatdash" << create << QList<FR> { FR::never() }
        << S(JobStatus::OutcomeUnknown) << 1 << "no answer arrived in time";
    QTest::newRow("timeout stripe get") << "stripe" << get << QList<FR> { FR::never(), FR::never(), FR::never() }
        << S(JobStatus::TimedOut) << 3 << "did not answer “Get product” in time";
    QTest::newRow("invalid json on create") << "chatdash" << create << QList<FR> { FR::json(200, "{\"productId\": ") }
        << S(JobStatus::OutcomeUnknown) << 1 << "could not be read";
    // An unreadable "yes" to a read is asked again, then reported as unreadable (not as a refusal).
    QTest::newRow("empty body on get") << "jani" << get << QList<FR>(3, FR::json(200, ""))
        << S(JobStatus::NetworkFailure) << 3 << "could not read (The answer was empty";
    QTest::newRow("wrong content type") << "stripe" << get << QList<FR>(3, FR { 200, "<html>hello</html>", { { "Content-Type", "text/html" } }, QNetworkReply::NoError, false, 0 })
        << S(JobStatus::NetworkFailure) << 3 << "not the JSON object expected";
    QTest::newRow("10 MB body") << "jani" << get << QList<FR>(3, FR::json(200, QByteArray(10 * 1024 * 1024, ' ') + "{}"))
        << S(JobStatus::NetworkFailure) << 3 << "too large";
    QTest::newRow("unreadable then fine") << "stripe" << get << QList<FR> { FR::json(200, "{\"id\": "), FR::json(200, kStripeOk) }
        << S(JobStatus::Succeeded) << 2 << "succeeded";
    QTest::newRow("connection refused on get") << "stripe" << get
        << QList<FR> { FR::transport(QNetworkReply::ConnectionRefusedError), FR::transport(QNetworkReply::ConnectionRefusedError), FR::transport(QNetworkReply::ConnectionRefusedError) }
        << S(JobStatus::NetworkFailure) << 3 << "Could not reach Stripe";
    QTest::newRow("refused create never left, retried") << "piriod" << create
        << QList<FR> { FR::transport(QNetworkReply::ConnectionRefusedError), FR::json(201, R"({"id":"prd_1"})") }
        << S(JobStatus::Succeeded) << 2 << "succeeded";
    QTest::newRow("closed after sending") << "jani" << create << QList<FR> { FR::transport(QNetworkReply::RemoteHostClosedError) }
        << S(JobStatus::OutcomeUnknown) << 1 << "connection failed after the request was sent";
    QTest::newRow("closed on get retried") << "jani" << get
        << QList<FR> { FR::transport(QNetworkReply::RemoteHostClosedError), FR::json(200, R"({"id":"prod_1"})") }
        << S(JobStatus::Succeeded) << 2 << "succeeded";
    QTest::newRow("tls failure") << "stripe" << get << QList<FR> { FR::transport(QNetworkReply::SslHandshakeFailedError) }
        << S(JobStatus::NetworkFailure) << 1 << "Could not reach Stripe";
}

void TestJobs::errorTable()
{
    QFETCH(QString, provider);
    QFETCH(int, kind);
    QFETCH(QList<FakeResponse>, responses);
    QFETCH(int, status);
    QFETCH(int, attempts);
    QFETCH(QString, message);
    const Provider p = *providerFromKey(provider);
    pbtest::FakeNetwork nam;
    for (const FakeResponse& r : responses)
        nam.enqueue(r);
    auto service = ProviderService::create(p, &nam, fastPolicy());
    const QByteArray doc = p == providers::Piriod ? QByteArray(R"({"name":"Agenda","unit_label":"seat"})")
                         : p == providers::Jani   ? QByteArray(R"({"name":"Food","product_type":"standard"})")
                                                 : kStarter;
    ProviderJob* job = JobKind(kind) == JobKind::CreateProduct
        ? service->createProduct(pbtest::product(doc), targetFor(p), kSecret)
        : service->getProduct(targetFor(p), kSecret, QStringLiteral("prod_1"));
    const JobResult r = runJob(job);
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.attempts, attempts);
    QCOMPARE(nam.requests.size(), attempts);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    if (r.status == JobStatus::OutcomeUnknown) {
        QVERIFY(!r.advice.isEmpty());
        QCOMPARE(r.state.pendingStep, QStringLiteral("product"));
    }
    QVERIFY(!r.message.contains(kSecret));
}

void TestJobs::cancelIsNotTimeout()
{
    pbtest::FakeNetwork nam;
    nam.enqueue(FakeResponse::never());
    DeliveryPolicy slow = fastPolicy();
    slow.transferTimeoutMs = 60000;
    auto service = ProviderService::create(providers::Stripe, &nam, slow);
    ProviderJob* job = service->getProduct(targetFor(providers::Stripe), kSecret, QStringLiteral("prod_1"));
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QTimer::singleShot(50, job, &ProviderJob::cancel);
    QVERIFY(finished.wait(5000));
    const JobResult r = finished.first().first().value<JobResult>();
    QCOMPARE(r.status, JobStatus::Cancelled);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.message.contains(QStringLiteral("cancelled")));
}

void TestJobs::cancellingASentCreateIsFlagged()
{
    pbtest::FakeNetwork nam;
    nam.enqueue(FakeResponse::never());
    DeliveryPolicy slow = fastPolicy();
    slow.transferTimeoutMs = 60000;
    auto service = ProviderService::create(providers::ChatDash, &nam, slow);
    ProviderJob* job = service->createProduct(pbtest::product(kStarter), targetFor(providers::ChatDash), kSecret);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QTimer::singleShot(50, job, &ProviderJob::cancel);
    QVERIFY(finished.wait(5000));
    const JobResult r = finished.first().first().value<JobResult>();
    QCOMPARE(r.status, JobStatus::Cancelled);
    QCOMPARE(r.state.pendingStep, QStringLiteral("product"));
    QVERIFY(r.advice.contains(QStringLiteral("ChatDash dashboard")));
}

void TestJobs::onlyHttpsLeavesThisMachine_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("sent");
    QTest::newRow("https") << "https://billing.jani.test" << true;
    QTest::newRow("http elsewhere") << "http://billing.jani.test" << false;
    QTest::newRow("http private address") << "http://192.168.1.20:8080" << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback range") << "http://127.5.5.5:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true;
    QTest::newRow("ftp") << "ftp://billing.jani.test" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void TestJobs::onlyHttpsLeavesThisMachine()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, sent);
    pbtest::FakeNetwork nam;
    nam.enqueue(FakeResponse::json(200, R"({"id":"prod_1"})"));
    auto service = ProviderService::create(providers::Jani, &nam, fastPolicy());
    AccountTarget t = targetFor(providers::Jani);
    t.baseUrl = baseUrl;
    const JobResult r = runJob(service->getProduct(t, kSecret, QStringLiteral("prod_1")));
    QCOMPARE(nam.requests.size(), sent ? 1 : 0);
    QCOMPARE(r.ok(), sent);
    if (!sent)
        QVERIFY2(r.message.contains(QStringLiteral("was not sent")), qPrintable(r.message));
}

void TestJobs::invalidProductIsNeverSent()
{
    pbtest::FakeNetwork nam;
    auto service = ProviderService::create(providers::ChatDash, &nam, fastPolicy());
    const JobResult r = runJob(service->createProduct(pbtest::product(R"({"name":"P","prices":[{"currency":"usd","billing":"recurring","interval":"month","scheme":"flat","amount":1,"included_usage":5}]})"),
                                                      targetFor(providers::ChatDash), kSecret));
    QCOMPARE(r.status, JobStatus::Rejected);
    QVERIFY(nam.requests.isEmpty());
    QCOMPARE(r.error.fieldErrors.first().location(), QStringLiteral("prices[0].overage_price"));
}

void TestJobs::stripeKeyIsReusedOnRetry()
{
    pbtest::FakeNetwork nam;
    nam.enqueue(FakeResponse::never());
    nam.enqueue(FakeResponse::transport(QNetworkReply::RemoteHostClosedError));
    nam.enqueue(FakeResponse::json(200, kStripeOk));
    auto service = ProviderService::create(providers::Stripe, &nam, fastPolicy());
    const JobResult r = runJob(service->createProduct(pbtest::product(kStarter), targetFor(providers::Stripe), kSecret));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(nam.requests.size(), 3);
    const QByteArray key = nam.requests.first().header("Idempotency-Key");
    QVERIFY(key.endsWith("-product"));
    for (const auto& req : nam.requests) {
        QCOMPARE(req.header("Idempotency-Key"), key);
        QCOMPARE(req.body, nam.requests.first().body);
    }
    QCOMPARE(r.state.idempotencyKey.toUtf8() + "-product", key);
}

void TestJobs::resumeSkipsCompletedSteps()
{
    // Stripe: the price step fails; the retry resumes there with the product's id and the same key.
    pbtest::FakeNetwork nam;
    nam.onRequest = [](const pbtest::RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.url.path() == u"/v1/products")
            return FakeResponse::json(200, R"({"id":"prod_9"})");
        if (r.url.path() == u"/v1/prices")
            return FakeResponse::json(400, R"({"error":{"message":"No such meter","param":"recurring[meter]"}})");
        return std::nullopt;
    };
    auto stripe = ProviderService::create(providers::Stripe, &nam, fastPolicy());
    const Product metered = pbtest::product(R"({"name":"Tokens","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"per_unit","amount":3,"usage_type":"metered","meter_id":"mtr_x"}]})");
    JobResult first = runJob(stripe->createProduct(metered, targetFor(providers::Stripe), kSecret));
    QCOMPARE(first.status, JobStatus::Rejected);
    QCOMPARE(first.error.fieldErrors.first().field, QStringLiteral("recurring.meter"));
    QCOMPARE(first.state.completed.value(QStringLiteral("product")), QStringLiteral("prod_9"));
    QCOMPARE(nam.requests.size(), 2);

    nam.requests.clear();
    nam.onRequest = [](const pbtest::RecordedRequest& r) -> std::optional<FakeResponse> {
        return FakeResponse::json(200, r.url.path() == u"/v1/prices" ? R"({"id":"price_1"})" : R"({"id":"prod_9"})");
    };
    const SubmissionState saved = SubmissionState::fromJson(first.state.toJson()); // as stored and reloaded
    const JobResult second = runJob(stripe->createProduct(metered, targetFor(providers::Stripe), kSecret, saved));
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(nam.requests.size(), 2); // price and default price; never a second product
    QCOMPARE(nam.requests.at(0).url.path(), QStringLiteral("/v1/prices"));
    QVERIFY(nam.requests.at(0).body.startsWith("product=prod_9&"));
    QCOMPARE(nam.requests.at(0).header("Idempotency-Key"), first.state.idempotencyKey.toUtf8() + "-price");

    // Piriod: plan 2 of 2 times out (outcome unknown); after checking, the retry sends only that plan.
    pbtest::FakeNetwork piriodNet;
    int plans = 0;
    piriodNet.onRequest = [&plans](const pbtest::RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.url.path() == u"/products/")
            return FakeResponse::json(201, R"({"id":"prd_1"})");
        return ++plans == 2 ? FakeResponse::never() : FakeResponse::json(201, R"({"id":"pln_)" + QByteArray::number(plans) + "\"}");
    };
    auto piriod = ProviderService::create(providers::Piriod, &piriodNet, fastPolicy());
    const Product twoPlans = pbtest::product(R"({"name":"Agenda","unit_label":"seat","prices":[
        {"plan_name":"M","plan_description":"d","currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":100},
        {"plan_name":"Y","plan_description":"d","currency":"usd","billing":"recurring","interval":"year","interval_count":1,"scheme":"flat","amount":1000}]})");
    first = runJob(piriod->createProduct(twoPlans, targetFor(providers::Piriod), kSecret));
    QCOMPARE(first.status, JobStatus::OutcomeUnknown);
    QCOMPARE(first.state.pendingStep, QStringLiteral("plan[1]"));
    QCOMPARE(first.state.completed.value(QStringLiteral("plan[0]")), QStringLiteral("pln_1"));
    QVERIFY(first.advice.contains(QStringLiteral("List the workspace's products")));
    piriodNet.requests.clear();
    const JobResult resumed = runJob(piriod->createProduct(twoPlans, targetFor(providers::Piriod), kSecret, first.state));
    QVERIFY2(resumed.ok(), qPrintable(resumed.message));
    QCOMPARE(piriodNet.requests.size(), 1);
    QCOMPARE(piriodNet.requests.first().url.path(), QStringLiteral("/plans/"));
    QVERIFY(piriodNet.requests.first().body.contains("\"product\":\"prd_1\""));
    QVERIFY(resumed.state.pendingStep.isEmpty());
}

void TestJobs::unsupportedOperations()
{
    pbtest::FakeNetwork nam;
    auto chatdash = ProviderService::create(providers::ChatDash, &nam, fastPolicy());
    QVERIFY(!chatdash->supports(JobKind::GetProduct));
    const JobResult r = runJob(chatdash->getProduct(targetFor(providers::ChatDash), kSecret, QStringLiteral("prod_1")));
    QCOMPARE(r.status, JobStatus::Rejected);
    QVERIFY(r.message.contains(QStringLiteral("ChatDash offers no way to read one product")));
    QVERIFY(nam.requests.isEmpty());
    auto jani = ProviderService::create(providers::Jani, &nam, fastPolicy());
    QVERIFY(!jani->supports(JobKind::ListProducts));
    QVERIFY(jani->supports(JobKind::GetProduct));
}

void TestJobs::secretsStayOutOfSight()
{
    pbtest::FakeNetwork nam;
    nam.enqueue(FakeResponse::json(401, QByteArray(R"({"error":{"message":"Invalid API Key provided: )") + kSecret.toUtf8().left(12) + R"(****"}})"));
    auto service = ProviderService::create(providers::Stripe, &nam, fastPolicy());
    ProviderJob* job = service->createProduct(pbtest::product(kStarter), targetFor(providers::Stripe), kSecret);
    const QString curl = job->curl();
    QVERIFY(curl.contains(QStringLiteral("$PRICEBOOK_API_KEY")));
    QVERIFY(!curl.contains(kSecret));
    for (const ProviderRequest& r : job->requests())
        QVERIFY(!RequestSerializer::renderHttp(r, targetFor(providers::Stripe)).contains(kSecret));
    const JobResult r = runJob(job);
    QVERIFY(!r.message.contains(kSecret));
    QVERIFY(!r.advice.contains(kSecret));
    // It was sent where it belongs, and only there.
    QCOMPARE(nam.requests.first().header("Authorization"), "Bearer " + kSecret.toUtf8());
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"

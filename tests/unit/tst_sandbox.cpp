// The sandbox emulator, exercised through Pricebook's own provider jobs over real HTTP on 127.0.0.1.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/net/ProviderService.h"
#include "services/sandbox/SandboxHost.h"
#include "services/sandbox/SandboxServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <csignal>
#include <QJsonObject>
#include <QNetworkReply>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <vector>
#include <QTest>

using namespace pb;

namespace {

JobResult run(ProviderJob* job)
{
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    if (!finished.wait(30000))
        qFatal("job did not finish");
    return finished.first().first().value<JobResult>();
}

AccountTarget target(Provider p, const SandboxServer& s)
{
    AccountTarget t;
    t.provider = p;
    t.baseUrl = s.baseUrl();
    t.set(QStringLiteral("account-id"), QStringLiteral("acct_sandbox"));
    t.set(QStringLiteral("workspace"), QStringLiteral("ws_sandbox"));
    t.setFlag(QStringLiteral("test-mode"), true);
    return t;
}

QPair<int, QByteArray> raw(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url, const QByteArray& body,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest req(url);
    for (const auto& [n, v] : headers)
        req.setRawHeader(n, v);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        qFatal("no answer");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return { status, answer };
}

const QByteArray kStarter = R"({"name":"Starter Plan","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2999,"usage_metric":"minutes","included_usage":100,"overage_amount":15}]})";

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }
    void everyProviderCreatesReadsAndUpdates();
    void rulesAreEnforcedWithTheProvidersErrors();
    void idempotency();
    void authIsChecked();
    void rateLimitAnswers429WithRetryAfter();
    void faultsOnCommand();
    void slowAndGreedyClientsDoNotStopOthers();
    void stateFileKeepsObjectsAcrossRestarts();
    void damagedStateFileIsKeptAside();
    void cliSandboxKeepsStateAcrossRestarts();
    void stripePricesListUpdateAndArchiveAsStripeDoes();
    void stripeListsPageExactly();
    void piriodPagesPatchesAndArchives();
};

void TestSandbox::everyProviderCreatesReadsAndUpdates()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QString key = SandboxServer::sandboxKey();

    auto chatdash = ProviderService::create(providers::ChatDash, &nam);
    JobResult r = run(chatdash->createProduct(pbtest::product(kStarter), target(providers::ChatDash, sandbox), key));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.object.id.startsWith(u"prod_"));
    const QString chatdashId = r.object.id;
    Product renamed = pbtest::product(kStarter);
    renamed.name = QStringLiteral("Starter Plan 2");
    r = run(chatdash->updateProduct(renamed, target(providers::ChatDash, sandbox), key, chatdashId));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.object.name, QStringLiteral("Starter Plan 2"));

    auto stripe = ProviderService::create(providers::Stripe, &nam);
    r = run(stripe->createProduct(pbtest::product(R"({"name":"API","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"tiered","tiers_mode":"graduated","tiers":[{"up_to":100,"unit_amount":10},{"up_to":"inf","unit_amount":5}]}]})"),
                                  target(providers::Stripe, sandbox), key));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.state.completed.size(), 3); // product, price, default price
    const QString stripeId = r.object.id;
    const QString stripePriceId = r.state.completed.value(QStringLiteral("price"));
    QVERIFY2(stripePriceId.startsWith(u"price_"), qPrintable(stripePriceId));
    r = run(stripe->getProduct(target(providers::Stripe, sandbox), key, stripeId));
    QVERIFY(r.ok());
    QCOMPARE(r.object.defaultPriceId, stripePriceId);
    r = run(stripe->listProducts(target(providers::Stripe, sandbox), key));
    QVERIFY(r.ok());
    QCOMPARE(r.objects.size(), 1);

    auto piriod = ProviderService::create(providers::Piriod, &nam);
    r = run(piriod->createProduct(pbtest::product(R"({"name":"Agenda","unit_label":"seat","prices":[
        {"plan_name":"Monthly","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000},
        {"plan_name":"Annual","plan_description":"d","currency":"clp","billing":"recurring","interval":"year","interval_count":1,"scheme":"flat","amount":150000}]})"),
                                  target(providers::Piriod, sandbox), key));
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = run(piriod->listPlans(target(providers::Piriod, sandbox), key, r.object.id));
    QVERIFY(r.ok());
    QCOMPARE(r.objects.size(), 2);

    auto jani = ProviderService::create(providers::Jani, &nam);
    r = run(jani->createProduct(pbtest::product(R"({"name":"Food","product_type":"standard","custom_data":{"farm":"north"}})"), target(providers::Jani, sandbox), key));
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QString janiId = r.object.id;
    r = run(jani->updateProduct(pbtest::product(R"({"name":"Food 2","product_type":"standard","status":"archived"})"), target(providers::Jani, sandbox), key, janiId));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.object.status, QStringLiteral("archived"));
    r = run(jani->getProduct(target(providers::Jani, sandbox), key, QStringLiteral("pro_missing")));
    QCOMPARE(r.status, JobStatus::Rejected);
    QCOMPARE(r.httpStatus, 404);

    QCOMPARE(sandbox.stats().created.value(QStringLiteral("chatdash")), 1);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 1);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("piriod")), 1);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("jani")), 1);
}

void TestSandbox::rulesAreEnforcedWithTheProvidersErrors()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    // Requests Pricebook would never send, sent raw: each provider answers in its own error format,
    // and Pricebook's parser puts the message on the right field.
    struct Case {
        Provider provider;
        QByteArray document;
        QString field;
        int status;
    };
    const QList<Case> cases {
        { providers::ChatDash, R"({"name":"P","prices":[{"currency":"usd","billing":"recurring","interval":"month","scheme":"flat","amount":1,"included_usage":5}]})", QStringLiteral("overage_price"), 500 },
        { providers::Stripe, R"({"name":"P","statement_descriptor":"<bad>"})", QStringLiteral("statement_descriptor"), 400 },
        { providers::Stripe, R"({"name":"P","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":40,"scheme":"flat","amount":1}]})", QStringLiteral("recurring.interval_count"), 400 },
        { providers::Piriod, R"({"name":"Agenda"})", QStringLiteral("unit_label"), 400 },
        { providers::Jani, R"({"name":"F"})", QStringLiteral("type"), 400 },
    };
    for (const Case& c : cases) {
        SerializeOptions o;
        o.skipValidation = true;
        const AccountTarget t = target(c.provider, sandbox);
        const RequestPlan plan = RequestSerializer::build(pbtest::product(c.document), t, o);
        const ProviderRequest& req = plan.steps.first();
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const HttpHeader& h : req.headers)
            headers.append({ h.name, QString(h.value).replace(QStringLiteral("{secret}"), QStringLiteral("k")).toUtf8() });
        headers.append({ "Content-Type", req.contentType() });
        const auto [status, body] = raw(nam, req.method.toLatin1(), QUrl(RequestSerializer::url(req, t)), req.bodyBytes(), headers);
        QCOMPARE(status, c.status);
        const ParsedResponse parsed = ResponseParser::parse(c.provider, ResponseKind::Product, status, body, req.step);
        QVERIFY2(!parsed.error.fieldErrors.isEmpty(), body.constData());
        QCOMPARE(parsed.error.fieldErrors.first().field, c.field);
    }
    QCOMPARE(sandbox.stats().rejected, qint64(cases.size()));
    QVERIFY(sandbox.stats().created.isEmpty());
}

void TestSandbox::idempotency()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const QUrl url(sandbox.baseUrl() + QStringLiteral("/v1/products"));
    const QList<QPair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer sk_test_x" }, { "Idempotency-Key", "key-1" },
                                                         { "Content-Type", "application/x-www-form-urlencoded" } };
    const auto first = raw(nam, "POST", url, "name=Gold", headers);
    const auto again = raw(nam, "POST", url, "name=Gold", headers);
    QCOMPARE(first.first, 200);
    QCOMPARE(again.second, first.second);
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 1);
    const auto conflict = raw(nam, "POST", url, "name=Silver", headers);
    QCOMPARE(conflict.first, 409);
    QVERIFY(conflict.second.contains("idempotency_error"));
}

void TestSandbox::authIsChecked()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    QCOMPARE(raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/v1/products")), {}, {}).first, 401);
    QCOMPARE(raw(nam, "POST", QUrl(sandbox.baseUrl() + QStringLiteral("/stripe/connect/accounts/acct_1/products")), "{}", {}).first, 401);
    QCOMPARE(raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/products/")), {}, { { "Authorization", "Token t" } }).first, 400); // no workspace
    QCOMPARE(raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/api/v1/products/x")), {}, {}).first, 401);
}

void TestSandbox::rateLimitAnswers429WithRetryAfter()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    // Two requests a second, on a clock that stands still while the 12 requests are sent: a full
    // bucket lets two through and no more, however long a loaded machine takes.
    qint64 now = 0;
    sandbox.setClock([&now] { return now; });
    sandbox.setRateLimit(2);
    QNetworkAccessManager nam;
    int limited = 0;
    QByteArray retryAfter;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 12; ++i) {
        QNetworkRequest req(QUrl(sandbox.baseUrl() + QStringLiteral("/v1/products")));
        req.setRawHeader("Authorization", "Bearer sk_test_x");
        QNetworkReply* reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429) {
            ++limited;
            retryAfter = reply->rawHeader("Retry-After");
        }
        reply->deleteLater();
    }
    const int allowed = 2 + 2 * int(clock.elapsed() / 1000 + 1); // a full bucket, then two a second
    QVERIFY2(limited >= 12 - allowed, qPrintable(QStringLiteral("%1 limited, %2 ms").arg(limited).arg(clock.elapsed())));
    QCOMPARE(retryAfter, QByteArray("1"));
    QCOMPARE(sandbox.stats().rateLimited, qint64(limited));
    QCOMPARE(limited, 10);
    now += 500; // half a second: one more
    QCOMPARE(raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/v1/products")), {}, { { "Authorization", "Bearer sk_test_x" } }).first, 200);
    QCOMPARE(raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/v1/products")), {}, { { "Authorization", "Bearer sk_test_x" } }).first, 429);
    now += 5000;
    // Pricebook's own policy waits and gets through.
    auto stripe = ProviderService::create(providers::Stripe, &nam);
    const JobResult r = run(stripe->listProducts(target(providers::Stripe, sandbox), SandboxServer::sandboxKey()));
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestSandbox::faultsOnCommand()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    const auto set = raw(nam, "POST", QUrl(sandbox.baseUrl() + QStringLiteral("/__sandbox/faults")), R"({"drop_after":1.0,"seed":3})",
                         { { "Content-Type", "application/json" } });
    QCOMPARE(set.first, 200);
    QCOMPARE(sandbox.faults().dropAfter, 1.0);
    DeliveryPolicy quick;
    quick.baseDelayMs = 5;
    auto jani = ProviderService::create(providers::Jani, &nam, quick);
    const JobResult r = run(jani->createProduct(pbtest::product(R"({"name":"Food","product_type":"standard"})"), target(providers::Jani, sandbox),
                                                SandboxServer::sandboxKey()));
    QCOMPARE(r.status, JobStatus::OutcomeUnknown); // created, then the answer was lost
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("jani")), 1);
    const auto stats = raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/__sandbox/stats")), {}, {});
    const QJsonObject o = QJsonDocument::fromJson(stats.second).object();
    QCOMPARE(o.value(u"faults_injected").toInteger(), 1);
    QCOMPARE(o.value(u"created").toObject().value(u"jani").toInteger(), 1);
}

void TestSandbox::slowAndGreedyClientsDoNotStopOthers()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    SandboxLimits limits;
    limits.requestTimeoutMs = 600;
    limits.maxConnections = 16;
    limits.maxBufferedBytes = 2 * 1024 * 1024;
    sandbox.setLimits(limits);
    // 40 connections that trickle a header one byte at a time, faster than any fixed idle timeout.
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 40; ++i) {
        slow.push_back(std::make_unique<QTcpSocket>());
        slow.back()->connectToHost(QHostAddress::LocalHost, sandbox.port());
        QVERIFY(slow.back()->waitForConnected(2000));
    }
    const QByteArray header = "GET /v1/products HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk_test_x\r\nX-Padding: " + QByteArray(200, 'a');
    int sent = 0;
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, [&] {
        for (auto& s : slow)
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write(header.mid(sent % header.size(), 1));
        ++sent;
    });
    trickle.start(50);
    // 6 connections that each announce 1 MB and send 500 KB of it: 3 MB held unfinished in all.
    std::vector<std::unique_ptr<QTcpSocket>> greedy;
    for (int i = 0; i < 6; ++i) {
        greedy.push_back(std::make_unique<QTcpSocket>());
        greedy.back()->connectToHost(QHostAddress::LocalHost, sandbox.port());
        QVERIFY(greedy.back()->waitForConnected(2000));
        greedy.back()->write("POST /v1/products HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n" + QByteArray(500 * 1024, 'x'));
    }
    // Meanwhile others are answered, each in good time.
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2000) {
        QElapsedTimer one;
        one.start();
        const int status = raw(nam, "GET", QUrl(sandbox.baseUrl() + QStringLiteral("/v1/products")), {}, { { "Authorization", "Bearer sk_test_x" } }).first;
        QCOMPARE(status, 200);
        QVERIFY(sandbox.connectionCount() <= limits.maxConnections);
        QVERIFY(sandbox.bufferedBytes() <= limits.maxBufferedBytes);
        QVERIFY2(one.elapsed() < 1000, qPrintable(QString::number(one.elapsed())));
        QTest::qWait(100);
    }
    // None of the slow connections is held past the timeout, and the greedy ones were cut off.
    for (auto& s : slow)
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 2000);
    for (auto& g : greedy)
        QTRY_COMPARE_WITH_TIMEOUT(g->state(), QAbstractSocket::UnconnectedState, 2000);
    QCOMPARE(sandbox.bufferedBytes(), 0);
}

namespace {

// A SandboxHost started on `stateFile`, its address once it listens.
QString startHost(SandboxHost& host, const QString& stateFile, QStringList* warnings = nullptr)
{
    QSignalSpy ready(&host, &SandboxHost::ready);
    if (warnings)
        QObject::connect(&host, &SandboxHost::warning, &host, [warnings](const QString& w) { *warnings << w; });
    host.start(stateFile);
    if (!ready.wait(10000))
        qFatal("the sandbox did not start");
    return ready.first().first().toString();
}

AccountTarget targetAt(Provider p, const QString& baseUrl)
{
    AccountTarget t;
    t.provider = p;
    t.baseUrl = baseUrl;
    t.set(QStringLiteral("account-id"), QStringLiteral("acct_sandbox"));
    t.set(QStringLiteral("workspace"), QStringLiteral("ws_sandbox"));
    t.setFlag(QStringLiteral("test-mode"), true);
    return t;
}

} // namespace

void TestSandbox::stateFileKeepsObjectsAcrossRestarts()
{
    // The window's sandbox (on its own thread) keeps what it was sent in the data folder: after
    // a restart, on another port, a product made before can be read and updated, and an
    // idempotent repeat still gets the first answer.
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("sandbox-state.json"));
    QNetworkAccessManager nam;
    const QString key = SandboxServer::sandboxKey();
    auto jani = ProviderService::create(providers::Jani, &nam);
    auto stripe = ProviderService::create(providers::Stripe, &nam);
    QString janiId, stripeId;
    QPair<int, QByteArray> first;
    {
        SandboxHost host;
        const QString url = startHost(host, stateFile);
        JobResult r = run(jani->createProduct(pbtest::product(R"({"name":"Farm box","product_type":"standard"})"), targetAt(providers::Jani, url), key));
        QVERIFY2(r.ok(), qPrintable(r.message));
        janiId = r.object.id;
        r = run(stripe->createProduct(pbtest::product(R"({"name":"Team plan","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":4900}]})"),
                                      targetAt(providers::Stripe, url), key));
        QVERIFY2(r.ok(), qPrintable(r.message));
        stripeId = r.object.id;
        first = raw(nam, "POST", QUrl(url + QStringLiteral("/v1/products")), "name=Keyed",
                    { { "Authorization", "Bearer " + key.toUtf8() }, { "Idempotency-Key", "restart-key-1" },
                      { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(first.first, 200);
    } // the host writes what changed and stops
    QVERIFY(QFileInfo::exists(stateFile));
    QFile saved(stateFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray savedState = saved.readAll();
    QVERIFY(savedState.contains("Farm box"));
    QVERIFY(!savedState.contains(key.toUtf8())); // no key is kept

    SandboxHost again;
    QStringList warnings;
    const QString url = startHost(again, stateFile, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    JobResult r = run(jani->getProduct(targetAt(providers::Jani, url), key, janiId));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.object.name, QStringLiteral("Farm box"));
    r = run(jani->updateProduct(pbtest::product(R"({"name":"Farm box, large","product_type":"standard"})"), targetAt(providers::Jani, url), key, janiId));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.object.name, QStringLiteral("Farm box, large"));
    r = run(stripe->getProduct(targetAt(providers::Stripe, url), key, stripeId));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.object.defaultPriceId.startsWith(u"price_"));
    const auto repeat = raw(nam, "POST", QUrl(url + QStringLiteral("/v1/products")), "name=Keyed",
                            { { "Authorization", "Bearer " + key.toUtf8() }, { "Idempotency-Key", "restart-key-1" },
                              { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(repeat.second, first.second);
    // A product that was never made is still unknown, as on a provider.
    r = run(jani->getProduct(targetAt(providers::Jani, url), key, QStringLiteral("pro_missing")));
    QCOMPARE(r.httpStatus, 404);
}

void TestSandbox::damagedStateFileIsKeptAside()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("sandbox-state.json"));
    for (const QByteArray& damage : { QByteArray("{\"format\":1,\"objects\":{\"jani/products\":[1,2]}"),
                                      QByteArray("{\"format\":99}"), QByteArray("\x00\x01garbage") }) {
        QFile f(stateFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damage);
        f.close();
        QStringList warnings;
        {
            SandboxHost host;
            const QString url = startHost(host, stateFile, &warnings);
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(u"could not be read") && warnings.first().contains(u".damaged"), qPrintable(warnings.first()));
            // It works, empty, and writes a good state file of its own.
            QNetworkAccessManager nam;
            auto jani = ProviderService::create(providers::Jani, &nam);
            const JobResult r = run(jani->createProduct(pbtest::product(R"({"name":"After","product_type":"standard"})"), targetAt(providers::Jani, url), SandboxServer::sandboxKey()));
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
        // What was there is kept, byte for byte, beside it.
        QDir folder(dir.path());
        const QStringList aside = folder.entryList({ QStringLiteral("sandbox-state.json.damaged*") }, QDir::Files, QDir::Time);
        QVERIFY(!aside.isEmpty());
        QFile kept(folder.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damage);
        SandboxServer check;
        QVERIFY(check.setStateFile(stateFile).isEmpty());
    }
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("sandbox-state.json.damaged*") }, QDir::Files).size(), 3);
}

void TestSandbox::cliSandboxKeepsStateAcrossRestarts()
{
    // pricebook-cli sandbox --state FILE: stopped with SIGTERM, started again, the product is there.
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("state.json"));
    const QString cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(!cli.isEmpty(), "PRICEBOOK_CLI is not set");
    QNetworkAccessManager nam;
    auto jani = ProviderService::create(providers::Jani, &nam);
    const QString key = SandboxServer::sandboxKey();
    auto start = [&](QProcess& p) {
        p.setReadChannel(QProcess::StandardOutput);
        p.start(cli, { QStringLiteral("sandbox"), QStringLiteral("--state"), stateFile });
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (!out.contains('\n') && waited.elapsed() < 10000 && p.waitForReadyRead(10000))
            out += p.readAllStandardOutput();
        const QString line = QString::fromUtf8(out);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(line);
        if (!m.hasMatch())
            qFatal("no address in: %s", qPrintable(line));
        return m.captured(1);
    };
    QString id;
    {
        QProcess p;
        const QString url = start(p);
        const JobResult r = run(jani->createProduct(pbtest::product(R"({"name":"Kept","product_type":"standard"})"), targetAt(providers::Jani, url), key));
        QVERIFY2(r.ok(), qPrintable(r.message));
        id = r.object.id;
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 128 + SIGTERM);
    }
    QProcess p;
    const QString url = start(p);
    const JobResult r = run(jani->getProduct(targetAt(providers::Jani, url), key, id));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.object.name, QStringLiteral("Kept"));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
}

namespace {

struct Http {
    QString base;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkAccessManager nam { nullptr };
    QPair<int, QJsonObject> call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        const auto [status, answer] = raw(nam, method, QUrl(base + path), body, headers);
        return { status, QJsonDocument::fromJson(answer).object() };
    }
};

Http stripeHttp(const SandboxServer& s)
{
    return { s.baseUrl(), { { "Authorization", "Bearer sk_test_sandbox" }, { "Content-Type", "application/x-www-form-urlencoded" } } };
}

} // namespace

void TestSandbox::stripePricesListUpdateAndArchiveAsStripeDoes()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Http http = stripeHttp(sandbox);
    auto [status, product] = http.call("POST", QStringLiteral("/v1/products"),
                                       "name=Team&default_price_data[currency]=usd&default_price_data[unit_amount]=1900"
                                       "&default_price_data[recurring][interval]=month");
    QCOMPARE(status, 200);
    const QString productId = product.value(u"id").toString();
    const QString oldPrice = product.value(u"default_price").toString();
    QVERIFY(oldPrice.startsWith(u"price_"));

    // A second price with a nickname, a lookup key and metadata.
    auto [s2, yearly] = http.call("POST", QStringLiteral("/v1/prices"),
                                  "product=" + productId.toUtf8() + "&currency=usd&unit_amount=19000&recurring[interval]=year"
                                  "&nickname=Yearly&lookup_key=team_yearly&metadata[pricebook_id]=p1");
    QCOMPARE(s2, 200);
    QCOMPARE(yearly.value(u"nickname").toString(), QStringLiteral("Yearly"));
    QCOMPARE(yearly.value(u"lookup_key").toString(), QStringLiteral("team_yearly"));
    QCOMPARE(yearly.value(u"metadata").toObject().value(u"pricebook_id").toString(), QStringLiteral("p1"));
    QCOMPARE(yearly.value(u"active").toBool(), true);

    // The lookup key is unique: taken without transfer_lookup_key, moved with it.
    auto [s3, taken] = http.call("POST", QStringLiteral("/v1/prices"),
                                 "product=" + productId.toUtf8() + "&currency=usd&unit_amount=24000&recurring[interval]=year&lookup_key=team_yearly");
    QCOMPARE(s3, 400);
    QCOMPARE(taken.value(u"error").toObject().value(u"param").toString(), QStringLiteral("lookup_key"));
    auto [s4, moved] = http.call("POST", QStringLiteral("/v1/prices"),
                                 "product=" + productId.toUtf8()
                                     + "&currency=usd&unit_amount=24000&recurring[interval]=year&lookup_key=team_yearly&transfer_lookup_key=true");
    QCOMPARE(s4, 200);
    QCOMPARE(moved.value(u"lookup_key").toString(), QStringLiteral("team_yearly"));
    QCOMPARE(http.call("GET", QStringLiteral("/v1/prices/") + yearly.value(u"id").toString()).second.value(u"lookup_key"), QJsonValue(QJsonValue::Null));

    // Amounts cannot change on a price; the changeable fields can.
    auto [s5, refused] = http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "unit_amount=2400");
    QCOMPARE(s5, 400);
    QCOMPARE(refused.value(u"error").toObject().value(u"param").toString(), QStringLiteral("unit_amount"));
    auto [s6, renamed] = http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "nickname=Monthly&tax_behavior=exclusive");
    QCOMPARE(s6, 200);
    QCOMPARE(renamed.value(u"nickname").toString(), QStringLiteral("Monthly"));
    QCOMPARE(renamed.value(u"unit_amount").toInteger(), 1900);
    auto [s6b, taxAgain] = http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "tax_behavior=inclusive");
    QCOMPARE(s6b, 400);
    Q_UNUSED(taxAgain)

    // The default price is never archived; after another becomes the default it may be.
    auto [s7, notArchived] = http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "active=false");
    QCOMPARE(s7, 400);
    QCOMPARE(notArchived.value(u"error").toObject().value(u"code").toString(), QStringLiteral("price_is_default"));
    const QString newPrice = moved.value(u"id").toString();
    auto [s8, withDefault] = http.call("POST", QStringLiteral("/v1/products/") + productId, "default_price=" + newPrice.toUtf8());
    QCOMPARE(s8, 200);
    QCOMPARE(withDefault.value(u"default_price").toString(), newPrice);
    auto [s9, archived] = http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "active=false");
    QCOMPARE(s9, 200);
    QCOMPARE(archived.value(u"active").toBool(), false);
    // An archived price cannot become the default.
    QCOMPARE(http.call("POST", QStringLiteral("/v1/products/") + productId, "default_price=" + oldPrice.toUtf8()).first, 400);

    // The product's prices, active and archived, and filtered.
    auto [s10, all] = http.call("GET", QStringLiteral("/v1/prices?product=") + productId + QStringLiteral("&limit=100"));
    QCOMPARE(s10, 200);
    QCOMPARE(all.value(u"data").toArray().size(), 3);
    QCOMPARE(http.call("GET", QStringLiteral("/v1/prices?product=") + productId + QStringLiteral("&active=false")).second.value(u"data").toArray().size(), 1);

    // A product is archived with active=false and listed as such.
    auto [s11, gone] = http.call("POST", QStringLiteral("/v1/products/") + productId, "active=false");
    QCOMPARE(s11, 200);
    QCOMPARE(gone.value(u"active").toBool(), false);
    QCOMPARE(http.call("GET", QStringLiteral("/v1/products?active=true")).second.value(u"data").toArray().size(), 0);
    QCOMPARE(http.call("GET", QStringLiteral("/v1/products?active=false")).second.value(u"data").toArray().size(), 1);
    // Retrying a price update with its idempotency key replays it.
    http.headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("k1")));
    QCOMPARE(http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "nickname=Old").first, 200);
    QCOMPARE(http.call("POST", QStringLiteral("/v1/prices/") + oldPrice, "nickname=Other").first, 409);
}

void TestSandbox::stripeListsPageExactly()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Http http = stripeHttp(sandbox);
    QSet<QString> made;
    for (int i = 0; i < 7; ++i)
        made.insert(http.call("POST", QStringLiteral("/v1/products"), "name=P" + QByteArray::number(i)).second.value(u"id").toString());
    QSet<QString> seen;
    QString after;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const QString query = QStringLiteral("/v1/products?limit=3") + (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after);
        auto [status, page] = http.call("GET", query);
        QCOMPARE(status, 200);
        const QJsonArray data = page.value(u"data").toArray();
        QVERIFY(data.size() <= 3);
        for (const QJsonValue& v : data) {
            QVERIFY(!seen.contains(v.toObject().value(u"id").toString()));
            seen.insert(v.toObject().value(u"id").toString());
        }
        after = data.last().toObject().value(u"id").toString();
        more = page.value(u"has_more").toBool();
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, made);
    QCOMPARE(http.call("GET", QStringLiteral("/v1/products?limit=101")).first, 400);
    QCOMPARE(http.call("GET", QStringLiteral("/v1/products?starting_after=prod_missing")).first, 400);
}

void TestSandbox::piriodPagesPatchesAndArchives()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    Http http { sandbox.baseUrl(), { { "Authorization", "Token t" }, { "x-simple-workspace", "ws" }, { "Content-Type", "application/json" } } };
    QStringList products;
    for (int i = 0; i < 5; ++i) {
        auto [status, p] = http.call("POST", QStringLiteral("/products/"), R"({"name":"P)" + QByteArray::number(i) + R"(","unit_label":"seat"})");
        QCOMPARE(status, 201);
        products << p.value(u"id").toString();
    }
    auto [s1, page2] = http.call("GET", QStringLiteral("/products/?page=2&page_size=2"));
    QCOMPARE(s1, 200);
    QCOMPARE(page2.value(u"count").toInt(), 5);
    QCOMPARE(page2.value(u"results").toArray().size(), 2);
    QVERIFY(!page2.value(u"next").isNull());
    QVERIFY(http.call("GET", QStringLiteral("/products/?page=3&page_size=2")).second.value(u"next").isNull());

    auto [s2, plan] = http.call("POST", QStringLiteral("/plans/"),
                                R"({"product":")" + products.first().toUtf8()
                                    + R"(","name":"Monthly","description":"d","frequency":"monthly","currency":"clp","amount":15000})");
    QCOMPARE(s2, 201);
    const QString planId = plan.value(u"id").toString();
    auto [s3, renamed] = http.call("PATCH", QStringLiteral("/plans/%1/").arg(planId), R"({"name":"Month"})");
    QCOMPARE(s3, 200);
    QCOMPARE(renamed.value(u"name").toString(), QStringLiteral("Month"));
    auto [s4, refused] = http.call("PATCH", QStringLiteral("/plans/%1/").arg(planId), R"({"amount":16000})");
    QCOMPARE(s4, 400);
    QVERIFY(refused.contains(u"amount"));
    auto [s5, archivedPlan] = http.call("PATCH", QStringLiteral("/plans/%1/").arg(planId), R"({"status":"archived"})");
    QCOMPARE(s5, 200);
    QCOMPARE(archivedPlan.value(u"status").toString(), QStringLiteral("archived"));
    // The product shows its plan as it is now.
    auto [s6, owner] = http.call("GET", QStringLiteral("/products/%1/").arg(products.first()));
    QCOMPARE(s6, 200);
    QCOMPARE(owner.value(u"plans").toArray().first().toObject().value(u"status").toString(), QStringLiteral("archived"));
    auto [s7, archived] = http.call("PATCH", QStringLiteral("/products/%1/").arg(products.first()), R"({"status":"archived"})");
    QCOMPARE(s7, 200);
    QCOMPARE(archived.value(u"status").toString(), QStringLiteral("archived"));
    QVERIFY(!archived.value(u"archived").isNull());
    QCOMPARE(http.call("PATCH", QStringLiteral("/products/%1/").arg(products.first()), R"({"status":"gone"})").first, 400);
    QCOMPARE(http.call("GET", QStringLiteral("/products/prd_missing/")).first, 404);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"

// Contract tests: the requests Pricebook's serializers produce, sent over HTTP to a validating
// OpenAPI mock (Prism, from npm) on 127.0.0.1 loaded with the providers' published specs.
// Every request our validator accepts must conform; every request the spec refuses must be one
// our validator refuses too.
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "services/net/ProviderService.h"
#include "services/providers/ProviderAdapter.h"
#include "services/providers/RequestSerializer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace pb;

namespace {

class PrismMock
{
public:
    ~PrismMock() { stop(); }

    bool start(const QString& prism, const QString& spec)
    {
        // A free port, and not one an earlier mock was given: Prism takes seconds to bind, so
        // until then the system may hand the same free port out again.
        static QSet<quint16> given;
        do {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        } while (given.contains(m_port));
        given.insert(m_port);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(prism, { QStringLiteral("mock"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                 QString::number(m_port), QStringLiteral("--errors"), QStringLiteral("false"), spec });
        return m_process.waitForStarted(10000);
    }

    // Ready once this Prism says it listens on its port: a connection alone could reach another
    // server that took the port meanwhile.
    bool waitReady(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray listening = "is listening on http://127.0.0.1:" + QByteArray::number(m_port);
        while (timer.elapsed() < timeoutMs) {
            if (m_process.state() != QProcess::Running)
                return false;
            m_log += m_process.readAll();
            if (m_log.contains(listening)) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                if (socket.waitForConnected(200))
                    return true;
            }
            QTest::qWait(200);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString output() { return QString::fromUtf8(m_log + m_process.readAll()); }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

struct Outcome {
    int status = 0;
    QString violations; // empty when the request conforms
};

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void documentedProducts_data();
    void documentedProducts();
    void generatedProducts_data();
    void generatedProducts();
    void harnessSeesViolations();
    void liveJobs_data();
    void liveJobs();
    void pulledLists_data();
    void pulledLists();
    void piriodChangeSteps();
    void productChangeSteps_data();
    void productChangeSteps();

private:
    Outcome send(ProviderRequest request, const AccountTarget& target);
    void checkProduct(Provider provider, const Product& product, Operation operation, bool expectRefusal);
    AccountTarget target(Provider provider) const;

    QNetworkAccessManager m_network;
    PrismMock m_chatdash, m_piriod, m_piriodPlans, m_jani;
};

void TestContract::initTestCase()
{
    qRegisterMetaType<JobResult>();
    const QString prism = pbtest::sourcePath(QStringLiteral("tests/contract/node_modules/.bin/prism"));
    QVERIFY2(QFile::exists(prism), "Prism is not installed: run scripts/setup.sh test (it runs npm ci in tests/contract)");
    const QString specs = pbtest::sourcePath(QStringLiteral("tests/contract/specs/"));
    QVERIFY(m_chatdash.start(prism, specs + QStringLiteral("strict/chatdash.yaml")));
    QVERIFY(m_piriod.start(prism, specs + QStringLiteral("strict/piriod.yaml")));
    QVERIFY(m_piriodPlans.start(prism, specs + QStringLiteral("piriod-products-and-plans.yaml")));
    QVERIFY(m_jani.start(prism, specs + QStringLiteral("jani.yaml")));
    for (PrismMock* mock : { &m_chatdash, &m_piriod, &m_piriodPlans, &m_jani })
        QVERIFY2(mock->waitReady(60000), qPrintable(mock->output()));
    m_network.setTransferTimeout(15000);
}

void TestContract::cleanupTestCase()
{
    for (PrismMock* mock : { &m_chatdash, &m_piriod, &m_piriodPlans, &m_jani })
        mock->stop();
}

AccountTarget TestContract::target(Provider provider) const
{
    AccountTarget t;
    t.provider = provider;
    t.set(QStringLiteral("account-id"), QStringLiteral("acct_1Client"));
    t.set(QStringLiteral("workspace"), QStringLiteral("ws_01H8XYZ"));
    t.setFlag(QStringLiteral("test-mode"), true);
    t.baseUrl = provider == providers::ChatDash ? m_chatdash.baseUrl() : provider == providers::Piriod ? m_piriod.baseUrl() : m_jani.baseUrl();
    return t;
}

Outcome TestContract::send(ProviderRequest request, const AccountTarget& target)
{
    request.bind(QStringLiteral("{product.id}"), QStringLiteral("prd_contract"));
    AccountTarget t = target;
    // Piriod's create of a product goes to the published document's strict mock; its plans,
    // lists and PATCHes to the derived one.
    if (t.provider == providers::Piriod && !(request.method == u"POST" && request.path == u"/products/"))
        t.baseUrl = m_piriodPlans.baseUrl();
    QNetworkRequest req(QUrl(RequestSerializer::url(request, t)));
    for (const HttpHeader& h : request.headers) {
        QString value = h.value;
        value.replace(QStringLiteral("{secret}"), QStringLiteral("contract-test-key"));
        req.setRawHeader(h.name, value.toUtf8());
    }
    if (request.encoding != BodyEncoding::None)
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType());
    QNetworkReply* reply = m_network.sendCustomRequest(req, request.method.toLatin1(), request.bodyBytes());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Outcome o;
    o.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    // Prism answers a documented success for a conforming request. A refusal shows as the
    // sl-violations header (operations that declare a 4xx), a 422 problem with a "validation"
    // list (operations that declare none), or 401 when the security scheme is not met.
    if (reply->hasRawHeader("sl-violations"))
        o.violations = QString::fromUtf8(reply->rawHeader("sl-violations"));
    else if (o.status >= 400 || o.status == 0 || body.contains("\"validation\""))
        o.violations = QStringLiteral("HTTP %1 %2: %3").arg(o.status).arg(reply->errorString(), QString::fromUtf8(body.left(2000)));
    reply->deleteLater();
    return o;
}

void TestContract::checkProduct(Provider provider, const Product& product, Operation operation, bool expectRefusal)
{
    SerializeOptions options;
    options.operation = operation;
    options.remoteId = QStringLiteral("pro_01h1vjes1y163xfj1rh1tkfb65");
    options.skipValidation = true;
    const AccountTarget t = target(provider);
    const RequestPlan plan = RequestSerializer::build(product, t, options);
    QVERIFY(!plan.steps.isEmpty());
    QStringList violations;
    for (const ProviderRequest& r : plan.steps) {
        const Outcome o = send(r, t);
        if (!o.violations.isEmpty())
            violations << r.step + QStringLiteral(": ") + o.violations;
    }
    const bool valid = plan.validation.isValid();
    if (valid)
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("Pricebook accepts, the spec refuses:\n") + violations.join(u'\n')));
    if (expectRefusal)
        QVERIFY2(!violations.isEmpty(), "the mock accepted a request this row expects it to refuse");
}

void TestContract::documentedProducts_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("update");
    QTest::addColumn<bool>("specRefuses");

    QTest::newRow("chatdash document example")
        << "chatdash" << pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json"))) << false << false;
    QTest::newRow("chatdash usage")
        << "chatdash" << QByteArray(R"({"name":"U","prices":[{"currency":"usd","billing":"recurring","interval":"day","interval_count":1,"scheme":"per_unit","amount":7,"usage_metric":"interactions"}]})") << false << false;
    QTest::newRow("chatdash one-time")
        << "chatdash" << QByteArray(R"({"name":"O","description":"Setup fee","prices":[{"currency":"jpy","billing":"one_time","scheme":"flat","amount":5000,"tax_behavior":"unspecified"}]})") << false << false;
    QTest::newRow("chatdash update")
        << "chatdash" << QByteArray(R"({"name":"Renamed","description":"New words"})") << true << false;
    QTest::newRow("chatdash without currency")
        << "chatdash" << QByteArray(R"({"name":"O","prices":[{"billing":"one_time","scheme":"flat","amount":5}]})") << false << true;
    QTest::newRow("chatdash bad period")
        << "chatdash" << QByteArray(R"({"name":"O","prices":[{"currency":"usd","billing":"recurring","interval":"fortnight","scheme":"flat","amount":5}]})") << false << true;
    QTest::newRow("chatdash bad metric")
        << "chatdash" << QByteArray(R"({"name":"O","prices":[{"currency":"usd","billing":"recurring","interval":"month","scheme":"per_unit","amount":5,"usage_metric":"tokens"}]})") << false << true;
    QTest::newRow("piriod product and plans")
        << "piriod" << QByteArray(R"({"name":"Agenda","unit_label":"seat","status":"active","prices":[
            {"plan_name":"Monthly","plan_description":"Billed monthly","sku":"AG-M","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000,"tax_exempt":true},
            {"plan_name":"Tiered","plan_description":"Per seat","currency":"usd","billing":"recurring","interval":"month","interval_count":6,"scheme":"tiered","amount":0,"tiers_mode":"graduated",
             "tiers":[{"up_to":10,"unit_amount":1050},{"up_to":"inf","flat_amount":9900}],"usage_type":"metered","usage_aggregation":"last_record","plan_unit_label":"seat"}]})") << false << false;
    QTest::newRow("piriod without unit label") << "piriod" << QByteArray(R"({"name":"Agenda"})") << false << true;
    QTest::newRow("piriod name too long")
        << "piriod" << QByteArray("{\"unit_label\":\"u\",\"name\":\"") + QByteArray(81, 'n') + "\"}" << false << true;
    QTest::newRow("piriod plan unit label too long")
        << "piriod" << QByteArray(R"({"name":"A","unit_label":"u","prices":[{"plan_name":"M","plan_description":"d","currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1,"plan_unit_label":"seats"}]})") << false << true;
    QTest::newRow("piriod plan without description")
        << "piriod" << QByteArray(R"({"name":"A","unit_label":"u","prices":[{"plan_name":"M","currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1}]})") << false << true;
    QTest::newRow("jani create")
        << "jani" << QByteArray(R"({"name":"Food traceability","product_type":"standard","description":"Farm to Fork","image_url":"https://jani.test/a.png","custom_data":{"farm":"north"},"status":"active"})") << false << false;
    QTest::newRow("jani custom type and null data")
        << "jani" << QByteArray(R"({"name":"F","product_type":"addon","custom_data":null})") << false << false;
    QTest::newRow("jani update")
        << "jani" << QByteArray(R"({"name":"F","product_type":"standard","status":"inactive"})") << true << false;
    QTest::newRow("jani without type") << "jani" << QByteArray(R"({"name":"F"})") << false << true;
    QTest::newRow("jani status unknown") << "jani" << QByteArray(R"({"name":"F","product_type":"standard","status":"deleted"})") << false << true;
    QTest::newRow("jani custom data array") << "jani" << QByteArray(R"({"name":"F","product_type":"standard","custom_data":"[1]"})").replace("\"[1]\"", "{}") << false << false;
}

void TestContract::documentedProducts()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, document);
    QFETCH(bool, update);
    QFETCH(bool, specRefuses);
    checkProduct(*providerFromKey(provider), pbtest::product(document), update ? Operation::Update : Operation::Create, specRefuses);
}

void TestContract::generatedProducts_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("count");
    QTest::newRow("chatdash") << "chatdash" << 150;
    QTest::newRow("piriod") << "piriod" << 60;
}

void TestContract::generatedProducts()
{
    QFETCH(QString, provider);
    QFETCH(int, count);
    const Provider p = *providerFromKey(provider);
    pbtest::Generator gen(4242u + quint32(allProviders().indexOf(p)));
    for (int i = 0; i < count; ++i) {
        const Product product = p == providers::ChatDash ? gen.chatDash() : gen.piriod();
        checkProduct(p, product, Operation::Create, false);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestContract::harnessSeesViolations()
{
    // A request that breaks the spec outright must be seen as a violation, or the rows above prove nothing.
    ProviderRequest r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/products/");
    r.encoding = BodyEncoding::Json;
    r.body = WireValue::object();
    r.body.insert(QStringLiteral("colour"), WireValue::string(QStringLiteral("red")));
    QVERIFY(!send(r, target(providers::Piriod)).violations.isEmpty());
    r.path = QStringLiteral("/stripe/connect/accounts/acct_1/products");
    QVERIFY(!send(r, target(providers::ChatDash)).violations.isEmpty());
    // A list page out of the documented range, and a plan list without its product.
    const AccountTarget piriod = target(providers::Piriod);
    const ProviderSchema& s = adapterFor(providers::Piriod).schema();
    const QList<QPair<QString, QString>> tooLarge { { QStringLiteral("page"), QStringLiteral("1") }, { QStringLiteral("page_size"), QStringLiteral("101") } };
    QVERIFY(!send(RequestSerializer::readRequest(piriod, s.listProducts, {}, tooLarge), piriod).violations.isEmpty());
    QVERIFY(!send(RequestSerializer::readRequest(piriod, s.listPrices, {}, { { QStringLiteral("page"), QStringLiteral("1") } }), piriod).violations.isEmpty());
}

// Row kinds beside the JobKinds: an archive or a restore of the remote product.
constexpr int kArchive = 100;
constexpr int kRestore = 101;

void TestContract::liveJobs_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<int>("requests");

    const QByteArray starter = pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")));
    QTest::newRow("chatdash create") << "chatdash" << int(JobKind::CreateProduct) << starter << "prod_ABC123XYZ" << 1;
    QTest::newRow("chatdash update") << "chatdash" << int(JobKind::UpdateProduct) << starter << "prod_ABC123XYZ" << 1;
    QTest::newRow("piriod product and two plans")
        << "piriod" << int(JobKind::CreateProduct)
        << QByteArray(R"({"name":"Agenda","unit_label":"seat","prices":[
            {"plan_name":"Monthly","plan_description":"Billed monthly","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000},
            {"plan_name":"Tiered","plan_description":"Per seat","currency":"usd","billing":"recurring","interval":"year","interval_count":1,"scheme":"tiered","amount":0,"tiers_mode":"volume","tiers":[{"up_to":10,"unit_amount":1000},{"up_to":"inf","unit_amount":800}]}]})")
        << "prd_01HPRIOD" << 3;
    QTest::newRow("jani create") << "jani" << int(JobKind::CreateProduct) << QByteArray(R"({"name":"Food traceability","product_type":"standard","custom_data":null})")
                                 << "pro_01h1vjes1y163xfj1rh1tkfb65" << 1;
    QTest::newRow("jani get") << "jani" << int(JobKind::GetProduct) << QByteArray() << "pro_01h1vjes1y163xfj1rh1tkfb65" << 1;
    QTest::newRow("jani update") << "jani" << int(JobKind::UpdateProduct) << QByteArray(R"({"name":"Food","product_type":"standard","status":"archived"})")
                                 << "pro_01h1vjes1y163xfj1rh1tkfb65" << 1;
    // Archive and restore: the adapters' own requests (ProviderService::archiveProduct).
    QTest::newRow("piriod archive") << "piriod" << kArchive << QByteArray() << "prd_01HPRIOD" << 1;
    QTest::newRow("piriod restore") << "piriod" << kRestore << QByteArray() << "prd_01HPRIOD" << 1;
    QTest::newRow("jani archive") << "jani" << kArchive << QByteArray() << "pro_01h1vjes1y163xfj1rh1tkfb65" << 1;
    QTest::newRow("jani restore") << "jani" << kRestore << QByteArray() << "pro_01h1vjes1y163xfj1rh1tkfb65" << 1;
}

void TestContract::liveJobs()
{
    QFETCH(QString, provider);
    QFETCH(int, kind);
    QFETCH(QByteArray, document);
    QFETCH(QString, remoteId);
    QFETCH(int, requests);
    const Provider p = *providerFromKey(provider);
    AccountTarget t = target(p);
    if (p == providers::Piriod)
        t.baseUrl = m_piriodPlans.baseUrl();
    auto service = ProviderService::create(p, &m_network);
    ProviderJob* job = nullptr;
    if (kind == kArchive || kind == kRestore)
        job = service->archiveProduct(t, QStringLiteral("contract-key"), remoteId, kind == kArchive);
    else switch (JobKind(kind)) {
    case JobKind::CreateProduct: job = service->createProduct(pbtest::product(document), t, QStringLiteral("contract-key")); break;
    case JobKind::UpdateProduct: job = service->updateProduct(pbtest::product(document), t, QStringLiteral("contract-key"), remoteId); break;
    case JobKind::GetProduct: job = service->getProduct(t, QStringLiteral("contract-key"), remoteId); break;
    default: QFAIL("not a row kind");
    }
    QCOMPARE(job->requests().size(), requests);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QVERIFY(finished.wait(30000));
    const JobResult r = finished.first().first().value<JobResult>();
    QVERIFY2(r.ok(), qPrintable(r.message + u' ' + r.error.message));
    QCOMPARE(r.object.id, remoteId);
    QCOMPARE(r.attempts, requests);
    if (p == providers::Piriod && kind == int(JobKind::CreateProduct)) {
        QCOMPARE(r.state.completed.value(QStringLiteral("plan[0]")), QStringLiteral("pln_01HPLAN"));
        QCOMPARE(r.state.completed.value(QStringLiteral("plan[1]")), QStringLiteral("pln_01HPLAN"));
    }
}

// Pull and check on provider read Piriod's lists page by page: each page's query as the adapter
// makes it (the first page, then nextPage() after it), sent through the service.
void TestContract::pulledLists_data()
{
    QTest::addColumn<bool>("plans");
    QTest::addColumn<int>("page");
    QTest::newRow("piriod products, first page") << false << 1;
    QTest::newRow("piriod products, third page") << false << 3;
    QTest::newRow("piriod plans of a product, first page") << true << 1;
    QTest::newRow("piriod plans of a product, second page") << true << 2;
}

void TestContract::pulledLists()
{
    QFETCH(bool, plans);
    QFETCH(int, page);
    const ProviderAdapter& adapter = adapterFor(providers::Piriod);
    ListQuery query;
    for (int i = 1; i < page; ++i)
        query = adapter.nextPage(query, QStringLiteral("prd_last"));
    QCOMPARE(query.page, page);
    AccountTarget t = target(providers::Piriod);
    t.baseUrl = m_piriodPlans.baseUrl();
    auto service = ProviderService::create(providers::Piriod, &m_network);
    ProviderJob* job = plans ? service->listPlans(t, QStringLiteral("contract-key"), QStringLiteral("prd_01HPRIOD"), query)
                             : service->listProducts(t, QStringLiteral("contract-key"), query);
    QCOMPARE(job->requests().size(), 1);
    const QString expectedPath = plans ? QStringLiteral("/plans/?product=prd_01HPRIOD&page=%1&page_size=100").arg(page)
                                       : QStringLiteral("/products/?page=%1&page_size=100").arg(page);
    QCOMPARE(QUrl(RequestSerializer::url(job->requests().first(), t)).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority), expectedPath);
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QVERIFY(finished.wait(30000));
    const JobResult r = finished.first().first().value<JobResult>();
    QVERIFY2(r.ok(), qPrintable(r.message + u' ' + r.error.message));
    QCOMPARE(r.objects.size(), 1);
    QCOMPARE(r.objects.first().id, plans ? QStringLiteral("pln_01HPLAN") : QStringLiteral("prd_01HPRIOD"));
    QVERIFY(!r.more); // the documented example's next is null
}

// A Piriod change plan, as the adapter plans and builds it, sent step by step: a plan's name and
// sku patched, a new amount as a new plan with the old one archived, an archived plan restored.
void TestContract::piriodChangeSteps()
{
    const Product synced = pbtest::product(R"({"name":"Agenda","unit_label":"seat","prices":[
        {"plan_name":"Monthly","plan_description":"Billed monthly","sku":"AG-M","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000,"remote_id":"pln_01HMONTH"},
        {"plan_name":"Yearly","plan_description":"Billed yearly","currency":"clp","billing":"recurring","interval":"year","interval_count":1,"scheme":"flat","amount":150000,"remote_id":"pln_01HYEAR"},
        {"plan_name":"Weekly","plan_description":"Billed weekly","currency":"clp","billing":"recurring","interval":"week","interval_count":1,"scheme":"flat","amount":4000,"remote_id":"pln_01HWEEK","archived":true}]})");
    Product local = synced;
    local.prices[0].planName = QStringLiteral("Monthly seat");
    local.prices[0].sku = QStringLiteral("AG-M2");
    local.prices[1].amount = 160000;
    local.prices[2].archived = false;
    const ProviderAdapter& adapter = adapterFor(providers::Piriod);
    const ChangeSet changes = adapter.planChanges(synced, local, QStringLiteral("prd_01HPRIOD"));
    QVERIFY2(changes.refusals.isEmpty(), qPrintable(changes.refusals.join(u'\n')));
    QStringList operations;
    for (const PlannedChange& c : changes.changes)
        operations << c.operation + u' ' + c.target;
    QCOMPARE(operations, QStringList({ QStringLiteral("update_price pln_01HMONTH"), QStringLiteral("create_price "),
                                       QStringLiteral("archive_price pln_01HYEAR"), QStringLiteral("update_price pln_01HWEEK") }));
    const AccountTarget t = target(providers::Piriod);
    const QList<ProviderRequest> steps = adapter.buildChangeSteps(synced, local, changes, t, QStringLiteral("prd_01HPRIOD"), QStringLiteral("k"));
    QCOMPARE(steps.size(), changes.changes.size());
    QStringList sent;
    for (const ProviderRequest& r : steps) {
        sent << r.method + u' ' + r.path;
        const Outcome o = send(r, t);
        QVERIFY2(o.violations.isEmpty(), qPrintable(r.step + QStringLiteral(" (") + QString::fromUtf8(r.bodyBytes()) + QStringLiteral("): ") + o.violations));
    }
    QCOMPARE(sent, QStringList({ QStringLiteral("PATCH /plans/pln_01HMONTH/"), QStringLiteral("POST /plans/"),
                                 QStringLiteral("PATCH /plans/pln_01HYEAR/"), QStringLiteral("PATCH /plans/pln_01HWEEK/") }));
    QCOMPARE(steps.at(2).bodyBytes(), QByteArray(R"({"status":"archived"})"));
}

// A change plan of a product's own fields, as the adapter plans and builds it: Jani's PATCH,
// ChatDash's PUT of name and description.
void TestContract::productChangeSteps_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("request");
    QTest::newRow("jani") << "jani" << QByteArray(R"({"name":"Food traceability","product_type":"standard","description":"Farm to Fork","status":"active"})")
                          << "pro_01h1vjes1y163xfj1rh1tkfb65" << "PATCH /api/v1/products/pro_01h1vjes1y163xfj1rh1tkfb65";
    QTest::newRow("chatdash") << "chatdash" << pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")))
                              << "prod_ABC123XYZ" << "PUT /stripe/connect/accounts/acct_1Client/products/prod_ABC123XYZ";
}

void TestContract::productChangeSteps()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, document);
    QFETCH(QString, remoteId);
    QFETCH(QString, request);
    const Provider p = *providerFromKey(provider);
    const Product synced = pbtest::product(document);
    Product local = synced;
    local.name += QStringLiteral(" Plus");
    local.description = QStringLiteral("Farm to fork, every batch");
    const ProviderAdapter& adapter = adapterFor(p);
    const ChangeSet changes = adapter.planChanges(synced, local, remoteId);
    QVERIFY2(changes.refusals.isEmpty(), qPrintable(changes.refusals.join(u'\n')));
    QCOMPARE(changes.changes.size(), 1);
    QCOMPARE(changes.changes.first().operation, QStringLiteral("update_product"));
    const AccountTarget t = target(p);
    const QList<ProviderRequest> steps = adapter.buildChangeSteps(synced, local, changes, t, remoteId, QStringLiteral("k"));
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().method + u' ' + steps.first().path, request);
    const Outcome o = send(steps.first(), t);
    QVERIFY2(o.violations.isEmpty(), qPrintable(QString::fromUtf8(steps.first().bodyBytes()) + QStringLiteral(": ") + o.violations));
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"

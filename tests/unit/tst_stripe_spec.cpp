// Stripe form bodies and list queries checked against the parameter schemas of Stripe's
// published API (tests/contract/specs/stripe-products.json for /v1/products, cut from Stripe's
// OpenAPI document; stripe-prices.json for /v1/prices, cut from the request types of Stripe's Node
// library by tests/contract/cut/): names, nesting, types, enums and lengths. Stock OpenAPI mocks
// cannot read bracketed form bodies, so this checker walks them itself.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/net/ProviderService.h"
#include "services/providers/ProviderAdapter.h"
#include "services/providers/RequestSerializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QRegularExpression>
#include <QTest>

using namespace pb;

namespace {

class FormSchemaChecker
{
public:
    explicit FormSchemaChecker(const QJsonObject& root)
        : m_root(root)
    {
    }

    QStringList check(const QJsonObject& schema, const WireValue& node, const QString& path) const
    {
        QStringList v;
        const QJsonObject s = resolve(schema);
        if (s.contains(u"anyOf")) {
            QStringList firstFailure;
            for (const QJsonValue& branch : s.value(u"anyOf").toArray()) {
                const QStringList r = check(branch.toObject(), node, path);
                if (r.isEmpty())
                    return {};
                if (firstFailure.isEmpty())
                    firstFailure = r;
            }
            return firstFailure.isEmpty() ? QStringList { path + QStringLiteral(": matches no alternative") } : firstFailure;
        }
        const QString type = s.value(u"type").toString();
        if (type == u"object") {
            if (!node.isObject())
                return { path + QStringLiteral(": expected an object") };
            const QJsonObject props = s.value(u"properties").toObject();
            const QJsonValue additional = s.value(u"additionalProperties");
            for (const auto& [key, value] : node.members()) {
                const QString p = path.isEmpty() ? key : path + u'[' + key + u']';
                if (props.contains(key))
                    v << check(props.value(key).toObject(), value, p);
                else if (additional.isObject())
                    v << check(additional.toObject(), value, p);
                else
                    v << p + QStringLiteral(": unknown parameter");
            }
            for (const QJsonValue& required : s.value(u"required").toArray())
                if (!node.get(required.toString()))
                    v << path + QStringLiteral(": missing required ") + required.toString();
            return v;
        }
        if (type == u"array") {
            const auto items = node.listItems();
            if (!node.isObject() && !node.isArray())
                return { path + QStringLiteral(": expected a list") };
            if (items.size() != (node.isArray() ? node.items().size() : node.members().size()))
                return { path + QStringLiteral(": list indexes must run 0, 1, 2, ...") };
            for (size_t i = 0; i < items.size(); ++i)
                v << check(s.value(u"items").toObject(), *items[i], path + u'[' + QString::number(i) + u']');
            return v;
        }
        if (node.isObject() || node.isArray())
            return { path + QStringLiteral(": expected a single value") };
        const QString text = node.text();
        if (type == u"integer" && !QRegularExpression(QStringLiteral("^-?\\d+$")).match(text).hasMatch())
            v << path + QStringLiteral(": not an integer: ") + text;
        if (type == u"number" && !QRegularExpression(QStringLiteral("^-?\\d+(\\.\\d+)?$")).match(text).hasMatch())
            v << path + QStringLiteral(": not a number: ") + text;
        if (type == u"boolean" && text != u"true" && text != u"false")
            v << path + QStringLiteral(": not a boolean: ") + text;
        if (s.contains(u"enum") && !s.value(u"enum").toArray().contains(QJsonValue(text)))
            v << path + QStringLiteral(": not one of the allowed values: ") + text;
        if (s.contains(u"maxLength") && text.size() > s.value(u"maxLength").toInt())
            v << path + QStringLiteral(": longer than ") + QString::number(s.value(u"maxLength").toInt());
        return v;
    }

    // The query parameters of a GET as one object schema: each parameter a property.
    QJsonObject querySchema(const QString& path) const
    {
        QJsonObject properties;
        QJsonArray required;
        for (const QJsonValue& p : m_root.value(u"paths").toObject().value(path).toObject().value(u"get").toObject().value(u"parameters").toArray()) {
            const QJsonObject parameter = p.toObject();
            if (parameter.value(u"in").toString() != u"query")
                continue;
            properties.insert(parameter.value(u"name").toString(), parameter.value(u"schema").toObject());
            if (parameter.value(u"required").toBool())
                required.append(parameter.value(u"name"));
        }
        if (properties.isEmpty())
            return {};
        return { { QStringLiteral("type"), QStringLiteral("object") }, { QStringLiteral("properties"), properties }, { QStringLiteral("required"), required } };
    }

    QJsonObject requestSchema(const QString& path) const
    {
        return m_root.value(u"paths").toObject().value(path).toObject().value(u"post").toObject()
            .value(u"requestBody").toObject().value(u"content").toObject()
            .value(u"application/x-www-form-urlencoded").toObject().value(u"schema").toObject();
    }

private:
    QJsonObject resolve(const QJsonObject& s) const
    {
        if (!s.contains(u"$ref"))
            return s;
        QJsonValue node = m_root;
        for (const QString& part : s.value(u"$ref").toString().mid(2).split(u'/'))
            node = node.toObject().value(part);
        return node.toObject();
    }

    QJsonObject m_root;
};

QByteArray productDoc(const char* priceFields, const char* productFields = R"("name":"P")")
{
    return QByteArray("{") + productFields + (priceFields ? QByteArray(",\"prices\":[{") + priceFields + "}]" : QByteArray()) + "}";
}

AccountTarget stripeTarget()
{
    AccountTarget target;
    target.provider = providers::Stripe;
    target.set(QStringLiteral("stripe-account"), QStringLiteral("acct_1Client"));
    return target;
}

// A synced Stripe product with a monthly default, a yearly and an archived setup price, as pull
// or a create left it.
const char* kSynced = R"({"name":"Team","prices":[
    {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900,"remote_id":"price_m19","default":true,"lookup_key":"team_monthly"},
    {"currency":"usd","billing":"recurring","interval":"year","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":19000,"remote_id":"price_y190","nickname":"Yearly","lookup_key":"team_yearly"},
    {"currency":"usd","billing":"one_time","scheme":"flat","amount":5000,"remote_id":"price_setup","nickname":"Setup","archived":true}]})";

} // namespace

class TestStripeSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformingBodies_data();
    void conformingBodies();
    void archiveBodiesConform();
    void checkerCatchesViolations();
    void standalonePriceBodies_data();
    void standalonePriceBodies();
    void priceChangeSteps();
    void priceUpdatesInPlace();
    void taxBehaviorOnceSpecified_data();
    void taxBehaviorOnceSpecified();
    void listQueries();
    void priceCheckerCatchesViolations();
    void whatTheSpecRefusesWeRefuse_data();
    void whatTheSpecRefusesWeRefuse();

private:
    // The published schema a Stripe request is checked against: the request body's for a POST,
    // the query parameters' for a GET.
    QStringList violations(const ProviderRequest& r) const;

    std::optional<FormSchemaChecker> m_checker;
    std::optional<FormSchemaChecker> m_prices;
};

void TestStripeSpec::initTestCase()
{
    const QJsonDocument doc = QJsonDocument::fromJson(pbtest::readFile(pbtest::sourcePath(QStringLiteral("tests/contract/specs/stripe-products.json"))));
    QVERIFY(doc.isObject());
    m_checker.emplace(doc.object());
    QVERIFY(!m_checker->requestSchema(QStringLiteral("/v1/products")).isEmpty());
    const QJsonDocument prices = QJsonDocument::fromJson(pbtest::readFile(pbtest::sourcePath(QStringLiteral("tests/contract/specs/stripe-prices.json"))));
    QVERIFY(prices.isObject());
    m_prices.emplace(prices.object());
    QVERIFY(!m_prices->requestSchema(QStringLiteral("/v1/prices")).isEmpty());
    QVERIFY(!m_prices->requestSchema(QStringLiteral("/v1/prices/{price}")).isEmpty());
    QVERIFY(!m_prices->querySchema(QStringLiteral("/v1/prices")).isEmpty());
    QVERIFY(!m_checker->querySchema(QStringLiteral("/v1/products")).isEmpty());
}

QStringList TestStripeSpec::violations(const ProviderRequest& r) const
{
    const QUrl url(QStringLiteral("https://api.stripe.com") + r.path);
    const QString path = url.path();
    const bool prices = path.startsWith(u"/v1/prices");
    const FormSchemaChecker& checker = prices ? *m_prices : *m_checker;
    QString specPath = path;
    if (path.startsWith(u"/v1/prices/"))
        specPath = QStringLiteral("/v1/prices/{price}");
    else if (path.startsWith(u"/v1/products/"))
        specPath = QStringLiteral("/v1/products/{id}");
    const QString where = r.method + u' ' + r.path + u' ';
    QStringList v;
    if (r.method == u"GET") {
        const QJsonObject schema = checker.querySchema(specPath);
        if (schema.isEmpty())
            return { where + QStringLiteral("no such list in the spec") };
        const auto query = WireValue::fromForm(url.query(QUrl::FullyEncoded).toUtf8());
        if (!query)
            return { where + QStringLiteral("unreadable query") };
        v = checker.check(schema, *query, QString());
    } else {
        const QJsonObject schema = checker.requestSchema(specPath);
        if (schema.isEmpty())
            return { where + QStringLiteral("no such operation in the spec") };
        const auto body = WireValue::fromForm(r.bodyBytes());
        if (!body)
            return { where + QStringLiteral("unreadable body") };
        v = checker.check(schema, *body, QString());
    }
    for (QString& line : v)
        line.prepend(where);
    return v;
}

void TestStripeSpec::conformingBodies_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("update");
    QTest::newRow("bare product") << productDoc(nullptr) << false;
    QTest::newRow("every product field")
        << productDoc(nullptr, R"("name":"Café","description":"d","status":"archived","stripe_id":"cafe","images":["https://i.test/a"],"marketing_features":["A","B"],
            "metadata":{"k":"v"},"package_dimensions":{"height":"1","length":"2","width":"3","weight":"4.5"},"shippable":true,
            "statement_descriptor":"CAFE","tax_code":"txcd_1","unit_label":"cup","url":"https://shop.test")")
        << false;
    QTest::newRow("one-time default price") << productDoc(R"("currency":"usd","billing":"one_time","scheme":"flat","amount":100,"tax_behavior":"exclusive")") << false;
    QTest::newRow("recurring default price")
        << productDoc(R"("currency":"usd","billing":"recurring","interval":"year","interval_count":2,"usage_type":"licensed","scheme":"flat","amount":100)") << false;
    QTest::newRow("decimal amount") << productDoc(R"("currency":"usd","billing":"one_time","scheme":"per_unit","amount_decimal":"0.25")") << false;
    QTest::newRow("custom amount")
        << productDoc(R"("currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":100,"custom_preset":200,"custom_maximum":300)") << false;
    QTest::newRow("currency options") << productDoc(R"("currency":"usd","billing":"one_time","scheme":"flat","amount":100,"currency_options":{"eur":90})") << false;
    QTest::newRow("tiered: product step")
        << productDoc(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":5}])")
        << false;
    QTest::newRow("update") << productDoc(nullptr, R"("name":"P","description":"d","unit_label":"seat","images":["https://i.test/a"],"status":"active")") << true;
}

void TestStripeSpec::conformingBodies()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, update);
    AccountTarget target;
    target.provider = providers::Stripe;
    const RequestPlan plan = RequestSerializer::build(pbtest::product(document), target,
                                                      { update ? Operation::Update : Operation::Create, QStringLiteral("prod_1"), QStringLiteral("k"), false, {} });
    QVERIFY(plan.validation.isValid());
    for (ProviderRequest r : plan.steps) {
        r.bind(QStringLiteral("{product.id}"), QStringLiteral("prod_1"));
        r.bind(QStringLiteral("{price.id}"), QStringLiteral("price_1"));
        const QStringList v = violations(r);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + QString::fromUtf8(r.bodyBytes())));
    }
}

void TestStripeSpec::archiveBodiesConform()
{
    AccountTarget target;
    target.provider = providers::Stripe;
    target.set(QStringLiteral("stripe-account"), QStringLiteral("acct_1Client"));
    QStringList keys;
    for (const bool archive : { true, false }) {
        const QList<ProviderRequest> steps = adapterFor(providers::Stripe).archiveSteps(target, QStringLiteral("prod_1"), archive, QStringLiteral("k1"));
        QCOMPARE(steps.size(), 1);
        const ProviderRequest& r = steps.first();
        QCOMPARE(r.method, QStringLiteral("POST"));
        QCOMPARE(r.path, QStringLiteral("/v1/products/prod_1"));
        QCOMPARE(r.bodyBytes(), archive ? QByteArray("active=false") : QByteArray("active=true"));
        const auto body = WireValue::fromForm(r.bodyBytes());
        QVERIFY(body);
        const QStringList violations = m_checker->check(m_checker->requestSchema(QStringLiteral("/v1/products/{id}")), *body, QString());
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        QByteArray connected;
        for (const HttpHeader& h : r.headers) {
            if (h.name == "Idempotency-Key")
                keys << h.value;
            if (h.name == "Stripe-Account")
                connected = h.value.toUtf8();
        }
        QCOMPARE(connected, QByteArray("acct_1Client"));
    }
    // One key per request: an archive and a restore never share one.
    QCOMPARE(keys.size(), 2);
    QVERIFY(keys.first() != keys.last());
}

void TestStripeSpec::checkerCatchesViolations()
{
    const QJsonObject schema = m_checker->requestSchema(QStringLiteral("/v1/products"));
    auto violations = [&](const char* form) { return m_checker->check(schema, *WireValue::fromForm(form), QString()); };
    QVERIFY(violations("name=A").isEmpty());
    QVERIFY(!violations("description=A").isEmpty());                          // name is required
    QVERIFY(!violations("name=A&colour=red").isEmpty());                      // unknown parameter
    QVERIFY(!violations("name=A&default_price_data[tax_behavior]=sometimes&default_price_data[currency]=usd").isEmpty());
    QVERIFY(!violations("name=A&default_price_data[unit_amount]=1.5&default_price_data[currency]=usd").isEmpty());
    QVERIFY(!violations("name=A&default_price_data[recurring][interval_count]=1&default_price_data[currency]=usd").isEmpty());
    QVERIFY(!violations("name=A&unit_label=abcdefghijklm").isEmpty());
    QVERIFY(!violations("name=A&images[1]=x").isEmpty());
    QVERIFY(!violations("name=A&shippable=yes").isEmpty());
    QVERIFY(!violations("name=A&package_dimensions[height]=1").isEmpty());   // all four required
}

void TestStripeSpec::whatTheSpecRefusesWeRefuse_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("unit label 13") << productDoc(nullptr, R"("name":"P","unit_label":"abcdefghijklm")");
    QTest::newRow("three package dimensions") << productDoc(nullptr, R"("name":"P","package_dimensions":{"height":"1","length":"2","width":"3"})");
    QTest::newRow("bad tax behavior") << productDoc(R"("currency":"usd","billing":"one_time","scheme":"flat","amount":1,"tax_behavior":"sometimes")");
    QTest::newRow("bad interval") << productDoc(R"("currency":"usd","billing":"recurring","interval":"fortnight","scheme":"flat","amount":1)");
    QTest::newRow("missing name") << productDoc(nullptr, R"("description":"d")");
    QTest::newRow("recurring without interval") << productDoc(R"("currency":"usd","billing":"recurring","interval_count":2,"scheme":"flat","amount":1)");
}

void TestStripeSpec::whatTheSpecRefusesWeRefuse()
{
    QFETCH(QByteArray, document);
    AccountTarget target;
    target.provider = providers::Stripe;
    SerializeOptions options;
    options.skipValidation = true;
    const RequestPlan plan = RequestSerializer::build(pbtest::product(document), target, options);
    const auto body = WireValue::fromForm(plan.steps.first().bodyBytes());
    const QStringList violations = m_checker->check(m_checker->requestSchema(QStringLiteral("/v1/products")), *body, QString());
    QVERIFY2(!violations.isEmpty(), "the published spec accepts this body; the row is not a refusal case");
    QVERIFY2(!plan.validation.isValid(), qPrintable(QStringLiteral("the spec refuses (%1) but Pricebook accepted").arg(violations.join(QStringLiteral("; ")))));
}

// Prices that default_price_data cannot carry go through POST /v1/prices, then are made the
// default: every step of such a create, as the serializer builds it, against the published
// request schemas.
void TestStripeSpec::standalonePriceBodies_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("priceSteps");
    QTest::newRow("tiered, graduated")
        << productDoc(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"tiered","tiers_mode":"graduated",
            "tiers":[{"up_to":10,"unit_amount":500},{"up_to":"inf","unit_amount":400,"flat_amount":1000}])") << 1;
    QTest::newRow("tiered, volume, every three months")
        << productDoc(R"("currency":"eur","billing":"recurring","interval":"month","interval_count":3,"usage_type":"licensed","scheme":"tiered","tiers_mode":"volume",
            "tiers":[{"up_to":100,"flat_amount":0},{"up_to":"inf","unit_amount":25}])") << 1;
    QTest::newRow("package") << productDoc(R"("currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100,"package_rounding":"up")") << 1;
    QTest::newRow("metered with a meter")
        << productDoc(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"per_unit","amount":3,"usage_type":"metered","meter_id":"mtr_123")") << 1;
    QTest::newRow("nickname and lookup key")
        << productDoc(R"("currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900,"nickname":"Monthly","lookup_key":"team_monthly")") << 1;
    QTest::newRow("decimal amount, tax and currency options, with a nickname")
        << productDoc(R"("currency":"usd","billing":"one_time","scheme":"per_unit","amount_decimal":"0.25","tax_behavior":"inclusive","currency_options":{"eur":20},"nickname":"Per call")") << 1;
    QTest::newRow("custom amount with a lookup key")
        << productDoc(R"("currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":100,"custom_preset":500,"custom_maximum":10000,"lookup_key":"tip")") << 1;
    QTest::newRow("monthly default and a yearly price")
        << QByteArray(R"({"name":"Team","metadata":{"team":"a"},"prices":[
            {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":1900},
            {"currency":"usd","billing":"recurring","interval":"year","interval_count":1,"usage_type":"licensed","scheme":"flat","amount":19000,"nickname":"Yearly","lookup_key":"team_yearly","tax_behavior":"exclusive"}]})") << 1;
    QTest::newRow("tiered default and a package price")
        << QByteArray(R"({"name":"SMS","prices":[
            {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":5}]},
            {"currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100,"package_rounding":"down"}]})") << 2;
}

void TestStripeSpec::standalonePriceBodies()
{
    QFETCH(QByteArray, document);
    QFETCH(int, priceSteps);
    const RequestPlan plan = RequestSerializer::build(pbtest::product(document), stripeTarget(),
                                                      { Operation::Create, {}, QStringLiteral("k"), false, QStringLiteral("cat-1") });
    QVERIFY2(plan.validation.isValid(), qPrintable(plan.validation.messages.value(0).message));
    int prices = 0;
    for (ProviderRequest r : plan.steps) {
        r.bind(QStringLiteral("{product.id}"), QStringLiteral("prod_1"));
        r.bind(QStringLiteral("{price.id}"), QStringLiteral("price_1"));
        if (r.path == u"/v1/prices") {
            ++prices;
            QCOMPARE(WireValue::fromForm(r.bodyBytes())->get(QStringLiteral("product"))->text(), QStringLiteral("prod_1"));
        }
        const QStringList v = violations(r);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + QString::fromUtf8(r.bodyBytes())));
    }
    QCOMPARE(prices, priceSteps);
}

// A new amount on a synced price, the Stripe way: a new price carrying the lookup key
// (transfer_lookup_key), made the default, then the old one archived; each request as the
// adapter builds it, against the published schemas.
void TestStripeSpec::priceChangeSteps()
{
    const ProviderAdapter& adapter = adapterFor(providers::Stripe);
    const Product synced = pbtest::product(kSynced);
    Product local = synced;
    local.description = QStringLiteral("For teams of any size");
    local.prices[0].amount = 2400;
    local.prices.append(pbtest::product(productDoc(R"("currency":"eur","billing":"recurring","interval":"week","interval_count":2,"usage_type":"licensed","scheme":"flat","amount":700,"nickname":"Fortnight")")).prices.first());
    const ChangeSet changes = adapter.planChanges(synced, local, QStringLiteral("prod_team"));
    QVERIFY2(changes.refusals.isEmpty(), qPrintable(changes.refusals.join(u'\n')));
    QStringList operations;
    for (const PlannedChange& c : changes.changes)
        operations << (c.operation + u' ' + c.target).trimmed();
    QCOMPARE(operations, QStringList({ QStringLiteral("update_product prod_team"), QStringLiteral("create_price"), QStringLiteral("set_default_price"),
                                       QStringLiteral("create_price"), QStringLiteral("archive_price price_m19") }));
    const QList<ProviderRequest> steps = adapter.buildChangeSteps(synced, local, changes, stripeTarget(), QStringLiteral("prod_team"), QStringLiteral("k"));
    QCOMPARE(steps.size(), 5);
    QStringList sent, keys;
    for (ProviderRequest r : steps) {
        r.bind(QStringLiteral("{apply[1].id}"), QStringLiteral("price_new"));
        sent << r.method + u' ' + r.path;
        for (const HttpHeader& h : r.headers)
            if (h.name == "Idempotency-Key")
                keys << h.value;
        const QStringList v = violations(r);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + QString::fromUtf8(r.bodyBytes())));
    }
    QCOMPARE(sent, QStringList({ QStringLiteral("POST /v1/products/prod_team"), QStringLiteral("POST /v1/prices"), QStringLiteral("POST /v1/products/prod_team"),
                                 QStringLiteral("POST /v1/prices"), QStringLiteral("POST /v1/prices/price_m19") }));
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 5); // one key per step
    QCOMPARE(steps.at(0).bodyBytes(), QByteArray("name=Team&description=For%20teams%20of%20any%20size"));
    const auto created = WireValue::fromForm(steps.at(1).bodyBytes());
    QCOMPARE(created->get(QStringLiteral("product"))->text(), QStringLiteral("prod_team"));
    QCOMPARE(created->get(QStringLiteral("unit_amount"))->text(), QStringLiteral("2400"));
    QCOMPARE(created->get(QStringLiteral("lookup_key"))->text(), QStringLiteral("team_monthly"));
    QCOMPARE(created->get(QStringLiteral("transfer_lookup_key"))->text(), QStringLiteral("true"));
    ProviderRequest setDefault = steps.at(2);
    setDefault.bind(QStringLiteral("{apply[1].id}"), QStringLiteral("price_new"));
    QCOMPARE(setDefault.bodyBytes(), QByteArray("default_price=price_new"));
    QVERIFY(!WireValue::fromForm(steps.at(3).bodyBytes())->get(QStringLiteral("transfer_lookup_key"))); // no key to move
    QCOMPARE(steps.at(4).bodyBytes(), QByteArray("active=false"));
}

// What Stripe lets change on a price is posted to the price: nickname, lookup key (moved onto it),
// tax behaviour while unspecified, and an archived price made active again.
void TestStripeSpec::priceUpdatesInPlace()
{
    const ProviderAdapter& adapter = adapterFor(providers::Stripe);
    const Product synced = pbtest::product(kSynced);
    Product local = synced;
    local.prices[1].nickname = QStringLiteral("Annual");
    local.prices[1].lookupKey = QStringLiteral("team_annual");
    local.prices[1].taxBehavior = QStringLiteral("exclusive");
    local.prices[2].archived = false;
    const ChangeSet changes = adapter.planChanges(synced, local, QStringLiteral("prod_team"));
    QStringList operations;
    for (const PlannedChange& c : changes.changes)
        operations << c.operation + u' ' + c.target;
    QCOMPARE(operations, QStringList({ QStringLiteral("update_price price_y190"), QStringLiteral("update_price price_setup") }));
    const QList<ProviderRequest> steps = adapter.buildChangeSteps(synced, local, changes, stripeTarget(), QStringLiteral("prod_team"), QStringLiteral("k"));
    QCOMPARE(steps.size(), 2);
    for (const ProviderRequest& r : steps) {
        const QStringList v = violations(r);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + QString::fromUtf8(r.bodyBytes())));
    }
    QCOMPARE(steps.at(0).path, QStringLiteral("/v1/prices/price_y190"));
    const auto body = WireValue::fromForm(steps.at(0).bodyBytes());
    QCOMPARE(body->get(QStringLiteral("nickname"))->text(), QStringLiteral("Annual"));
    QCOMPARE(body->get(QStringLiteral("lookup_key"))->text(), QStringLiteral("team_annual"));
    QCOMPARE(body->get(QStringLiteral("transfer_lookup_key"))->text(), QStringLiteral("true"));
    QCOMPARE(body->get(QStringLiteral("tax_behavior"))->text(), QStringLiteral("exclusive"));
    QCOMPARE(steps.at(1).path, QStringLiteral("/v1/prices/price_setup"));
    QCOMPARE(steps.at(1).bodyBytes(), QByteArray("active=true"));
}

// Stripe lets a price's tax behaviour change only while it is unspecified ("Once specified as
// either inclusive or exclusive, it cannot be changed"): a change from a specified one is a new
// price, and no change is ever sent as an empty or refused tax_behavior.
void TestStripeSpec::taxBehaviorOnceSpecified_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("operations");
    const QStringList inPlace { QStringLiteral("update_price price_y190") };
    const QStringList replaced { QStringLiteral("create_price"), QStringLiteral("archive_price price_y190") };
    QTest::newRow("unspecified to exclusive") << QString() << "exclusive" << inPlace;
    QTest::newRow("unspecified (said) to inclusive") << "unspecified" << "inclusive" << inPlace;
    QTest::newRow("unspecified (said) to none") << "unspecified" << QString() << inPlace;
    QTest::newRow("exclusive to inclusive") << "exclusive" << "inclusive" << replaced;
    QTest::newRow("exclusive to none") << "exclusive" << QString() << replaced;
    QTest::newRow("inclusive to unspecified") << "inclusive" << "unspecified" << replaced;
}

void TestStripeSpec::taxBehaviorOnceSpecified()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, operations);
    const ProviderAdapter& adapter = adapterFor(providers::Stripe);
    Product synced = pbtest::product(kSynced);
    synced.prices[1].taxBehavior = before;
    Product local = synced;
    local.prices[1].taxBehavior = after;
    const ChangeSet changes = adapter.planChanges(synced, local, QStringLiteral("prod_team"));
    QStringList planned;
    for (const PlannedChange& c : changes.changes)
        planned << (c.operation + u' ' + c.target).trimmed();
    QCOMPARE(planned, operations);
    for (ProviderRequest r : adapter.buildChangeSteps(synced, local, changes, stripeTarget(), QStringLiteral("prod_team"), QStringLiteral("k"))) {
        r.bind(QStringLiteral("{apply[0].id}"), QStringLiteral("price_new"));
        const QStringList v = violations(r);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + QString::fromUtf8(r.bodyBytes())));
    }
}

// Pull and check on provider: the product list and each product's price list, every page
// (limit=100, then starting_after the last id), and one product by its id, as the service
// builds them, against the published query parameters.
void TestStripeSpec::listQueries()
{
    QNetworkAccessManager network;
    auto service = ProviderService::create(providers::Stripe, &network);
    const ProviderAdapter& adapter = adapterFor(providers::Stripe);
    const AccountTarget target = stripeTarget();
    const ListQuery first;
    const ListQuery products2 = adapter.nextPage(first, QStringLiteral("prod_last"));
    const ListQuery prices2 = adapter.nextPage(first, QStringLiteral("price_last"));
    const QList<ProviderJob*> jobs { service->listProducts(target, QStringLiteral("k"), first), service->listProducts(target, QStringLiteral("k"), products2),
                                     service->listPlans(target, QStringLiteral("k"), QStringLiteral("prod_team"), first),
                                     service->listPlans(target, QStringLiteral("k"), QStringLiteral("prod_team"), prices2),
                                     service->getProduct(target, QStringLiteral("k"), QStringLiteral("prod_team")) };
    QStringList sent;
    for (ProviderJob* job : jobs) {
        QCOMPARE(job->requests().size(), 1);
        const ProviderRequest r = job->requests().first(); // requests() is a copy: keep the request, not a reference into it
        sent << r.method + u' ' + r.path;
        const QStringList v = violations(r);
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n') + u'\n' + r.path));
    }
    QCOMPARE(sent, QStringList({ QStringLiteral("GET /v1/products?limit=100"), QStringLiteral("GET /v1/products?limit=100&starting_after=prod_last"),
                                 QStringLiteral("GET /v1/prices?product=prod_team&limit=100"),
                                 QStringLiteral("GET /v1/prices?product=prod_team&limit=100&starting_after=price_last"),
                                 QStringLiteral("GET /v1/products/prod_team") }));
}

void TestStripeSpec::priceCheckerCatchesViolations()
{
    auto check = [&](const char* method, const char* path, const char* form) {
        ProviderRequest r;
        r.method = QString::fromLatin1(method);
        r.path = QString::fromLatin1(path);
        r.encoding = BodyEncoding::Form;
        if (*form)
            r.body = *WireValue::fromForm(form);
        return violations(r);
    };
    QVERIFY(check("POST", "/v1/prices", "currency=usd&product=prod_1&unit_amount=5").isEmpty());
    QVERIFY(!check("POST", "/v1/prices", "product=prod_1&unit_amount=5").isEmpty());                    // currency is required
    QVERIFY(!check("POST", "/v1/prices", "currency=usd&colour=red").isEmpty());                          // unknown parameter
    QVERIFY(!check("POST", "/v1/prices", "currency=usd&billing_scheme=stepped").isEmpty());              // not an allowed value
    QVERIFY(!check("POST", "/v1/prices", "currency=usd&transfer_lookup_key=yes").isEmpty());             // not a boolean
    QVERIFY(!check("POST", "/v1/prices", "currency=usd&tiers[0][unit_amount]=5").isEmpty());             // a tier needs up_to
    QVERIFY(!check("POST", "/v1/prices", "currency=usd&recurring[interval_count]=2").isEmpty());         // recurring needs interval
    QVERIFY(!check("POST", "/v1/prices", "currency=usd&transform_quantity[divide_by]=10").isEmpty());    // and round
    QVERIFY(check("POST", "/v1/prices/price_1", "active=false").isEmpty());
    QVERIFY(!check("POST", "/v1/prices/price_1", "unit_amount=5").isEmpty());                            // amounts do not change
    QVERIFY(!check("POST", "/v1/prices/price_1", "tax_behavior=sometimes").isEmpty());
    QVERIFY(check("GET", "/v1/prices?product=prod_1&active=false&limit=100&starting_after=price_1", "").isEmpty());
    QVERIFY(!check("GET", "/v1/prices?product=prod_1&page=2", "").isEmpty());                          // not a Stripe parameter
    QVERIFY(!check("GET", "/v1/prices?limit=ten", "").isEmpty());
    QVERIFY(!check("GET", "/v1/products?active=maybe", "").isEmpty());
}

QTEST_GUILESS_MAIN(TestStripeSpec)
#include "tst_stripe_spec.moc"

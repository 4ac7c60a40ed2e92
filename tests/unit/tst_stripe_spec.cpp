// Stripe form bodies checked against the parameter schema of Stripe's published OpenAPI
// (tests/contract/specs/stripe-products.json): names, nesting, types, enums and lengths.
// Stock OpenAPI mocks cannot read bracketed form bodies, so this checker walks them itself.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/providers/RequestSerializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void whatTheSpecRefusesWeRefuse_data();
    void whatTheSpecRefusesWeRefuse();

private:
    std::optional<FormSchemaChecker> m_checker;
};

void TestStripeSpec::initTestCase()
{
    const QJsonDocument doc = QJsonDocument::fromJson(pbtest::readFile(pbtest::sourcePath(QStringLiteral("tests/contract/specs/stripe-products.json"))));
    QVERIFY(doc.isObject());
    m_checker.emplace(doc.object());
    QVERIFY(!m_checker->requestSchema(QStringLiteral("/v1/products")).isEmpty());
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
    for (const ProviderRequest& r : plan.steps) {
        if (r.path == u"/v1/prices")
            continue; // not part of the published products spec
        const QString specPath = r.path == u"/v1/products" ? r.path : QStringLiteral("/v1/products/{id}");
        const auto body = WireValue::fromForm(r.bodyBytes());
        QVERIFY(body);
        const QStringList violations = m_checker->check(m_checker->requestSchema(specPath), *body, QString());
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n') + u'\n' + QString::fromUtf8(r.bodyBytes())));
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

QTEST_GUILESS_MAIN(TestStripeSpec)
#include "tst_stripe_spec.moc"

// Golden requests: method, path, headers and body bytes for every provider and operation.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/providers/RequestSerializer.h"

#include <QTest>

using namespace pb;

namespace {

QString header(const ProviderRequest& r, const char* name)
{
    for (const HttpHeader& h : r.headers)
        if (h.name == name)
            return h.value;
    return QStringLiteral("<absent>");
}

RequestPlan build(Provider provider, const QByteArray& document, Operation op = Operation::Create,
                  const QString& remoteId = {}, const QString& key = {}, const QString& catalogId = {})
{
    AccountTarget t;
    t.provider = provider;
    t.set(QStringLiteral("account-id"), QStringLiteral("acct_1Client"));
    t.set(QStringLiteral("stripe-account"), QStringLiteral("acct_2Connected"));
    t.set(QStringLiteral("workspace"), QStringLiteral("ws_01H8XYZ"));
    t.setFlag(QStringLiteral("test-mode"), true);
    return RequestSerializer::build(pbtest::product(document), t, { op, remoteId, key, false, catalogId });
}

} // namespace

class TestSerializers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chatDashDocumentExample();
    void chatDashSendsOnlyWhatApplies();
    void chatDashUpdate();
    void stripeInlineDefaultPrice();
    void stripeTieredGoesThroughPricesApi();
    void stripePackageAndMetered();
    void stripeCustomAmount();
    void stripeUpdate();
    void piriodProductThenPlans();
    void janiCreateAndUpdate();
    void invalidProductSendsNothing();
    void renderingsNeverShowSecrets();
};

void TestSerializers::chatDashDocumentExample()
{
    // The example values of specs/chatdash-create-product.md, in the document's field order.
    const RequestPlan plan = build(providers::ChatDash, pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json"))));
    QVERIFY(plan.validation.isValid());
    QCOMPARE(plan.steps.size(), 1);
    const ProviderRequest& r = plan.steps.first();
    QCOMPARE(r.method, QStringLiteral("POST"));
    QCOMPARE(r.path, QStringLiteral("/stripe/connect/accounts/acct_1Client/products"));
    QCOMPARE(r.contentType(), QByteArray("application/json"));
    QCOMPARE(header(r, "Authorization"), QStringLiteral("{secret}"));
    QCOMPARE(r.bodyBytes(),
             QByteArray(R"({"data":{"name":"Starter Plan","description":"Up to 100 minutes included","pricing_model":"base","currency":"usd","period":"month","metrics":"minutes","base_price":2999,"usage_limit":100,"overage_price":15,"tax_behavior":"exclusive"}})"));
    QVERIFY(r.createsObject);
    QCOMPARE(RequestSerializer::url(r, AccountTarget { providers::ChatDash, {}, {} }),
             QStringLiteral("https://api.chat-dash.com/v1/public/stripe/connect/accounts/acct_1Client/products"));
}

void TestSerializers::chatDashSendsOnlyWhatApplies()
{
    // One-time: the period kept in the model (hidden) is never sent.
    RequestPlan plan = build(providers::ChatDash, R"({"name":"Setup","prices":[{"currency":"jpy","billing":"one_time","interval":"month","scheme":"flat","amount":500}]})");
    QCOMPARE(plan.steps.first().bodyBytes(),
             QByteArray(R"({"data":{"name":"Setup","pricing_model":"oneTime","currency":"jpy","base_price":500}})"));
    // Usage: usage_price, never base_price.
    plan = build(providers::ChatDash, R"({"name":"Minutes","prices":[{"currency":"usd","billing":"recurring","interval":"week","interval_count":1,"scheme":"per_unit","amount":12,"usage_metric":"minutes"}]})");
    QCOMPARE(plan.steps.first().bodyBytes(),
             QByteArray(R"({"data":{"name":"Minutes","pricing_model":"usage","currency":"usd","period":"week","metrics":"minutes","usage_price":12}})"));
    // Escaping: quotes, backslashes, control characters and non-ASCII text.
    plan = build(providers::ChatDash, QByteArray(R"({"name":"Plan \"Pro\" \\ Ünïcödé","description":"line1\nline2\ttab","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":0}]})"));
    QCOMPARE(plan.steps.first().bodyBytes(),
             QByteArray(R"({"data":{"name":"Plan \"Pro\" \\ )") + QByteArray("\xc3\x9cn\xc3\xaf\x63\xc3\xb6\x64\xc3\xa9") +
                 R"(","description":"line1\nline2\ttab","pricing_model":"oneTime","currency":"usd","base_price":0}})");
}

void TestSerializers::chatDashUpdate()
{
    const RequestPlan plan = build(providers::ChatDash, pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json"))),
                                   Operation::Update, QStringLiteral("prod_ABC123XYZ"));
    QCOMPARE(plan.steps.size(), 1);
    const ProviderRequest& r = plan.steps.first();
    QCOMPARE(r.method, QStringLiteral("PUT"));
    QCOMPARE(r.path, QStringLiteral("/stripe/connect/accounts/acct_1Client/products/prod_ABC123XYZ"));
    QCOMPARE(r.bodyBytes(), QByteArray(R"({"data":{"name":"Starter Plan","description":"Up to 100 minutes included"}})"));
    QVERIFY(!r.createsObject);
}

void TestSerializers::stripeInlineDefaultPrice()
{
    const RequestPlan plan = build(providers::Stripe, R"({
        "name": "Café & Crème", "description": "50% off, a+b=c", "status": "active",
        "images": ["https://img.test/a.png?size=2&x=1"], "marketing_features": ["Fast", "Déjà vu"],
        "metadata": {"client ref": "A/1"}, "package_dimensions": {"height": "1.5", "length": "2", "width": "3.25", "weight": "10"},
        "shippable": false, "statement_descriptor": "CAFE CREME", "tax_code": "txcd_10000000", "unit_label": "cup", "url": "https://shop.test/cafe",
        "prices": [{"currency": "eur", "billing": "recurring", "interval": "month", "interval_count": 3, "usage_type": "licensed",
                    "scheme": "flat", "amount": 2999, "currency_options": {"usd": 3299, "jpy": 4800}, "tax_behavior": "inclusive"}]})",
                                   Operation::Create, {}, QStringLiteral("8f14e45f-ceea-467a-9b36-1b2c3d4e5f60"),
                                   QStringLiteral("3b1f9a7c-5d2e-4c8b-9a6f-0e1d2c3b4a59"));
    QVERIFY(plan.validation.isValid());
    QCOMPARE(plan.steps.size(), 1);
    const ProviderRequest& r = plan.steps.first();
    QCOMPARE(r.method, QStringLiteral("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/products"));
    QCOMPARE(r.contentType(), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(header(r, "Authorization"), QStringLiteral("Bearer {secret}"));
    QCOMPARE(header(r, "Stripe-Account"), QStringLiteral("acct_2Connected"));
    QCOMPARE(header(r, "Idempotency-Key"), QStringLiteral("8f14e45f-ceea-467a-9b36-1b2c3d4e5f60-product"));
    QCOMPARE(r.bodyBytes(),
             QByteArray("name=Caf%C3%A9%20%26%20Cr%C3%A8me&description=50%25%20off%2C%20a%2Bb%3Dc&active=true"
                        "&images[0]=https%3A%2F%2Fimg.test%2Fa.png%3Fsize%3D2%26x%3D1"
                        "&marketing_features[0][name]=Fast&marketing_features[1][name]=D%C3%A9j%C3%A0%20vu"
                        "&metadata[client%20ref]=A%2F1&metadata[pricebook_id]=3b1f9a7c-5d2e-4c8b-9a6f-0e1d2c3b4a59"
                        "&package_dimensions[height]=1.50&package_dimensions[length]=2.00"
                        "&package_dimensions[weight]=10.00&package_dimensions[width]=3.25"
                        "&shippable=false&statement_descriptor=CAFE%20CREME&tax_code=txcd_10000000&unit_label=cup"
                        "&url=https%3A%2F%2Fshop.test%2Fcafe"
                        "&default_price_data[currency]=eur&default_price_data[recurring][interval]=month"
                        "&default_price_data[recurring][interval_count]=3&default_price_data[unit_amount]=2999"
                        "&default_price_data[currency_options][jpy][unit_amount]=4800"
                        "&default_price_data[currency_options][usd][unit_amount]=3299"
                        "&default_price_data[tax_behavior]=inclusive"));
}

void TestSerializers::stripeTieredGoesThroughPricesApi()
{
    RequestPlan plan = build(providers::Stripe, R"({"name":"API calls","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,
        "usage_type":"licensed","scheme":"tiered","tiers_mode":"graduated",
        "tiers":[{"up_to":100,"unit_amount":100},{"up_to":1000,"unit_amount":80,"flat_amount":500},{"up_to":"inf","unit_amount":50}]}]})",
                             Operation::Create, {}, QStringLiteral("k1"));
    QVERIFY(plan.validation.isValid());
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps.at(0).bodyBytes(), QByteArray("name=API%20calls"));
    QCOMPARE(header(plan.steps.at(0), "Idempotency-Key"), QStringLiteral("k1-product"));
    ProviderRequest price = plan.steps.at(1);
    QCOMPARE(price.method, QStringLiteral("POST"));
    QCOMPARE(price.path, QStringLiteral("/v1/prices"));
    QCOMPARE(header(price, "Idempotency-Key"), QStringLiteral("k1-price"));
    QVERIFY(price.createsObject);
    price.bind(QStringLiteral("{product.id}"), QStringLiteral("prod_NWjs8kKbJWmuuc"));
    QCOMPARE(price.bodyBytes(),
             QByteArray("product=prod_NWjs8kKbJWmuuc&currency=usd&recurring[interval]=month&billing_scheme=tiered&tiers_mode=graduated"
                        "&tiers[0][up_to]=100&tiers[0][unit_amount]=100"
                        "&tiers[1][up_to]=1000&tiers[1][unit_amount]=80&tiers[1][flat_amount]=500"
                        "&tiers[2][up_to]=inf&tiers[2][unit_amount]=50"));
    ProviderRequest setDefault = plan.steps.at(2);
    QVERIFY(!setDefault.createsObject);
    QCOMPARE(header(setDefault, "Idempotency-Key"), QStringLiteral("k1-default_price"));
    setDefault.bind(QStringLiteral("{product.id}"), QStringLiteral("prod_NWjs8kKbJWmuuc"));
    setDefault.bind(QStringLiteral("{price.id}"), QStringLiteral("price_1MoBy5"));
    QCOMPARE(setDefault.path, QStringLiteral("/v1/products/prod_NWjs8kKbJWmuuc"));
    QCOMPARE(setDefault.bodyBytes(), QByteArray("default_price=price_1MoBy5"));
}

void TestSerializers::stripePackageAndMetered()
{
    RequestPlan plan = build(providers::Stripe, R"({"name":"SMS","prices":[{"currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100,"package_rounding":"up"}]})");
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps.at(1).bodyBytes(),
             QByteArray("product=%7Bproduct.id%7D&currency=usd&unit_amount=500&transform_quantity[divide_by]=100&transform_quantity[round]=up"));
    plan = build(providers::Stripe, R"({"name":"Tokens","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"per_unit","amount":3,"usage_type":"metered","meter_id":"mtr_123"}]})");
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps.at(1).bodyBytes(),
             QByteArray("product=%7Bproduct.id%7D&currency=usd&recurring[interval]=month&recurring[usage_type]=metered&recurring[meter]=mtr_123&unit_amount=3"));
}

void TestSerializers::stripeCustomAmount()
{
    const RequestPlan plan = build(providers::Stripe, R"({"name":"Donation","prices":[{"currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":500,"custom_preset":1000,"custom_maximum":50000}]})");
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().bodyBytes(),
             QByteArray("name=Donation&default_price_data[currency]=usd&default_price_data[custom_unit_amount][enabled]=true"
                        "&default_price_data[custom_unit_amount][minimum]=500&default_price_data[custom_unit_amount][preset]=1000"
                        "&default_price_data[custom_unit_amount][maximum]=50000"));
}

void TestSerializers::stripeUpdate()
{
    const RequestPlan plan = build(providers::Stripe, R"({"name":"Gold Plan","stripe_id":"gold","unit_label":"seat","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":100}]})",
                                   Operation::Update, QStringLiteral("prod_NWjs8kKbJWmuuc"), QStringLiteral("k2"));
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().path, QStringLiteral("/v1/products/prod_NWjs8kKbJWmuuc"));
    QCOMPARE(plan.steps.first().bodyBytes(), QByteArray("name=Gold%20Plan&unit_label=seat")); // no id, no price
    QCOMPARE(header(plan.steps.first(), "Idempotency-Key"), QStringLiteral("k2-update"));
}

void TestSerializers::piriodProductThenPlans()
{
    RequestPlan plan = build(providers::Piriod, R"({"name":"Agenda","unit_label":"seat","status":"active","prices":[
        {"plan_name":"Monthly","plan_description":"Billed monthly","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000,"sku":"AG-M","tax_exempt":false},
        {"plan_name":"Annual USD","plan_description":"Billed yearly","currency":"usd","billing":"recurring","interval":"year","interval_count":1,"scheme":"flat","amount":29999,"usage_type":"licensed"},
        {"plan_name":"Tiered","plan_description":"Per seat","currency":"usd","billing":"recurring","interval":"month","interval_count":6,"scheme":"tiered","amount":0,"tiers_mode":"volume",
         "tiers":[{"up_to":10,"unit_amount":1050},{"up_to":"inf","flat_amount":9900}],"usage_type":"metered","usage_aggregation":"sum","plan_unit_label":"seat"}]})");
    QVERIFY(plan.validation.isValid());
    QCOMPARE(plan.steps.size(), 4);
    const ProviderRequest& product = plan.steps.at(0);
    QCOMPARE(product.method, QStringLiteral("POST"));
    QCOMPARE(product.path, QStringLiteral("/products/"));
    QCOMPARE(header(product, "Authorization"), QStringLiteral("Token {secret}"));
    QCOMPARE(header(product, "x-simple-workspace"), QStringLiteral("ws_01H8XYZ"));
    QCOMPARE(header(product, "x-piriod-test-mode"), QStringLiteral("true"));
    QCOMPARE(product.bodyBytes(), QByteArray(R"({"name":"Agenda","unit_label":"seat","status":"active"})"));
    ProviderRequest first = plan.steps.at(1);
    QCOMPARE(first.path, QStringLiteral("/plans/"));
    QCOMPARE(first.priceIndex, 0);
    first.bind(QStringLiteral("{product.id}"), QStringLiteral("prd_9"));
    QCOMPARE(first.bodyBytes(),
             QByteArray(R"({"product":"prd_9","name":"Monthly","description":"Billed monthly","sku":"AG-M","frequency":"monthly","currency":"clp","amount":15000,"exempt":false})"));
    // Amounts are decimal numbers in major units, written exactly from minor units.
    QCOMPARE(plan.steps.at(2).bodyBytes(),
             QByteArray(R"({"product":"{product.id}","name":"Annual USD","description":"Billed yearly","frequency":"annual","currency":"usd","amount":299.99,"usage_scheme":"licensed"})"));
    QCOMPARE(plan.steps.at(3).bodyBytes(),
             QByteArray(R"({"product":"{product.id}","name":"Tiered","description":"Per seat","frequency":"biannual","currency":"usd","amount":0.00,"usage_scheme":"metered","usage_aggregation":"sum","tiers_mode":"volume",)"
                        R"("tiers":[{"amount":10.50,"amount_scheme":"per_unit","quantity_from":1,"quantity_to":10},{"amount":99.00,"amount_scheme":"flat","quantity_from":11,"quantity_to":null}],"unit_label":"seat"})"));

    plan = build(providers::Piriod, R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly 2","plan_description":"New text","sku":"AG-M2","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1}]})",
                 Operation::Update, QStringLiteral("pln_77"));
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().method, QStringLiteral("PATCH"));
    QCOMPARE(plan.steps.first().path, QStringLiteral("/plans/pln_77/"));
    QCOMPARE(plan.steps.first().bodyBytes(), QByteArray(R"({"name":"Monthly 2","description":"New text","sku":"AG-M2"})"));
}

void TestSerializers::janiCreateAndUpdate()
{
    RequestPlan plan = build(providers::Jani, R"({"name":"Food traceability","product_type":"standard","description":"Farm to Fork",
        "image_url":"https://jani.test/a.png","custom_data":{"farm":"north","big":9007199254740993,"ratio":0.1},"status":"active"})");
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().method, QStringLiteral("POST"));
    QCOMPARE(plan.steps.first().path, QStringLiteral("/api/v1/products"));
    QCOMPARE(header(plan.steps.first(), "Authorization"), QStringLiteral("Bearer {secret}"));
    // custom_data keeps integers exactly, even beyond a double's 53 bits (Qt's document orders the keys).
    QCOMPARE(plan.steps.first().bodyBytes(),
             QByteArray(R"({"name":"Food traceability","type":"standard","description":"Farm to Fork","image_url":"https://jani.test/a.png","custom_data":{"big":9007199254740993,"farm":"north","ratio":0.1},"status":"active"})"));
    plan = build(providers::Jani, R"({"name":"Renamed","product_type":"standard","custom_data":null,"status":"archived"})", Operation::Update,
                 QStringLiteral("pro_01h1vjes1y163xfj1rh1tkfb65"));
    QCOMPARE(plan.steps.first().method, QStringLiteral("PATCH"));
    QCOMPARE(plan.steps.first().path, QStringLiteral("/api/v1/products/pro_01h1vjes1y163xfj1rh1tkfb65"));
    QCOMPARE(plan.steps.first().bodyBytes(), QByteArray(R"({"name":"Renamed","type":"standard","custom_data":null,"status":"archived"})"));
}

void TestSerializers::invalidProductSendsNothing()
{
    const RequestPlan plan = build(providers::ChatDash, R"({"name":"P","prices":[{"currency":"usd","billing":"recurring","interval":"month","scheme":"flat","amount":1,"included_usage":5}]})");
    QVERIFY(!plan.validation.isValid());
    QVERIFY(plan.steps.isEmpty());
}

void TestSerializers::renderingsNeverShowSecrets()
{
    const RequestPlan plan = build(providers::Piriod, R"({"name":"Agenda","unit_label":"seat"})");
    AccountTarget t;
    t.provider = providers::Piriod;
    t.set(QStringLiteral("workspace"), QStringLiteral("ws_1"));
    const QString http = RequestSerializer::renderHttp(plan.steps.first(), t);
    QCOMPARE(http, QStringLiteral("POST https://api.piriod.com/products/\nAuthorization: Token ***\nx-simple-workspace: ws_01H8XYZ\n"
                                  "x-piriod-test-mode: true\nContent-Type: application/json\n\n{\"name\":\"Agenda\",\"unit_label\":\"seat\"}\n"));
    const QString curl = RequestSerializer::renderCurl(plan.steps.first(), t);
    QCOMPARE(curl, QStringLiteral("curl -X POST 'https://api.piriod.com/products/' \\\n"
                                  "  -H \"Authorization: Token $PRICEBOOK_API_KEY\" \\\n"
                                  "  -H 'x-simple-workspace: ws_01H8XYZ' \\\n"
                                  "  -H 'x-piriod-test-mode: true' \\\n"
                                  "  -H 'Content-Type: application/json' \\\n"
                                  "  --data-binary '{\"name\":\"Agenda\",\"unit_label\":\"seat\"}'"));
    QVERIFY(!curl.contains(QStringLiteral("{secret}")));
    // A body value with a quote is shell-quoted safely.
    const RequestPlan quoted = build(providers::Jani, R"({"name":"Bob's farm","product_type":"standard"})");
    QVERIFY(RequestSerializer::renderCurl(quoted.steps.first(), AccountTarget { providers::ChatDash, {}, {} }).contains(QStringLiteral("Bob'\\''s farm")));
}

QTEST_GUILESS_MAIN(TestSerializers)
#include "tst_serializers.moc"

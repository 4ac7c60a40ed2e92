// Provider answers: remote objects on success, field-keyed errors, and hostile bodies.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/providers/ResponseParser.h"

#include <QTest>

using namespace pb;

class TestResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successes();
    void errors_data();
    void errors();
    void hostile_data();
    void hostile();
    void lists();
};

void TestResponses::successes()
{
    ParsedResponse r = ResponseParser::parse(providers::ChatDash, ResponseKind::Product, 200,
        R"({"productId":"prod_ABC123XYZ","productName":"Starter Plan","description":null,"taxBehavior":"exclusive",
            "pricing":{"amount":"2999","billingCycle":"month","currency":"usd","pricingModel":"base","metrics":"minutes","usageLimit":100,"overage":"15"},
            "creationDate":1700000000,"activeSubscriptionsCount":0,"status":"active"})");
    QVERIFY(r.ok);
    QCOMPARE(r.object.id, QStringLiteral("prod_ABC123XYZ"));
    QCOMPARE(r.object.name, QStringLiteral("Starter Plan"));
    QCOMPARE(r.object.status, QStringLiteral("active"));
    QCOMPARE(r.object.created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));

    r = ResponseParser::parse(providers::ChatDash, ResponseKind::ProductUpdate, 200,
                              R"({"product":{"productId":"prod_ABC123XYZ","productName":"Starter Plan Updated","status":"active"}})");
    QVERIFY(r.ok);
    QCOMPARE(r.object.name, QStringLiteral("Starter Plan Updated"));

    r = ResponseParser::parse(providers::Stripe, ResponseKind::Product, 200,
        R"({"id":"prod_NWjs8kKbJWmuuc","object":"product","active":true,"created":1678833149,"default_price":"price_1","name":"Gold Plan","updated":1678833150})");
    QVERIFY(r.ok);
    QCOMPARE(r.object.id, QStringLiteral("prod_NWjs8kKbJWmuuc"));
    QCOMPARE(r.object.defaultPriceId, QStringLiteral("price_1"));
    QCOMPARE(r.object.updated, QDateTime::fromSecsSinceEpoch(1678833150, Qt::UTC));

    r = ResponseParser::parse(providers::Piriod, ResponseKind::Product, 201,
        R"({"id":"prd_9","name":"Agenda","unit_label":"seat","status":"active","plans":[],"test_mode":true,"created":"2024-05-01T10:00:00Z","updated":"2024-05-01T10:00:00Z"})");
    QVERIFY(r.ok);
    QCOMPARE(r.object.created, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));

    r = ResponseParser::parse(providers::Jani, ResponseKind::Product, 201,
        R"({"id":"pro_01h1vjes1y163xfj1rh1tkfb65","name":"Food traceability","custom_data":null,"status":"active","created_at":"2023-06-01T13:30:50.302Z","updated_at":"2023-06-01T13:30:50.302Z"})");
    QVERIFY(r.ok);
    QCOMPARE(r.object.created, QDateTime(QDate(2023, 6, 1), QTime(13, 30, 50, 302), Qt::UTC));
}

void TestResponses::errors_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("fields");  // "key@price; ..."
    QTest::addColumn<QString>("message"); // contained in the provider message

    QTest::newRow("chatdash 500 names a field") << "chatdash" << 500 << QByteArray(R"({"error":"overage_price is required when usage_limit is provided"})")
                                                << "product" << "overage_price@0; usage_limit@0" << "overage_price is required";
    QTest::newRow("chatdash 500 generic") << "chatdash" << 500 << QByteArray(R"({"error":"An unexpected error occurred"})") << "product" << "" << "unexpected";
    QTest::newRow("stripe inline price param") << "stripe" << 400
        << QByteArray(R"({"error":{"type":"invalid_request_error","code":"parameter_invalid_integer","message":"Invalid integer: 1.5","param":"default_price_data[unit_amount]"}})")
        << "product" << "unit_amount@0" << "Invalid integer";
    QTest::newRow("stripe product param") << "stripe" << 400
        << QByteArray(R"({"error":{"type":"invalid_request_error","message":"Too many images","param":"images[8]"}})") << "product" << "images@-1" << "Too many";
    QTest::newRow("stripe prices api param") << "stripe" << 400
        << QByteArray(R"({"error":{"type":"invalid_request_error","message":"bad tier","param":"tiers[2][up_to]"}})") << "price" << "tiers@0" << "bad tier";
    QTest::newRow("stripe nested recurring") << "stripe" << 400
        << QByteArray(R"({"error":{"type":"invalid_request_error","message":"Invalid interval","param":"default_price_data[recurring][interval]"}})")
        << "product" << "recurring.interval@0" << "Invalid interval";
    QTest::newRow("stripe 401") << "stripe" << 401 << QByteArray(R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****"}})")
                                << "product" << "" << "Invalid API Key";
    QTest::newRow("stripe 409") << "stripe" << 409 << QByteArray(R"({"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters"}})")
                                << "product" << "" << "same parameters";
    QTest::newRow("piriod product fields") << "piriod" << 400
        << QByteArray(R"({"name":["This field is required."],"unit_label":["Ensure this field has no more than 12 characters."],"non_field_errors":["x-simple-workspace header is required."]})")
        << "product" << "name@-1; unit_label@-1" << "x-simple-workspace";
    QTest::newRow("piriod plan fields") << "piriod" << 400
        << QByteArray(R"({"amount":["A valid number is required."],"tiers":[{"amount":["bad"]},{}],"frequency":["\"fortnightly\" is not a valid choice."]})")
        << "plan[1]" << "amount@1; frequency@1; tiers@1" << "";
    QTest::newRow("piriod unknown field stays in the message") << "piriod" << 400 << QByteArray(R"({"colour":["Unknown field."]})")
                                                              << "product" << "" << "colour: Unknown field.";
    QTest::newRow("jani errors map") << "jani" << 400 << QByteArray(R"({"message":"Invalid body","errors":{"type":["is required"]}})") << "product" << "type@-1" << "Invalid body";
    QTest::newRow("jani 404") << "jani" << 404 << QByteArray(R"({"message":"Product not found"})") << "update" << "" << "not found";
    // Found by fuzzing: a field named with an empty message, and a Stripe error without one.
    QTest::newRow("piriod field with an empty message") << "piriod" << 400 << QByteArray(R"({"name":[""]})") << "product" << "name@-1" << "";
    QTest::newRow("jani field with a blank message") << "jani" << 400 << QByteArray(R"({"message":"Invalid status","errors":{"status":["  "]}})")
                                                    << "product" << "status@-1" << "Invalid status";
    QTest::newRow("stripe error without a message") << "stripe" << 400 << QByteArray(R"({"error":{"type":"invalid_request_error","param":"name"}})")
                                                   << "product" << "name@-1" << "invalid_request_error";
    QTest::newRow("jani detail") << "jani" << 400 << QByteArray(R"({"detail":"image_url must be a URL"})") << "product" << "" << "image_url must be a URL";
}

void TestResponses::errors()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, step);
    QFETCH(QString, fields);
    QFETCH(QString, message);
    const ParsedResponse r = ResponseParser::parse(*providerFromKey(provider), ResponseKind::Product, status, body, step);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.malformed);
    QCOMPARE(r.error.httpStatus, status);
    QStringList mapped;
    for (const FieldMessage& m : r.error.fieldErrors)
        mapped << QStringLiteral("%1@%2").arg(m.field).arg(m.priceIndex);
    mapped.removeDuplicates();
    mapped.sort();
    QCOMPARE(mapped.join(QStringLiteral("; ")), fields);
    QVERIFY2(r.error.message.contains(message, Qt::CaseInsensitive), qPrintable(r.error.message));
    // Every field error has words to show under its field.
    for (const FieldMessage& m : r.error.fieldErrors)
        QVERIFY2(!m.message.trimmed().isEmpty(), qPrintable(m.location()));
}

void TestResponses::hostile_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty success") << 200 << QByteArray() << "empty";
    QTest::newRow("html success") << 200 << QByteArray("<html>ok</html>") << "not the JSON object";
    QTest::newRow("array success") << 200 << QByteArray("[]") << "not the JSON object";
    QTest::newRow("success without id") << 201 << QByteArray(R"({"name":"x"})") << "which id";
    QTest::newRow("id of wrong type") << 201 << QByteArray(R"({"id":{"x":1}})") << "which id";
    QTest::newRow("html gateway error") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>") << "error format";
    QTest::newRow("empty error") << 503 << QByteArray() << "empty";
    QTest::newRow("error of wrong types") << 400 << QByteArray(R"({"error":5,"message":[1]})") << "error format";
    QTest::newRow("blank error message") << 500 << QByteArray(R"({"error":"   "})") << "error format";
    QTest::newRow("deep nesting") << 400 << QByteArray(200000, '[') << "error format";
    QTest::newRow("ten megabytes") << 200 << QByteArray(10 * 1024 * 1024, 'x') << "too large";
}

void TestResponses::hostile()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    for (Provider provider : allProviders()) {
        const ParsedResponse r = ResponseParser::parse(provider, ResponseKind::Product, status, body);
        QVERIFY(!r.ok);
        QVERIFY(r.error.malformed);
        QVERIFY2(r.error.message.contains(message), qPrintable(providerKey(provider) + u' ' + r.error.message));
        QVERIFY(r.error.message.size() < 600);
    }
}

void TestResponses::lists()
{
    QString error;
    QList<RemoteObject> items = ResponseParser::parseList(providers::Stripe, R"({"object":"list","data":[{"id":"prod_1","name":"A"},{"id":"prod_2","name":"B"}],"has_more":false})", &error);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).id, QStringLiteral("prod_2"));
    items = ResponseParser::parseList(providers::Piriod, R"({"count":1,"next":null,"previous":null,"results":[{"id":"prd_1","name":"Agenda"}]})", &error);
    QCOMPARE(items.size(), 1);
    items = ResponseParser::parseList(providers::Piriod, R"({"count":1})", &error);
    QVERIFY(items.isEmpty());
    QVERIFY(error.contains(QStringLiteral("no list")));
}

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"

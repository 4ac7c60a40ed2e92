// Pricebook's JSON document format: exact round trips, and clear errors that drop nothing silently.
#include "TestSupport.h"

#include <QTest>

using namespace pb;

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryMember();
    void acceptedShapes();
    void errors_data();
    void errors();
    void unknownFieldsAreReportedNotDropped();
};

void TestDocument::roundTripEveryMember()
{
    Product p;
    p.name = QStringLiteral("Café \"Pro\"");
    p.description = QStringLiteral("line1\nline2");
    p.status = QStringLiteral("archived");
    p.idOverride = QStringLiteral("cafe-pro");
    p.images = { QStringLiteral("https://img.test/1.png"), QStringLiteral("https://img.test/2.png") };
    p.marketingFeatures = { QStringLiteral("Fast"), QStringLiteral("Déjà vu") };
    p.metadata = { { QStringLiteral("a"), QStringLiteral("1") }, { QStringLiteral("b"), QStringLiteral("2") } };
    p.unitLabel = QStringLiteral("seat");
    p.statementDescriptor = QStringLiteral("CAFE PRO");
    p.taxCode = QStringLiteral("txcd_1");
    p.url = QStringLiteral("https://shop.test");
    p.packageHeight = 150;
    p.packageLength = 200;
    p.packageWidth = 325;
    p.packageWeight = 1000;
    p.shippable = true;
    p.productType = QStringLiteral("subscription");
    p.imageUrl = QStringLiteral("https://img.test/jani.png");
    p.customData = QStringLiteral("{\"farm\":\"north\"}");
    Price a;
    a.currency = QStringLiteral("bhd");
    a.billing = QStringLiteral("recurring");
    a.interval = QStringLiteral("month");
    a.intervalCount = 3;
    a.scheme = QStringLiteral("tiered");
    a.amount = 0;
    a.tiersMode = QStringLiteral("graduated");
    a.tiers = { { 10, 1500, std::nullopt }, { std::nullopt, 1000, 5000 } };
    a.usageMetric = QStringLiteral("minutes");
    a.includedUsage = 100;
    a.overageAmount = 15;
    a.packageSize = 10;
    a.packageRounding = QStringLiteral("down");
    a.customMinimum = 1;
    a.customMaximum = 3;
    a.customPreset = 2;
    a.currencyOptions = { { QStringLiteral("eur"), 900 }, { QStringLiteral("jpy"), 1500 } };
    a.taxBehavior = QStringLiteral("exclusive");
    a.usageType = QStringLiteral("metered");
    a.meterId = QStringLiteral("mtr_1");
    a.usageAggregation = QStringLiteral("max");
    a.planName = QStringLiteral("Plan");
    a.planDescription = QStringLiteral("Desc");
    a.sku = QStringLiteral("SKU-1");
    a.planUnitLabel = QStringLiteral("seat");
    a.taxExempt = false;
    a.amountDecimal = QStringLiteral("0.5");
    Price b;
    b.currency = QStringLiteral("usd");
    b.amount = 9223372036854775807LL; // the largest amount survives exactly
    p.prices = { a, b };

    const QByteArray json = ProductDocument::toJson({ p, Product {} });
    const DocumentReadResult r = ProductDocument::fromJson(json);
    QVERIFY(r.ok());
    QCOMPARE(r.products.size(), 2);
    QCOMPARE(r.products.at(0), p);
    QCOMPARE(r.products.at(1), Product {});
}

void TestDocument::acceptedShapes()
{
    QCOMPARE(ProductDocument::fromJson(R"({"name":"A"})").products.size(), 1);
    QCOMPARE(ProductDocument::fromJson(R"([{"name":"A"},{"name":"B"}])").products.size(), 2);
    QCOMPARE(ProductDocument::fromJson(R"({"pricebook":1,"products":[{"name":"A"}]})").products.size(), 1);
    QVERIFY(ProductDocument::fromJson(R"([])").ok());
}

void TestDocument::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("not json") << QByteArray("{\n\"name\": \"A\",\n}") << "document" << "line 3";
    QTest::newRow("fractional amount") << QByteArray(R"({"prices":[{"amount":29.99}]})") << "product.prices[0].amount" << "smallest unit";
    QTest::newRow("amount as text") << QByteArray(R"({"prices":[{"amount":"2999"}]})") << "product.prices[0].amount" << "whole number";
    QTest::newRow("amount beyond 64 bits") << QByteArray(R"({"prices":[{"amount":92233720368547758070}]})") << "product.prices[0].amount" << "whole number";
    QTest::newRow("name not text") << QByteArray(R"({"name":5})") << "product.name" << "must be text";
    QTest::newRow("images not a list") << QByteArray(R"({"images":"https://a.test"})") << "product.images" << "array of text";
    QTest::newRow("image not text") << QByteArray(R"({"images":[1]})") << "product.images[0]" << "must be text";
    QTest::newRow("metadata value not text") << QByteArray(R"({"metadata":{"a":1}})") << "product.metadata.a" << "must be text";
    QTest::newRow("custom data text") << QByteArray(R"({"custom_data":"x"})") << "product.custom_data" << "JSON object or null";
    QTest::newRow("dimension three decimals") << QByteArray(R"({"package_dimensions":{"height":"1.234"}})") << "product.package_dimensions.height" << "two decimal places";
    QTest::newRow("shippable not bool") << QByteArray(R"({"shippable":"yes"})") << "product.shippable" << "true or false";
    QTest::newRow("prices not a list") << QByteArray(R"({"prices":{}})") << "product.prices" << "array of prices";
    QTest::newRow("tier not an object") << QByteArray(R"({"prices":[{"tiers":[5]}]})") << "product.prices[0].tiers[0]" << "must be an object";
    QTest::newRow("newer format") << QByteArray(R"({"pricebook":2,"products":[]})") << "pricebook" << "format version 2";
    QTest::newRow("products not a list") << QByteArray(R"({"pricebook":1,"products":{}})") << "products" << "array of products";
    QTest::newRow("product not an object") << QByteArray(R"([1])") << "products[0]" << "must be an object";
}

void TestDocument::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const DocumentReadResult r = ProductDocument::fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.first().where, where);
    QVERIFY2(r.errors.first().message.contains(message), qPrintable(r.errors.first().message));
}

void TestDocument::unknownFieldsAreReportedNotDropped()
{
    const DocumentReadResult r = ProductDocument::fromJson(R"([{"name":"A","colour":"red","prices":[{"amount":1,"amout":2}]},{"name":"B"}])");
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors.at(0).where, QStringLiteral("products[0].colour"));
    QCOMPARE(r.errors.at(1).where, QStringLiteral("products[0].prices[0].amout"));
    QCOMPARE(r.products.size(), 2);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

// The wire tree: exact JSON, bracketed form encoding, and parsing of hostile input.
#include "services/providers/WireValue.h"

#include <QTest>

using namespace pb;

class TestWireValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonKeepsOrderAndNumbers();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRefuses_data();
    void jsonRefuses();
    void formNesting();
    void formDecoding();
    void formRefuses();
    void bindPlaceholders();
};

void TestWireValue::jsonKeepsOrderAndNumbers()
{
    WireValue v = WireValue::object();
    v.insert(QStringList { QStringLiteral("data"), QStringLiteral("zeta") }, WireValue::integer(1));
    v.insert(QStringList { QStringLiteral("data"), QStringLiteral("alpha") }, WireValue::number(QStringLiteral("29.990")));
    v.insert(QStringList { QStringLiteral("data"), QStringLiteral("zeta") }, WireValue::integer(2)); // replaced in place
    QCOMPARE(v.toJson(), QByteArray(R"({"data":{"zeta":2,"alpha":29.990}})"));
}

void TestWireValue::jsonRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})");
    QTest::newRow("big integer kept exactly") << QByteArray(R"({"n":123456789012345678901234567890})");
    QTest::newRow("decimal kept exactly") << QByteArray(R"({"n":0.1000000000000000055511151231257827})");
    QTest::newRow("exponent") << QByteArray(R"([1e-7,-2.5E+3])");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b\\c\nd\u0001"])");
    QTest::newRow("unicode") << QByteArray("[\"\xe2\x82\xac\xf0\x9f\x99\x82\"]");
    QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[]})");
}

void TestWireValue::jsonRoundTrip()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto v = WireValue::fromJson(json, &error);
    QVERIFY2(v, qPrintable(error));
    QCOMPARE(v->toJson(), json);
}

void TestWireValue::jsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)");
    QTest::newRow("trailing text") << QByteArray(R"({"a":1} x)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("leading zero") << QByteArray(R"([01])");
    QTest::newRow("bare point") << QByteArray(R"([1.])");
    QTest::newRow("nan") << QByteArray(R"([NaN])");
    QTest::newRow("single quotes") << QByteArray(R"({'a':1})");
    QTest::newRow("raw control char") << QByteArray("[\"a\nb\"]");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("too deep") << QByteArray(100000, '[');
    QTest::newRow("huge number") << QByteArray("[") + QByteArray(1000, '9') + "]";
}

void TestWireValue::jsonRefuses()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!WireValue::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestWireValue::formNesting()
{
    WireValue v = WireValue::object();
    v.insert(QStringLiteral("name"), WireValue::string(QStringLiteral("A & B = 100%")));
    WireValue images = WireValue::array();
    images.append(WireValue::string(QStringLiteral("https://x.test/1.png")));
    v.insert(QStringLiteral("images"), images);
    v.insert(QStringList { QStringLiteral("default_price_data"), QStringLiteral("recurring"), QStringLiteral("interval") },
             WireValue::string(QStringLiteral("month")));
    v.insert(QStringList { QStringLiteral("metadata"), QStringLiteral("k[1]") }, WireValue::string(QStringLiteral("ü")));
    QCOMPARE(v.toForm(), QByteArray("name=A%20%26%20B%20%3D%20100%25&images[0]=https%3A%2F%2Fx.test%2F1.png"
                                    "&default_price_data[recurring][interval]=month&metadata[k%5B1%5D]=%C3%BC"));
}

void TestWireValue::formDecoding()
{
    const auto v = WireValue::fromForm("name=A+%26+B&images[0]=x&images[1]=y&d[r][i]=month&flag");
    QVERIFY(v);
    QCOMPARE(v->get(QStringLiteral("name"))->text(), QStringLiteral("A & B"));
    QCOMPARE(v->get(QStringLiteral("images"))->listItems().size(), size_t(2));
    QCOMPARE(v->at({ QStringLiteral("d"), QStringLiteral("r"), QStringLiteral("i") })->text(), QStringLiteral("month"));
    QCOMPARE(v->get(QStringLiteral("flag"))->text(), QString());
}

void TestWireValue::formRefuses()
{
    QVERIFY(!WireValue::fromForm("a[b=1"));
    QVERIFY(!WireValue::fromForm("a]b=1"));
    QVERIFY(!WireValue::fromForm("[x]=1"));
    QVERIFY(!WireValue::fromForm("a[1][2][3][4][5][6][7][8][9][10][11][12][13][14][15][16][17]=1"));
}

void TestWireValue::bindPlaceholders()
{
    auto v = WireValue::fromJson(R"({"product":"{product.id}","nested":["{product.id}","other"]})");
    QVERIFY(v);
    v->bind(QStringLiteral("{product.id}"), QStringLiteral("prd_1"));
    QCOMPARE(v->toJson(), QByteArray(R"({"product":"prd_1","nested":["prd_1","other"]})"));
}

QTEST_GUILESS_MAIN(TestWireValue)
#include "tst_wirevalue.moc"

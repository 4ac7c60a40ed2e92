// What a customer pays for a quantity, per pricing shape: the numbers behind the editor's chart.
#include "TestSupport.h"
#include "models/PriceCalculator.h"

#include <QTest>

using namespace pb;

class TestCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cost_data();
    void cost();
    void noCostForCustomerChosenAmounts();
};

void TestCalculator::cost_data()
{
    QTest::addColumn<QByteArray>("price");
    QTest::addColumn<qlonglong>("quantity");
    QTest::addColumn<qlonglong>("expected");

    const QByteArray base = R"({"currency":"usd","billing":"recurring","interval":"month","scheme":"flat","amount":2999,"included_usage":100,"overage_amount":15})";
    QTest::newRow("base within included") << base << 80LL << 2999LL;
    QTest::newRow("base at the limit") << base << 100LL << 2999LL;
    QTest::newRow("base with overage") << base << 130LL << 2999LL + 30 * 15;
    const QByteArray perUnit = R"({"currency":"usd","scheme":"per_unit","amount":12})";
    QTest::newRow("per unit") << perUnit << 250LL << 3000LL;
    QTest::newRow("per unit nothing used") << perUnit << 0LL << 0LL;
    const QByteArray graduated = R"({"currency":"usd","scheme":"tiered","tiers_mode":"graduated","tiers":[{"up_to":100,"unit_amount":100},{"up_to":1000,"unit_amount":80,"flat_amount":500},{"up_to":"inf","unit_amount":50}]})";
    QTest::newRow("graduated first tier") << graduated << 50LL << 5000LL;
    QTest::newRow("graduated second tier") << graduated << 150LL << 10000LL + 500 + 50 * 80;
    QTest::newRow("graduated third tier") << graduated << 1200LL << 10000LL + 500 + 900 * 80 + 200 * 50;
    const QByteArray volume = R"({"currency":"usd","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":100,"unit_amount":100},{"up_to":"inf","unit_amount":80,"flat_amount":1000}]})";
    QTest::newRow("volume first tier") << volume << 100LL << 10000LL;
    QTest::newRow("volume all units at the reached tier") << volume << 101LL << 101LL * 80 + 1000;
    const QByteArray packageUp = R"({"currency":"usd","scheme":"package","amount":500,"package_size":100,"package_rounding":"up"})";
    QTest::newRow("package rounded up") << packageUp << 101LL << 1000LL;
    QTest::newRow("package exact") << packageUp << 200LL << 1000LL;
    const QByteArray packageDown = R"({"currency":"usd","scheme":"package","amount":500,"package_size":100,"package_rounding":"down"})";
    QTest::newRow("package rounded down") << packageDown << 199LL << 500LL;
    QTest::newRow("overflow saturates") << QByteArray(R"({"currency":"usd","scheme":"per_unit","amount":9000000000000000000})") << 10LL << 9223372036854775807LL;
}

void TestCalculator::cost()
{
    QFETCH(QByteArray, price);
    QFETCH(qlonglong, quantity);
    QFETCH(qlonglong, expected);
    const Product p = pbtest::product(QByteArray(R"({"prices":[)") + price + "]}");
    QCOMPARE(PriceCalculator::cost(p.prices.first(), quantity), std::optional<qint64>(expected));
    QVERIFY(PriceCalculator::dependsOnUsage(p.prices.first()));
    QVERIFY(PriceCalculator::chartRange(p.prices.first()) >= 100);
}

void TestCalculator::noCostForCustomerChosenAmounts()
{
    const Product p = pbtest::product(R"({"prices":[{"currency":"usd","scheme":"custom","custom_minimum":100},{"currency":"usd","scheme":"flat","amount":100}]})");
    QCOMPARE(PriceCalculator::cost(p.prices.at(0), 5), std::nullopt);
    QCOMPARE(PriceCalculator::cost(p.prices.at(1), 5), std::optional<qint64>(100));
    QVERIFY(!PriceCalculator::dependsOnUsage(p.prices.at(1)));
}

QTEST_GUILESS_MAIN(TestCalculator)
#include "tst_calculator.moc"

// The plain-words pricing summary, one row per pricing shape.
#include "TestSupport.h"
#include "models/PricingSummary.h"

#include <QTest>

using namespace pb;

class TestSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void describe_data();
    void describe();
    void productWithoutPrices();
    void followsTheLocale();
};

void TestSummary::describe_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("summary");

    QTest::newRow("base with included usage and overage")
        << pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")))
        << "US$29.99 per month, includes 100 minutes, then US$0.15 per minute, plus tax";
    QTest::newRow("one-time yen") << QByteArray(R"({"prices":[{"currency":"jpy","billing":"one_time","scheme":"flat","amount":500}]})")
                                  << "¥500 once";
    QTest::newRow("every three months") << QByteArray(R"({"prices":[{"currency":"eur","billing":"recurring","interval":"month","interval_count":3,"scheme":"flat","amount":9900}]})")
                                        << "€99.00 every 3 months";
    QTest::newRow("per unit usage") << QByteArray(R"({"prices":[{"currency":"usd","billing":"recurring","interval":"week","interval_count":1,"scheme":"per_unit","amount":12,"usage_metric":"conversations"}]})")
                                    << "US$0.12 per conversation, billed weekly";
    QTest::newRow("per unit with limit and overage") << QByteArray(R"({"prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"per_unit","amount":10,"usage_metric":"minutes","included_usage":1000,"overage_amount":15}]})")
                                                     << "US$0.10 per minute up to 1,000 minutes, then US$0.15 per minute, billed monthly";
    QTest::newRow("graduated tiers") << QByteArray(R"({"unit_label":"seat","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"tiered","tiers_mode":"graduated","tiers":[{"up_to":100,"unit_amount":100},{"up_to":1000,"unit_amount":80,"flat_amount":500},{"up_to":"inf","unit_amount":50}]}]})")
                                     << "Graduated tiers, billed monthly: first 100 seats at US$1.00 each; 101–1,000 at US$0.80 each plus US$5.00 flat; 1,001 and above at US$0.50 each";
    QTest::newRow("volume tiers") << QByteArray(R"({"prices":[{"currency":"gbp","billing":"one_time","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":1,"unit_amount":1000},{"up_to":"inf","unit_amount":800}]}]})")
                                  << "Volume tiers (all units at the tier reached), billed once: first 1 unit at £10.00 each; 2 and above at £8.00 each";
    QTest::newRow("package") << QByteArray(R"({"prices":[{"currency":"usd","billing":"one_time","scheme":"package","amount":500,"package_size":100,"package_rounding":"up"}]})")
                             << "US$5.00 per 100 units (partial packages rounded up), billed once";
    QTest::newRow("custom amount") << QByteArray(R"({"prices":[{"currency":"usd","billing":"one_time","scheme":"custom","custom_minimum":500,"custom_preset":1000,"custom_maximum":50000}]})")
                                   << "Customer chooses the amount (minimum US$5.00, suggested US$10.00, maximum US$500.00), billed once";
    QTest::newRow("currency options and tax") << QByteArray(R"({"prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":1000,"currency_options":{"eur":900,"jpy":1500},"tax_behavior":"inclusive"}]})")
                                              << "US$10.00 once (also €9.00, ¥1,500), tax inclusive";
    QTest::newRow("three decimals") << QByteArray(R"({"prices":[{"currency":"bhd","billing":"recurring","interval":"year","interval_count":1,"scheme":"flat","amount":12500}]})")
                                    << QString::fromUtf8("BHD\u00a012.500 per year");
    QTest::newRow("metered flat plan") << QByteArray(R"({"unit_label":"seat","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":250,"usage_type":"metered"}]})")
                                       << "US$2.50 per seat, billed monthly, metered";
    QTest::newRow("sub-cent per unit") << QByteArray(R"({"prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"per_unit","amount_decimal":"0.5","usage_type":"metered","meter_id":"m"}]})")
                                       << "US$0.005 per unit, billed monthly, metered";
    QTest::newRow("incomplete") << QByteArray(R"({"prices":[{"billing":"one_time","scheme":"flat","amount":1}]})")
                                << "Incomplete price: no currency";
}

void TestSummary::describe()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, summary);
    QCOMPARE(PricingSummary::describe(pbtest::product(document)), summary);
}

void TestSummary::productWithoutPrices()
{
    QCOMPARE(PricingSummary::describe(Product {}), QStringLiteral("No price"));
}

void TestSummary::followsTheLocale()
{
    const Product p = pbtest::product(R"({"prices":[{"currency":"eur","billing":"one_time","scheme":"flat","amount":123456}]})");
    QCOMPARE(PricingSummary::describe(p, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1.234,56\u00a0€ once"));
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"

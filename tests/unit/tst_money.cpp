// Money: parsing what people type into minor units, exact decimal conversion, display.
#include "models/Money.h"

#include <QTest>

using namespace pb;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void negativeWhenAllowed();
    void decimalConversion_data();
    void decimalConversion();
    void fromDecimalRefuses();
    void format_data();
    void format();
    void currencyTable();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qlonglong>("minor");

    QTest::newRow("usd plain") << "29.99" << "usd" << "en_US" << 2999LL;
    QTest::newRow("usd whole") << "29" << "usd" << "en_US" << 2900LL;
    QTest::newRow("usd one decimal") << "29.9" << "usd" << "en_US" << 2990LL;
    QTest::newRow("usd leading point") << ".5" << "usd" << "en_US" << 50LL;
    QTest::newRow("usd trailing point") << "7." << "usd" << "en_US" << 700LL;
    QTest::newRow("usd thousands") << "1,000.50" << "usd" << "en_US" << 100050LL;
    QTest::newRow("usd millions") << "1,234,567.89" << "usd" << "en_US" << 123456789LL;
    QTest::newRow("usd symbol") << "US$29.99" << "usd" << "en_US" << 2999LL;
    QTest::newRow("usd dollar sign") << "$29.99" << "usd" << "en_US" << 2999LL;
    QTest::newRow("usd code after") << "29.99 USD" << "usd" << "en_US" << 2999LL;
    QTest::newRow("usd spaces") << "  29.99  " << "usd" << "en_US" << 2999LL;
    QTest::newRow("usd zero") << "0" << "usd" << "en_US" << 0LL;
    QTest::newRow("usd trailing zeros beyond exponent") << "29.9900" << "usd" << "en_US" << 2999LL;
    QTest::newRow("usd plus sign") << "+5" << "usd" << "en_US" << 500LL;
    QTest::newRow("jpy yen sign") << "¥500" << "jpy" << "en_US" << 500LL;
    QTest::newRow("jpy thousands") << "¥1,500" << "jpy" << "ja_JP" << 1500LL;
    QTest::newRow("jpy zero decimals ok") << "500.00" << "jpy" << "en_US" << 500LL;
    QTest::newRow("krw") << "₩12,000" << "krw" << "ko_KR" << 12000LL;
    QTest::newRow("bhd three decimals") << "1.500" << "bhd" << "en_US" << 1500LL;
    QTest::newRow("bhd code") << "BHD 0.125" << "bhd" << "en_US" << 125LL;
    QTest::newRow("kwd thousands") << "2,000.001" << "kwd" << "en_US" << 2000001LL;
    QTest::newRow("clf four decimals") << "1.2345" << "clf" << "es_CL" << 12345LL;
    QTest::newRow("eur german locale") << "1.000,50" << "eur" << "de_DE" << 100050LL;
    QTest::newRow("eur german locale symbol after") << "29,99 €" << "eur" << "de_DE" << 2999LL;
    QTest::newRow("eur german typed with point") << "29.99" << "eur" << "de_DE" << 2999LL;
    QTest::newRow("eur german thousands only") << "1.000" << "eur" << "de_DE" << 100000LL;
    QTest::newRow("eur french spaces") << "1 000,50" << "eur" << "fr_FR" << 100050LL;
    QTest::newRow("eur french narrow nbsp") << QString::fromUtf8("1\u202f000,50") << "eur" << "fr_FR" << 100050LL;
    QTest::newRow("chf swiss apostrophe locale") << "1000.50" << "chf" << "de_CH" << 100050LL;
    QTest::newRow("upper case currency code") << "10" << "USD" << "en_US" << 1000LL;
    QTest::newRow("inr lakh grouping") << "1,00,000.50" << "inr" << "hi_IN" << 10000050LL;
    QTest::newRow("usd crore grouping in hindi locale") << "5,00,15,001.50" << "usd" << "hi_IN" << 5001500150LL;
    QTest::newRow("usd thousands in hindi locale") << "1,000,000" << "usd" << "hi_IN" << 100000000LL;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0662\u0669\u066b\u0669\u0669") << "usd" << "ar_EG" << 2999LL;
    QTest::newRow("largest usd") << "92,233,720,368,547,758.07" << "usd" << "en_US" << 9223372036854775807LL;
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qlonglong, minor);
    const MoneyParseResult r = Money::parse(text, currency, QLocale(locale));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.minor, minor);
    QVERIFY(r.error.isEmpty());
}

void TestMoney::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "" << "usd" << "en_US" << "Enter an amount";
    QTest::newRow("blank") << "   " << "usd" << "en_US" << "Enter an amount";
    QTest::newRow("usd three decimals") << "29.999" << "usd" << "en_US" << "at most 2 decimal places";
    QTest::newRow("lakh grouping where the locale has none") << "1,00,000" << "usd" << "en_US" << "grouping is wrong";
    QTest::newRow("jpy decimals") << "500.5" << "jpy" << "en_US" << "no decimal places";
    QTest::newRow("bhd four decimals") << "1.5001" << "bhd" << "en_US" << "at most 3 decimal places";
    QTest::newRow("negative") << "-5.00" << "usd" << "en_US" << "cannot be negative";
    QTest::newRow("unicode minus") << QString::fromUtf8("\u22125") << "usd" << "en_US" << "cannot be negative";
    QTest::newRow("letters") << "abc" << "usd" << "en_US" << "is not an amount";
    QTest::newRow("two points") << "1.2.3" << "usd" << "en_US" << "more than one decimal point";
    QTest::newRow("bad grouping") << "1,00,0.00" << "usd" << "en_US" << "digit grouping";
    QTest::newRow("grouping after point") << "1.000,5" << "usd" << "en_US" << "grouping after the decimal point";
    QTest::newRow("other currency symbol") << "€5" << "usd" << "en_US" << "another currency";
    QTest::newRow("dollar for euro") << "$5" << "eur" << "en_US" << "another currency";
    QTest::newRow("overflow") << "92233720368547758.08" << "usd" << "en_US" << "too large";
    QTest::newRow("huge overflow") << QString(60, u'9') << "usd" << "en_US" << "too large";
    QTest::newRow("unknown currency") << "5" << "xyz" << "en_US" << "not a currency code";
    QTest::newRow("exponent notation") << "1e5" << "usd" << "en_US" << "is not an amount";
    QTest::newRow("only symbol") << "$" << "usd" << "en_US" << "is not an amount";
    QTest::newRow("very long input") << QString(5000, u'1') << "usd" << "en_US" << "is not an amount";
    QTest::newRow("embedded null") << QString::fromUtf8("5\0" "0", 3) << "usd" << "en_US" << "is not an amount";
}

void TestMoney::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, message);
    const MoneyParseResult r = Money::parse(text, currency, QLocale(locale));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestMoney::negativeWhenAllowed()
{
    const MoneyParseResult r = Money::parse(QStringLiteral("-12.34"), QStringLiteral("usd"), QLocale(QStringLiteral("en_US")),
                                            { .allowNegative = true });
    QVERIFY(r.ok);
    QCOMPARE(r.minor, -1234);
}

void TestMoney::decimalConversion_data()
{
    QTest::addColumn<qlonglong>("minor");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("decimal");

    QTest::newRow("usd") << 2999LL << 2 << "29.99";
    QTest::newRow("usd cents") << 5LL << 2 << "0.05";
    QTest::newRow("usd zero") << 0LL << 2 << "0.00";
    QTest::newRow("jpy") << 500LL << 0 << "500";
    QTest::newRow("bhd") << 1500LL << 3 << "1.500";
    QTest::newRow("bhd small") << 7LL << 3 << "0.007";
    QTest::newRow("clf") << 12345LL << 4 << "1.2345";
    QTest::newRow("negative") << -2999LL << 2 << "-29.99";
    QTest::newRow("int64 max") << 9223372036854775807LL << 2 << "92233720368547758.07";
}

void TestMoney::decimalConversion()
{
    QFETCH(qlonglong, minor);
    QFETCH(int, exponent);
    QFETCH(QString, decimal);
    QCOMPARE(Money::toDecimal(minor, exponent), decimal);
    QCOMPARE(Money::fromDecimal(decimal, exponent), std::optional<qint64>(minor));
}

void TestMoney::fromDecimalRefuses()
{
    QCOMPARE(Money::fromDecimal(QStringLiteral("29.999"), 2), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral("1e3"), 2), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral(""), 2), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral("."), 2), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral("5."), 2), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral("99999999999999999999"), 2), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral("2.50"), 0), std::nullopt);
    QCOMPARE(Money::fromDecimal(QStringLiteral("2.00"), 0), std::optional<qint64>(2));
}

void TestMoney::format_data()
{
    QTest::addColumn<qlonglong>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");

    QTest::newRow("usd") << 2999LL << "usd" << "en_US" << "US$29.99";
    QTest::newRow("usd thousands") << 123456789LL << "usd" << "en_US" << "US$1,234,567.89";
    QTest::newRow("jpy") << 500LL << "jpy" << "en_US" << "¥500";
    QTest::newRow("bhd code") << 1500LL << "bhd" << "en_US" << QString::fromUtf8("BHD\u00a01.500");
    QTest::newRow("eur german, sign after the amount") << 100050LL << "eur" << "de_DE" << QString::fromUtf8("1.000,50\u00a0€");
    QTest::newRow("negative") << -15LL << "usd" << "en_US" << "-US$0.15";
    QTest::newRow("arabic digits in the fraction too") << 1200LL << "gbp" << "ar_EG"
                                                      << QString::fromUtf8("\u0661\u0662\u066b\u0660\u0660\u00a0\u00a3"); // CLDR: the sign after
    QTest::newRow("zero") << 0LL << "gbp" << "en_GB" << "£0.00";
}

void TestMoney::format()
{
    QFETCH(qlonglong, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(Money::format(minor, currency, QLocale(locale)), text);
    // What is displayed parses back to the same amount.
    const MoneyParseResult back = Money::parse(text, currency, QLocale(locale), { .allowNegative = true });
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.minor, minor);
}

void TestMoney::currencyTable()
{
    for (const char* code : { "jpy", "krw", "vnd", "clp", "isk", "ugx", "xaf", "xof", "bif", "djf", "gnf", "kmf",
                              "mga", "pyg", "rwf", "vuv", "xpf" })
        QCOMPARE(Currency::exponent(QString::fromLatin1(code)), 0);
    for (const char* code : { "bhd", "jod", "kwd", "omr", "tnd" })
        QCOMPARE(Currency::exponent(QString::fromLatin1(code)), 3);
    QCOMPARE(Currency::exponent(QStringLiteral("usd")), 2);
    QVERIFY(Currency::isKnown(QStringLiteral("eur")));
    QVERIFY(!Currency::isKnown(QStringLiteral("EUR"))); // the model holds lower-case codes
    QVERIFY(!Currency::isKnown(QStringLiteral("xyz")));
    QVERIFY(Currency::allCodes().size() > 150);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

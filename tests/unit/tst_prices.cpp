// Archived prices and the plain-words checks on prices: what the summary counts, what the
// validator checks and warns about, for the prices a product really offers.
#include "TestSupport.h"
#include "models/PricingSummary.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"

#include <QTest>

using namespace pb;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// A Stripe product as Apply leaves it after a price change: the new default first, the price it
// replaced kept after it, archived.
Product replacedStripePrice()
{
    return pbtest::product(R"({"name":"Pro","prices":[
        {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2400,
         "remote_id":"price_new","default":true},
        {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1900,
         "remote_id":"price_old","archived":true}]})");
}

QStringList texts(const ValidationResult& r, bool warnings)
{
    QStringList out;
    for (const FieldMessage& m : r.messages)
        if (m.warning == warnings)
            out << m.location() + QStringLiteral(": ") + m.message;
    return out;
}

} // namespace

class TestPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryLeavesArchivedPricesOut();
    void validatorLeavesArchivedPricesAlone();
    void archivedPricesDoNotCountAgainstTheLimit();
    void oneTimePriceIsNotWarnedAboutItsPeriod();
    void fieldsReallyDroppedAreStillNamed();
};

void TestPrices::summaryLeavesArchivedPricesOut()
{
    Product p = replacedStripePrice();
    QCOMPARE(PricingSummary::describe(p, kEnglish), QStringLiteral("US$24.00 per month"));
    p.prices[0].archived = true; // nothing offered any more
    QCOMPARE(PricingSummary::describe(p, kEnglish), QStringLiteral("No price"));
    p.prices[1].archived = false; // restored: counted again
    QCOMPARE(PricingSummary::describe(p, kEnglish), QStringLiteral("US$19.00 per month"));
}

void TestPrices::validatorLeavesArchivedPricesAlone()
{
    // An archived price in a shape the form would refuse (no amount, a negative tier): it cannot
    // be edited, so nothing about it blocks or warns.
    Product p = replacedStripePrice();
    p.prices[1].amount.reset();
    p.prices[1].usageMetric = QStringLiteral("minutes");
    const ProviderSchema& stripe = schemaOf(providers::Stripe);
    for (Operation op : { Operation::Create, Operation::Update }) {
        const ValidationResult r = Validator::validate(stripe, p, op);
        QVERIFY2(r.isValid(), qPrintable(texts(r, false).join(u'\n')));
        for (const FieldMessage& m : r.messages)
            QVERIFY2(m.priceIndex != 1, qPrintable(m.location() + u' ' + m.message));
    }
    for (const FieldSpec& f : stripe.priceFields)
        QVERIFY(Validator::validateField(stripe, p, 1, f).isEmpty());
    // Restored, the same price is checked again.
    p.prices[1].archived = false;
    QVERIFY(!Validator::validate(stripe, p).isValid());
}

void TestPrices::archivedPricesDoNotCountAgainstTheLimit()
{
    // ChatDash takes exactly one price: an archived one beside it is history, not a second price.
    Product p = pbtest::product(R"({"name":"Chat","prices":[
        {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2999},
        {"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":1999,"archived":true}]})");
    const ProviderSchema& chatDash = schemaOf(providers::ChatDash);
    ValidationResult r = Validator::validate(chatDash, p);
    QVERIFY2(r.isValid(), qPrintable(texts(r, false).join(u'\n')));
    p.prices[0].archived = true; // none left that is offered: ChatDash needs one
    r = Validator::validate(chatDash, p);
    QCOMPARE(texts(r, false), QStringList { QStringLiteral("prices: ChatDash products need exactly one price.") });
}

void TestPrices::oneTimePriceIsNotWarnedAboutItsPeriod()
{
    // A new price starts monthly; chosen "One-time", its period is nothing the person entered and
    // nothing ChatDash would lose: no warning names it.
    const Product p = pbtest::product(R"({"name":"Setup fee","status":"active","prices":[
        {"currency":"usd","billing":"one_time","interval":"month","interval_count":1,"scheme":"flat","amount":5000}]})");
    for (Provider provider : { providers::ChatDash, providers::Stripe }) {
        const ValidationResult r = Validator::validate(schemaOf(provider), p);
        QVERIFY2(r.isValid(), qPrintable(texts(r, false).join(u'\n')));
        QVERIFY2(texts(r, true).isEmpty(), qPrintable(texts(r, true).join(u'\n')));
    }
}

void TestPrices::fieldsReallyDroppedAreStillNamed()
{
    // What a one-time ChatDash price cannot carry and the person did set is still said.
    const Product p = pbtest::product(R"({"name":"Setup fee","prices":[
        {"currency":"usd","billing":"one_time","interval":"year","scheme":"flat","amount":5000,"included_usage":100}]})");
    const QStringList warnings = texts(Validator::validate(schemaOf(providers::ChatDash), p), true);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("Included usage")), qPrintable(warnings.first()));
    QVERIFY2(!warnings.first().contains(QStringLiteral("Billing period")), qPrintable(warnings.first()));
}

QTEST_GUILESS_MAIN(TestPrices)
#include "tst_prices.moc"

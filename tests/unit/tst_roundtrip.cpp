// Property test: thousands of generated prices in every pricing shape, in zero-, two-, three-
// and four-decimal currencies. Each must validate, serialize, read back from the exact bytes
// with the same amounts, and have a plain-words summary that states every amount the body carries.
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "models/Money.h"
#include "models/PricingSummary.h"
#include "services/providers/RequestReader.h"
#include "services/providers/RequestSerializer.h"
#include "ProductGenerator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pb;

namespace {

QList<QPair<qint64, QString>> amountsOf(const Price& p)
{
    QList<QPair<qint64, QString>> out;
    auto add = [&](const std::optional<qint64>& v) {
        if (v)
            out.append({ *v, p.currency });
    };
    add(p.amount);
    add(p.overageAmount);
    add(p.customMinimum);
    add(p.customPreset);
    add(p.customMaximum);
    for (const Tier& t : p.tiers) {
        add(t.unitAmount);
        add(t.flatAmount);
    }
    for (const CurrencyAmount& c : p.currencyOptions)
        out.append({ c.amount, c.currency });
    return out;
}

// Everything the provider carries must come back; members it has no field for are not compared.
void compareCarried(Provider provider, const Price& sent, const Price& back)
{
    QCOMPARE(back.currency, sent.currency);
    QCOMPARE(back.billing, sent.billing);
    QCOMPARE(back.tiers, sent.tiers);
    QCOMPARE(back.tiersMode, sent.tiersMode);
    QCOMPARE(back.overageAmount, sent.overageAmount);
    QCOMPARE(back.includedUsage, sent.includedUsage);
    if (sent.billing == u"recurring") {
        QCOMPARE(back.interval, sent.interval);
        QCOMPARE(back.intervalCount, sent.intervalCount);
    }
    if (provider == providers::Piriod && sent.scheme == u"tiered")
        QCOMPARE(back.amount, sent.amount);
    else if (sent.scheme != u"tiered" && sent.scheme != u"custom")
        QCOMPARE(back.amount, sent.amount);
    QCOMPARE(back.customMinimum, sent.customMinimum);
    QCOMPARE(back.customPreset, sent.customPreset);
    QCOMPARE(back.customMaximum, sent.customMaximum);
    QCOMPARE(back.packageSize, sent.packageSize);
    QCOMPARE(back.currencyOptions, sent.currencyOptions);
    QCOMPARE(back.usageType, sent.usageType);
    QCOMPARE(back.meterId, sent.meterId);
    if (provider != providers::Stripe)
        QCOMPARE(back.usageMetric, sent.usageMetric);
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void generatedPrices_data();
    void generatedPrices();
    void readerRefusesMalformedBodies();
};

void TestRoundTrip::generatedPrices_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("count");
    QTest::newRow("chatdash") << "chatdash" << 2000;
    QTest::newRow("stripe") << "stripe" << 2000;
    QTest::newRow("piriod") << "piriod" << 1500;
}

void TestRoundTrip::generatedPrices()
{
    QFETCH(QString, provider);
    QFETCH(int, count);
    const Provider p = *providerFromKey(provider);
    pbtest::Generator gen(0xC0FFEEu + quint32(allProviders().indexOf(p)));
    AccountTarget target;
    target.provider = p;
    target.set(QStringLiteral("account-id"), QStringLiteral("acct_1"));
    target.set(QStringLiteral("workspace"), QStringLiteral("ws_1"));
    int prices = 0;
    for (int i = 0; i < count; ++i) {
        const Product product = p == providers::ChatDash ? gen.chatDash() : p == providers::Stripe ? gen.stripe() : gen.piriod();
        const RequestPlan plan = RequestSerializer::build(product, target, { Operation::Create, {}, QStringLiteral("k"), false, {} });
        if (!plan.validation.isValid()) {
            for (const FieldMessage& m : plan.validation.messages)
                qWarning().noquote() << m.location() << m.message;
            QFAIL("a generated product was refused");
        }
        QList<QByteArray> bodies;
        for (const ProviderRequest& r : plan.steps)
            if (r.step != u"default_price")
                bodies << r.bodyBytes();
        const ReadBack back = RequestReader::readCreate(p, bodies);
        QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
        QCOMPARE(back.product.name, product.name);
        QCOMPARE(back.product.prices.size(), product.prices.size());
        for (int k = 0; k < product.prices.size(); ++k) {
            compareCarried(p, product.prices.at(k), back.product.prices.at(k));
            if (QTest::currentTestFailed()) {
                qWarning().noquote() << "bodies:" << bodies;
                return;
            }
            // The summary of what was read back states every amount the body carried. Stripe has one
            // "standard" price for flat and per-unit amounts alike, so the two read back the same.
            Price readBack = back.product.prices.at(k);
            if (p == providers::Stripe && readBack.scheme == u"flat")
                readBack.scheme = product.prices.at(k).scheme;
            const QString summary = PricingSummary::describe(readBack, back.product.unitLabel);
            QCOMPARE(summary, PricingSummary::describe(product.prices.at(k), product.unitLabel));
            for (const auto& [amount, currency] : amountsOf(back.product.prices.at(k))) {
                const QString shown = Money::format(amount, currency);
                QVERIFY2(summary.contains(shown), qPrintable(summary + QStringLiteral(" lacks ") + shown));
            }
            ++prices;
        }
    }
    qInfo("%d prices round-tripped", prices);
}

void TestRoundTrip::readerRefusesMalformedBodies()
{
    QVERIFY(!RequestReader::readCreate(providers::ChatDash, { "not json" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::ChatDash, { "{}" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::ChatDash, { R"({"data":{"base_price":29.99,"currency":"usd","pricing_model":"base"}})" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::Piriod, { R"({"name":"A","unit_label":"u"})", R"({"currency":"usd","amount":29.999})" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::Stripe, { "name=A&default_price_data[currency]=usd&default_price_data[unit_amount]=1.5" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::Stripe, { "a[b=1" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::Jani, { "[1,2]" }).ok());
    QVERIFY(!RequestReader::readCreate(providers::Jani, {}).ok());
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"

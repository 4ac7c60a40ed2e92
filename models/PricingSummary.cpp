#include "PricingSummary.h"

#include "Money.h"

#include <QCoreApplication>

namespace pb::PricingSummary {

namespace {

// Translations in the "PricingSummary" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PricingSummary)
};

struct Noun {
    QString one;
    QString many;
    QString of(qint64 n) const { return n == 1 ? one : many; }
};

Noun unitNoun(const Price& price, const QString& unitLabel, const QLocale& locale)
{
    if (price.usageMetric == u"minutes")
        return { Text::tr("minute"), Text::tr("minutes") };
    if (price.usageMetric == u"interactions")
        return { Text::tr("interaction"), Text::tr("interactions") };
    if (price.usageMetric == u"conversations")
        return { Text::tr("conversation"), Text::tr("conversations") };
    if (price.usageMetric == u"valueBased")
        return { Text::tr("unit of value"), Text::tr("units of value") };
    if (!price.usageMetric.isEmpty())
        return { price.usageMetric, price.usageMetric };
    const QString label = unitLabel.trimmed();
    if (!label.isEmpty()) {
        // Unit labels are singular ("seat"); English plurals are formed here, other languages keep the label.
        const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
        const bool pluralizable = english && label.back().isLetter() && !label.endsWith(u's');
        return { label, pluralizable ? label + u's' : label };
    }
    return { Text::tr("unit"), Text::tr("units") };
}

Noun intervalNoun(const QString& interval)
{
    if (interval == u"day")
        return { Text::tr("day"), Text::tr("days") };
    if (interval == u"week")
        return { Text::tr("week"), Text::tr("weeks") };
    if (interval == u"year")
        return { Text::tr("year"), Text::tr("years") };
    return { Text::tr("month"), Text::tr("months") };
}

// "per month", "every 3 months", "once"
QString period(const Price& p, const QLocale& locale)
{
    if (p.billing == u"one_time")
        return Text::tr("once");
    const qint64 count = p.intervalCount.value_or(1);
    const Noun n = intervalNoun(p.interval);
    if (count == 1)
        return Text::tr("per %1").arg(n.one);
    return Text::tr("every %1 %2").arg(locale.toString(qlonglong(count)), n.many);
}

// "billed monthly", "billed every 3 months", "billed once"
QString billed(const Price& p, const QLocale& locale)
{
    if (p.billing == u"one_time")
        return Text::tr("billed once");
    if (p.interval.isEmpty())
        return Text::tr("billing period not set"); // not "monthly": nothing says so
    const qint64 count = p.intervalCount.value_or(1);
    if (count == 1) {
        if (p.interval == u"day")
            return Text::tr("billed daily");
        if (p.interval == u"week")
            return Text::tr("billed weekly");
        if (p.interval == u"year")
            return Text::tr("billed yearly");
        return Text::tr("billed monthly");
    }
    return Text::tr("billed every %1 %2").arg(locale.toString(qlonglong(count)), intervalNoun(p.interval).many);
}

QString money(qint64 minor, const Price& p, const QLocale& locale) { return Money::format(minor, p.currency, locale); }

// A sub-minor-unit amount given as decimal text of minor units ("0.5" cents) in major units.
QString decimalMoney(const QString& minorDecimal, const Price& p, const QLocale& locale)
{
    const int exponent = Currency::exponent(p.currency);
    QString intPart = minorDecimal.section(u'.', 0, 0);
    QString frac = minorDecimal.section(u'.', 1);
    intPart = intPart.rightJustified(exponent + 1, u'0');
    const QString majorInt = intPart.left(intPart.size() - exponent);
    QString majorFrac = intPart.right(exponent) + frac;
    while (majorFrac.size() > exponent && majorFrac.endsWith(u'0'))
        majorFrac.chop(1);
    bool ok = false;
    const qlonglong whole = majorInt.toLongLong(&ok);
    const QString number = (ok ? locale.toString(whole) : majorInt)
        + (majorFrac.isEmpty() ? QString() : locale.decimalPoint() + majorFrac);
    return Money::withCurrency(number, p.currency, locale);
}

QString tierPrice(const Tier& t, const Price& p, const QLocale& locale)
{
    QStringList parts;
    if (t.unitAmount)
        parts << Text::tr("%1 each").arg(money(*t.unitAmount, p, locale));
    if (t.flatAmount)
        parts << Text::tr("%1 flat").arg(money(*t.flatAmount, p, locale));
    return parts.join(Text::tr(" plus "));
}

QString tiers(const Price& p, const Noun& noun, const QLocale& locale)
{
    QStringList rows;
    qint64 from = 1;
    for (const Tier& t : p.tiers) {
        const QString price = tierPrice(t, p, locale);
        if (t.upTo) {
            if (from == 1)
                rows << Text::tr("first %1 %2 at %3").arg(locale.toString(qlonglong(*t.upTo)), noun.of(*t.upTo), price);
            else
                rows << Text::tr("%1–%2 at %3")
                            .arg(locale.toString(qlonglong(from)), locale.toString(qlonglong(*t.upTo)), price);
            from = *t.upTo + 1;
        } else {
            rows << (from == 1 ? Text::tr("any number of %1 at %2").arg(noun.many, price)
                               : Text::tr("%1 and above at %2").arg(locale.toString(qlonglong(from)), price));
        }
    }
    const QString mode = p.tiersMode == u"volume"
        ? Text::tr("Volume tiers (all %1 at the tier reached)").arg(noun.many)
        : Text::tr("Graduated tiers");
    return Text::tr("%1, %2: %3").arg(mode, billed(p, locale), rows.join(Text::tr("; ")));
}

QString extras(const Price& p, const QLocale& locale)
{
    QString out;
    if (!p.currencyOptions.isEmpty()) {
        QStringList also;
        for (const CurrencyAmount& c : p.currencyOptions)
            also << Money::format(c.amount, c.currency, locale);
        out += Text::tr(" (also %1)").arg(also.join(Text::tr(", ")));
    }
    if (p.usageType == u"metered")
        out += Text::tr(", metered");
    if (p.taxBehavior == u"inclusive")
        out += Text::tr(", tax inclusive");
    else if (p.taxBehavior == u"exclusive")
        out += Text::tr(", plus tax");
    return out;
}

} // namespace

QString describe(const Price& p, const QString& unitLabel, const QLocale& locale)
{
    if (!Currency::isKnown(p.currency))
        return Text::tr("Incomplete price: no currency");
    const Noun noun = unitNoun(p, unitLabel, locale);
    QString text;
    if (p.scheme == u"tiered") {
        if (p.tiers.isEmpty())
            return Text::tr("Incomplete price: no tiers");
        for (qsizetype i = 0; i < p.tiers.size(); ++i)
            if (!p.tiers.at(i).unitAmount && !p.tiers.at(i).flatAmount)
                return Text::tr("Incomplete price: tier %1 has no amount").arg(i + 1);
        text = tiers(p, noun, locale);
        if (p.amount && *p.amount != 0) // a fixed amount on top of the tiers
            text += Text::tr(", plus %1 %2").arg(money(*p.amount, p, locale), period(p, locale));
    } else if (p.scheme == u"package") {
        if (!p.amount || !p.packageSize)
            return Text::tr("Incomplete price: package price or size missing");
        text = Text::tr("%1 per %2 %3 (partial packages rounded %4), %5")
                   .arg(money(*p.amount, p, locale), locale.toString(qlonglong(*p.packageSize)), noun.of(*p.packageSize),
                        p.packageRounding == u"down" ? Text::tr("down") : Text::tr("up"), billed(p, locale));
    } else if (p.scheme == u"custom") {
        QStringList bounds;
        if (p.customMinimum)
            bounds << Text::tr("minimum %1").arg(money(*p.customMinimum, p, locale));
        if (p.customPreset)
            bounds << Text::tr("suggested %1").arg(money(*p.customPreset, p, locale));
        if (p.customMaximum)
            bounds << Text::tr("maximum %1").arg(money(*p.customMaximum, p, locale));
        text = Text::tr("Customer chooses the amount");
        if (!bounds.isEmpty())
            text += Text::tr(" (%1)").arg(bounds.join(Text::tr(", ")));
        text += Text::tr(", %1").arg(billed(p, locale));
    } else if (p.scheme == u"per_unit") {
        QString each;
        if (p.amount)
            each = money(*p.amount, p, locale);
        else if (!p.amountDecimal.isEmpty())
            each = decimalMoney(p.amountDecimal, p, locale);
        else
            return Text::tr("Incomplete price: no price per unit");
        if (p.includedUsage && p.overageAmount)
            text = Text::tr("%1 per %2 up to %3 %4, then %5 per %2, %6")
                       .arg(each, noun.one, locale.toString(qlonglong(*p.includedUsage)), noun.of(*p.includedUsage),
                            money(*p.overageAmount, p, locale), billed(p, locale));
        else
            text = Text::tr("%1 per %2, %3").arg(each, noun.one, billed(p, locale));
        if (p.overageAmount && !p.includedUsage)
            text += Text::tr(", overage %1 per %2").arg(money(*p.overageAmount, p, locale), noun.one);
    } else {
        QString amount;
        if (p.amount)
            amount = money(*p.amount, p, locale);
        else if (!p.amountDecimal.isEmpty())
            amount = decimalMoney(p.amountDecimal, p, locale);
        else
            return Text::tr("Incomplete price: no amount");
        // A metered price is paid for what is used: its amount is per unit, billed each period.
        text = p.usageType == u"metered" && p.billing != u"one_time" ? Text::tr("%1 per %2, %3").arg(amount, noun.one, billed(p, locale))
                                                                     : Text::tr("%1 %2").arg(amount, period(p, locale));
        if (p.includedUsage) {
            text += Text::tr(", includes %1 %2").arg(locale.toString(qlonglong(*p.includedUsage)), noun.of(*p.includedUsage));
            if (p.overageAmount)
                text += Text::tr(", then %1 per %2").arg(money(*p.overageAmount, p, locale), noun.one);
        } else if (p.overageAmount) {
            text += Text::tr(", overage %1 per %2").arg(money(*p.overageAmount, p, locale), noun.one);
        }
    }
    return text + extras(p, locale);
}

QString describe(const Product& product, const QLocale& locale)
{
    // An archived price is history, not something the product is sold at.
    QStringList parts;
    for (const Price& p : product.prices)
        if (!p.archived)
            parts << describe(p, product.unitLabel, locale);
    if (parts.isEmpty())
        return Text::tr("No price");
    return parts.join(Text::tr("; "));
}

} // namespace pb::PricingSummary

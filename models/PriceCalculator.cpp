#include "PriceCalculator.h"

#include <limits>

namespace pb::PriceCalculator {

namespace {

qint64 mul(qint64 a, qint64 b)
{
    qint64 r = 0;
    return __builtin_mul_overflow(a, b, &r) ? std::numeric_limits<qint64>::max() : r;
}

qint64 add(qint64 a, qint64 b)
{
    qint64 r = 0;
    return __builtin_add_overflow(a, b, &r) ? std::numeric_limits<qint64>::max() : r;
}

} // namespace

bool dependsOnUsage(const Price& p)
{
    if (p.scheme == u"per_unit" || p.scheme == u"tiered" || p.scheme == u"package")
        return true;
    return p.scheme == u"flat" && p.includedUsage && p.overageAmount;
}

std::optional<qint64> cost(const Price& p, qint64 q)
{
    q = qMax<qint64>(0, q);
    if (p.scheme == u"custom")
        return std::nullopt;
    if (p.scheme == u"tiered") {
        if (p.tiers.isEmpty())
            return std::nullopt;
        qint64 total = 0;
        qint64 below = 0; // units covered by earlier tiers
        for (const Tier& t : p.tiers) {
            const qint64 upTo = t.upTo.value_or(std::numeric_limits<qint64>::max());
            if (p.tiersMode == u"volume") {
                if (q <= upTo || !t.upTo)
                    return add(mul(q, t.unitAmount.value_or(0)), q > 0 ? t.flatAmount.value_or(0) : 0);
                continue;
            }
            if (q <= below)
                break;
            const qint64 inTier = qMin(q, upTo) - below;
            total = add(total, add(mul(inTier, t.unitAmount.value_or(0)), inTier > 0 ? t.flatAmount.value_or(0) : 0));
            below = upTo;
        }
        return total;
    }
    if (!p.amount)
        return std::nullopt;
    if (p.scheme == u"package") {
        const qint64 size = qMax<qint64>(1, p.packageSize.value_or(1));
        const qint64 packages = p.packageRounding == u"down" ? q / size : (q + size - 1) / size;
        return mul(packages, *p.amount);
    }
    const qint64 included = p.includedUsage.value_or(0);
    const qint64 over = p.includedUsage && p.overageAmount ? mul(qMax<qint64>(0, q - included), *p.overageAmount) : 0;
    if (p.scheme == u"per_unit") {
        const qint64 billed = p.includedUsage && p.overageAmount ? qMin(q, included) : q;
        return add(mul(billed, *p.amount), over);
    }
    return add(*p.amount, over); // flat, with overage beyond the included usage
}

qint64 chartRange(const Price& p)
{
    qint64 range = 100;
    if (p.includedUsage && *p.includedUsage > 0)
        range = *p.includedUsage * 2;
    if (p.scheme == u"package" && p.packageSize)
        range = qMax<qint64>(range, *p.packageSize * 5);
    for (const Tier& t : p.tiers)
        if (t.upTo)
            range = qMax<qint64>(range, *t.upTo + *t.upTo / 2);
    return qMin<qint64>(range, 1'000'000'000);
}

} // namespace pb::PriceCalculator

#pragma once
// Generates valid products in every pricing shape a provider carries, from a seed, for
// property and contract tests.

#include "models/Product.h"

#include <QRandomGenerator>

namespace pbtest {

using namespace pb;

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
    }

    qint64 amount(qint64 max = 99999999) { return qint64(m_rng.bounded(quint64(max) + 1)); }
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool coin() { return m_rng.bounded(2) == 1; }
    template <typename T> T oneOf(std::initializer_list<T> items) { return *(items.begin() + pick(int(items.size()))); }

    QString currency()
    {
        return oneOf<QString>({ QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("jpy"), QStringLiteral("krw"),
                                QStringLiteral("clp"), QStringLiteral("bhd"), QStringLiteral("kwd"), QStringLiteral("tnd"),
                                QStringLiteral("gbp"), QStringLiteral("vnd") });
    }

    QList<Tier> tiers(bool exactlyOneAmount)
    {
        QList<Tier> out;
        const int n = 1 + pick(5);
        qint64 bound = 0;
        for (int i = 0; i < n; ++i) {
            Tier t;
            if (i < n - 1) {
                bound += 1 + amount(5000);
                t.upTo = bound;
            }
            const int which = exactlyOneAmount ? pick(2) : pick(3);
            if (which == 0 || which == 2)
                t.unitAmount = amount(100000);
            if (which == 1 || which == 2)
                t.flatAmount = amount(1000000);
            out.append(t);
        }
        return out;
    }

    Product chatDash()
    {
        Product p;
        p.name = QStringLiteral("Generated %1").arg(amount(1000000));
        Price price;
        price.currency = currency();
        const int model = pick(3);
        price.billing = model == 2 ? QStringLiteral("one_time") : QStringLiteral("recurring");
        price.scheme = model == 1 ? QStringLiteral("per_unit") : QStringLiteral("flat");
        if (model != 2) {
            price.interval = oneOf<QString>({ QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year") });
            price.intervalCount = 1;
            price.usageMetric = oneOf<QString>({ QStringLiteral("interactions"), QStringLiteral("minutes"),
                                                 QStringLiteral("conversations"), QStringLiteral("valueBased") });
            if (coin()) {
                price.includedUsage = amount(100000);
                price.overageAmount = amount(10000);
            } else if (coin()) {
                price.overageAmount = amount(10000);
            }
        }
        price.amount = amount();
        if (coin())
            price.taxBehavior = oneOf<QString>({ QStringLiteral("inclusive"), QStringLiteral("exclusive"), QStringLiteral("unspecified") });
        p.prices.append(price);
        return p;
    }

    Product stripe()
    {
        Product p;
        p.name = QStringLiteral("Generated %1").arg(amount(1000000));
        Price price;
        price.currency = currency();
        const bool recurring = coin();
        price.billing = recurring ? QStringLiteral("recurring") : QStringLiteral("one_time");
        if (recurring) {
            price.interval = oneOf<QString>({ QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year") });
            price.intervalCount = 1 + pick(3);
            price.usageType = QStringLiteral("licensed");
        }
        switch (pick(5)) {
        case 0:
            price.scheme = coin() ? QStringLiteral("flat") : QStringLiteral("per_unit");
            price.amount = amount();
            for (const QString& c : { QStringLiteral("eur"), QStringLiteral("jpy"), QStringLiteral("bhd") })
                if (c != price.currency && coin())
                    price.currencyOptions.append({ c, amount() });
            break;
        case 1:
            price.scheme = QStringLiteral("custom");
            price.customMinimum = amount(1000);
            price.customPreset = *price.customMinimum + amount(1000);
            price.customMaximum = *price.customPreset + amount(100000);
            break;
        case 2:
            price.scheme = QStringLiteral("tiered");
            price.tiersMode = coin() ? QStringLiteral("graduated") : QStringLiteral("volume");
            price.tiers = tiers(false);
            break;
        case 3:
            price.scheme = QStringLiteral("package");
            price.amount = amount();
            price.packageSize = 1 + amount(1000);
            price.packageRounding = coin() ? QStringLiteral("up") : QStringLiteral("down");
            break;
        case 4:
            price.scheme = QStringLiteral("per_unit");
            price.amount = amount();
            if (recurring) {
                price.usageType = QStringLiteral("metered");
                price.meterId = QStringLiteral("mtr_%1").arg(amount(99999));
            }
            break;
        }
        if (coin())
            price.taxBehavior = oneOf<QString>({ QStringLiteral("inclusive"), QStringLiteral("exclusive") });
        p.prices.append(price);
        return p;
    }

    Product piriod()
    {
        Product p;
        p.name = QStringLiteral("Generated %1").arg(amount(1000000));
        p.unitLabel = QStringLiteral("seat");
        const int plans = 1 + pick(3);
        for (int i = 0; i < plans; ++i) {
            Price price;
            price.planName = QStringLiteral("Plan %1").arg(i);
            price.planDescription = QStringLiteral("Generated plan");
            price.currency = oneOf<QString>({ QStringLiteral("clp"), QStringLiteral("clf"), QStringLiteral("usd"), QStringLiteral("bhd"), QStringLiteral("jpy") });
            price.billing = QStringLiteral("recurring");
            const int f = pick(5);
            price.interval = f == 0 ? QStringLiteral("week") : f == 4 ? QStringLiteral("year") : QStringLiteral("month");
            price.intervalCount = f == 2 ? 3 : f == 3 ? 6 : 1;
            price.amount = amount(999999999999LL);
            if (coin()) {
                price.scheme = QStringLiteral("tiered");
                price.tiersMode = coin() ? QStringLiteral("graduated") : QStringLiteral("volume");
                price.tiers = tiers(true);
            } else {
                price.scheme = QStringLiteral("flat");
            }
            if (coin()) {
                price.usageType = QStringLiteral("metered");
                price.usageAggregation = oneOf<QString>({ QStringLiteral("sum"), QStringLiteral("max"), QStringLiteral("last_record") });
            }
            p.prices.append(price);
        }
        return p;
    }

    // Jani products carry no price; the fields its form has, each set or left empty.
    Product jani()
    {
        Product p;
        p.name = QStringLiteral("Generated %1").arg(amount(1000000));
        p.productType = oneOf<QString>({ QStringLiteral("service"), QStringLiteral("good") });
        if (coin())
            p.description = QStringLiteral("Generated description %1").arg(amount(1000));
        if (coin())
            p.imageUrl = QStringLiteral("https://example.com/%1.png").arg(amount(1000));
        return p;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace pbtest

#pragma once
// The provider-neutral product and its prices. Every amount is qint64 minor units;
// every optional number is std::optional so "not entered" differs from zero.
// Provider schemas (ProviderSchema.h) map these members to each provider's fields by path.

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace pb {

struct Tier {
    std::optional<qint64> upTo;       // inclusive upper bound; nullopt is the unbounded last tier ("inf")
    std::optional<qint64> unitAmount; // per unit in this tier
    std::optional<qint64> flatAmount; // for the whole tier
    bool operator==(const Tier&) const = default;
};

struct CurrencyAmount {
    QString currency;
    qint64 amount = 0;
    bool operator==(const CurrencyAmount&) const = default;
};

struct Price {
    QString currency;      // lower-case ISO 4217
    QString billing;       // "one_time" | "recurring"
    QString interval;      // "day" | "week" | "month" | "year"
    std::optional<qint64> intervalCount;
    QString scheme;        // "flat" | "per_unit" | "tiered" | "package" | "custom"
    std::optional<qint64> amount;  // flat price, price per unit, or price per package
    QString amountDecimal; // sub-minor-unit price per unit as exact decimal text (a provider that prices below the minor unit)
    QString usageMetric;   // what usage counts: "minutes", "interactions", ...
    std::optional<qint64> includedUsage; // usage included in a base price
    std::optional<qint64> overageAmount; // per unit above the included usage
    QString tiersMode;     // "graduated" | "volume"
    QList<Tier> tiers;
    std::optional<qint64> packageSize; // units per package
    QString packageRounding;           // "up" | "down"
    std::optional<qint64> customMinimum;
    std::optional<qint64> customMaximum;
    std::optional<qint64> customPreset;
    QList<CurrencyAmount> currencyOptions; // the same price in further currencies
    QString taxBehavior;   // "inclusive" | "exclusive" | "unspecified"
    QString usageType;     // "licensed" | "metered"
    QString meterId;       // the provider's meter for metered prices
    QString usageAggregation; // "sum" | "max" | "last_record"
    QString planName;      // for providers that name each price (a plan)
    QString planDescription;
    QString sku;
    QString planUnitLabel;
    std::optional<bool> taxExempt;
    // What the provider knows the price by, once it exists there (several prices per product,
    // each its own remote object).
    QString remoteId;
    QString nickname;      // a provider's internal label for the price
    QString lookupKey;     // a provider's stable key for the price, unique per account
    bool isDefault = false;  // the product's default price on the provider
    bool archived = false;   // no longer offered on the provider (kept for its history)
    bool operator==(const Price&) const = default;
};

struct Product {
    QString name;
    QString description;
    QString status;        // "active" | "inactive" | "archived"
    // Attributes only some providers have; their schemas map them by path
    QString idOverride;      // optional id override
    QStringList images;
    QStringList marketingFeatures;
    QList<QPair<QString, QString>> metadata;
    QString unitLabel;     // what one unit is called
    QString statementDescriptor;
    QString taxCode;
    QString url;
    std::optional<qint64> packageHeight; // hundredths of an inch
    std::optional<qint64> packageLength;
    std::optional<qint64> packageWidth;
    std::optional<qint64> packageWeight; // hundredths of an ounce
    std::optional<bool> shippable;
    QString productType;
    QString imageUrl;
    QString customData;    // JSON text: an object, or "null"
    QList<Price> prices;
    // Set when the product was pulled in a shape Pricebook cannot edit: why. Such a product is
    // kept as the provider has it and never sent.
    QString readOnlyReason;
    bool operator==(const Product&) const = default;
};

// Puts the members whose order carries no meaning (currency options, metadata) in key order,
// as the JSON document format keeps them.
inline void normalize(Product& product)
{
    std::sort(product.metadata.begin(), product.metadata.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (Price& price : product.prices)
        std::sort(price.currencyOptions.begin(), price.currencyOptions.end(),
                  [](const CurrencyAmount& a, const CurrencyAmount& b) { return a.currency < b.currency; });
}

} // namespace pb

using PbKeyValueList = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(PbKeyValueList)
Q_DECLARE_METATYPE(pb::Tier)
Q_DECLARE_METATYPE(QList<pb::Tier>)
Q_DECLARE_METATYPE(pb::CurrencyAmount)
Q_DECLARE_METATYPE(QList<pb::CurrencyAmount>)

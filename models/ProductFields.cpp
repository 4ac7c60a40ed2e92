#include "ProductFields.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace pb {

namespace {

using ProductGet = std::function<QVariant(const Product&)>;
using ProductSet = std::function<void(Product&, const QVariant&)>;
using PriceGet = std::function<QVariant(const Price&)>;
using PriceSet = std::function<void(Price&, const QVariant&)>;

struct Accessor {
    ValueKind kind;
    ProductGet productGet;
    ProductSet productSet;
    PriceGet priceGet;
    PriceSet priceSet;
};

QVariant fromText(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant fromInt(const std::optional<qint64>& v) { return v ? QVariant(qlonglong(*v)) : QVariant(); }
QVariant fromBool(const std::optional<bool>& v) { return v ? QVariant(*v) : QVariant(); }
std::optional<qint64> toInt(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    bool ok = false;
    const qlonglong n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}
std::optional<bool> toBool(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toBool();
}

template <typename M> Accessor productText(M Product::*m)
{
    return { ValueKind::Text, [m](const Product& p) { return fromText(p.*m); },
             [m](Product& p, const QVariant& v) { p.*m = v.toString(); }, {}, {} };
}
template <typename M> Accessor productInt(M Product::*m)
{
    return { ValueKind::Integer, [m](const Product& p) { return fromInt(p.*m); },
             [m](Product& p, const QVariant& v) { p.*m = toInt(v); }, {}, {} };
}
template <typename M> Accessor priceText(M Price::*m)
{
    return { ValueKind::Text, {}, {}, [m](const Price& p) { return fromText(p.*m); },
             [m](Price& p, const QVariant& v) { p.*m = v.toString(); } };
}
template <typename M> Accessor priceInt(M Price::*m)
{
    return { ValueKind::Integer, {}, {}, [m](const Price& p) { return fromInt(p.*m); },
             [m](Price& p, const QVariant& v) { p.*m = toInt(v); } };
}

const QHash<QString, Accessor>& accessors()
{
    static const QHash<QString, Accessor> table = [] {
        QHash<QString, Accessor> t;
        t.insert(QStringLiteral("name"), productText(&Product::name));
        t.insert(QStringLiteral("description"), productText(&Product::description));
        t.insert(QStringLiteral("status"), productText(&Product::status));
        t.insert(QStringLiteral("idOverride"), productText(&Product::idOverride));
        t.insert(QStringLiteral("unitLabel"), productText(&Product::unitLabel));
        t.insert(QStringLiteral("statementDescriptor"), productText(&Product::statementDescriptor));
        t.insert(QStringLiteral("taxCode"), productText(&Product::taxCode));
        t.insert(QStringLiteral("url"), productText(&Product::url));
        t.insert(QStringLiteral("productType"), productText(&Product::productType));
        t.insert(QStringLiteral("imageUrl"), productText(&Product::imageUrl));
        t.insert(QStringLiteral("customData"), productText(&Product::customData));
        t.insert(QStringLiteral("packageHeight"), productInt(&Product::packageHeight));
        t.insert(QStringLiteral("packageLength"), productInt(&Product::packageLength));
        t.insert(QStringLiteral("packageWidth"), productInt(&Product::packageWidth));
        t.insert(QStringLiteral("packageWeight"), productInt(&Product::packageWeight));
        t.insert(QStringLiteral("shippable"),
                 { ValueKind::Bool, [](const Product& p) { return fromBool(p.shippable); },
                   [](Product& p, const QVariant& v) { p.shippable = toBool(v); }, {}, {} });
        t.insert(QStringLiteral("images"),
                 { ValueKind::TextList,
                   [](const Product& p) { return p.images.isEmpty() ? QVariant() : QVariant(p.images); },
                   [](Product& p, const QVariant& v) { p.images = v.toStringList(); }, {}, {} });
        t.insert(QStringLiteral("marketingFeatures"),
                 { ValueKind::TextList,
                   [](const Product& p) {
                       return p.marketingFeatures.isEmpty() ? QVariant() : QVariant(p.marketingFeatures);
                   },
                   [](Product& p, const QVariant& v) { p.marketingFeatures = v.toStringList(); }, {}, {} });
        t.insert(QStringLiteral("metadata"),
                 { ValueKind::KeyValues,
                   [](const Product& p) {
                       return p.metadata.isEmpty() ? QVariant() : QVariant::fromValue(PbKeyValueList(p.metadata));
                   },
                   [](Product& p, const QVariant& v) { p.metadata = v.value<PbKeyValueList>(); }, {}, {} });

        t.insert(QStringLiteral("price.currency"), priceText(&Price::currency));
        t.insert(QStringLiteral("price.billing"), priceText(&Price::billing));
        t.insert(QStringLiteral("price.interval"), priceText(&Price::interval));
        t.insert(QStringLiteral("price.intervalCount"), priceInt(&Price::intervalCount));
        t.insert(QStringLiteral("price.scheme"), priceText(&Price::scheme));
        t.insert(QStringLiteral("price.amount"), priceInt(&Price::amount));
        t.insert(QStringLiteral("price.amountDecimal"), priceText(&Price::amountDecimal));
        t.insert(QStringLiteral("price.usageMetric"), priceText(&Price::usageMetric));
        t.insert(QStringLiteral("price.includedUsage"), priceInt(&Price::includedUsage));
        t.insert(QStringLiteral("price.overageAmount"), priceInt(&Price::overageAmount));
        t.insert(QStringLiteral("price.tiersMode"), priceText(&Price::tiersMode));
        t.insert(QStringLiteral("price.packageSize"), priceInt(&Price::packageSize));
        t.insert(QStringLiteral("price.packageRounding"), priceText(&Price::packageRounding));
        t.insert(QStringLiteral("price.customMinimum"), priceInt(&Price::customMinimum));
        t.insert(QStringLiteral("price.customMaximum"), priceInt(&Price::customMaximum));
        t.insert(QStringLiteral("price.customPreset"), priceInt(&Price::customPreset));
        t.insert(QStringLiteral("price.taxBehavior"), priceText(&Price::taxBehavior));
        t.insert(QStringLiteral("price.usageType"), priceText(&Price::usageType));
        t.insert(QStringLiteral("price.meterId"), priceText(&Price::meterId));
        t.insert(QStringLiteral("price.usageAggregation"), priceText(&Price::usageAggregation));
        t.insert(QStringLiteral("price.planName"), priceText(&Price::planName));
        t.insert(QStringLiteral("price.planDescription"), priceText(&Price::planDescription));
        t.insert(QStringLiteral("price.sku"), priceText(&Price::sku));
        t.insert(QStringLiteral("price.planUnitLabel"), priceText(&Price::planUnitLabel));
        t.insert(QStringLiteral("price.taxExempt"),
                 { ValueKind::Bool, {}, {}, [](const Price& p) { return fromBool(p.taxExempt); },
                   [](Price& p, const QVariant& v) { p.taxExempt = toBool(v); } });
        t.insert(QStringLiteral("price.tiers"),
                 { ValueKind::Tiers, {}, {},
                   [](const Price& p) { return p.tiers.isEmpty() ? QVariant() : QVariant::fromValue(p.tiers); },
                   [](Price& p, const QVariant& v) { p.tiers = v.value<QList<Tier>>(); } });
        t.insert(QStringLiteral("price.currencyOptions"),
                 { ValueKind::CurrencyAmounts, {}, {},
                   [](const Price& p) {
                       return p.currencyOptions.isEmpty() ? QVariant() : QVariant::fromValue(p.currencyOptions);
                   },
                   [](Price& p, const QVariant& v) { p.currencyOptions = v.value<QList<CurrencyAmount>>(); } });
        return t;
    }();
    return table;
}

const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> table = {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("ProductFields", "Name") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("ProductFields", "Description") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("ProductFields", "Status") },
        { QStringLiteral("idOverride"), QT_TRANSLATE_NOOP("ProductFields", "Product ID override") },
        { QStringLiteral("unitLabel"), QT_TRANSLATE_NOOP("ProductFields", "Unit label") },
        { QStringLiteral("statementDescriptor"), QT_TRANSLATE_NOOP("ProductFields", "Statement descriptor") },
        { QStringLiteral("taxCode"), QT_TRANSLATE_NOOP("ProductFields", "Tax code") },
        { QStringLiteral("url"), QT_TRANSLATE_NOOP("ProductFields", "Product page URL") },
        { QStringLiteral("productType"), QT_TRANSLATE_NOOP("ProductFields", "Product type") },
        { QStringLiteral("imageUrl"), QT_TRANSLATE_NOOP("ProductFields", "Image URL") },
        { QStringLiteral("customData"), QT_TRANSLATE_NOOP("ProductFields", "Custom data") },
        { QStringLiteral("packageHeight"), QT_TRANSLATE_NOOP("ProductFields", "Package height") },
        { QStringLiteral("packageLength"), QT_TRANSLATE_NOOP("ProductFields", "Package length") },
        { QStringLiteral("packageWidth"), QT_TRANSLATE_NOOP("ProductFields", "Package width") },
        { QStringLiteral("packageWeight"), QT_TRANSLATE_NOOP("ProductFields", "Package weight") },
        { QStringLiteral("shippable"), QT_TRANSLATE_NOOP("ProductFields", "Shippable") },
        { QStringLiteral("images"), QT_TRANSLATE_NOOP("ProductFields", "Images") },
        { QStringLiteral("marketingFeatures"), QT_TRANSLATE_NOOP("ProductFields", "Marketing features") },
        { QStringLiteral("metadata"), QT_TRANSLATE_NOOP("ProductFields", "Metadata") },
        { QStringLiteral("price.currency"), QT_TRANSLATE_NOOP("ProductFields", "Currency") },
        { QStringLiteral("price.billing"), QT_TRANSLATE_NOOP("ProductFields", "One-time or recurring") },
        { QStringLiteral("price.interval"), QT_TRANSLATE_NOOP("ProductFields", "Billing period") },
        { QStringLiteral("price.intervalCount"), QT_TRANSLATE_NOOP("ProductFields", "Billing every") },
        { QStringLiteral("price.scheme"), QT_TRANSLATE_NOOP("ProductFields", "Pricing scheme") },
        { QStringLiteral("price.amount"), QT_TRANSLATE_NOOP("ProductFields", "Amount") },
        { QStringLiteral("price.amountDecimal"), QT_TRANSLATE_NOOP("ProductFields", "Fractional amount") },
        { QStringLiteral("price.usageMetric"), QT_TRANSLATE_NOOP("ProductFields", "Usage metric") },
        { QStringLiteral("price.includedUsage"), QT_TRANSLATE_NOOP("ProductFields", "Included usage") },
        { QStringLiteral("price.overageAmount"), QT_TRANSLATE_NOOP("ProductFields", "Overage price") },
        { QStringLiteral("price.tiersMode"), QT_TRANSLATE_NOOP("ProductFields", "Tiers mode") },
        { QStringLiteral("price.tiers"), QT_TRANSLATE_NOOP("ProductFields", "Tiers") },
        { QStringLiteral("price.packageSize"), QT_TRANSLATE_NOOP("ProductFields", "Units per package") },
        { QStringLiteral("price.packageRounding"), QT_TRANSLATE_NOOP("ProductFields", "Package rounding") },
        { QStringLiteral("price.customMinimum"), QT_TRANSLATE_NOOP("ProductFields", "Minimum amount") },
        { QStringLiteral("price.customMaximum"), QT_TRANSLATE_NOOP("ProductFields", "Maximum amount") },
        { QStringLiteral("price.customPreset"), QT_TRANSLATE_NOOP("ProductFields", "Suggested amount") },
        { QStringLiteral("price.currencyOptions"), QT_TRANSLATE_NOOP("ProductFields", "Other currencies") },
        { QStringLiteral("price.taxBehavior"), QT_TRANSLATE_NOOP("ProductFields", "Tax behavior") },
        { QStringLiteral("price.usageType"), QT_TRANSLATE_NOOP("ProductFields", "Usage type") },
        { QStringLiteral("price.meterId"), QT_TRANSLATE_NOOP("ProductFields", "Meter ID") },
        { QStringLiteral("price.usageAggregation"), QT_TRANSLATE_NOOP("ProductFields", "Usage aggregation") },
        { QStringLiteral("price.planName"), QT_TRANSLATE_NOOP("ProductFields", "Plan name") },
        { QStringLiteral("price.planDescription"), QT_TRANSLATE_NOOP("ProductFields", "Plan description") },
        { QStringLiteral("price.sku"), QT_TRANSLATE_NOOP("ProductFields", "SKU") },
        { QStringLiteral("price.planUnitLabel"), QT_TRANSLATE_NOOP("ProductFields", "Plan unit label") },
        { QStringLiteral("price.taxExempt"), QT_TRANSLATE_NOOP("ProductFields", "Tax exempt") },
    };
    return table;
}

} // namespace

QString ProductFields::label(const QString& path)
{
    const char* l = labels().value(path, nullptr);
    return l ? QCoreApplication::translate("ProductFields", l) : path;
}

bool ProductFields::exists(const QString& path) { return accessors().contains(path); }
bool ProductFields::isPricePath(const QString& path) { return path.startsWith(u"price.") && exists(path); }
bool ProductFields::isProductPath(const QString& path) { return !path.startsWith(u"price.") && exists(path); }

ValueKind ProductFields::kind(const QString& path)
{
    const auto it = accessors().constFind(path);
    return it == accessors().constEnd() ? ValueKind::Text : it->kind;
}

const QStringList& ProductFields::allPaths()
{
    static const QStringList paths = [] {
        QStringList sorted = accessors().keys();
        sorted.sort();
        return sorted;
    }();
    return paths;
}

QVariant ProductFields::read(const Product& product, const Price* price, const QString& path)
{
    const auto it = accessors().constFind(path);
    if (it == accessors().constEnd())
        return {};
    if (it->productGet)
        return it->productGet(product);
    return price ? it->priceGet(*price) : QVariant();
}

void ProductFields::write(Product& product, Price* price, const QString& path, const QVariant& value)
{
    const auto it = accessors().constFind(path);
    if (it == accessors().constEnd())
        return;
    if (it->productSet)
        it->productSet(product, value);
    else if (price)
        it->priceSet(*price, value);
}

bool ProductFields::isEmpty(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().isEmpty();
    if (value.canConvert<QList<Tier>>() && value.typeId() == qMetaTypeId<QList<Tier>>())
        return value.value<QList<Tier>>().isEmpty();
    if (value.typeId() == qMetaTypeId<QList<CurrencyAmount>>())
        return value.value<QList<CurrencyAmount>>().isEmpty();
    if (value.typeId() == qMetaTypeId<PbKeyValueList>())
        return value.value<PbKeyValueList>().isEmpty();
    return false;
}

} // namespace pb

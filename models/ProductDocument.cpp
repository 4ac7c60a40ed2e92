#include "ProductDocument.h"

#include "Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <limits>

namespace pb {

namespace {

// Translations in the "ProductDocument" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProductDocument)
};

// The paths of the number literals written with a decimal point or an exponent
// ("prices[0].amount", "[1].prices[0].amount" in an array), which QJsonDocument keeps as the same
// integers as 29 or 1000. `json` is valid JSON: it was parsed first.
QSet<QString> literalsWithDecimals(const QByteArray& json)
{
    struct Level {
        bool array = false;
        qint64 index = 0;
        QString key;
    };
    QSet<QString> out;
    QList<Level> stack;
    const auto path = [&stack] {
        QString p;
        for (const Level& l : std::as_const(stack)) {
            if (l.array)
                p += QStringLiteral("[%1]").arg(l.index);
            else
                p += (p.isEmpty() ? QString() : QStringLiteral(".")) + l.key;
        }
        return p;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            stack.append({ c == '[', 0, {} });
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().array) {
            ++stack.last().index;
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            qsizetype next = end + 1;
            while (next < json.size() && QChar::isSpace(uchar(json.at(next))))
                ++next;
            if (next < json.size() && json.at(next) == ':' && !stack.isEmpty() && !stack.last().array)
                stack.last().key = json.mid(i + 1, end - i - 1).contains('\\')
                    ? QJsonDocument::fromJson('[' + json.mid(i, end - i + 1) + ']').array().at(0).toString()
                    : QString::fromUtf8(json.constData() + i + 1, end - i - 1);
            i = end;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            bool decimal = false;
            qsizetype end = i;
            for (; end < json.size() && QByteArrayView("+-0123456789.eE").contains(json.at(end)); ++end)
                decimal = decimal || QByteArrayView(".eE").contains(json.at(end));
            if (decimal)
                out.insert(path());
            i = end - 1;
        }
    }
    return out;
}

class Reader
{
public:
    explicit Reader(QList<DocumentError>& errors, QSet<QString> decimals = {})
        : m_errors(errors)
        , m_decimals(std::move(decimals))
    {
    }

    Product product(const QJsonObject& o, const QString& where)
    {
        static const QSet<QString> known = {
            QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("status"),
            QStringLiteral("stripe_id"), QStringLiteral("images"), QStringLiteral("marketing_features"),
            QStringLiteral("metadata"), QStringLiteral("unit_label"), QStringLiteral("statement_descriptor"),
            QStringLiteral("tax_code"), QStringLiteral("url"), QStringLiteral("package_dimensions"),
            QStringLiteral("shippable"), QStringLiteral("product_type"), QStringLiteral("image_url"),
            QStringLiteral("custom_data"), QStringLiteral("prices"), QStringLiteral("id"),
            // where the product is in a catalog and on its provider: read by import
            QStringLiteral("product_id"), QStringLiteral("remote_id"),
            QStringLiteral("read_only_reason"),
        };
        unknownKeys(o, known, where);
        Product p;
        p.name = text(o, u"name", where);
        p.description = text(o, u"description", where);
        p.status = text(o, u"status", where);
        p.readOnlyReason = text(o, u"read_only_reason", where);
        p.idOverride = text(o, u"stripe_id", where);
        p.images = textList(o, u"images", where);
        p.marketingFeatures = textList(o, u"marketing_features", where);
        p.unitLabel = text(o, u"unit_label", where);
        p.statementDescriptor = text(o, u"statement_descriptor", where);
        p.taxCode = text(o, u"tax_code", where);
        p.url = text(o, u"url", where);
        p.shippable = boolean(o, u"shippable", where);
        p.productType = text(o, u"product_type", where);
        p.imageUrl = text(o, u"image_url", where);
        if (o.contains(u"metadata")) {
            const QJsonValue v = o.value(u"metadata");
            if (!v.isObject()) {
                error(where + QStringLiteral(".metadata"), Text::tr("must be an object of text values"));
            } else {
                const QJsonObject m = v.toObject();
                for (auto it = m.begin(); it != m.end(); ++it) {
                    if (!it.value().isString())
                        error(where + QStringLiteral(".metadata.") + it.key(), Text::tr("must be text"));
                    else
                        p.metadata.append({ it.key(), it.value().toString() });
                }
            }
        }
        if (o.contains(u"package_dimensions")) {
            const QJsonValue v = o.value(u"package_dimensions");
            const QString w = where + QStringLiteral(".package_dimensions");
            if (!v.isObject()) {
                error(w, Text::tr("must be an object with height, length, width and weight"));
            } else {
                const QJsonObject d = v.toObject();
                unknownKeys(d, { QStringLiteral("height"), QStringLiteral("length"), QStringLiteral("width"), QStringLiteral("weight") }, w);
                p.packageHeight = hundredths(d, u"height", w);
                p.packageLength = hundredths(d, u"length", w);
                p.packageWidth = hundredths(d, u"width", w);
                p.packageWeight = hundredths(d, u"weight", w);
            }
        }
        if (o.contains(u"custom_data")) {
            const QJsonValue v = o.value(u"custom_data");
            if (v.isNull())
                p.customData = QStringLiteral("null");
            else if (v.isObject())
                p.customData = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else
                error(where + QStringLiteral(".custom_data"), Text::tr("must be a JSON object or null"));
        }
        if (o.contains(u"prices")) {
            const QJsonValue v = o.value(u"prices");
            if (!v.isArray()) {
                error(where + QStringLiteral(".prices"), Text::tr("must be an array of prices"));
            } else {
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QString w = QStringLiteral("%1.prices[%2]").arg(where).arg(i);
                    if (!a.at(i).isObject())
                        error(w, Text::tr("must be an object"));
                    else
                        p.prices.append(price(a.at(i).toObject(), w));
                }
            }
        }
        return p;
    }

private:
    Price price(const QJsonObject& o, const QString& where)
    {
        static const QSet<QString> known = {
            QStringLiteral("currency"), QStringLiteral("billing"), QStringLiteral("interval"),
            QStringLiteral("interval_count"), QStringLiteral("scheme"), QStringLiteral("amount"),
            QStringLiteral("amount_decimal"), QStringLiteral("usage_metric"), QStringLiteral("included_usage"),
            QStringLiteral("overage_amount"), QStringLiteral("tiers_mode"), QStringLiteral("tiers"),
            QStringLiteral("package_size"), QStringLiteral("package_rounding"), QStringLiteral("custom_minimum"),
            QStringLiteral("custom_maximum"), QStringLiteral("custom_preset"), QStringLiteral("currency_options"),
            QStringLiteral("tax_behavior"), QStringLiteral("usage_type"), QStringLiteral("meter_id"),
            QStringLiteral("usage_aggregation"), QStringLiteral("plan_name"), QStringLiteral("plan_description"),
            QStringLiteral("sku"), QStringLiteral("plan_unit_label"), QStringLiteral("tax_exempt"),
            QStringLiteral("remote_id"), QStringLiteral("nickname"), QStringLiteral("lookup_key"),
            QStringLiteral("default"), QStringLiteral("archived"),
        };
        unknownKeys(o, known, where);
        Price p;
        p.currency = text(o, u"currency", where).toLower();
        p.billing = text(o, u"billing", where);
        p.interval = text(o, u"interval", where);
        p.intervalCount = integer(o, u"interval_count", where);
        p.scheme = text(o, u"scheme", where);
        p.amount = amount(o, u"amount", where, p.currency);
        p.amountDecimal = text(o, u"amount_decimal", where);
        p.usageMetric = text(o, u"usage_metric", where);
        p.includedUsage = integer(o, u"included_usage", where);
        p.overageAmount = amount(o, u"overage_amount", where, p.currency);
        p.tiersMode = text(o, u"tiers_mode", where);
        p.packageSize = integer(o, u"package_size", where);
        p.packageRounding = text(o, u"package_rounding", where);
        p.customMinimum = amount(o, u"custom_minimum", where, p.currency);
        p.customMaximum = amount(o, u"custom_maximum", where, p.currency);
        p.customPreset = amount(o, u"custom_preset", where, p.currency);
        p.taxBehavior = text(o, u"tax_behavior", where);
        p.usageType = text(o, u"usage_type", where);
        p.meterId = text(o, u"meter_id", where);
        p.usageAggregation = text(o, u"usage_aggregation", where);
        p.planName = text(o, u"plan_name", where);
        p.planDescription = text(o, u"plan_description", where);
        p.sku = text(o, u"sku", where);
        p.planUnitLabel = text(o, u"plan_unit_label", where);
        p.taxExempt = boolean(o, u"tax_exempt", where);
        p.remoteId = text(o, u"remote_id", where);
        p.nickname = text(o, u"nickname", where);
        p.lookupKey = text(o, u"lookup_key", where);
        p.isDefault = boolean(o, u"default", where).value_or(false);
        p.archived = boolean(o, u"archived", where).value_or(false);
        if (o.contains(u"tiers")) {
            const QJsonValue v = o.value(u"tiers");
            if (!v.isArray()) {
                error(where + QStringLiteral(".tiers"), Text::tr("must be an array of tiers"));
            } else {
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QString w = QStringLiteral("%1.tiers[%2]").arg(where).arg(i);
                    if (!a.at(i).isObject()) {
                        error(w, Text::tr("must be an object"));
                        continue;
                    }
                    const QJsonObject t = a.at(i).toObject();
                    unknownKeys(t, { QStringLiteral("up_to"), QStringLiteral("unit_amount"), QStringLiteral("flat_amount") }, w);
                    Tier tier;
                    if (t.value(u"up_to") != QJsonValue(QStringLiteral("inf")))
                        tier.upTo = integer(t, u"up_to", w);
                    tier.unitAmount = amount(t, u"unit_amount", w, p.currency);
                    tier.flatAmount = amount(t, u"flat_amount", w, p.currency);
                    p.tiers.append(tier);
                }
            }
        }
        if (o.contains(u"currency_options")) {
            const QJsonValue v = o.value(u"currency_options");
            if (!v.isObject()) {
                error(where + QStringLiteral(".currency_options"), Text::tr("must be an object of currency code to amount"));
            } else {
                const QJsonObject m = v.toObject();
                for (auto it = m.begin(); it != m.end(); ++it) {
                    const auto amount = this->amount(m, it.key(), where + QStringLiteral(".currency_options"), it.key().toLower());
                    if (amount)
                        p.currencyOptions.append({ it.key().toLower(), *amount });
                }
            }
        }
        return p;
    }

    void error(const QString& where, const QString& message) { m_errors.append({ where, message }); }

    void unknownKeys(const QJsonObject& o, const QSet<QString>& known, const QString& where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                error(where + u'.' + it.key(), Text::tr("is not a field Pricebook knows"));
    }

    QString text(const QJsonObject& o, QStringView key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            error(where + u'.' + key.toString(), Text::tr("must be text"));
            return {};
        }
        return v.toString();
    }

    QStringList textList(const QJsonObject& o, QStringView key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        QStringList out;
        if (!v.isArray()) {
            error(where + u'.' + key.toString(), Text::tr("must be an array of text"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(QStringLiteral("%1.%2[%3]").arg(where, key).arg(i), Text::tr("must be text"));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    std::optional<bool> boolean(const QJsonObject& o, QStringView key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            error(where + u'.' + key.toString(), Text::tr("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    // Integers only: amounts are whole minor units. A JSON integer literal is kept exactly
    // (Qt stores it as qint64); a fraction or a number beyond qint64 is refused.
    std::optional<qint64> integer(const QJsonObject& o, QStringView key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            error(where + u'.' + key.toString(), Text::tr("must be a whole number"));
            return std::nullopt;
        }
        const qint64 a = v.toInteger(0), b = v.toInteger(1);
        if (a != b) {
            error(where + u'.' + key.toString(), Text::tr("must be a whole number (amounts are in the currency's smallest unit, e.g. cents)"));
            return std::nullopt;
        }
        return a;
    }

    // Amounts are whole minor units. One written with a decimal point or an exponent (29.0, 1e3)
    // most likely meant major units: refused, with both readings, where the two differ.
    std::optional<qint64> amount(const QJsonObject& o, QStringView key, const QString& where, const QString& currency)
    {
        const std::optional<qint64> whole = integer(o, key, where);
        if (!whole || !m_decimals.contains(where + u'.' + key.toString()))
            return whole;
        const QString code = currency.isEmpty() ? QStringLiteral("usd") : currency;
        qint64 scale = 1;
        for (int i = 0; i < Currency::exponent(code); ++i)
            scale *= 10;
        if (scale == 1)
            return whole;
        const QString readings = qAbs(*whole) <= std::numeric_limits<qint64>::max() / scale
            ? Text::tr("as minor units it is %1; if you meant %2, write %3").arg(Money::format(*whole, code), Money::format(*whole * scale, code)).arg(*whole * scale)
            : Text::tr("as minor units it is %1").arg(Money::format(*whole, code));
        error(where + u'.' + key.toString(),
              Text::tr("has a decimal point or an exponent, but amounts are whole minor units (cents): %1.").arg(readings));
        return std::nullopt;
    }

    std::optional<qint64> hundredths(const QJsonObject& o, QStringView key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        QString textValue;
        if (v.isString())
            textValue = v.toString();
        else if (v.isDouble())
            textValue = QString::number(v.toDouble(), 'f', 6);
        const auto value = Money::fromDecimal(textValue, 2);
        if (!value)
            error(where + u'.' + key.toString(), Text::tr("must be a number with at most two decimal places"));
        return value;
    }

    QList<DocumentError>& m_errors;
    QSet<QString> m_decimals; // paths as the errors name them
};

void putText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
void putInt(QJsonObject& o, const char* key, const std::optional<qint64>& value)
{
    if (value)
        o.insert(QLatin1String(key), qint64(*value));
}
void putBool(QJsonObject& o, const char* key, const std::optional<bool>& value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

QJsonObject priceObject(const Price& p)
{
    QJsonObject o;
    putText(o, "currency", p.currency);
    putText(o, "billing", p.billing);
    putText(o, "interval", p.interval);
    putInt(o, "interval_count", p.intervalCount);
    putText(o, "scheme", p.scheme);
    putInt(o, "amount", p.amount);
    putText(o, "amount_decimal", p.amountDecimal);
    putText(o, "usage_metric", p.usageMetric);
    putInt(o, "included_usage", p.includedUsage);
    putInt(o, "overage_amount", p.overageAmount);
    putText(o, "tiers_mode", p.tiersMode);
    if (!p.tiers.isEmpty()) {
        QJsonArray tiers;
        for (const Tier& t : p.tiers) {
            QJsonObject to;
            if (t.upTo)
                to.insert(QStringLiteral("up_to"), qint64(*t.upTo));
            else
                to.insert(QStringLiteral("up_to"), QStringLiteral("inf"));
            putInt(to, "unit_amount", t.unitAmount);
            putInt(to, "flat_amount", t.flatAmount);
            tiers.append(to);
        }
        o.insert(QStringLiteral("tiers"), tiers);
    }
    putInt(o, "package_size", p.packageSize);
    putText(o, "package_rounding", p.packageRounding);
    putInt(o, "custom_minimum", p.customMinimum);
    putInt(o, "custom_maximum", p.customMaximum);
    putInt(o, "custom_preset", p.customPreset);
    if (!p.currencyOptions.isEmpty()) {
        QJsonObject options;
        for (const CurrencyAmount& c : p.currencyOptions)
            options.insert(c.currency, qint64(c.amount));
        o.insert(QStringLiteral("currency_options"), options);
    }
    putText(o, "tax_behavior", p.taxBehavior);
    putText(o, "usage_type", p.usageType);
    putText(o, "meter_id", p.meterId);
    putText(o, "usage_aggregation", p.usageAggregation);
    putText(o, "plan_name", p.planName);
    putText(o, "plan_description", p.planDescription);
    putText(o, "sku", p.sku);
    putText(o, "plan_unit_label", p.planUnitLabel);
    putBool(o, "tax_exempt", p.taxExempt);
    putText(o, "remote_id", p.remoteId);
    putText(o, "nickname", p.nickname);
    putText(o, "lookup_key", p.lookupKey);
    if (p.isDefault)
        o.insert(QStringLiteral("default"), true);
    if (p.archived)
        o.insert(QStringLiteral("archived"), true);
    return o;
}

} // namespace

QSet<QString> ProductDocument::decimalLiterals(const QByteArray& json) { return literalsWithDecimals(json); }

DocumentReadResult ProductDocument::fromObject(const QJsonObject& object, const QString& where, const QSet<QString>& decimals)
{
    DocumentReadResult r;
    Reader reader(r.errors, decimals);
    r.products.append(reader.product(object, where));
    return r;
}

DocumentReadResult ProductDocument::fromJson(const QByteArray& json)
{
    DocumentReadResult r;
    if (json.size() > kMaxBytes) {
        r.errors.append({ QStringLiteral("document"), Text::tr("The file is larger than %1 MB.").arg(kMaxBytes / (1024 * 1024)) });
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Offsets count bytes; turn them into a line number a person can find.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        r.errors.append({ QStringLiteral("document"),
                          Text::tr("Not valid JSON: %1 (line %2).").arg(parseError.errorString()).arg(line) });
        return r;
    }
    QJsonArray items;
    QString prefix = QStringLiteral("products");
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        if (root.contains(u"products") || root.contains(u"pricebook")) {
            const QJsonValue version = root.value(u"pricebook");
            if (!version.isUndefined() && version.toInteger(-1) != kFormatVersion) {
                r.errors.append({ QStringLiteral("pricebook"),
                                  Text::tr("This file is in format version %1; this Pricebook reads version %2.")
                                      .arg(version.toVariant().toString())
                                      .arg(kFormatVersion) });
                return r;
            }
            for (auto it = root.begin(); it != root.end(); ++it)
                if (it.key() != u"products" && it.key() != u"pricebook")
                    r.errors.append({ it.key(), Text::tr("is not a field Pricebook knows") });
            if (!root.value(u"products").isArray()) {
                r.errors.append({ QStringLiteral("products"), Text::tr("must be an array of products") });
                return r;
            }
            items = root.value(u"products").toArray();
        } else {
            items.append(root);
            prefix.clear();
        }
    }
    // The literals' paths as the errors name them: "products[1]…", or "product…" for one product.
    QSet<QString> decimals;
    for (const QString& path : literalsWithDecimals(json))
        decimals.insert(doc.isArray() ? QStringLiteral("products") + path : prefix.isEmpty() ? QStringLiteral("product.") + path : path);
    Reader reader(r.errors, decimals);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = prefix.isEmpty() ? QStringLiteral("product") : QStringLiteral("%1[%2]").arg(prefix).arg(i);
        if (!items.at(i).isObject()) {
            r.errors.append({ where, Text::tr("must be an object") });
            continue;
        }
        r.products.append(reader.product(items.at(i).toObject(), where));
    }
    return r;
}

QJsonObject ProductDocument::toObject(const Product& p)
{
    QJsonObject o;
    putText(o, "name", p.name);
    putText(o, "description", p.description);
    putText(o, "status", p.status);
    putText(o, "read_only_reason", p.readOnlyReason);
    putText(o, "stripe_id", p.idOverride);
    if (!p.images.isEmpty())
        o.insert(QStringLiteral("images"), QJsonArray::fromStringList(p.images));
    if (!p.marketingFeatures.isEmpty())
        o.insert(QStringLiteral("marketing_features"), QJsonArray::fromStringList(p.marketingFeatures));
    if (!p.metadata.isEmpty()) {
        QJsonObject m;
        for (const auto& [k, v] : p.metadata)
            m.insert(k, v);
        o.insert(QStringLiteral("metadata"), m);
    }
    putText(o, "unit_label", p.unitLabel);
    putText(o, "statement_descriptor", p.statementDescriptor);
    putText(o, "tax_code", p.taxCode);
    putText(o, "url", p.url);
    if (p.packageHeight || p.packageLength || p.packageWidth || p.packageWeight) {
        QJsonObject d;
        auto put = [&d](const char* key, const std::optional<qint64>& v) {
            if (v)
                d.insert(QLatin1String(key), Money::toDecimal(*v, 2));
        };
        put("height", p.packageHeight);
        put("length", p.packageLength);
        put("width", p.packageWidth);
        put("weight", p.packageWeight);
        o.insert(QStringLiteral("package_dimensions"), d);
    }
    putBool(o, "shippable", p.shippable);
    putText(o, "product_type", p.productType);
    putText(o, "image_url", p.imageUrl);
    if (!p.customData.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(p.customData.toUtf8());
        if (doc.isObject())
            o.insert(QStringLiteral("custom_data"), doc.object());
        else if (p.customData.trimmed() == u"null")
            o.insert(QStringLiteral("custom_data"), QJsonValue::Null);
        else // kept as typed, so that reading the file back reports it instead of dropping it
            o.insert(QStringLiteral("custom_data"), p.customData);
    }
    if (!p.prices.isEmpty()) {
        QJsonArray prices;
        for (const Price& price : p.prices)
            prices.append(priceObject(price));
        o.insert(QStringLiteral("prices"), prices);
    }
    return o;
}

QByteArray ProductDocument::toJson(const QList<Product>& products)
{
    QJsonArray items;
    for (const Product& p : products)
        items.append(toObject(p));
    QJsonObject root;
    root.insert(QStringLiteral("pricebook"), kFormatVersion);
    root.insert(QStringLiteral("products"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pb

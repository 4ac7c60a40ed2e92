#include "RequestReader.h"

#include "Registry.h"
#include "RequestSerializer.h"

#include "models/Money.h"
#include "models/ProductFields.h"

namespace pb {

namespace {

std::optional<WireValue> parseBody(BodyEncoding encoding, const QByteArray& body, QStringList& errors)
{
    QString error;
    auto value = encoding == BodyEncoding::Form ? WireValue::fromForm(body, &error) : WireValue::fromJson(body, &error);
    if (!value)
        errors << QStringLiteral("body: %1").arg(error);
    else if (!value->isObject())
        errors << QStringLiteral("body: not an object");
    return value;
}

std::optional<qint64> money(const FieldSpec& f, const WireValue& node, const Price* price)
{
    if (f.majorUnits)
        return Money::fromDecimal(node.text(), Currency::exponent(price ? price->currency : QString()));
    return node.toInteger();
}

void decode(const FieldSpec& f, const WireValue& node, Product& product, Price* price, QStringList& errors)
{
    auto bad = [&](const QString& why) { errors << QStringLiteral("%1: %2").arg(f.key, why); };
    QVariant value;
    switch (f.type) {
    case FieldType::Constant: return;
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Url:
    case FieldType::DecimalText:
        if (node.isObject() || node.isArray() || node.isNull())
            return bad(QStringLiteral("must be text"));
        value = node.text();
        break;
    case FieldType::Currency: value = node.text().toLower(); break;
    case FieldType::Money: {
        const auto n = money(f, node, price);
        if (!n)
            return bad(QStringLiteral("not a whole number of minor units"));
        value = qlonglong(*n);
        break;
    }
    case FieldType::Integer: {
        const auto n = node.toInteger();
        if (!n)
            return bad(QStringLiteral("not a whole number"));
        value = qlonglong(*n);
        break;
    }
    case FieldType::Hundredths: {
        const auto n = Money::fromDecimal(node.text(), 2);
        if (!n)
            return bad(QStringLiteral("not a number with at most two decimals"));
        value = qlonglong(*n);
        break;
    }
    case FieldType::Bool:
        if (node.text() != u"true" && node.text() != u"false")
            return bad(QStringLiteral("must be true or false"));
        value = node.toBool();
        break;
    case FieldType::TextList:
    case FieldType::FeatureList: {
        QStringList items;
        for (const WireValue* item : node.listItems()) {
            const WireValue* text = f.type == FieldType::FeatureList ? item->get(QStringLiteral("name")) : item;
            if (!text)
                return bad(QStringLiteral("an entry has no name"));
            items << text->text();
        }
        value = items;
        break;
    }
    case FieldType::KeyValues: {
        PbKeyValueList pairs;
        for (const auto& [k, v] : node.members())
            pairs.append({ k, v.text() });
        value = QVariant::fromValue(pairs);
        break;
    }
    case FieldType::Json: value = QString::fromUtf8(node.toJson()); break;
    case FieldType::Tiers: {
        QList<Tier> tiers;
        for (const WireValue* item : node.listItems()) {
            Tier t;
            if (f.limits.tierStyle == TierStyle::UpTo) {
                const WireValue* upTo = item->get(QStringLiteral("up_to"));
                if (upTo && upTo->text() != u"inf")
                    t.upTo = upTo->toInteger();
                if (const WireValue* u = item->get(QStringLiteral("unit_amount")))
                    t.unitAmount = money(f, *u, price);
                if (const WireValue* fl = item->get(QStringLiteral("flat_amount")))
                    t.flatAmount = money(f, *fl, price);
            } else {
                const WireValue* to = item->get(QStringLiteral("quantity_to"));
                if (to && !to->isNull())
                    t.upTo = to->toInteger();
                const WireValue* amount = item->get(QStringLiteral("amount"));
                const WireValue* scheme = item->get(QStringLiteral("amount_scheme"));
                const auto a = amount ? money(f, *amount, price) : std::nullopt;
                if (scheme && scheme->text() == u"flat")
                    t.flatAmount = a;
                else
                    t.unitAmount = a;
            }
            tiers.append(t);
        }
        value = QVariant::fromValue(tiers);
        break;
    }
    case FieldType::CurrencyAmounts: {
        QList<CurrencyAmount> options;
        for (const auto& [code, inner] : node.members()) {
            const WireValue* amount = inner.get(QStringLiteral("unit_amount"));
            const auto n = amount ? amount->toInteger() : std::nullopt;
            if (!n)
                return bad(QStringLiteral("%1 has no whole unit_amount").arg(code));
            options.append({ code, *n });
        }
        value = QVariant::fromValue(options);
        break;
    }
    }
    writeField(f, product, price, value);
}

} // namespace

void RequestReader::readFields(const QList<FieldSpec>& fields, const ProviderSchema& schema, const WireValue& node,
                               Product& product, Price* price, QStringList& errors)
{
    auto wireNode = [&](const QString& wire) { return wire.isEmpty() ? nullptr : node.at(wire.split(u'.')); };
    // Governing fields first (composite choices and the currency), so that visibility and
    // money exponents are known when the rest is read.
    for (const FieldSpec& f : fields) {
        if (f.isComposite() && f.wire.isEmpty()) {
            const Option* chosen = nullptr;
            for (const Option& o : f.options) {
                if (!o.wireMarker.isEmpty() && wireNode(o.wireMarker)) {
                    chosen = &o;
                    break;
                }
            }
            if (!chosen)
                for (const Option& o : f.options)
                    if (o.wireMarker.isEmpty()) {
                        chosen = &o;
                        break;
                    }
            if (chosen)
                writeField(f, product, price, chosen->value);
        } else if (f.isComposite() || f.type == FieldType::Currency) {
            if (const WireValue* n = wireNode(f.wire))
                decode(f, *n, product, price, errors);
        }
    }
    for (const FieldSpec& f : fields) {
        if (f.isComposite() || f.type == FieldType::Currency)
            continue;
        if (const WireValue* n = wireNode(f.wire))
            decode(f, *n, product, price, errors);
    }
    const FieldView view(schema, product, price);
    for (const FieldSpec& f : fields)
        if (!f.wireDefault.isEmpty() && view.isVisible(f) && !wireNode(f.wire))
            writeField(f, product, price, f.wireDefault);
}

ReadBack RequestReader::readCreate(Provider provider, const QList<QByteArray>& bodies)
{
    ReadBack r;
    const ProviderAdapter& adapter = adapterFor(provider);
    QList<WireValue> nodes;
    for (const QByteArray& body : bodies) {
        auto node = parseBody(adapter.encoding(), body, r.errors);
        if (!node || !node->isObject())
            return r;
        nodes.append(*node);
    }
    if (nodes.isEmpty()) {
        r.errors << QStringLiteral("body: missing");
        return r;
    }
    adapter.readCreate(nodes, r);
    return r;
}

ReadBack RequestReader::readBackCreate(const Product& product, const AccountTarget& target)
{
    SerializeOptions options;
    options.skipValidation = true;
    QList<QByteArray> bodies;
    for (const ProviderRequest& r : RequestSerializer::build(product, target, options).steps)
        if (r.step != u"default_price") // Stripe's follow-up that only points at the price made
            bodies << r.bodyBytes();
    return readCreate(target.provider, bodies);
}

} // namespace pb

// The sandbox's Stripe: /v1/products, /v1/prices, with idempotency keys honoured.
#include "services/providers/BuiltInProviders.h"
#include "models/ProductDocument.h"
#include "services/providers/Emulator.h"

#include <QDateTime>
#include <QJsonArray>

namespace pb {

namespace {

using namespace Emulation;

QJsonObject stripeError(const QString& message, const QString& param = {}, const QString& type = QStringLiteral("invalid_request_error"),
                        const QString& code = {})
{
    QJsonObject e { { QStringLiteral("type"), type }, { QStringLiteral("message"), message } };
    if (!param.isEmpty())
        e.insert(QStringLiteral("param"), param);
    if (!code.isEmpty())
        e.insert(QStringLiteral("code"), code);
    return { { QStringLiteral("error"), e } };
}

EmulatorReply refuse(const QString& message, const QString& param = {}, const QString& code = {})
{
    return EmulatorReply::json(400, stripeError(message, param, QStringLiteral("invalid_request_error"), code));
}

EmulatorReply validationError(const QList<FieldMessage>& messages, const QString& scope)
{
    const auto first = byWire(schemas::stripe(), messages).first();
    return refuse(first.second, bracketed((scope.isEmpty() ? QString() : scope + u'.') + first.first));
}

QJsonObject priceObject(const Price& p)
{
    QJsonObject o { { QStringLiteral("currency"), p.currency } };
    if (p.amount)
        o.insert(QStringLiteral("unit_amount"), qint64(*p.amount));
    if (p.billing == u"recurring")
        o.insert(QStringLiteral("recurring"), QJsonObject { { QStringLiteral("interval"), p.interval },
                                                           { QStringLiteral("interval_count"), qint64(p.intervalCount.value_or(1)) },
                                                           { QStringLiteral("usage_type"), p.usageType.isEmpty() ? QStringLiteral("licensed") : p.usageType } });
    o.insert(QStringLiteral("type"), p.billing == u"recurring" ? QStringLiteral("recurring") : QStringLiteral("one_time"));
    o.insert(QStringLiteral("billing_scheme"), p.scheme == u"tiered" ? QStringLiteral("tiered") : QStringLiteral("per_unit"));
    return o;
}

// Keeps a price of `product` as Stripe shows it; returns its id.
QString keepPrice(EmulatorStore& store, const Price& p, const QString& product)
{
    QJsonObject price = priceObject(p);
    const QString id = store.newId(QStringLiteral("price_"));
    price.insert(QStringLiteral("id"), id);
    price.insert(QStringLiteral("object"), QStringLiteral("price"));
    price.insert(QStringLiteral("product"), product);
    store.objects(QStringLiteral("stripe/prices")).insert(id, price);
    return id;
}

class StripeEmulator final : public ProviderEmulator
{
public:
    bool handles(const QString& path) const override { return path.startsWith(u"/v1/"); }

    EmulatorReply tooManyRequests() const override
    {
        return EmulatorReply::json(429, stripeError(QStringLiteral("Too many requests hit the API too quickly."), {},
                                                    QStringLiteral("invalid_request_error"), QStringLiteral("rate_limit")));
    }

    EmulatorReply handle(const EmulatorRequest& r, EmulatorStore& store, bool* created) const override
    {
        const QByteArray auth = r.header("authorization");
        if (!(auth.startsWith("Bearer ") && auth.size() > 7) && !auth.startsWith("Basic "))
            return EmulatorReply::json(401, stripeError(QStringLiteral("You did not provide an API key.")));
        const QByteArray key = r.header("idempotency-key");
        auto& idempotent = store.idempotent();
        if (r.method == "POST" && !key.isEmpty()) {
            const auto it = idempotent.constFind(QString::fromLatin1(key));
            if (it != idempotent.constEnd()) {
                if (it->first != r.body)
                    return EmulatorReply::json(409, stripeError(QStringLiteral("Keys for idempotent requests can only be used with the same parameters they were first used with."),
                                                                {}, QStringLiteral("idempotency_error")));
                return { 200, it->second, { { "Idempotent-Replayed", "true" } } };
            }
        }
        const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
        const QString resource = parts.value(1);
        EmulatorReply reply;
        if (resource == u"products" && parts.size() == 2 && r.method == "POST")
            reply = createProduct(r, store, created);
        else if (resource == u"prices" && parts.size() == 2 && r.method == "POST")
            reply = createPrice(r, store, created);
        else if (resource == u"products" && parts.size() == 3)
            reply = product(r, parts.at(2), store);
        else if (resource == u"products" && parts.size() == 2 && r.method == "GET")
            return list(r, store);
        else
            return EmulatorReply::json(404, stripeError(QStringLiteral("Unrecognized request URL (%1: %2).").arg(QString::fromLatin1(r.method), r.path)));
        // What was made is remembered under its key; a refused request may be sent again corrected.
        if (!key.isEmpty() && r.method == "POST" && reply.status == 200)
            idempotent.insert(QString::fromLatin1(key), { r.body, reply.body });
        return reply;
    }

private:
    EmulatorReply createProduct(const EmulatorRequest& r, EmulatorStore& store, bool* created) const
    {
        auto& products = store.objects(QStringLiteral("stripe/products"));
        const ReadBack read = RequestReader::readCreate(providers::Stripe, { r.body });
        if (!read.ok())
            return refuse(read.errors.first());
        const ValidationResult v = Validator::validate(schemas::stripe(), read.product);
        if (!v.isValid()) {
            const FieldMessage first = *std::find_if(v.messages.begin(), v.messages.end(), [](const FieldMessage& m) { return !m.warning; });
            return validationError({ first }, first.priceIndex >= 0 ? QStringLiteral("default_price_data") : QString());
        }
        const Product& p = read.product;
        if (!p.idOverride.isEmpty() && products.contains(p.idOverride))
            return refuse(QStringLiteral("Product already exists."), QStringLiteral("id"), QStringLiteral("resource_already_exists"));
        const QString id = p.idOverride.isEmpty() ? store.newId(QStringLiteral("prod_")) : p.idOverride;
        QJsonObject o = ProductDocument::toObject(p);
        o.remove(QStringLiteral("prices"));
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("object"), QStringLiteral("product"));
        o.insert(QStringLiteral("active"), p.status != u"archived");
        o.insert(QStringLiteral("created"), QDateTime::currentSecsSinceEpoch());
        o.insert(QStringLiteral("updated"), QDateTime::currentSecsSinceEpoch());
        o.insert(QStringLiteral("livemode"), false);
        o.insert(QStringLiteral("default_price"), QJsonValue::Null);
        if (!p.prices.isEmpty())
            o.insert(QStringLiteral("default_price"), keepPrice(store, p.prices.first(), id));
        products.insert(id, o);
        *created = true;
        store.countCreated(providers::Stripe, QStringLiteral("stripe/%1/%2").arg(QString::fromLatin1(r.header("stripe-account")), p.name));
        return EmulatorReply::json(200, o);
    }

    EmulatorReply createPrice(const EmulatorRequest& r, EmulatorStore& store, bool* created) const
    {
        auto& products = store.objects(QStringLiteral("stripe/products"));
        auto& prices = store.objects(QStringLiteral("stripe/prices"));
        QString error;
        const auto node = WireValue::fromForm(r.body, &error);
        if (!node)
            return refuse(error);
        const QString product = node->get(QStringLiteral("product")) ? node->get(QStringLiteral("product"))->text() : QString();
        if (!products.contains(product))
            return refuse(QStringLiteral("No such product: '%1'").arg(product), QStringLiteral("product"), QStringLiteral("resource_missing"));
        Product holder;
        holder.name = products.value(product).value(u"name").toString();
        holder.prices.append(Price {});
        QStringList errors;
        const ProviderSchema& schema = schemas::stripe();
        RequestReader::readFields(schema.priceFields, schema, *node, holder, &holder.prices.last(), errors);
        if (!errors.isEmpty())
            return refuse(errors.first());
        const ValidationResult v = Validator::validate(schema, holder);
        for (const FieldMessage& m : v.messages)
            if (!m.warning && m.priceIndex == 0)
                return validationError({ m }, {});
        const QString id = keepPrice(store, holder.prices.first(), product);
        *created = true;
        return EmulatorReply::json(200, prices.value(id));
    }

    EmulatorReply product(const EmulatorRequest& r, const QString& id, EmulatorStore& store) const
    {
        auto& products = store.objects(QStringLiteral("stripe/products"));
        const auto& prices = store.objects(QStringLiteral("stripe/prices"));
        if (!products.contains(id))
            return EmulatorReply::json(404, stripeError(QStringLiteral("No such product: '%1'").arg(id), QStringLiteral("id"),
                                                        QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing")));
        if (r.method == "GET")
            return EmulatorReply::json(200, products.value(id));
        if (r.method != "POST")
            return EmulatorReply::json(405, stripeError(QStringLiteral("Method not allowed")));
        QString error;
        const auto node = WireValue::fromForm(r.body, &error);
        if (!node)
            return refuse(error);
        QJsonObject o = products.value(id);
        if (const WireValue* dp = node->get(QStringLiteral("default_price"))) {
            if (!prices.contains(dp->text()))
                return refuse(QStringLiteral("No such price: '%1'").arg(dp->text()), QStringLiteral("default_price"));
            o.insert(QStringLiteral("default_price"), dp->text());
        }
        Product changed;
        QStringList errors;
        const ProviderSchema& schema = schemas::stripe();
        RequestReader::readFields(schema.productFields, schema, *node, changed, nullptr, errors);
        if (!errors.isEmpty())
            return refuse(errors.first());
        for (const auto& [field, value] : node->members()) {
            if (field == u"default_price")
                continue;
            const FieldSpec* f = schema.field(field);
            if (!f || !f->updatable)
                return refuse(QStringLiteral("Received unknown parameter: %1").arg(field), field);
            o.insert(field, QJsonValue(value.text()));
        }
        o.insert(QStringLiteral("updated"), QDateTime::currentSecsSinceEpoch());
        products.insert(id, o);
        return EmulatorReply::json(200, o);
    }

    EmulatorReply list(const EmulatorRequest& r, EmulatorStore& store) const
    {
        const auto& products = store.objects(QStringLiteral("stripe/products"));
        const int asked = r.query.queryItemValue(QStringLiteral("limit")).toInt();
        const int limit = qBound(1, asked > 0 ? asked : 10, 100);
        QStringList ids = products.keys();
        std::sort(ids.begin(), ids.end());
        const QString after = r.query.queryItemValue(QStringLiteral("starting_after"));
        qsizetype start = after.isEmpty() ? 0 : ids.indexOf(after) + 1;
        QJsonArray data;
        for (qsizetype i = start; i < ids.size() && data.size() < limit; ++i)
            data.append(products.value(ids.at(i)));
        return EmulatorReply::json(200, { { QStringLiteral("object"), QStringLiteral("list") }, { QStringLiteral("data"), data },
                                          { QStringLiteral("has_more"), start + data.size() < ids.size() },
                                          { QStringLiteral("url"), QStringLiteral("/v1/products") } });
    }
};

} // namespace

const ProviderEmulator* stripeEmulator()
{
    static const StripeEmulator e;
    return &e;
}

} // namespace pb

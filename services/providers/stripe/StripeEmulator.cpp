// The sandbox's Stripe: /v1/products and /v1/prices (create, read, list by page, update, archive),
// with idempotency keys honoured.
#include "services/providers/BuiltInProviders.h"
#include "models/ProductDocument.h"
#include "services/providers/Emulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <functional>
#include <optional>

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
QString keepPrice(EmulatorStore& store, const Price& p, const QString& product, const QJsonObject& extra = {})
{
    QJsonObject price = priceObject(p);
    const QString id = store.newId(QStringLiteral("price_"));
    price.insert(QStringLiteral("id"), id);
    price.insert(QStringLiteral("object"), QStringLiteral("price"));
    price.insert(QStringLiteral("product"), product);
    price.insert(QStringLiteral("active"), true);
    price.insert(QStringLiteral("livemode"), false);
    price.insert(QStringLiteral("created"), QDateTime::currentSecsSinceEpoch());
    price.insert(QStringLiteral("nickname"), QJsonValue::Null);
    price.insert(QStringLiteral("lookup_key"), QJsonValue::Null);
    price.insert(QStringLiteral("metadata"), QJsonObject());
    price.insert(QStringLiteral("tax_behavior"), p.taxBehavior.isEmpty() ? QStringLiteral("unspecified") : p.taxBehavior);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        price.insert(it.key(), it.value());
    store.objects(QStringLiteral("stripe/prices")).insert(id, price);
    return id;
}

// A list page as Stripe answers it: `limit` (1..100, default 10), `starting_after` an id of the
// previous page, `has_more`. Objects come in a stable order (by id) so that paging is exact.
EmulatorReply page(const EmulatorRequest& r, const QHash<QString, QJsonObject>& all, const QString& url,
                   const std::function<bool(const QJsonObject&)>& keep)
{
    const int asked = r.query.queryItemValue(QStringLiteral("limit")).toInt();
    if (r.query.hasQueryItem(QStringLiteral("limit")) && (asked < 1 || asked > 100))
        return refuse(QStringLiteral("Invalid integer: limit must be between 1 and 100."), QStringLiteral("limit"));
    const int limit = asked > 0 ? asked : 10;
    QStringList ids;
    for (auto it = all.begin(); it != all.end(); ++it)
        if (keep(it.value()))
            ids << it.key();
    std::sort(ids.begin(), ids.end());
    const QString after = r.query.queryItemValue(QStringLiteral("starting_after"));
    qsizetype start = 0;
    if (!after.isEmpty()) {
        if (!all.contains(after))
            return refuse(QStringLiteral("No such object: '%1'").arg(after), QStringLiteral("starting_after"),
                          QStringLiteral("resource_missing"));
        start = std::upper_bound(ids.begin(), ids.end(), after) - ids.begin();
    }
    QJsonArray data;
    for (qsizetype i = start; i < ids.size() && data.size() < limit; ++i)
        data.append(all.value(ids.at(i)));
    return EmulatorReply::json(200, { { QStringLiteral("object"), QStringLiteral("list") }, { QStringLiteral("data"), data },
                                      { QStringLiteral("has_more"), start + data.size() < ids.size() },
                                      { QStringLiteral("url"), url } });
}

// "true" / "false" as Stripe's form booleans; anything else is refused.
std::optional<bool> formBool(const WireValue* v)
{
    if (!v)
        return std::nullopt;
    if (v->text() == u"true")
        return true;
    if (v->text() == u"false")
        return false;
    return std::nullopt;
}

// metadata[key]=value members; an empty value removes the key, as Stripe does.
void applyMetadata(QJsonObject& o, const WireValue* metadata)
{
    if (!metadata)
        return;
    QJsonObject m = o.value(u"metadata").toObject();
    for (const auto& [k, v] : metadata->members()) {
        if (v.text().isEmpty())
            m.remove(k);
        else
            m.insert(k, v.text());
    }
    o.insert(QStringLiteral("metadata"), m);
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
        else if (resource == u"prices" && parts.size() == 2 && r.method == "GET")
            return listPrices(r, store);
        else if (resource == u"prices" && parts.size() == 3)
            reply = price(r, parts.at(2), store);
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
        QJsonObject extra;
        QString refusal;
        if (!priceSettings(*node, QString(), prices, &extra, &refusal))
            return refuse(refusal, QStringLiteral("lookup_key"));
        const QString id = keepPrice(store, holder.prices.first(), product, extra);
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
            const QJsonObject chosen = prices.value(dp->text());
            if (chosen.value(u"product").toString() != id)
                return refuse(QStringLiteral("The price %1 does not belong to the product %2.").arg(dp->text(), id),
                              QStringLiteral("default_price"));
            if (!chosen.value(u"active").toBool())
                return refuse(QStringLiteral("The default price must be active."), QStringLiteral("default_price"));
            o.insert(QStringLiteral("default_price"), dp->text());
        }
        if (const WireValue* active = node->get(QStringLiteral("active"))) {
            const std::optional<bool> value = formBool(active);
            if (!value)
                return refuse(QStringLiteral("Invalid boolean: %1").arg(active->text()), QStringLiteral("active"));
            o.insert(QStringLiteral("active"), *value);
        }
        Product changed;
        QStringList errors;
        const ProviderSchema& schema = schemas::stripe();
        RequestReader::readFields(schema.productFields, schema, *node, changed, nullptr, errors);
        if (!errors.isEmpty())
            return refuse(errors.first());
        for (const auto& [field, value] : node->members()) {
            if (field == u"default_price" || field == u"active")
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
        const QString activeFilter = r.query.queryItemValue(QStringLiteral("active"));
        return page(r, store.objects(QStringLiteral("stripe/products")), QStringLiteral("/v1/products"), [&](const QJsonObject& o) {
            return activeFilter.isEmpty() || o.value(u"active").toBool() == (activeFilter == u"true");
        });
    }

    // GET /v1/prices?product=&active=: a product's prices, active and archived unless filtered.
    EmulatorReply listPrices(const EmulatorRequest& r, EmulatorStore& store) const
    {
        const QString product = r.query.queryItemValue(QStringLiteral("product"));
        const QString activeFilter = r.query.queryItemValue(QStringLiteral("active"));
        return page(r, store.objects(QStringLiteral("stripe/prices")), QStringLiteral("/v1/prices"), [&](const QJsonObject& o) {
            return (product.isEmpty() || o.value(u"product").toString() == product)
                && (activeFilter.isEmpty() || o.value(u"active").toBool() == (activeFilter == u"true"));
        });
    }

    // The members a price takes besides its amounts, on create and on update: nickname,
    // lookup_key (unique among the account's prices unless transfer_lookup_key moves it),
    // metadata. False with the reason when the lookup key is taken.
    static bool priceSettings(const WireValue& node, const QString& self, QHash<QString, QJsonObject>& prices,
                              QJsonObject* into, QString* refusal)
    {
        if (const WireValue* nickname = node.get(QStringLiteral("nickname")))
            into->insert(QStringLiteral("nickname"), orNull(nickname->text()));
        if (const WireValue* lookup = node.get(QStringLiteral("lookup_key"))) {
            const QString key = lookup->text();
            if (key.size() > 200) {
                *refusal = QStringLiteral("lookup_key must be at most 200 characters.");
                return false;
            }
            const bool transfer = formBool(node.get(QStringLiteral("transfer_lookup_key"))).value_or(false);
            for (auto it = prices.begin(); !key.isEmpty() && it != prices.end(); ++it) {
                if (it.key() == self || it->value(u"lookup_key").toString() != key)
                    continue;
                if (!transfer) {
                    *refusal = QStringLiteral("A price (`%1`) already uses that lookup key.").arg(it.key());
                    return false;
                }
                it->insert(QStringLiteral("lookup_key"), QJsonValue::Null);
            }
            into->insert(QStringLiteral("lookup_key"), orNull(key));
        }
        if (const WireValue* metadata = node.get(QStringLiteral("metadata"))) {
            QJsonObject holder { { QStringLiteral("metadata"), into->value(u"metadata") } };
            applyMetadata(holder, metadata);
            into->insert(QStringLiteral("metadata"), holder.value(u"metadata"));
        }
        return true;
    }

    // GET /v1/prices/{id}; POST /v1/prices/{id} changes only what Stripe lets change on a price:
    // active, nickname, lookup_key (with transfer_lookup_key), metadata, and tax_behavior while
    // it is unspecified. The default price of its product cannot be archived.
    EmulatorReply price(const EmulatorRequest& r, const QString& id, EmulatorStore& store) const
    {
        auto& prices = store.objects(QStringLiteral("stripe/prices"));
        const auto& products = store.objects(QStringLiteral("stripe/products"));
        if (!prices.contains(id))
            return EmulatorReply::json(404, stripeError(QStringLiteral("No such price: '%1'").arg(id), QStringLiteral("id"),
                                                        QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing")));
        if (r.method == "GET")
            return EmulatorReply::json(200, prices.value(id));
        if (r.method != "POST")
            return EmulatorReply::json(405, stripeError(QStringLiteral("Method not allowed")));
        QString error;
        const auto node = WireValue::fromForm(r.body, &error);
        if (!node)
            return refuse(error);
        static const QSet<QString> changeable { QStringLiteral("active"), QStringLiteral("nickname"), QStringLiteral("lookup_key"),
                                                QStringLiteral("transfer_lookup_key"), QStringLiteral("metadata"),
                                                QStringLiteral("tax_behavior"), QStringLiteral("currency_options") };
        for (const auto& [field, value] : node->members())
            if (!changeable.contains(field))
                return refuse(QStringLiteral("Received unknown parameter: %1").arg(field), field);
        QJsonObject o = prices.value(id);
        if (const WireValue* active = node->get(QStringLiteral("active"))) {
            const std::optional<bool> value = formBool(active);
            if (!value)
                return refuse(QStringLiteral("Invalid boolean: %1").arg(active->text()), QStringLiteral("active"));
            const QString product = o.value(u"product").toString();
            if (!*value && products.value(product).value(u"default_price").toString() == id)
                return refuse(QStringLiteral("This price cannot be archived because it is the default price of its product (%1). "
                                             "Set another default price first.").arg(product),
                              QStringLiteral("active"), QStringLiteral("price_is_default"));
            o.insert(QStringLiteral("active"), *value);
        }
        if (const WireValue* tax = node->get(QStringLiteral("tax_behavior"))) {
            const QString now = o.value(u"tax_behavior").toString();
            if (now != u"unspecified" && now != tax->text())
                return refuse(QStringLiteral("tax_behavior cannot be changed once it is %1.").arg(now), QStringLiteral("tax_behavior"));
            if (tax->text() != u"inclusive" && tax->text() != u"exclusive" && tax->text() != u"unspecified")
                return refuse(QStringLiteral("Invalid tax_behavior: %1").arg(tax->text()), QStringLiteral("tax_behavior"));
            o.insert(QStringLiteral("tax_behavior"), tax->text());
        }
        QString refusal;
        if (!priceSettings(*node, id, prices, &o, &refusal))
            return refuse(refusal, QStringLiteral("lookup_key"));
        prices.insert(id, o);
        return EmulatorReply::json(200, o);
    }
};

} // namespace

const ProviderEmulator* stripeEmulator()
{
    static const StripeEmulator e;
    return &e;
}

} // namespace pb

// The sandbox's Piriod: /products/ and /plans/, per workspace and mode.
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Emulator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pb {

namespace {

using namespace Emulation;

EmulatorReply general(int status, const QString& message)
{
    return EmulatorReply::json(status, { { QStringLiteral("non_field_errors"), QJsonArray { message } } });
}

EmulatorReply detail(int status, const QString& message)
{
    return EmulatorReply::json(status, { { QStringLiteral("detail"), message } });
}

EmulatorReply validationError(const QList<FieldMessage>& messages)
{
    return EmulatorReply::json(400, fieldMap(byWire(schemas::piriod(), messages)));
}

class PiriodEmulator final : public ProviderEmulator
{
public:
    bool handles(const QString& path) const override { return path.startsWith(u"/products") || path.startsWith(u"/plans"); }

    EmulatorReply handle(const EmulatorRequest& r, EmulatorStore& store, bool* created) const override
    {
        if (!r.header("authorization").startsWith("Token ") || r.header("authorization").size() <= 6)
            return detail(401, QStringLiteral("Authentication credentials were not provided."));
        const QString workspace = QString::fromUtf8(r.header("x-simple-workspace"));
        if (workspace.isEmpty())
            return general(400, QStringLiteral("x-simple-workspace header is required."));
        const QString scope = QStringLiteral("piriod/%1/%2").arg(workspace, r.header("x-piriod-test-mode") == "true" ? QStringLiteral("test") : QStringLiteral("live"));
        auto& products = store.objects(scope + QStringLiteral("/products"));
        auto& plans = store.objects(scope + QStringLiteral("/plans"));
        const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
        const QString resource = parts.value(0);
        if (resource == u"products" && parts.size() == 1) {
            if (r.method == "GET")
                return list(r, products, {});
            if (r.method != "POST")
                return detail(405, QStringLiteral("Method not allowed."));
            return createProduct(r, scope, products, store, created);
        }
        if (resource == u"plans" && parts.size() == 1) {
            if (r.method == "GET")
                return list(r, plans, r.query.queryItemValue(QStringLiteral("product")));
            return createPlan(r, scope, products, plans, store, created);
        }
        if (resource == u"plans" && parts.size() == 2 && r.method == "GET")
            return plans.contains(parts.at(1)) ? EmulatorReply::json(200, plans.value(parts.at(1))) : detail(404, QStringLiteral("Not found."));
        if (resource == u"plans" && parts.size() == 2 && r.method == "PATCH")
            return updatePlan(r, parts.at(1), plans, products);
        if (resource == u"products" && parts.size() == 2 && r.method == "GET")
            return products.contains(parts.at(1)) ? EmulatorReply::json(200, products.value(parts.at(1))) : detail(404, QStringLiteral("Not found."));
        if (resource == u"products" && parts.size() == 2 && r.method == "PATCH")
            return updateProduct(r, parts.at(1), products);
        return detail(404, QStringLiteral("Not found."));
    }

private:
    static EmulatorReply list(const EmulatorRequest& r, const QHash<QString, QJsonObject>& all, const QString& productFilter)
    {
        const int asked = r.query.queryItemValue(QStringLiteral("page_size")).toInt();
        const int size = qBound(1, asked > 0 ? asked : 25, 100);
        const int page = qMax(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
        QStringList ids;
        for (auto it = all.begin(); it != all.end(); ++it)
            if (productFilter.isEmpty() || it->value(u"product").toString() == productFilter)
                ids << it.key();
        std::sort(ids.begin(), ids.end());
        QJsonArray results;
        for (qsizetype i = qsizetype(page - 1) * size; i < ids.size() && results.size() < size; ++i)
            results.append(all.value(ids.at(i)));
        const bool more = qsizetype(page) * size < ids.size();
        return EmulatorReply::json(200, { { QStringLiteral("count"), qint64(ids.size()) }, { QStringLiteral("results"), results },
                                          { QStringLiteral("next"), more ? QJsonValue(QStringLiteral("?page=%1").arg(page + 1)) : QJsonValue(QJsonValue::Null) },
                                          { QStringLiteral("previous"), page > 1 ? QJsonValue(QStringLiteral("?page=%1").arg(page - 1)) : QJsonValue(QJsonValue::Null) } });
    }

    EmulatorReply createProduct(const EmulatorRequest& r, const QString& scope, QHash<QString, QJsonObject>& products,
                                EmulatorStore& store, bool* created) const
    {
        const ReadBack read = RequestReader::readCreate(providers::Piriod, { r.body });
        if (!read.ok())
            return general(400, read.errors.first());
        const ValidationResult v = Validator::validate(schemas::piriod(), read.product);
        if (!v.isValid())
            return validationError(v.messages);
        const QString id = store.newId(QStringLiteral("prd_"));
        const QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("name"), read.product.name },
                              { QStringLiteral("unit_label"), read.product.unitLabel },
                              { QStringLiteral("status"), read.product.status.isEmpty() ? QStringLiteral("active") : read.product.status },
                              { QStringLiteral("archived"), QJsonValue::Null }, { QStringLiteral("plans"), QJsonArray() },
                              { QStringLiteral("test_mode"), scope.endsWith(u"/test") }, { QStringLiteral("created"), nowIso() },
                              { QStringLiteral("updated"), nowIso() } };
        products.insert(id, o);
        *created = true;
        store.countCreated(providers::Piriod, scope + u'/' + read.product.name);
        return EmulatorReply::json(201, o);
    }

    EmulatorReply createPlan(const EmulatorRequest& r, const QString& scope, QHash<QString, QJsonObject>& products,
                             QHash<QString, QJsonObject>& plans, EmulatorStore& store, bool* created) const
    {
        QString error;
        const auto node = WireValue::fromJson(r.body, &error);
        if (!node || !node->isObject())
            return general(400, QStringLiteral("JSON parse error - %1").arg(error));
        const QString product = node->get(QStringLiteral("product")) ? node->get(QStringLiteral("product"))->text() : QString();
        if (!products.contains(product))
            return EmulatorReply::json(400, { { QStringLiteral("product"), QJsonArray { QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(product) } } });
        const ProviderSchema& schema = schemas::piriod();
        Product holder;
        holder.name = products.value(product).value(u"name").toString();
        holder.unitLabel = products.value(product).value(u"unit_label").toString();
        holder.prices.append(Price {});
        QStringList errors;
        RequestReader::readFields(schema.priceFields, schema, *node, holder, &holder.prices.last(), errors);
        if (!errors.isEmpty())
            return general(400, errors.first());
        const ValidationResult v = Validator::validate(schema, holder);
        QList<FieldMessage> planErrors;
        for (const FieldMessage& m : v.messages)
            if (!m.warning && m.priceIndex == 0)
                planErrors << m;
        if (!planErrors.isEmpty())
            return validationError(planErrors);
        QJsonObject plan = QJsonDocument::fromJson(r.body).object();
        const QString id = store.newId(QStringLiteral("pln_"));
        plan.insert(QStringLiteral("id"), id);
        plan.insert(QStringLiteral("status"), QStringLiteral("active"));
        plan.insert(QStringLiteral("created"), nowIso());
        plan.insert(QStringLiteral("updated"), nowIso());
        plans.insert(id, plan);
        // A plan of the same name on the same product: sent twice.
        store.noteName(scope + QStringLiteral("/plan/") + product + u'/' + plan.value(u"name").toString());
        QJsonObject owner = products.value(product);
        QJsonArray owned = owner.value(u"plans").toArray();
        owned.append(plan);
        owner.insert(QStringLiteral("plans"), owned);
        products.insert(product, owner);
        *created = true;
        return EmulatorReply::json(201, plan);
    }

    // PATCH /products/{id}/: name, unit_label and status (active/archived; archiving stamps `archived`).
    static EmulatorReply updateProduct(const EmulatorRequest& r, const QString& id, QHash<QString, QJsonObject>& products)
    {
        if (!products.contains(id))
            return detail(404, QStringLiteral("Not found."));
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return general(400, QStringLiteral("JSON parse error - the body is not an object."));
        QJsonObject product = products.value(id);
        QJsonObject errors;
        const QJsonObject changes = doc.object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QString text = it.value().toString();
            if (it.key() == u"name" && (text.isEmpty() || text.size() > 80))
                errors.insert(it.key(), QJsonArray { QStringLiteral("Ensure this field has no more than 80 characters and is not blank.") });
            else if (it.key() == u"unit_label" && (text.isEmpty() || text.size() > 12))
                errors.insert(it.key(), QJsonArray { QStringLiteral("Ensure this field has no more than 12 characters and is not blank.") });
            else if (it.key() == u"status" && text != u"active" && text != u"archived")
                errors.insert(it.key(), QJsonArray { QStringLiteral("\"%1\" is not a valid choice.").arg(text) });
            else if (it.key() != u"name" && it.key() != u"unit_label" && it.key() != u"status")
                errors.insert(it.key(), QJsonArray { QStringLiteral("This field cannot be changed.") });
            else
                product.insert(it.key(), it.value());
        }
        if (!errors.isEmpty())
            return EmulatorReply::json(400, errors);
        if (changes.contains(u"status"))
            product.insert(QStringLiteral("archived"), product.value(u"status").toString() == u"archived" ? QJsonValue(nowIso()) : QJsonValue(QJsonValue::Null));
        product.insert(QStringLiteral("updated"), nowIso());
        products.insert(id, product);
        return EmulatorReply::json(200, product);
    }

    // PATCH /plans/{id}/: the fields the document lists as mutable, and `status` (the Plan
    // schema's active/archived), which is how a plan is archived here.
    static EmulatorReply updatePlan(const EmulatorRequest& r, const QString& id, QHash<QString, QJsonObject>& plans,
                                    QHash<QString, QJsonObject>& products)
    {
        if (!plans.contains(id))
            return detail(404, QStringLiteral("Not found."));
        const QJsonObject changes = QJsonDocument::fromJson(r.body).object();
        QJsonObject plan = plans.value(id);
        QJsonObject errors;
        static const QSet<QString> mutableFields { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("sku"),
                                                   QStringLiteral("unit_label"), QStringLiteral("metadata") };
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.key() == u"status" && it.value().toString() != u"active" && it.value().toString() != u"archived")
                errors.insert(it.key(), QJsonArray { QStringLiteral("\"%1\" is not a valid choice.").arg(it.value().toString()) });
            else if (it.key() == u"status")
                plan.insert(it.key(), it.value());
            else if (!mutableFields.contains(it.key()))
                errors.insert(it.key(), QJsonArray { QStringLiteral("This field cannot be changed.") });
            else
                plan.insert(it.key(), it.value());
        }
        if (!errors.isEmpty())
            return EmulatorReply::json(400, errors);
        plan.insert(QStringLiteral("updated"), nowIso());
        plans.insert(id, plan);
        // The product shows its plans: keep its copy the same.
        const QString owner = plan.value(u"product").toString();
        if (products.contains(owner)) {
            QJsonObject product = products.value(owner);
            QJsonArray owned = product.value(u"plans").toArray();
            for (qsizetype i = 0; i < owned.size(); ++i)
                if (owned.at(i).toObject().value(u"id") == id)
                    owned.replace(i, plan);
            product.insert(QStringLiteral("plans"), owned);
            products.insert(owner, product);
        }
        return EmulatorReply::json(200, plan);
    }
};

} // namespace

const ProviderEmulator* piriodEmulator()
{
    static const PiriodEmulator e;
    return &e;
}

} // namespace pb

// The sandbox's Jani: api/v1/products[/{id}].
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Emulator.h"

#include <QJsonDocument>

namespace pb {

namespace {

using namespace Emulation;

EmulatorReply message(int status, const QString& text)
{
    return EmulatorReply::json(status, { { QStringLiteral("message"), text } });
}

EmulatorReply validationError(const QList<FieldMessage>& messages)
{
    return EmulatorReply::json(400, { { QStringLiteral("message"), QStringLiteral("The product is not valid.") },
                                      { QStringLiteral("errors"), fieldMap(byWire(schemas::jani(), messages)) } });
}

class JaniEmulator final : public ProviderEmulator
{
public:
    bool handles(const QString& path) const override { return path.startsWith(u"/api/v1/"); }

    EmulatorReply handle(const EmulatorRequest& r, EmulatorStore& store, bool* created) const override
    {
        const QByteArray auth = r.header("authorization");
        if (auth.isEmpty() || auth.split(' ').value(1).isEmpty())
            return message(401, QStringLiteral("Unauthorized"));
        auto& products = store.objects(QStringLiteral("jani"));
        const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() < 3 || parts.at(2) != u"products")
            return message(404, QStringLiteral("Not found"));
        if (parts.size() == 3 && r.method == "POST")
            return create(r, products, store, created);
        if (parts.size() == 4) {
            const QString id = parts.at(3);
            if (!products.contains(id))
                return message(404, QStringLiteral("Product not found"));
            if (r.method == "GET")
                return EmulatorReply::json(200, products.value(id));
            if (r.method == "PATCH")
                return update(r, id, products);
        }
        return message(404, QStringLiteral("Not found"));
    }

private:
    static EmulatorReply create(const EmulatorRequest& r, QHash<QString, QJsonObject>& products, EmulatorStore& store, bool* created)
    {
        const ReadBack read = RequestReader::readCreate(providers::Jani, { r.body });
        if (!read.ok())
            return message(400, read.errors.first());
        const ValidationResult v = Validator::validate(schemas::jani(), read.product);
        if (!v.isValid())
            return validationError(v.messages);
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString id = store.newId(QStringLiteral("pro_")).toLower();
        o.insert(QStringLiteral("id"), id);
        if (!o.contains(u"status"))
            o.insert(QStringLiteral("status"), QStringLiteral("active"));
        if (!o.contains(u"custom_data"))
            o.insert(QStringLiteral("custom_data"), QJsonValue::Null);
        o.insert(QStringLiteral("created_at"), nowIso());
        o.insert(QStringLiteral("updated_at"), nowIso());
        products.insert(id, o);
        *created = true;
        store.countCreated(providers::Jani, QStringLiteral("jani/") + read.product.name);
        return EmulatorReply::json(201, o);
    }

    static EmulatorReply update(const EmulatorRequest& r, const QString& id, QHash<QString, QJsonObject>& products)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return message(400, QStringLiteral("The body must be a JSON object."));
        QJsonObject o = products.value(id);
        const QJsonObject changes = doc.object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (!schemas::jani().field(it.key()))
                return message(400, QStringLiteral("Unknown field: %1").arg(it.key()));
            o.insert(it.key(), it.value());
        }
        const ReadBack check = RequestReader::readCreate(providers::Jani, { QJsonDocument(o).toJson(QJsonDocument::Compact) });
        const ValidationResult v = Validator::validate(schemas::jani(), check.product);
        if (!check.ok() || !v.isValid())
            return validationError(v.messages);
        o.insert(QStringLiteral("updated_at"), nowIso());
        products.insert(id, o);
        return EmulatorReply::json(200, o);
    }
};

} // namespace

const ProviderEmulator* janiEmulator()
{
    static const JaniEmulator e;
    return &e;
}

} // namespace pb

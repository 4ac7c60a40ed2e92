#include "ResponseParser.h"

#include "WireValue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace pb {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("ResponseParser", s); }

QString bounded(const QString& s) { return s.size() > 500 ? s.left(500) + QChar(0x2026) : s; }

QString textOf(const WireValue* v)
{
    if (!v || v->isObject() || v->isArray() || v->isNull())
        return {};
    return v->text();
}

// Messages are only ever taken from strings: a number or an object where text belongs means
// the body is not in the provider's format.
QString stringOf(const WireValue* v) { return v && v->isString() ? v->text() : QString(); }

QDateTime fromUnix(const WireValue* v)
{
    if (!v)
        return {};
    const auto n = v->toInteger();
    return n ? QDateTime::fromSecsSinceEpoch(*n, Qt::UTC) : QDateTime();
}

QDateTime fromIso(const WireValue* v)
{
    const QString s = textOf(v);
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

int priceIndexOf(const QString& step)
{
    static const QRegularExpression re(QStringLiteral("\\[(\\d+)\\]"));
    const auto m = re.match(step);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return step == u"price" || step == u"default_price" ? 0 : -1;
}

// Finds the schema field whose wire path is the longest prefix of the given dotted path.
const FieldSpec* fieldForWire(const QList<FieldSpec>& fields, const QString& dotted)
{
    const FieldSpec* best = nullptr;
    for (const FieldSpec& f : fields) {
        if (f.wire.isEmpty())
            continue;
        if ((dotted == f.wire || dotted.startsWith(f.wire + u'.')) && (!best || f.wire.size() > best->wire.size()))
            best = &f;
    }
    return best;
}

// "default_price_data[recurring][interval]" -> "default_price_data.recurring.interval"
QString dottedParam(const QString& param)
{
    QString s = param;
    s.replace(u'[', u'.');
    s.remove(u']');
    return s;
}

bool inList(const QList<FieldSpec>& list, const FieldSpec* f)
{
    return std::any_of(list.begin(), list.end(), [f](const FieldSpec& g) { return &g == f; });
}

void mapField(const ProviderSchema& schema, const QString& wirePath, int priceIndex, const QString& message,
              ProviderError& error)
{
    QString path = wirePath;
    bool priceScope = priceIndex >= 0;
    const QString inlinePrice = QStringLiteral("default_price_data");
    if (schema.provider == Provider::Stripe && (path == inlinePrice || path.startsWith(inlinePrice + u'.'))) {
        path = path == inlinePrice ? QStringLiteral("currency") : path.mid(inlinePrice.size() + 1);
        priceScope = true;
        priceIndex = 0;
    }
    const FieldSpec* f = fieldForWire(priceScope ? schema.priceFields : schema.productFields, path);
    if (!f && !priceScope && schema.provider == Provider::ChatDash) {
        // ChatDash carries the product and its one price in one body.
        f = fieldForWire(schema.priceFields, path);
        if (f) {
            priceScope = true;
            priceIndex = 0;
        }
    }
    if (f)
        error.fieldErrors.append({ f->key, priceScope ? priceIndex : -1, bounded(message), false });
}

// Piriod-style {"field": ["message", ...], "tiers": [{"amount": ["..."]}], "non_field_errors": [...]}
void collectMessages(const WireValue& node, const QString& path, QList<QPair<QString, QString>>& out, int depth = 0)
{
    if (depth > 8 || out.size() > 200)
        return;
    if (node.isString()) {
        // A field named with an empty message still tells which field was refused.
        const QString text = node.text().trimmed();
        out.append({ path, text.isEmpty() ? tr("Refused without a reason given.") : text });
    } else if (node.isArray()) {
        for (const WireValue& item : node.items())
            collectMessages(item, path, out, depth + 1);
    } else if (node.isObject()) {
        for (const auto& [key, value] : node.members())
            collectMessages(value, path.isEmpty() ? key : path + u'.' + key, out, depth + 1);
    }
}

RemoteObject readObject(Provider provider, ResponseKind kind, const WireValue& root)
{
    RemoteObject o;
    const WireValue* node = &root;
    switch (provider) {
    case Provider::ChatDash:
        if (kind == ResponseKind::ProductUpdate && root.get(QStringLiteral("product")))
            node = root.get(QStringLiteral("product"));
        o.id = textOf(node->get(QStringLiteral("productId")));
        o.name = textOf(node->get(QStringLiteral("productName")));
        o.status = textOf(node->get(QStringLiteral("status")));
        o.created = fromUnix(node->get(QStringLiteral("creationDate")));
        break;
    case Provider::Stripe:
        o.id = textOf(node->get(QStringLiteral("id")));
        o.name = textOf(node->get(QStringLiteral("name")));
        if (const WireValue* active = node->get(QStringLiteral("active")))
            o.status = active->toBool() ? QStringLiteral("active") : QStringLiteral("archived");
        o.created = fromUnix(node->get(QStringLiteral("created")));
        o.updated = fromUnix(node->get(QStringLiteral("updated")));
        if (const WireValue* dp = node->get(QStringLiteral("default_price")))
            o.defaultPriceId = dp->isObject() ? textOf(dp->get(QStringLiteral("id"))) : textOf(dp);
        break;
    case Provider::Piriod:
        o.id = textOf(node->get(QStringLiteral("id")));
        o.name = textOf(node->get(QStringLiteral("name")));
        o.status = textOf(node->get(QStringLiteral("status")));
        o.created = fromIso(node->get(QStringLiteral("created")));
        o.updated = fromIso(node->get(QStringLiteral("updated")));
        break;
    case Provider::Jani:
        o.id = textOf(node->get(QStringLiteral("id")));
        o.name = textOf(node->get(QStringLiteral("name")));
        o.status = textOf(node->get(QStringLiteral("status")));
        o.created = fromIso(node->get(QStringLiteral("created_at")));
        o.updated = fromIso(node->get(QStringLiteral("updated_at")));
        break;
    }
    return o;
}

void readError(const ProviderSchema& schema, const WireValue* root, int priceIndex, ProviderError& e)
{
    if (!root || !root->isObject()) {
        e.malformed = true;
        return;
    }
    switch (schema.provider) {
    case Provider::Stripe: {
        const WireValue* err = root->get(QStringLiteral("error"));
        if (!err || !err->isObject()) {
            e.malformed = true;
            return;
        }
        e.message = bounded(stringOf(err->get(QStringLiteral("message"))));
        e.code = bounded(stringOf(err->get(QStringLiteral("code"))));
        if (e.code.isEmpty())
            e.code = bounded(stringOf(err->get(QStringLiteral("type"))));
        e.param = bounded(stringOf(err->get(QStringLiteral("param"))));
        if (e.message.trimmed().isEmpty())
            e.message = e.code.isEmpty() ? tr("Stripe refused the request without a message.")
                                         : tr("Stripe refused the request (%1) without a message.").arg(e.code);
        if (!e.param.isEmpty())
            mapField(schema, dottedParam(e.param), priceIndex, e.message, e);
        break;
    }
    case Provider::ChatDash: {
        e.message = bounded(stringOf(root->get(QStringLiteral("error"))));
        if (e.message.isEmpty())
            e.message = bounded(stringOf(root->get(QStringLiteral("message"))));
        if (e.message.isEmpty()) {
            e.malformed = true;
            return;
        }
        // ChatDash answers in prose; a wire name quoted in it points at the field.
        for (const FieldSpec* f : schema.allFields()) {
            if (f->wire.isEmpty())
                continue;
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(f->wire)));
            if (word.match(e.message).hasMatch()) {
                const bool isPrice = inList(schema.priceFields, f);
                e.fieldErrors.append({ f->key, isPrice ? 0 : -1, e.message, false });
            }
        }
        break;
    }
    case Provider::Piriod:
    case Provider::Jani: {
        // Piriod: a field-keyed map of message lists. Jani documents no error body; the common
        // shapes ({"message"}, {"error"}, {"detail"}, {"errors": {...}}, a field map) are read.
        for (const char* key : { "message", "error", "detail" }) {
            const QString text = stringOf(root->get(QLatin1String(key)));
            if (!text.isEmpty()) {
                e.message = bounded(text);
                break;
            }
        }
        const WireValue* map = root->get(QStringLiteral("errors"));
        if (!map || !map->isObject())
            map = root;
        QList<QPair<QString, QString>> messages;
        collectMessages(*map, QString(), messages);
        QStringList general;
        for (const auto& [path, text] : messages) {
            if (path == u"message" || path == u"error" || path == u"detail")
                continue;
            if (path.isEmpty() || path.startsWith(u"non_field_errors")) {
                general << text;
                continue;
            }
            const int before = int(e.fieldErrors.size());
            mapField(schema, path, priceIndex, text, e);
            if (e.fieldErrors.size() == before)
                general << QStringLiteral("%1: %2").arg(path, text);
        }
        if (e.message.isEmpty())
            e.message = bounded(general.join(QStringLiteral(" ")));
        else if (!general.isEmpty())
            e.message = bounded(e.message + u' ' + general.join(QStringLiteral(" ")));
        if (e.message.isEmpty() && e.fieldErrors.isEmpty())
            e.malformed = true;
        break;
    }
    }
}

} // namespace

ParsedResponse ResponseParser::parse(Provider provider, ResponseKind kind, int httpStatus, const QByteArray& body,
                                     const QString& step)
{
    ParsedResponse r;
    r.error.httpStatus = httpStatus;
    const ProviderSchema& schema = ProviderSchema::get(provider);
    const int priceIndex = priceIndexOf(step);
    if (body.size() > kMaxBodyBytes) {
        r.error.malformed = true;
        r.error.message = tr("The answer was too large to read (%1 MB).").arg(body.size() / (1024 * 1024));
        return r;
    }
    QString parseError;
    const auto root = body.trimmed().isEmpty() ? std::nullopt : WireValue::fromJson(body, &parseError);
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (success) {
        if (!root || !root->isObject()) {
            r.error.malformed = true;
            r.error.message = body.trimmed().isEmpty() ? tr("The answer was empty.")
                                                       : tr("The answer was not the JSON object expected.");
            return r;
        }
        r.object = readObject(provider, kind, *root);
        if (r.object.id.isEmpty()) {
            r.error.malformed = true;
            r.error.message = tr("The answer did not say which id the new object has.");
            return r;
        }
        r.ok = true;
        return r;
    }
    readError(schema, root ? &*root : nullptr, priceIndex, r.error);
    if (r.error.message.trimmed().isEmpty() && r.error.fieldErrors.isEmpty())
        r.error.malformed = true;
    if (r.error.malformed && r.error.message.trimmed().isEmpty())
        r.error.message = body.trimmed().isEmpty() ? tr("The answer was empty.") : tr("The answer was not in the provider's error format.");
    return r;
}

QList<RemoteObject> ResponseParser::parseList(Provider provider, const QByteArray& body, QString* error)
{
    QList<RemoteObject> out;
    if (body.size() > kMaxBodyBytes * 8) {
        if (error)
            *error = tr("The answer was too large to read.");
        return out;
    }
    QString parseError;
    const auto root = WireValue::fromJson(body, &parseError);
    const WireValue* items = root ? root->get(provider == Provider::Piriod ? QStringLiteral("results") : QStringLiteral("data")) : nullptr;
    if (!items || !items->isArray()) {
        if (error)
            *error = root ? tr("The answer has no list of objects.") : tr("The answer is not JSON: %1.").arg(parseError);
        return out;
    }
    for (const WireValue& item : items->items())
        if (item.isObject())
            out.append(readObject(provider, ResponseKind::Product, item));
    return out;
}

} // namespace pb

#include "ResponseParser.h"

#include "Registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace pb {

namespace {

// Translations in the "ResponseParser" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)
};

int priceIndexOf(const QString& step)
{
    static const QRegularExpression re(QStringLiteral("\\[(\\d+)\\]"));
    const auto m = re.match(step);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return step == u"price" || step == u"default_price" ? 0 : -1;
}

void collectMessages(const WireValue& node, const QString& path, QList<QPair<QString, QString>>& out, int depth = 0)
{
    if (depth > 8 || out.size() > 200)
        return;
    if (node.isString()) {
        // A field named with an empty message still tells which field was refused.
        const QString text = node.text().trimmed();
        out.append({ path, text.isEmpty() ? Text::tr("Refused without a reason given.") : text });
    } else if (node.isArray()) {
        for (const WireValue& item : node.items())
            collectMessages(item, path, out, depth + 1);
    } else if (node.isObject()) {
        for (const auto& [key, value] : node.members())
            collectMessages(value, path.isEmpty() ? key : path + u'.' + key, out, depth + 1);
    }
}

} // namespace

QString ResponseParser::redact(const QString& text, const QString& ownKey)
{
    static const QRegularExpression keyShaped(QStringLiteral("\\b([spr]k_(?:live|test)_)[A-Za-z0-9_]+"));
    static const QRegularExpression bearer(QStringLiteral("\\b(bearer\\s+)[A-Za-z0-9._~+/=-]+"), QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    // A key this short would match ordinary words; keys are longer.
    if (ownKey.size() >= 6)
        out.replace(ownKey, QStringLiteral("***"));
    out.replace(keyShaped, QStringLiteral("\\1***"));
    out.replace(bearer, QStringLiteral("\\1***"));
    return out;
}

void ResponseParser::redact(ProviderError& error, const QString& ownKey)
{
    for (QString* text : { &error.code, &error.message, &error.param })
        *text = redact(*text, ownKey);
    for (FieldMessage& m : error.fieldErrors)
        m.message = redact(m.message, ownKey);
}

QString ResponseParser::bounded(const QString& s) { return s.size() > 500 ? s.left(500) + QChar(0x2026) : s; }

QString ResponseParser::textOf(const WireValue* v)
{
    if (!v || v->isObject() || v->isArray() || v->isNull())
        return {};
    return v->text();
}

// Messages are only ever taken from strings: a number or an object where text belongs means
// the body is not in the provider's format.
QString ResponseParser::stringOf(const WireValue* v) { return v && v->isString() ? v->text() : QString(); }

QDateTime ResponseParser::fromUnix(const WireValue* v)
{
    if (!v)
        return {};
    const auto n = v->toInteger();
    return n ? QDateTime::fromSecsSinceEpoch(*n, Qt::UTC) : QDateTime();
}

QDateTime ResponseParser::fromIso(const WireValue* v)
{
    const QString s = textOf(v);
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

RemoteObject ResponseParser::plainObject(const WireValue& node, const QString& createdMember, const QString& updatedMember)
{
    RemoteObject o;
    o.id = textOf(node.get(QStringLiteral("id")));
    o.name = textOf(node.get(QStringLiteral("name")));
    o.status = textOf(node.get(QStringLiteral("status")));
    o.created = fromIso(node.get(createdMember));
    o.updated = fromIso(node.get(updatedMember));
    return o;
}

const FieldSpec* ResponseParser::fieldForWire(const QList<FieldSpec>& fields, const QString& dotted)
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

QString ResponseParser::dottedParam(const QString& param)
{
    QString s = param;
    s.replace(u'[', u'.');
    s.remove(u']');
    return s;
}

void ResponseParser::readFieldMapError(const ProviderAdapter& adapter, const WireValue& root, int priceIndex, ProviderError& e)
{
    for (const char* key : { "message", "error", "detail" }) {
        const QString text = stringOf(root.get(QLatin1String(key)));
        if (!text.isEmpty()) {
            e.message = bounded(text);
            break;
        }
    }
    const WireValue* map = root.get(QStringLiteral("errors"));
    if (!map || !map->isObject())
        map = &root;
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
        adapter.mapErrorField(path, priceIndex, text, e);
        if (e.fieldErrors.size() == before)
            general << QStringLiteral("%1: %2").arg(path, text);
    }
    if (e.message.isEmpty())
        e.message = bounded(general.join(QStringLiteral(" ")));
    else if (!general.isEmpty())
        e.message = bounded(e.message + u' ' + general.join(QStringLiteral(" ")));
    if (e.message.isEmpty() && e.fieldErrors.isEmpty())
        e.malformed = true;
}

namespace {
ParsedResponse parseUnredacted(Provider provider, ResponseKind kind, int httpStatus, const QByteArray& body, const QString& step);
}

ParsedResponse ResponseParser::parse(Provider provider, ResponseKind kind, int httpStatus, const QByteArray& body,
                                     const QString& step)
{
    ParsedResponse r = parseUnredacted(provider, kind, httpStatus, body, step);
    redact(r.error);
    return r;
}

namespace {
ParsedResponse parseUnredacted(Provider provider, ResponseKind kind, int httpStatus, const QByteArray& body, const QString& step)
{
    using namespace ResponseParser;
    ParsedResponse r;
    r.error.httpStatus = httpStatus;
    const ProviderAdapter& adapter = adapterFor(provider);
    const int priceIndex = priceIndexOf(step);
    if (body.size() > kMaxBodyBytes) {
        r.error.malformed = true;
        r.error.message = Text::tr("The answer was too large to read (%1 MB).").arg(body.size() / (1024 * 1024));
        return r;
    }
    QString parseError;
    const auto root = body.trimmed().isEmpty() ? std::nullopt : WireValue::fromJson(body, &parseError);
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (success) {
        if (!root || !root->isObject()) {
            r.error.malformed = true;
            r.error.message = body.trimmed().isEmpty() ? Text::tr("The answer was empty.")
                                                       : Text::tr("The answer was not the JSON object expected.");
            return r;
        }
        r.object = adapter.readObject(kind, *root);
        r.object.raw = QJsonDocument::fromJson(body).object();
        if (r.object.id.isEmpty()) {
            r.error.malformed = true;
            r.error.message = Text::tr("The answer did not say which id the new object has.");
            return r;
        }
        r.ok = true;
        return r;
    }
    if (!root || !root->isObject())
        r.error.malformed = true;
    else
        adapter.readError(&*root, priceIndex, r.error);
    if (r.error.message.trimmed().isEmpty() && r.error.fieldErrors.isEmpty())
        r.error.malformed = true;
    if (r.error.malformed && r.error.message.trimmed().isEmpty())
        r.error.message = body.trimmed().isEmpty() ? Text::tr("The answer was empty.") : Text::tr("The answer was not in the provider's error format.");
    return r;
}
} // namespace

QList<RemoteObject> ResponseParser::parseList(Provider provider, const QByteArray& body, QString* error, bool* more)
{
    QList<RemoteObject> out;
    if (body.size() > kMaxBodyBytes * 8) {
        if (error)
            *error = Text::tr("The answer was too large to read.");
        return out;
    }
    QString parseError;
    const auto root = WireValue::fromJson(body, &parseError);
    const ProviderAdapter& adapter = adapterFor(provider);
    const WireValue* items = root ? root->get(adapter.listMember()) : nullptr;
    if (!items || !items->isArray()) {
        if (error)
            *error = root ? Text::tr("The answer has no list of objects.") : Text::tr("The answer is not JSON: %1.").arg(parseError);
        return out;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonArray raw = json.value(adapter.listMember()).toArray();
    qsizetype index = 0;
    for (const WireValue& item : items->items()) {
        if (item.isObject()) {
            out.append(adapter.readObject(ResponseKind::Product, item));
            out.last().raw = raw.at(index).toObject();
        }
        ++index;
    }
    if (more)
        *more = adapter.listHasMore(json);
    return out;
}

} // namespace pb

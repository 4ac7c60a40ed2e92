#include "RequestSerializer.h"

#include "Registry.h"
#include "models/Money.h"
#include "models/ProductFields.h"

#include <QUrl>

namespace pb {

void AccountTarget::set(const QString& key, const QString& value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.insert(key, value);
}

QString AccountTarget::effectiveBaseUrl() const
{
    QString base = baseUrl.isEmpty() ? schemaOf(provider).defaultBaseUrl : baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QByteArray ProviderRequest::contentType() const
{
    switch (encoding) {
    case BodyEncoding::Json: return QByteArrayLiteral("application/json");
    case BodyEncoding::Form: return QByteArrayLiteral("application/x-www-form-urlencoded");
    case BodyEncoding::None: break;
    }
    return {};
}

QByteArray ProviderRequest::bodyBytes() const
{
    switch (encoding) {
    case BodyEncoding::Json: return body.toJson();
    case BodyEncoding::Form: return body.toForm();
    case BodyEncoding::None: break;
    }
    return {};
}

void ProviderRequest::bind(const QString& placeholder, const QString& value)
{
    path.replace(placeholder, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    body.bind(placeholder, value);
}

namespace {

QStringList wirePath(const QString& wire) { return wire.split(u'.'); }

// The field's value as the provider receives it, or nullopt when nothing is sent.
std::optional<WireValue> encode(const FieldSpec& f, const FieldView& view, const Price* price)
{
    if (f.wire.isEmpty() || !view.isVisible(f))
        return std::nullopt;
    const QVariant value = view.value(f);
    if (ProductFields::isEmpty(value))
        return std::nullopt;
    if (!f.wireDefault.isEmpty() && value.toString() == f.wireDefault)
        return std::nullopt;
    const QString currency = price ? price->currency : QString();
    auto money = [&](qint64 minor) {
        return f.majorUnits ? WireValue::number(Money::toDecimal(minor, Currency::exponent(currency)))
                            : WireValue::integer(minor);
    };
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Choice:
    case FieldType::Url:
    case FieldType::DecimalText:
    case FieldType::Constant: return WireValue::string(value.toString());
    case FieldType::Currency: return WireValue::string(value.toString().toLower());
    case FieldType::Money: return money(value.toLongLong());
    case FieldType::Integer: return WireValue::integer(value.toLongLong());
    case FieldType::Hundredths: return WireValue::number(Money::toDecimal(value.toLongLong(), 2));
    case FieldType::Bool: return WireValue::boolean(value.toBool());
    case FieldType::TextList: {
        WireValue a = WireValue::array();
        for (const QString& s : value.toStringList())
            a.append(WireValue::string(s));
        return a;
    }
    case FieldType::FeatureList: {
        WireValue a = WireValue::array();
        for (const QString& s : value.toStringList()) {
            WireValue o = WireValue::object();
            o.insert(QStringLiteral("name"), WireValue::string(s));
            a.append(o);
        }
        return a;
    }
    case FieldType::KeyValues: {
        WireValue o = WireValue::object();
        for (const auto& [k, v] : value.value<PbKeyValueList>())
            o.insert(k, WireValue::string(v));
        return o;
    }
    case FieldType::Json: {
        auto parsed = WireValue::fromJson(value.toString().toUtf8());
        if (!parsed || !(parsed->isObject() || parsed->isNull()))
            return std::nullopt; // the validator reports it; nothing malformed is ever sent
        return *parsed;
    }
    case FieldType::Tiers: {
        WireValue a = WireValue::array();
        qint64 from = 1;
        for (const Tier& t : value.value<QList<Tier>>()) {
            WireValue o = WireValue::object();
            if (f.limits.tierStyle == TierStyle::UpTo) {
                o.insert(QStringLiteral("up_to"), t.upTo ? WireValue::integer(*t.upTo) : WireValue::string(QStringLiteral("inf")));
                if (t.unitAmount)
                    o.insert(QStringLiteral("unit_amount"), money(*t.unitAmount));
                if (t.flatAmount)
                    o.insert(QStringLiteral("flat_amount"), money(*t.flatAmount));
            } else {
                const bool flat = t.flatAmount.has_value() && !t.unitAmount.has_value();
                o.insert(QStringLiteral("amount"), money(flat ? *t.flatAmount : t.unitAmount.value_or(0)));
                o.insert(QStringLiteral("amount_scheme"), WireValue::string(flat ? QStringLiteral("flat") : QStringLiteral("per_unit")));
                o.insert(QStringLiteral("quantity_from"), WireValue::integer(from));
                o.insert(QStringLiteral("quantity_to"), t.upTo ? WireValue::integer(*t.upTo) : WireValue::null());
            }
            if (t.upTo)
                from = *t.upTo + 1;
            a.append(o);
        }
        return a;
    }
    case FieldType::CurrencyAmounts: {
        WireValue o = WireValue::object();
        for (const CurrencyAmount& c : value.value<QList<CurrencyAmount>>()) {
            WireValue inner = WireValue::object();
            inner.insert(QStringLiteral("unit_amount"), WireValue::integer(c.amount));
            o.insert(c.currency.toLower(), inner);
        }
        return o;
    }
    }
    return std::nullopt;
}

} // namespace

WireValue RequestSerializer::productFields(const ProviderSchema& schema, const Product& product, Operation operation)
{
    WireValue body = WireValue::object();
    fill(body, schema.productFields, FieldView(schema, product, nullptr), nullptr, operation);
    return body;
}

WireValue RequestSerializer::priceFields(const ProviderSchema& schema, const Product& product, int priceIndex,
                                         Operation operation)
{
    WireValue body = WireValue::object();
    const Price* price = &product.prices.at(priceIndex);
    fill(body, schema.priceFields, FieldView(schema, product, price), price, operation);
    return body;
}

void RequestSerializer::fill(WireValue& body, const QList<FieldSpec>& fields, const FieldView& view, const Price* price,
                             Operation operation, const QStringList& prefix)
{
    for (const FieldSpec& f : fields) {
        if (operation == Operation::Update && !f.updatable)
            continue;
        if (auto v = encode(f, view, price))
            body.insert(prefix + wirePath(f.wire), std::move(*v));
    }
}

bool RequestSerializer::sends(const FieldSpec& field, const FieldView& view, const Price* price)
{
    return encode(field, view, price).has_value();
}

namespace {

QString pathFor(const Endpoint& e, const AccountTarget& t, const QString& remoteId)
{
    QString path = e.path;
    for (const AccountField& f : adapterFor(t.provider).accountFields()) {
        const QString value = t.setting(f.key);
        if (!f.pathPlaceholder.isEmpty() && !value.isEmpty())
            path.replace(f.pathPlaceholder, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!remoteId.isEmpty()) {
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(remoteId));
        path.replace(QStringLiteral("{productId}"), id);
        path.replace(QStringLiteral("{planId}"), id);
    }
    return path;
}

} // namespace

ProviderRequest RequestSerializer::request(const QString& step, const Endpoint& e, const AccountTarget& t,
                                           const QString& remoteId, const QString& idempotencyKey, BodyEncoding encoding,
                                           WireValue body)
{
    ProviderRequest r;
    r.step = step;
    r.method = e.method;
    r.path = pathFor(e, t, remoteId);
    r.headers = adapterFor(t.provider).headers(t, idempotencyKey);
    r.encoding = encoding;
    r.body = std::move(body);
    r.createsObject = e.method == u"POST" && remoteId.isEmpty();
    return r;
}

QString RequestSerializer::derivedKey(const QString& key, const QString& step)
{
    return key.isEmpty() ? QString() : key + u'-' + step;
}

RequestPlan RequestSerializer::build(const Product& product, const AccountTarget& target, const SerializeOptions& options)
{
    const ProviderAdapter& adapter = adapterFor(target.provider);
    RequestPlan plan;
    plan.validation = Validator::validate(adapter.schema(), product, options.operation);
    if (!plan.validation.isValid() && !options.skipValidation)
        return plan;
    plan.steps = adapter.buildSteps(product, target, options);
    return plan;
}

ProviderRequest RequestSerializer::readRequest(const AccountTarget& target, const Endpoint& endpoint,
                                               const QString& remoteId, const QList<QPair<QString, QString>>& query)
{
    ProviderRequest r = request(QStringLiteral("read"), endpoint, target, remoteId, {}, BodyEncoding::None, WireValue());
    if (!query.isEmpty()) {
        QStringList parts;
        for (const auto& [key, value] : query)
            parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
        r.path += u'?' + parts.join(u'&');
    }
    r.createsObject = false;
    return r;
}

QString RequestSerializer::url(const ProviderRequest& request, const AccountTarget& target)
{
    return target.effectiveBaseUrl() + request.path;
}

QString RequestSerializer::renderHttp(const ProviderRequest& request, const AccountTarget& target)
{
    QString out = request.method + u' ' + url(request, target) + u'\n';
    for (const HttpHeader& h : request.headers) {
        QString value = h.value;
        value.replace(QStringLiteral("{secret}"), QStringLiteral("***"));
        out += QString::fromLatin1(h.name) + QStringLiteral(": ") + value + u'\n';
    }
    if (request.encoding != BodyEncoding::None) {
        out += QStringLiteral("Content-Type: ") + QString::fromLatin1(request.contentType()) + u'\n';
        out += u'\n' + QString::fromUtf8(request.bodyBytes()) + u'\n';
    }
    return out;
}

namespace {
QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}
}

QString RequestSerializer::renderCurl(const ProviderRequest& request, const AccountTarget& target)
{
    QStringList lines;
    lines << QStringLiteral("curl -X %1 %2").arg(request.method, shellQuote(url(request, target)));
    for (const HttpHeader& h : request.headers) {
        if (h.secret) {
            // Double quotes so the shell expands the variable; the key itself is never printed. Every
            // other character the shell would read inside double quotes is escaped.
            QString value = QString::fromLatin1(h.name) + QStringLiteral(": ") + h.value;
            for (const QChar special : { u'\\', u'"', u'$', u'`' })
                value.replace(special, QStringLiteral("\\") + special);
            value.replace(QStringLiteral("{secret}"), QStringLiteral("$PRICEBOOK_API_KEY"));
            lines << QStringLiteral("-H \"%1\"").arg(value);
        } else {
            lines << QStringLiteral("-H ") + shellQuote(QString::fromLatin1(h.name) + QStringLiteral(": ") + h.value);
        }
    }
    if (request.encoding != BodyEncoding::None) {
        lines << QStringLiteral("-H ") + shellQuote(QStringLiteral("Content-Type: ") + QString::fromLatin1(request.contentType()));
        lines << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(request.bodyBytes()));
    }
    return lines.join(QStringLiteral(" \\\n  "));
}

} // namespace pb

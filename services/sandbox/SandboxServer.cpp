#include "SandboxServer.h"

#include "models/ProductDocument.h"
#include "models/Validator.h"
#include "services/RequestReader.h"

#include <QDateTime>
#include <QPointer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace pb {

struct SandboxServer::Request {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

struct SandboxServer::Reply {
    enum Kind { Answer, DropBefore, DropAfter, Hang };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers = {};
    Kind kind = Answer;
    static Reply json(int status, const QJsonObject& o) { return { status, QJsonDocument(o).toJson(QJsonDocument::Compact) }; }
};

namespace {

constexpr qint64 kMaxRequestBytes = 4 * 1024 * 1024;

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

QString bracketed(const QString& dotted)
{
    const QStringList parts = dotted.split(u'.');
    QString out = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        out += u'[' + parts.at(i) + u']';
    return out;
}

Provider providerOf(const QString& path)
{
    if (path.startsWith(u"/stripe/connect/"))
        return Provider::ChatDash;
    if (path.startsWith(u"/v1/"))
        return Provider::Stripe;
    if (path.startsWith(u"/api/v1/"))
        return Provider::Jani;
    return Provider::Piriod;
}

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

} // namespace

QJsonObject SandboxFaults::toJson() const
{
    return { { QStringLiteral("latency_ms"), latencyMs }, { QStringLiteral("drop_before"), dropBefore },
             { QStringLiteral("drop_after"), dropAfter }, { QStringLiteral("server_error"), serverError },
             { QStringLiteral("malformed"), malformed }, { QStringLiteral("hang"), hang },
             { QStringLiteral("too_many_requests"), tooManyRequests }, { QStringLiteral("seed"), qint64(seed) } };
}

SandboxFaults SandboxFaults::fromJson(const QJsonObject& o)
{
    SandboxFaults f;
    f.latencyMs = qBound(0, o.value(u"latency_ms").toInt(), 60000);
    auto share = [&o](const char* key) { return qBound(0.0, o.value(QLatin1String(key)).toDouble(), 1.0); };
    f.dropBefore = share("drop_before");
    f.dropAfter = share("drop_after");
    f.serverError = share("server_error");
    f.malformed = share("malformed");
    f.hang = share("hang");
    f.tooManyRequests = share("too_many_requests");
    f.seed = quint32(o.value(u"seed").toInteger(1));
    return f;
}

QJsonObject SandboxStats::toJson() const
{
    QJsonObject c;
    for (auto it = created.begin(); it != created.end(); ++it)
        c.insert(it.key(), it.value());
    QJsonObject f;
    for (auto it = faults.begin(); it != faults.end(); ++it)
        f.insert(it.key(), it.value());
    return { { QStringLiteral("requests"), requests }, { QStringLiteral("rate_limited"), rateLimited },
             { QStringLiteral("faults_injected"), faultsInjected }, { QStringLiteral("faults"), f },
             { QStringLiteral("rejected"), rejected },
             { QStringLiteral("created"), c }, { QStringLiteral("duplicate_names"), duplicateNames } };
}

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_random(1)
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onConnection);
}

SandboxServer::~SandboxServer()
{
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    for (QTcpSocket* s : sockets) {
        s->disconnect(this);
        s->abort();
    }
}

bool SandboxServer::listen(quint16 port) { return m_server->listen(QHostAddress::LocalHost, port); }
QString SandboxServer::errorString() const { return m_server->errorString(); }
quint16 SandboxServer::port() const { return m_server->serverPort(); }
QString SandboxServer::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
void SandboxServer::close() { m_server->close(); }

void SandboxServer::setFaults(const SandboxFaults& faults)
{
    m_faults = faults;
    m_random.seed(faults.seed);
}

void SandboxServer::setRateLimit(double perSecond)
{
    m_rateLimit = qMax(0.0, perSecond);
    m_buckets.clear();
}

void SandboxServer::reset()
{
    m_objects.clear();
    m_idempotency.clear();
    m_names.clear();
    m_stats = {};
    m_buckets.clear();
}

QString SandboxServer::newId(const QString& prefix)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id = prefix;
    for (int i = 0; i < 14; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id + QString::number(m_nextId++, 36);
}

void SandboxServer::onConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        m_buffers.insert(s, {});
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
}

void SandboxServer::onData(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > 64 * 1024)
                socket->abort();
            return;
        }
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        const QUrl url(QString::fromLatin1(first.value(1)));
        r.path = url.path();
        r.query = QUrlQuery(url);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = r.headers.value("content-length", "0").toLongLong();
        if (length < 0 || length > kMaxRequestBytes) {
            send(socket, Reply::json(413, { { QStringLiteral("error"), QStringLiteral("Request body too large") } }));
            socket->disconnectFromHost();
            return;
        }
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, r);
    }
}

bool SandboxServer::takeToken(Provider provider, int* retryAfterMs)
{
    if (m_rateLimit <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto& [tokens, last] = m_buckets[providerKey(provider)];
    if (last == 0 && tokens == 0)
        tokens = m_rateLimit; // a full bucket: bursts of one second's worth
    tokens = qMin(m_rateLimit, tokens + (now - last) * m_rateLimit / 1000.0);
    last = now;
    if (tokens >= 1) {
        tokens -= 1;
        return true;
    }
    *retryAfterMs = int((1 - tokens) * 1000 / m_rateLimit) + 1;
    return false;
}

void SandboxServer::handle(QTcpSocket* socket, const Request& r)
{
    ++m_stats.requests;
    const QPointer<QTcpSocket> guard(socket);
    if (r.path.startsWith(u"/__sandbox/")) {
        send(socket, control(r, r.path.split(u'/', Qt::SkipEmptyParts)));
        return;
    }
    const Provider provider = providerOf(r.path);
    int retryAfter = 0;
    if (!takeToken(provider, &retryAfter)) {
        ++m_stats.rateLimited;
        Reply limited = provider == Provider::Stripe ? Reply::json(429, stripeError(QStringLiteral("Too many requests hit the API too quickly."), {}, QStringLiteral("invalid_request_error"), QStringLiteral("rate_limit")))
                                                     : Reply::json(429, { { QStringLiteral("detail"), QStringLiteral("Request was throttled.") } });
        limited.headers.append({ "Retry-After", QByteArray::number(qMax(1, (retryAfter + 999) / 1000)) });
        send(socket, limited);
        return;
    }
    const double roll = m_random.generateDouble();
    double edge = m_faults.dropBefore;
    auto inject = [this](const char* kind) {
        ++m_stats.faultsInjected;
        ++m_stats.faults[QLatin1String(kind)];
    };
    Reply reply;
    if (roll < edge) {
        inject("drop_before");
        reply.kind = Reply::DropBefore;
    } else if (roll < (edge += m_faults.serverError)) {
        inject("server_error");
        reply = { 503, "<html><body>503 Service Unavailable</body></html>" };
    } else if (roll < (edge += m_faults.tooManyRequests)) {
        inject("too_many_requests");
        reply = provider == Provider::Stripe ? Reply::json(429, stripeError(QStringLiteral("Too many requests hit the API too quickly."), {}, QStringLiteral("invalid_request_error"), QStringLiteral("rate_limit")))
                                             : Reply::json(429, { { QStringLiteral("detail"), QStringLiteral("Request was throttled.") } });
        reply.headers.append({ QByteArray("Retry-After"), QByteArray("1") });
    } else {
        bool created = false;
        reply = route(r, &created);
        if (roll < (edge += m_faults.dropAfter)) {
            inject("drop_after");
            reply.kind = Reply::DropAfter;
        } else if (roll < (edge += m_faults.malformed)) {
            inject("malformed");
            reply = { 200, "{\"id\": \"broken" };
        } else if (roll < (edge += m_faults.hang)) {
            inject("hang");
            reply.kind = Reply::Hang;
        }
    }
    Q_EMIT requestHandled(QString::fromLatin1(r.method), r.path, reply.status);
    if (m_faults.latencyMs > 0)
        QTimer::singleShot(m_faults.latencyMs, this, [this, guard, reply] {
            if (guard)
                send(guard, reply);
        });
    else
        send(socket, reply);
}

void SandboxServer::send(QTcpSocket* socket, const Reply& reply)
{
    switch (reply.kind) {
    case Reply::DropBefore:
    case Reply::DropAfter: socket->abort(); return;
    case Reply::Hang: return;
    case Reply::Answer: break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Sandbox\r\nContent-Type: application/json\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
    socket->write(head + reply.body);
}

SandboxServer::Reply SandboxServer::route(const Request& r, bool* created)
{
    const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    Reply reply;
    switch (providerOf(r.path)) {
    case Provider::ChatDash: reply = chatDash(r, parts, created); break;
    case Provider::Stripe: reply = stripe(r, parts, created); break;
    case Provider::Piriod: reply = piriod(r, parts, created); break;
    case Provider::Jani: reply = jani(r, parts, created); break;
    }
    if (reply.status >= 400)
        ++m_stats.rejected;
    return reply;
}

SandboxServer::Reply SandboxServer::control(const Request& r, const QStringList& parts)
{
    const QString what = parts.value(1);
    if (what == u"stats" && r.method == "GET")
        return Reply::json(200, m_stats.toJson());
    if (what == u"reset" && r.method == "POST") {
        reset();
        return Reply::json(200, m_stats.toJson());
    }
    if (what == u"faults" && r.method == "POST") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        if (!doc.isObject())
            return Reply::json(400, { { QStringLiteral("error"), QStringLiteral("faults must be a JSON object: %1").arg(error.errorString()) } });
        setFaults(SandboxFaults::fromJson(doc.object()));
        if (doc.object().contains(u"rate_limit"))
            setRateLimit(doc.object().value(u"rate_limit").toDouble());
        return Reply::json(200, m_faults.toJson());
    }
    return Reply::json(404, { { QStringLiteral("error"), QStringLiteral("unknown sandbox control") } });
}

SandboxServer::Reply SandboxServer::validationError(Provider provider, const QList<FieldMessage>& messages, const QString& scope)
{
    const ProviderSchema& schema = ProviderSchema::get(provider);
    QList<QPair<QString, QString>> byWire;
    for (const FieldMessage& m : messages) {
        if (m.warning)
            continue;
        const FieldSpec* f = schema.field(m.field);
        byWire.append({ f && !f->wire.isEmpty() ? f->wire : m.field, m.message });
    }
    if (byWire.isEmpty())
        byWire.append({ QString(), QStringLiteral("The request is not valid.") });
    switch (provider) {
    case Provider::ChatDash:
        return Reply::json(500, { { QStringLiteral("error"), QStringLiteral("%1: %2").arg(byWire.first().first, byWire.first().second) } });
    case Provider::Stripe:
        return Reply::json(400, stripeError(byWire.first().second, bracketed((scope.isEmpty() ? QString() : scope + u'.') + byWire.first().first)));
    case Provider::Piriod:
    case Provider::Jani: {
        QJsonObject fields;
        for (const auto& [wire, message] : byWire) {
            const QString key = wire.isEmpty() ? QStringLiteral("non_field_errors") : wire;
            QJsonArray list = fields.value(key).toArray();
            list.append(message);
            fields.insert(key, list);
        }
        if (provider == Provider::Piriod)
            return Reply::json(400, fields);
        return Reply::json(400, { { QStringLiteral("message"), QStringLiteral("The product is not valid.") }, { QStringLiteral("errors"), fields } });
    }
    }
    return {};
}

// ---- ChatDash ----

SandboxServer::Reply SandboxServer::chatDash(const Request& r, const QStringList& parts, bool* created)
{
    if (r.header("authorization").isEmpty())
        return Reply::json(401, { { QStringLiteral("error"), QStringLiteral("Unauthorized: the agency API key is missing.") } });
    // stripe/connect/accounts/{acct}/products[/{id}]
    if (parts.size() < 5 || parts.at(2) != u"accounts" || parts.at(4) != u"products")
        return Reply::json(404, { { QStringLiteral("error"), QStringLiteral("Not found") } });
    const QString account = parts.at(3);
    auto& store = m_objects[QStringLiteral("chatdash/") + account];
    if (parts.size() == 5 && r.method == "POST") {
        const ReadBack read = RequestReader::readCreate(Provider::ChatDash, { r.body });
        if (!read.ok())
            return Reply::json(500, { { QStringLiteral("error"), read.errors.first() } });
        const ValidationResult v = Validator::validate(ProviderSchema::get(Provider::ChatDash), read.product);
        if (!v.isValid())
            return validationError(Provider::ChatDash, v.messages, {});
        const Product& p = read.product;
        const Price& price = p.prices.first();
        const QString id = newId(QStringLiteral("prod_"));
        const QString model = price.billing == u"one_time" ? QStringLiteral("oneTime") : price.scheme == u"per_unit" ? QStringLiteral("usage") : QStringLiteral("base");
        QJsonObject o { { QStringLiteral("productId"), id }, { QStringLiteral("productName"), p.name },
                        { QStringLiteral("description"), orNull(p.description) }, { QStringLiteral("taxBehavior"), orNull(price.taxBehavior) },
                        { QStringLiteral("pricing"), QJsonObject { { QStringLiteral("amount"), QString::number(price.amount.value_or(0)) },
                                                                   { QStringLiteral("billingCycle"), model == u"oneTime" ? QJsonValue(QJsonValue::Null) : QJsonValue(price.interval) },
                                                                   { QStringLiteral("currency"), price.currency },
                                                                   { QStringLiteral("pricingModel"), model },
                                                                   { QStringLiteral("metrics"), orNull(price.usageMetric) },
                                                                   { QStringLiteral("usageLimit"), price.includedUsage ? QJsonValue(qint64(*price.includedUsage)) : QJsonValue(QJsonValue::Null) },
                                                                   { QStringLiteral("overage"), price.overageAmount ? QJsonValue(QString::number(*price.overageAmount)) : QJsonValue(QJsonValue::Null) } } },
                        { QStringLiteral("creationDate"), QDateTime::currentSecsSinceEpoch() },
                        { QStringLiteral("activeSubscriptionsCount"), 0 }, { QStringLiteral("status"), QStringLiteral("active") } };
        store.insert(id, o);
        *created = true;
        m_stats.created[QStringLiteral("chatdash")]++;
        const QString nameKey = QStringLiteral("chatdash/%1/%2").arg(account, p.name);
        if (m_names.contains(nameKey))
            ++m_stats.duplicateNames;
        m_names.insert(nameKey);
        return Reply::json(200, o);
    }
    if (parts.size() == 6 && r.method == "PUT") {
        if (!store.contains(parts.at(5)))
            return Reply::json(500, { { QStringLiteral("error"), QStringLiteral("No such product: %1").arg(parts.at(5)) } });
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonObject data = doc.object().value(u"data").toObject();
        for (auto it = data.begin(); it != data.end(); ++it)
            if (it.key() != u"name" && it.key() != u"description")
                return Reply::json(500, { { QStringLiteral("error"), QStringLiteral("%1 cannot be updated").arg(it.key()) } });
        QJsonObject o = store.value(parts.at(5));
        if (data.contains(u"name"))
            o.insert(QStringLiteral("productName"), data.value(u"name"));
        if (data.contains(u"description"))
            o.insert(QStringLiteral("description"), data.value(u"description"));
        store.insert(parts.at(5), o);
        return Reply::json(200, { { QStringLiteral("product"), o } });
    }
    return Reply::json(404, { { QStringLiteral("error"), QStringLiteral("Not found") } });
}

// ---- Stripe ----

SandboxServer::Reply SandboxServer::stripe(const Request& r, const QStringList& parts, bool* created)
{
    const QByteArray auth = r.header("authorization");
    if (!(auth.startsWith("Bearer ") && auth.size() > 7) && !auth.startsWith("Basic "))
        return Reply::json(401, stripeError(QStringLiteral("You did not provide an API key.")));
    const QByteArray key = r.header("idempotency-key");
    if (r.method == "POST" && !key.isEmpty()) {
        const auto it = m_idempotency.constFind(QString::fromLatin1(key));
        if (it != m_idempotency.constEnd()) {
            if (it->first != r.body)
                return Reply::json(409, stripeError(QStringLiteral("Keys for idempotent requests can only be used with the same parameters they were first used with."),
                                                    {}, QStringLiteral("idempotency_error")));
            return { 200, it->second, { { "Idempotent-Replayed", "true" } } };
        }
    }
    auto& products = m_objects[QStringLiteral("stripe/products")];
    auto& prices = m_objects[QStringLiteral("stripe/prices")];
    Reply reply;
    const QString resource = parts.value(1);
    if (resource == u"products" && parts.size() == 2 && r.method == "POST") {
        const ReadBack read = RequestReader::readCreate(Provider::Stripe, { r.body });
        if (!read.ok())
            return Reply::json(400, stripeError(read.errors.first()));
        const ValidationResult v = Validator::validate(ProviderSchema::get(Provider::Stripe), read.product);
        if (!v.isValid()) {
            const FieldMessage first = *std::find_if(v.messages.begin(), v.messages.end(), [](const FieldMessage& m) { return !m.warning; });
            return validationError(Provider::Stripe, { first }, first.priceIndex >= 0 ? QStringLiteral("default_price_data") : QString());
        }
        const Product& p = read.product;
        if (!p.stripeId.isEmpty() && products.contains(p.stripeId))
            return Reply::json(400, stripeError(QStringLiteral("Product already exists."), QStringLiteral("id"), QStringLiteral("invalid_request_error"), QStringLiteral("resource_already_exists")));
        const QString id = p.stripeId.isEmpty() ? newId(QStringLiteral("prod_")) : p.stripeId;
        QJsonObject o = ProductDocument::toObject(p);
        o.remove(QStringLiteral("prices"));
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("object"), QStringLiteral("product"));
        o.insert(QStringLiteral("active"), p.status != u"archived");
        o.insert(QStringLiteral("created"), QDateTime::currentSecsSinceEpoch());
        o.insert(QStringLiteral("updated"), QDateTime::currentSecsSinceEpoch());
        o.insert(QStringLiteral("livemode"), false);
        o.insert(QStringLiteral("default_price"), QJsonValue::Null);
        if (!p.prices.isEmpty()) {
            QJsonObject price = priceObject(p.prices.first());
            const QString priceId = newId(QStringLiteral("price_"));
            price.insert(QStringLiteral("id"), priceId);
            price.insert(QStringLiteral("object"), QStringLiteral("price"));
            price.insert(QStringLiteral("product"), id);
            prices.insert(priceId, price);
            o.insert(QStringLiteral("default_price"), priceId);
        }
        products.insert(id, o);
        *created = true;
        m_stats.created[QStringLiteral("stripe")]++;
        const QString nameKey = QStringLiteral("stripe/%1/%2").arg(QString::fromLatin1(r.header("stripe-account")), p.name);
        if (m_names.contains(nameKey))
            ++m_stats.duplicateNames;
        m_names.insert(nameKey);
        reply = Reply::json(200, o);
    } else if (resource == u"prices" && parts.size() == 2 && r.method == "POST") {
        QString error;
        const auto node = WireValue::fromForm(r.body, &error);
        if (!node)
            return Reply::json(400, stripeError(error));
        const QString product = node->get(QStringLiteral("product")) ? node->get(QStringLiteral("product"))->text() : QString();
        if (!products.contains(product))
            return Reply::json(400, stripeError(QStringLiteral("No such product: '%1'").arg(product), QStringLiteral("product"), QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing")));
        Product holder;
        holder.name = products.value(product).value(u"name").toString();
        holder.prices.append(Price {});
        QStringList errors;
        const ProviderSchema& schema = ProviderSchema::get(Provider::Stripe);
        RequestReader::readFields(schema.priceFields, schema, *node, holder, &holder.prices.last(), errors);
        if (!errors.isEmpty())
            return Reply::json(400, stripeError(errors.first()));
        const ValidationResult v = Validator::validate(schema, holder);
        for (const FieldMessage& m : v.messages)
            if (!m.warning && m.priceIndex == 0)
                return validationError(Provider::Stripe, { m }, {});
        QJsonObject price = priceObject(holder.prices.first());
        const QString id = newId(QStringLiteral("price_"));
        price.insert(QStringLiteral("id"), id);
        price.insert(QStringLiteral("object"), QStringLiteral("price"));
        price.insert(QStringLiteral("product"), product);
        prices.insert(id, price);
        *created = true;
        reply = Reply::json(200, price);
    } else if (resource == u"products" && parts.size() == 3) {
        const QString id = parts.at(2);
        if (!products.contains(id))
            return Reply::json(404, stripeError(QStringLiteral("No such product: '%1'").arg(id), QStringLiteral("id"), QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing")));
        if (r.method == "GET")
            return Reply::json(200, products.value(id));
        if (r.method != "POST")
            return Reply::json(405, stripeError(QStringLiteral("Method not allowed")));
        QString error;
        const auto node = WireValue::fromForm(r.body, &error);
        if (!node)
            return Reply::json(400, stripeError(error));
        QJsonObject o = products.value(id);
        if (const WireValue* dp = node->get(QStringLiteral("default_price"))) {
            if (!prices.contains(dp->text()))
                return Reply::json(400, stripeError(QStringLiteral("No such price: '%1'").arg(dp->text()), QStringLiteral("default_price")));
            o.insert(QStringLiteral("default_price"), dp->text());
        }
        Product changed;
        QStringList errors;
        const ProviderSchema& schema = ProviderSchema::get(Provider::Stripe);
        RequestReader::readFields(schema.productFields, schema, *node, changed, nullptr, errors);
        if (!errors.isEmpty())
            return Reply::json(400, stripeError(errors.first()));
        for (const auto& [field, value] : node->members()) {
            if (field == u"default_price")
                continue;
            const FieldSpec* f = schema.field(field);
            if (!f || !f->updatable)
                return Reply::json(400, stripeError(QStringLiteral("Received unknown parameter: %1").arg(field), field));
            o.insert(field, QJsonValue(value.text()));
        }
        o.insert(QStringLiteral("updated"), QDateTime::currentSecsSinceEpoch());
        products.insert(id, o);
        reply = Reply::json(200, o);
    } else if (resource == u"products" && parts.size() == 2 && r.method == "GET") {
        const int limit = qBound(1, r.query.queryItemValue(QStringLiteral("limit")).toInt() > 0 ? r.query.queryItemValue(QStringLiteral("limit")).toInt() : 10, 100);
        QStringList ids = products.keys();
        std::sort(ids.begin(), ids.end());
        const QString after = r.query.queryItemValue(QStringLiteral("starting_after"));
        qsizetype start = after.isEmpty() ? 0 : ids.indexOf(after) + 1;
        QJsonArray data;
        for (qsizetype i = start; i < ids.size() && data.size() < limit; ++i)
            data.append(products.value(ids.at(i)));
        return Reply::json(200, { { QStringLiteral("object"), QStringLiteral("list") }, { QStringLiteral("data"), data },
                                  { QStringLiteral("has_more"), start + data.size() < ids.size() }, { QStringLiteral("url"), QStringLiteral("/v1/products") } });
    } else {
        return Reply::json(404, stripeError(QStringLiteral("Unrecognized request URL (%1: %2).").arg(QString::fromLatin1(r.method), r.path)));
    }
    if (!key.isEmpty() && reply.status < 500)
        m_idempotency.insert(QString::fromLatin1(key), { r.body, reply.body });
    return reply;
}

// ---- Piriod ----

SandboxServer::Reply SandboxServer::piriod(const Request& r, const QStringList& parts, bool* created)
{
    if (!r.header("authorization").startsWith("Token ") || r.header("authorization").size() <= 6)
        return Reply::json(401, { { QStringLiteral("detail"), QStringLiteral("Authentication credentials were not provided.") } });
    const QString workspace = QString::fromUtf8(r.header("x-simple-workspace"));
    if (workspace.isEmpty())
        return Reply::json(400, { { QStringLiteral("non_field_errors"), QJsonArray { QStringLiteral("x-simple-workspace header is required.") } } });
    const QString scope = QStringLiteral("piriod/%1/%2").arg(workspace, r.header("x-piriod-test-mode") == "true" ? QStringLiteral("test") : QStringLiteral("live"));
    auto& products = m_objects[scope + QStringLiteral("/products")];
    auto& plans = m_objects[scope + QStringLiteral("/plans")];
    const ProviderSchema& schema = ProviderSchema::get(Provider::Piriod);
    auto list = [&](const QHash<QString, QJsonObject>& all, const QString& productFilter) {
        const int size = qBound(1, r.query.queryItemValue(QStringLiteral("page_size")).toInt() > 0 ? r.query.queryItemValue(QStringLiteral("page_size")).toInt() : 25, 100);
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
        return Reply::json(200, { { QStringLiteral("count"), qint64(ids.size()) }, { QStringLiteral("results"), results },
                                  { QStringLiteral("next"), more ? QJsonValue(QStringLiteral("?page=%1").arg(page + 1)) : QJsonValue(QJsonValue::Null) },
                                  { QStringLiteral("previous"), page > 1 ? QJsonValue(QStringLiteral("?page=%1").arg(page - 1)) : QJsonValue(QJsonValue::Null) } });
    };
    const QString resource = parts.value(0);
    if (resource == u"products" && parts.size() == 1) {
        if (r.method == "GET")
            return list(products, {});
        if (r.method != "POST")
            return Reply::json(405, { { QStringLiteral("detail"), QStringLiteral("Method not allowed.") } });
        const ReadBack read = RequestReader::readCreate(Provider::Piriod, { r.body });
        if (!read.ok())
            return Reply::json(400, { { QStringLiteral("non_field_errors"), QJsonArray { read.errors.first() } } });
        const ValidationResult v = Validator::validate(schema, read.product);
        if (!v.isValid())
            return validationError(Provider::Piriod, v.messages, {});
        const QString id = newId(QStringLiteral("prd_"));
        const QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("name"), read.product.name },
                              { QStringLiteral("unit_label"), read.product.unitLabel },
                              { QStringLiteral("status"), read.product.status.isEmpty() ? QStringLiteral("active") : read.product.status },
                              { QStringLiteral("archived"), QJsonValue::Null }, { QStringLiteral("plans"), QJsonArray() },
                              { QStringLiteral("test_mode"), scope.endsWith(u"/test") }, { QStringLiteral("created"), nowIso() },
                              { QStringLiteral("updated"), nowIso() } };
        products.insert(id, o);
        *created = true;
        m_stats.created[QStringLiteral("piriod")]++;
        const QString nameKey = scope + u'/' + read.product.name;
        if (m_names.contains(nameKey))
            ++m_stats.duplicateNames;
        m_names.insert(nameKey);
        return Reply::json(201, o);
    }
    if (resource == u"plans" && parts.size() == 1) {
        if (r.method == "GET")
            return list(plans, r.query.queryItemValue(QStringLiteral("product")));
        QString error;
        const auto node = WireValue::fromJson(r.body, &error);
        if (!node || !node->isObject())
            return Reply::json(400, { { QStringLiteral("non_field_errors"), QJsonArray { QStringLiteral("JSON parse error - %1").arg(error) } } });
        const QString product = node->get(QStringLiteral("product")) ? node->get(QStringLiteral("product"))->text() : QString();
        if (!products.contains(product))
            return Reply::json(400, { { QStringLiteral("product"), QJsonArray { QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(product) } } });
        Product holder;
        holder.name = products.value(product).value(u"name").toString();
        holder.unitLabel = products.value(product).value(u"unit_label").toString();
        holder.prices.append(Price {});
        QStringList errors;
        RequestReader::readFields(schema.priceFields, schema, *node, holder, &holder.prices.last(), errors);
        if (!errors.isEmpty())
            return Reply::json(400, { { QStringLiteral("non_field_errors"), QJsonArray { errors.first() } } });
        const ValidationResult v = Validator::validate(schema, holder);
        QList<FieldMessage> planErrors;
        for (const FieldMessage& m : v.messages)
            if (!m.warning && m.priceIndex == 0)
                planErrors << m;
        if (!planErrors.isEmpty())
            return validationError(Provider::Piriod, planErrors, {});
        QJsonObject plan = QJsonDocument::fromJson(r.body).object();
        const QString id = newId(QStringLiteral("pln_"));
        plan.insert(QStringLiteral("id"), id);
        plan.insert(QStringLiteral("status"), QStringLiteral("active"));
        plan.insert(QStringLiteral("created"), nowIso());
        plan.insert(QStringLiteral("updated"), nowIso());
        plans.insert(id, plan);
        const QString planKey = scope + QStringLiteral("/plan/") + product + u'/' + plan.value(u"name").toString();
        if (m_names.contains(planKey)) // a plan of the same name on the same product: sent twice
            ++m_stats.duplicateNames;
        m_names.insert(planKey);
        QJsonObject owner = products.value(product);
        QJsonArray owned = owner.value(u"plans").toArray();
        owned.append(plan);
        owner.insert(QStringLiteral("plans"), owned);
        products.insert(product, owner);
        *created = true;
        return Reply::json(201, plan);
    }
    if (resource == u"plans" && parts.size() == 2 && r.method == "PATCH") {
        if (!plans.contains(parts.at(1)))
            return Reply::json(404, { { QStringLiteral("detail"), QStringLiteral("Not found.") } });
        const QJsonObject changes = QJsonDocument::fromJson(r.body).object();
        QJsonObject plan = plans.value(parts.at(1));
        QJsonObject errors;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            static const QSet<QString> mutableFields { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("sku"),
                                                       QStringLiteral("unit_label"), QStringLiteral("metadata") };
            if (!mutableFields.contains(it.key()))
                errors.insert(it.key(), QJsonArray { QStringLiteral("This field cannot be changed.") });
            else
                plan.insert(it.key(), it.value());
        }
        if (!errors.isEmpty())
            return Reply::json(400, errors);
        plan.insert(QStringLiteral("updated"), nowIso());
        plans.insert(parts.at(1), plan);
        return Reply::json(200, plan);
    }
    return Reply::json(404, { { QStringLiteral("detail"), QStringLiteral("Not found.") } });
}

// ---- Jani ----

SandboxServer::Reply SandboxServer::jani(const Request& r, const QStringList& parts, bool* created)
{
    const QByteArray auth = r.header("authorization");
    if (auth.isEmpty() || auth.split(' ').value(1).isEmpty())
        return Reply::json(401, { { QStringLiteral("message"), QStringLiteral("Unauthorized") } });
    auto& products = m_objects[QStringLiteral("jani")];
    const ProviderSchema& schema = ProviderSchema::get(Provider::Jani);
    // api/v1/products[/{id}]
    if (parts.size() < 3 || parts.at(2) != u"products")
        return Reply::json(404, { { QStringLiteral("message"), QStringLiteral("Not found") } });
    if (parts.size() == 3 && r.method == "POST") {
        const ReadBack read = RequestReader::readCreate(Provider::Jani, { r.body });
        if (!read.ok())
            return Reply::json(400, { { QStringLiteral("message"), read.errors.first() } });
        const ValidationResult v = Validator::validate(schema, read.product);
        if (!v.isValid())
            return validationError(Provider::Jani, v.messages, {});
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QJsonObject o = body;
        const QString id = newId(QStringLiteral("pro_")).toLower();
        o.insert(QStringLiteral("id"), id);
        if (!o.contains(u"status"))
            o.insert(QStringLiteral("status"), QStringLiteral("active"));
        if (!o.contains(u"custom_data"))
            o.insert(QStringLiteral("custom_data"), QJsonValue::Null);
        o.insert(QStringLiteral("created_at"), nowIso());
        o.insert(QStringLiteral("updated_at"), nowIso());
        products.insert(id, o);
        *created = true;
        m_stats.created[QStringLiteral("jani")]++;
        const QString nameKey = QStringLiteral("jani/") + read.product.name;
        if (m_names.contains(nameKey))
            ++m_stats.duplicateNames;
        m_names.insert(nameKey);
        return Reply::json(201, o);
    }
    if (parts.size() == 4) {
        const QString id = parts.at(3);
        if (!products.contains(id))
            return Reply::json(404, { { QStringLiteral("message"), QStringLiteral("Product not found") } });
        if (r.method == "GET")
            return Reply::json(200, products.value(id));
        if (r.method == "PATCH") {
            const QJsonDocument doc = QJsonDocument::fromJson(r.body);
            if (!doc.isObject())
                return Reply::json(400, { { QStringLiteral("message"), QStringLiteral("The body must be a JSON object.") } });
            QJsonObject o = products.value(id);
            const QJsonObject changes = doc.object();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                const FieldSpec* f = schema.field(it.key());
                if (!f)
                    return Reply::json(400, { { QStringLiteral("message"), QStringLiteral("Unknown field: %1").arg(it.key()) } });
                o.insert(it.key(), it.value());
            }
            const ReadBack check = RequestReader::readCreate(Provider::Jani, { QJsonDocument(o).toJson(QJsonDocument::Compact) });
            const ValidationResult v = Validator::validate(schema, check.product);
            if (!check.ok() || !v.isValid())
                return validationError(Provider::Jani, v.messages, {});
            o.insert(QStringLiteral("updated_at"), nowIso());
            products.insert(id, o);
            return Reply::json(200, o);
        }
    }
    return Reply::json(404, { { QStringLiteral("message"), QStringLiteral("Not found") } });
}

} // namespace pb

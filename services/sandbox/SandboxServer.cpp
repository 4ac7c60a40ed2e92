#include "SandboxServer.h"

#include "services/providers/Registry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QPointer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace pb {

namespace {

constexpr qint64 kMaxRequestBytes = 4 * 1024 * 1024;

// The emulator whose paths these are, or null.
const ProviderEmulator* emulatorFor(const QString& path, QString* provider)
{
    for (const ProviderAdapter* a : Registry::all()) {
        const ProviderEmulator* e = a->emulator();
        if (e && e->handles(path)) {
            *provider = a->id().key();
            return e;
        }
    }
    return nullptr;
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

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_random(1)
    , m_sweep(new QTimer(this))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(200);
    connect(m_saveTimer, &QTimer::timeout, this, &SandboxServer::saveState);
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onConnection);
    connect(m_sweep, &QTimer::timeout, this, &SandboxServer::closeStalled);
    setLimits({});
}

SandboxServer::~SandboxServer()
{
    saveState();
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

void SandboxServer::setLimits(const SandboxLimits& limits)
{
    m_limits = limits;
    m_sweep->start(qBound(20, limits.requestTimeoutMs / 4, 1000));
}

void SandboxServer::setClock(std::function<qint64()> nowMs)
{
    m_now = nowMs ? std::move(nowMs) : std::function<qint64()>([this] { return m_clock.elapsed(); });
    m_buckets.clear();
}

void SandboxServer::reset()
{
    m_store.clear();
    m_buckets.clear();
    m_stateDirty = true;
    saveState();
}

QString SandboxServer::setStateFile(const QString& path)
{
    m_stateFile = path;
    m_stateDirty = false;
    QFile file(path);
    if (!file.exists())
        return {};
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        if (!doc.isObject())
            problem = parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("it is not a JSON object");
        else if (m_store.fromJson(doc.object(), &problem))
            return {};
    }
    // Kept aside, never overwritten: whatever was in it can still be looked at.
    QString aside = path + QStringLiteral(".damaged");
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".damaged-%1").arg(n);
    const bool moved = QFile::rename(path, aside);
    if (!moved)
        m_stateFile.clear(); // never write over a file that could not be moved aside
    return moved ? tr("The sandbox's saved objects in %1 could not be read (%2). The file was kept as %3; the sandbox "
                      "starts empty.").arg(QDir::toNativeSeparators(path), problem, QDir::toNativeSeparators(aside))
                 : tr("The sandbox's saved objects in %1 could not be read (%2), and the file could not be moved aside; "
                      "the sandbox keeps this run's objects in memory only.").arg(QDir::toNativeSeparators(path), problem);
}

void SandboxServer::saveState()
{
    m_saveTimer->stop();
    if (!m_stateDirty || m_stateFile.isEmpty())
        return;
    QSaveFile file(m_stateFile);
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(m_store.toJson()).toJson(QJsonDocument::Compact));
        if (file.commit()) {
            m_stateDirty = false;
            return;
        }
    }
    Q_EMIT stateSaveFailed(tr("The sandbox could not save its objects in %1: %2")
                               .arg(QDir::toNativeSeparators(m_stateFile), file.errorString()));
}

void SandboxServer::onConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        if (m_buffers.size() >= m_limits.maxConnections) {
            // Make room by closing the connection whose request has waited longest unfinished;
            // when every connection is busy with a whole request, this one is turned away.
            QTcpSocket* oldest = nullptr;
            for (auto it = m_requestStarted.cbegin(); it != m_requestStarted.cend(); ++it)
                if (!oldest || it.value() < m_requestStarted.value(oldest))
                    oldest = it.key();
            if (oldest) {
                drop(oldest);
            } else {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                refuse(s, Reply::json(503, { { QStringLiteral("error"), QStringLiteral("Too many connections") } }));
                continue;
            }
        }
        m_buffers.insert(s, {});
        m_requestStarted.insert(s, m_clock.elapsed());
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            forget(s);
            s->deleteLater();
        });
    }
}

void SandboxServer::forget(QTcpSocket* socket)
{
    m_buffered -= m_buffers.value(socket).size();
    m_buffers.remove(socket);
    m_requestStarted.remove(socket);
}

void SandboxServer::drop(QTcpSocket* socket)
{
    forget(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SandboxServer::refuse(QTcpSocket* socket, const Reply& reply)
{
    send(socket, reply);
    forget(socket); // what else it sends is read and thrown away
    socket->disconnectFromHost();
}

void SandboxServer::closeStalled()
{
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket*> stalled;
    for (auto it = m_requestStarted.cbegin(); it != m_requestStarted.cend(); ++it)
        if (now - it.value() > m_limits.requestTimeoutMs)
            stalled << it.key();
    for (QTcpSocket* s : std::as_const(stalled))
        drop(s);
}

void SandboxServer::onData(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket)) { // refused: only waiting to close
        socket->readAll();
        return;
    }
    const QByteArray chunk = socket->readAll();
    if (m_buffered + chunk.size() > m_limits.maxBufferedBytes) {
        refuse(socket, Reply::json(503, { { QStringLiteral("error"), QStringLiteral("The sandbox holds too many unfinished requests") } }));
        return;
    }
    if (m_buffers.value(socket).isEmpty() && !m_requestStarted.contains(socket))
        m_requestStarted.insert(socket, m_clock.elapsed());
    m_buffers[socket] += chunk;
    m_buffered += chunk.size();
    while (m_buffers.contains(socket)) { // handling a request may close the connection
        QByteArray& buffer = m_buffers[socket];
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > 64 * 1024)
                drop(socket);
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
            refuse(socket, Reply::json(413, { { QStringLiteral("error"), QStringLiteral("Request body too large") } }));
            return;
        }
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_buffered -= end + 4 + length;
        if (buffer.isEmpty())
            m_requestStarted.remove(socket);
        else
            m_requestStarted.insert(socket, m_clock.elapsed());
        handle(socket, r);
    }
}

bool SandboxServer::takeToken(const QString& bucket, int* retryAfterMs)
{
    if (m_rateLimit <= 0)
        return true;
    const qint64 now = m_now();
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end()) // a full bucket: bursts of one second's worth
        it = m_buckets.insert(bucket, { m_rateLimit, now });
    auto& [tokens, last] = *it;
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
    SandboxStats& stats = m_store.stats();
    ++stats.requests;
    const QPointer<QTcpSocket> guard(socket);
    if (r.path.startsWith(u"/__sandbox/")) {
        send(socket, control(r, r.path.split(u'/', Qt::SkipEmptyParts)));
        return;
    }
    QString provider;
    const ProviderEmulator* emulator = emulatorFor(r.path, &provider);
    const auto tooMany = [emulator] {
        return emulator ? emulator->tooManyRequests() : Emulation::throttled();
    };
    int retryAfter = 0;
    if (!takeToken(provider, &retryAfter)) {
        ++stats.rateLimited;
        Reply limited = tooMany();
        limited.headers.append({ "Retry-After", QByteArray::number(qMax(1, (retryAfter + 999) / 1000)) });
        send(socket, limited);
        return;
    }
    const double roll = m_random.generateDouble();
    double edge = m_faults.dropBefore;
    auto inject = [&stats](const char* kind) {
        ++stats.faultsInjected;
        ++stats.faults[QLatin1String(kind)];
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
        reply = tooMany();
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
    QString provider;
    const ProviderEmulator* emulator = emulatorFor(r.path, &provider);
    const Reply reply = emulator ? emulator->handle(r, m_store, created)
                                 : Reply::json(404, { { QStringLiteral("detail"), QStringLiteral("Not found.") } });
    if (emulator && r.method != "GET" && r.method != "HEAD" && !m_stateFile.isEmpty()) {
        m_stateDirty = true;
        if (!m_saveTimer->isActive())
            m_saveTimer->start();
    }
    if (reply.status >= 400)
        ++m_store.stats().rejected;
    return reply;
}

SandboxServer::Reply SandboxServer::control(const Request& r, const QStringList& parts)
{
    const QString what = parts.value(1);
    if (what == u"stats" && r.method == "GET")
        return Reply::json(200, m_store.stats().toJson());
    if (what == u"reset" && r.method == "POST") {
        reset();
        return Reply::json(200, m_store.stats().toJson());
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

} // namespace pb

#pragma once
// A local emulator of the four providers, bound to 127.0.0.1 only. It checks auth headers and
// every documented rule (through the same provider schemas Pricebook validates with), answers
// in each provider's response and error formats, keeps what was created in memory, honours
// Stripe idempotency keys, enforces an optional rate limit (429 with Retry-After), and injects
// faults on command — for tests, demos and a newcomer's first submission.
//   SandboxServer sandbox;
//   sandbox.listen();                        // any free port
//   account.target.baseUrl = sandbox.baseUrl();
//
// Control over HTTP: GET /__sandbox/stats, POST /__sandbox/faults {"drop_before":0.1, ...},
// POST /__sandbox/reset.

#include "models/ProviderSchema.h"
#include "models/Validator.h"
#include "services/storage/Account.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QTcpServer;
class QTcpSocket;

namespace pb {

struct SandboxFaults {
    int latencyMs = 0;          // added before every answer
    double dropBefore = 0;      // share of requests whose connection is closed before anything is done
    double dropAfter = 0;       // share whose object is created, then the connection is closed unanswered
    double serverError = 0;     // share answered 503 before anything is done
    double malformed = 0;       // share answered 200 with a body that is not JSON (after creating)
    double hang = 0;            // share never answered (after creating)
    double tooManyRequests = 0; // share answered 429 with Retry-After: 1 before anything is done
    quint32 seed = 1;
    QJsonObject toJson() const;
    static SandboxFaults fromJson(const QJsonObject& o);
};

struct SandboxStats {
    qint64 requests = 0;
    qint64 rateLimited = 0;
    qint64 faultsInjected = 0;
    QHash<QString, qint64> faults;    // fault kind ("drop_before", "hang", ...) -> injected
    qint64 rejected = 0;
    QHash<QString, qint64> created;   // provider key -> products created
    qint64 duplicateNames = 0;        // creates whose name was already used on the same account
                                      // (Piriod plans: on the same product)
    QJsonObject toJson() const;
};

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QString baseUrl() const;
    void close();

    void setFaults(const SandboxFaults& faults);
    SandboxFaults faults() const { return m_faults; }
    // Requests per second per provider; 0 = no limit.
    void setRateLimit(double perSecond);
    const SandboxStats& stats() const { return m_stats; }
    void reset();

    // The key any sandbox account may use; the sandbox accepts any non-empty key.
    static QString sandboxKey() { return sandboxAccountKey(); }

Q_SIGNALS:
    void requestHandled(const QString& method, const QString& path, int status);

private:
    struct Request;
    struct Reply;
    void onConnection();
    void onData(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    Reply route(const Request& request, bool* created);
    void send(QTcpSocket* socket, const Reply& reply);

    Reply chatDash(const Request& r, const QStringList& parts, bool* created);
    Reply stripe(const Request& r, const QStringList& parts, bool* created);
    Reply piriod(const Request& r, const QStringList& parts, bool* created);
    Reply jani(const Request& r, const QStringList& parts, bool* created);
    Reply control(const Request& r, const QStringList& parts);
    Reply validationError(Provider provider, const QList<FieldMessage>& messages, const QString& scope);
    bool takeToken(Provider provider, int* retryAfterMs);
    QString newId(const QString& prefix);

    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
    double m_rateLimit = 0;
    QHash<QString, QPair<double, qint64>> m_buckets; // provider -> tokens, last refill (ms)
    QElapsedTimer m_clock;
    SandboxStats m_stats;
    // Stored objects: provider -> id -> JSON object as the provider returns it.
    QHash<QString, QHash<QString, QJsonObject>> m_objects;
    QHash<QString, QPair<QByteArray, QByteArray>> m_idempotency; // Stripe key -> (body, answer)
    QSet<QString> m_names; // provider/account/name of created products, to count duplicates
    qint64 m_nextId = 1;
};

} // namespace pb

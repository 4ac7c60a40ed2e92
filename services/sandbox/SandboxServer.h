#pragma once
// A local stand-in for every registered provider, bound to 127.0.0.1 only. Each provider's own
// emulator (its adapter's ProviderEmulator) checks auth headers and every documented rule
// (through the same schemas Pricebook validates with) and answers in the provider's formats;
// this server owns the transport, keeps what was created (in memory, or also in a state file
// so that it survives a restart as a provider's data would), enforces an optional rate
// limit (429 with Retry-After), and injects faults on command — for tests, demos and a
// newcomer's first submission.
//   SandboxServer sandbox;
//   sandbox.listen();                        // any free port
//   account.target.baseUrl = sandbox.baseUrl();
//
// Control over HTTP: GET /__sandbox/stats, POST /__sandbox/faults {"drop_before":0.1, ...},
// POST /__sandbox/reset.

#include "services/providers/Emulator.h"
#include "services/storage/Account.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

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

// What the server holds for its clients at once. A connection past a limit is closed (or, at the
// connection cap, the one whose unfinished request is oldest), so that the others are answered.
struct SandboxLimits {
    int requestTimeoutMs = 10000;                // a request's header and body, from its first byte
    int maxConnections = 128;
    qint64 maxBufferedBytes = 32 * 1024 * 1024; // unfinished requests of all connections together
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
    void setLimits(const SandboxLimits& limits);
    // The rate limiter's clock in milliseconds; tests give their own to count exactly.
    void setClock(std::function<qint64()> nowMs);
    int connectionCount() const { return int(m_buffers.size()); }
    qint64 bufferedBytes() const { return m_buffered; }
    const SandboxStats& stats() const { return m_store.stats(); }
    void reset();

    // Keeps what the emulators hold in this file: loads it now (a file that cannot be read as
    // a sandbox state is moved aside to "<file>.damaged…" and the sandbox starts empty; the
    // returned text says so; empty when all is well) and writes it, replaced atomically, shortly
    // after every change and when the server is destroyed. Call it in the server's thread.
    QString setStateFile(const QString& path);
    QString stateFile() const { return m_stateFile; }
    // Writes the state file now if anything changed since it was last written.
    void saveState();

    // The key any sandbox account may use; the sandbox accepts any non-empty key.
    static QString sandboxKey() { return Account::sandboxKey(); }

Q_SIGNALS:
    void requestHandled(const QString& method, const QString& path, int status);
    // The state file could not be written (the objects stay in memory).
    void stateSaveFailed(const QString& message);

private:
    using Request = EmulatorRequest;
    using Reply = EmulatorReply;
    void onConnection();
    void onData(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    Reply route(const Request& request, bool* created);
    void send(QTcpSocket* socket, const Reply& reply);
    Reply control(const Request& r, const QStringList& parts);
    bool takeToken(const QString& bucket, int* retryAfterMs);
    // Stops holding a connection: its buffer is freed, it is no longer counted.
    void forget(QTcpSocket* socket);
    void drop(QTcpSocket* socket);
    void refuse(QTcpSocket* socket, const Reply& reply);
    void closeStalled();

    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
    double m_rateLimit = 0;
    QHash<QString, QPair<double, qint64>> m_buckets; // provider -> tokens, last refill (ms)
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    SandboxLimits m_limits;
    QHash<QTcpSocket*, qint64> m_requestStarted; // connections with an unfinished request (or none yet)
    qint64 m_buffered = 0;
    QTimer* m_sweep;
    EmulatorStore m_store;
    QString m_stateFile;
    QTimer* m_saveTimer;
    bool m_stateDirty = false;
};

} // namespace pb

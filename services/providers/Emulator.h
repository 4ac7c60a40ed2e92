#pragma once
// A provider's stand-in for the local sandbox (services/sandbox/SandboxServer): each adapter's
// emulator answers the requests of its own paths in the provider's formats, checking them
// with the same schema Pricebook validates with. The sandbox owns the transport, faults and
// rate limits and keeps the objects in an EmulatorStore.
//   if (const ProviderEmulator* e = adapter.emulator(); e && e->handles(request.path))
//       reply = e->handle(request, store, &created);

#include "models/ProviderSchema.h"
#include "models/Validator.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace pb {

struct EmulatorRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

struct EmulatorReply {
    enum Kind { Answer, DropBefore, DropAfter, Hang };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers = {};
    Kind kind = Answer;
    static EmulatorReply json(int status, const QJsonObject& o);
};

struct SandboxStats {
    qint64 requests = 0;
    qint64 rateLimited = 0;
    qint64 faultsInjected = 0;
    QHash<QString, qint64> faults;    // fault kind ("drop_before", "hang", ...) -> injected
    qint64 rejected = 0;
    QHash<QString, qint64> created;   // provider key -> products created
    qint64 duplicateNames = 0;        // creates whose name was already used in the same scope
                                      // (an account, or a product for its prices)
    QJsonObject toJson() const;
};

// What the sandbox keeps between requests, for every emulator.
class EmulatorStore
{
public:
    // Stored objects of one scope ("stripe/products"): id -> JSON object as the provider returns it.
    QHash<QString, QJsonObject>& objects(const QString& scope) { return m_objects[scope]; }
    // Earlier answers to requests that carried an idempotency key: key -> (body, answer).
    QHash<QString, QPair<QByteArray, QByteArray>>& idempotent() { return m_idempotency; }
    QString newId(const QString& prefix);
    // A product was made: counted for its provider, and its name remembered per scope so a
    // second object of the same name counts as a duplicate.
    void countCreated(const Provider& provider, const QString& nameKey);
    // A further object (a price or plan) whose name must be unique in its scope.
    void noteName(const QString& nameKey);
    SandboxStats& stats() { return m_stats; }
    const SandboxStats& stats() const { return m_stats; }
    void clear();

    // What a provider would still have after a restart: the objects, the answers kept for
    // idempotency keys and the names in use (not the statistics of this run).
    QJsonObject toJson() const;
    // Replaces the contents with a toJson() document; false (contents untouched, *error says
    // why) when the document is not one.
    bool fromJson(const QJsonObject& state, QString* error);

private:
    QHash<QString, QHash<QString, QJsonObject>> m_objects;
    QHash<QString, QPair<QByteArray, QByteArray>> m_idempotency;
    QSet<QString> m_names;
    SandboxStats m_stats;
    qint64 m_nextId = 1;
};

class ProviderEmulator
{
public:
    virtual ~ProviderEmulator() = default;
    virtual bool handles(const QString& path) const = 0;
    // `created` is set when the request made an object (so a fault after it leaves one behind).
    virtual EmulatorReply handle(const EmulatorRequest& request, EmulatorStore& store, bool* created) const = 0;
    // The provider's 429 answer (the sandbox adds Retry-After).
    virtual EmulatorReply tooManyRequests() const;
};

namespace Emulation {
EmulatorReply throttled(); // 429 {"detail": "Request was throttled."}
QString nowIso();
QJsonValue orNull(const QString& s);
// "a.b.c" -> "a[b][c]"
QString bracketed(const QString& dotted);
// Validation errors as (wire name, message), errors only; one general entry when none names a field.
QList<QPair<QString, QString>> byWire(const ProviderSchema& schema, const QList<FieldMessage>& messages);
// {"wire": ["message", ...], "non_field_errors": [...]}
QJsonObject fieldMap(const QList<QPair<QString, QString>>& byWire);
}

} // namespace pb

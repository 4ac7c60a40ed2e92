#include "Emulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace pb {

EmulatorReply EmulatorReply::json(int status, const QJsonObject& o)
{
    return { status, QJsonDocument(o).toJson(QJsonDocument::Compact) };
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

QString EmulatorStore::newId(const QString& prefix)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id = prefix;
    for (int i = 0; i < 14; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id + QString::number(m_nextId++, 36);
}

void EmulatorStore::countCreated(const Provider& provider, const QString& nameKey)
{
    m_stats.created[provider.key()]++;
    noteName(nameKey);
}

void EmulatorStore::noteName(const QString& nameKey)
{
    if (m_names.contains(nameKey))
        ++m_stats.duplicateNames;
    m_names.insert(nameKey);
}

namespace {
constexpr int kStateFormat = 1;
}

QJsonObject EmulatorStore::toJson() const
{
    QJsonObject scopes;
    for (auto scope = m_objects.cbegin(); scope != m_objects.cend(); ++scope) {
        QJsonObject objects;
        for (auto it = scope.value().cbegin(); it != scope.value().cend(); ++it)
            objects.insert(it.key(), it.value());
        scopes.insert(scope.key(), objects);
    }
    QJsonObject idempotency;
    for (auto it = m_idempotency.cbegin(); it != m_idempotency.cend(); ++it)
        idempotency.insert(it.key(), QJsonArray { QString::fromLatin1(it.value().first.toBase64()),
                                                  QString::fromLatin1(it.value().second.toBase64()) });
    QStringList names(m_names.cbegin(), m_names.cend());
    names.sort();
    return { { QStringLiteral("format"), kStateFormat }, { QStringLiteral("objects"), scopes },
             { QStringLiteral("idempotency"), idempotency }, { QStringLiteral("names"), QJsonArray::fromStringList(names) },
             { QStringLiteral("next_id"), QString::number(m_nextId) } };
}

bool EmulatorStore::fromJson(const QJsonObject& state, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (state.value(QStringLiteral("format")).toInt() != kStateFormat)
        return fail(QStringLiteral("it is not a sandbox state of format %1").arg(kStateFormat));
    QHash<QString, QHash<QString, QJsonObject>> objects;
    const QJsonValue scopes = state.value(QStringLiteral("objects"));
    if (!scopes.isObject())
        return fail(QStringLiteral("\"objects\" is not an object"));
    const QJsonObject scopeObjects = scopes.toObject();
    for (auto scope = scopeObjects.begin(); scope != scopeObjects.end(); ++scope) {
        if (!scope.value().isObject())
            return fail(QStringLiteral("the scope \"%1\" is not an object").arg(scope.key()));
        const QJsonObject members = scope.value().toObject();
        auto& into = objects[scope.key()];
        for (auto it = members.begin(); it != members.end(); ++it) {
            if (!it.value().isObject())
                return fail(QStringLiteral("\"%1\" in \"%2\" is not an object").arg(it.key(), scope.key()));
            into.insert(it.key(), it.value().toObject());
        }
    }
    QHash<QString, QPair<QByteArray, QByteArray>> idempotency;
    const QJsonObject keys = state.value(QStringLiteral("idempotency")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return fail(QStringLiteral("the idempotency key \"%1\" has no request and answer").arg(it.key()));
        idempotency.insert(it.key(), { QByteArray::fromBase64(pair.at(0).toString().toLatin1()),
                                       QByteArray::fromBase64(pair.at(1).toString().toLatin1()) });
    }
    QSet<QString> names;
    for (const QJsonValue& n : state.value(QStringLiteral("names")).toArray())
        names.insert(n.toString());
    bool ok = false;
    const qint64 nextId = state.value(QStringLiteral("next_id")).toString().toLongLong(&ok);
    if (!ok || nextId < 1)
        return fail(QStringLiteral("\"next_id\" is not a positive number"));
    m_objects = std::move(objects);
    m_idempotency = std::move(idempotency);
    m_names = std::move(names);
    m_nextId = nextId;
    return true;
}

void EmulatorStore::clear()
{
    m_objects.clear();
    m_idempotency.clear();
    m_names.clear();
    m_stats = {};
}

EmulatorReply ProviderEmulator::tooManyRequests() const { return Emulation::throttled(); }

EmulatorReply Emulation::throttled()
{
    return EmulatorReply::json(429, { { QStringLiteral("detail"), QStringLiteral("Request was throttled.") } });
}

QString Emulation::nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QJsonValue Emulation::orNull(const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

QString Emulation::bracketed(const QString& dotted)
{
    const QStringList parts = dotted.split(u'.');
    QString out = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        out += u'[' + parts.at(i) + u']';
    return out;
}

QList<QPair<QString, QString>> Emulation::byWire(const ProviderSchema& schema, const QList<FieldMessage>& messages)
{
    QList<QPair<QString, QString>> out;
    for (const FieldMessage& m : messages) {
        if (m.warning)
            continue;
        const FieldSpec* f = schema.field(m.field);
        out.append({ f && !f->wire.isEmpty() ? f->wire : m.field, m.message });
    }
    if (out.isEmpty())
        out.append({ QString(), QStringLiteral("The request is not valid.") });
    return out;
}

QJsonObject Emulation::fieldMap(const QList<QPair<QString, QString>>& byWire)
{
    QJsonObject fields;
    for (const auto& [wire, message] : byWire) {
        const QString key = wire.isEmpty() ? QStringLiteral("non_field_errors") : wire;
        QJsonArray list = fields.value(key).toArray();
        list.append(message);
        fields.insert(key, list);
    }
    return fields;
}

} // namespace pb

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

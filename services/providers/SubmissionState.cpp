#include "SubmissionState.h"

#include <QUuid>

namespace pb {

QJsonObject SubmissionState::toJson() const
{
    QJsonObject done;
    for (auto it = completed.begin(); it != completed.end(); ++it)
        done.insert(it.key(), it.value());
    QJsonObject o;
    if (!idempotencyKey.isEmpty())
        o.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    if (!completed.isEmpty())
        o.insert(QStringLiteral("completed"), done);
    if (!pendingStep.isEmpty())
        o.insert(QStringLiteral("pending_step"), pendingStep);
    if (!catalogId.isEmpty())
        o.insert(QStringLiteral("catalog_id"), catalogId);
    return o;
}

SubmissionState SubmissionState::fromJson(const QJsonObject& json)
{
    SubmissionState s;
    s.idempotencyKey = json.value(u"idempotency_key").toString();
    s.pendingStep = json.value(u"pending_step").toString();
    s.catalogId = json.value(u"catalog_id").toString();
    const QJsonObject done = json.value(u"completed").toObject();
    for (auto it = done.begin(); it != done.end(); ++it)
        if (it.value().isString())
            s.completed.insert(it.key(), it.value().toString());
    return s;
}

QString SubmissionState::newIdempotencyKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace pb

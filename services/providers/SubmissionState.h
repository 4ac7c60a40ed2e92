#pragma once
// What a submission has achieved so far, kept by the caller (and stored with the product) so
// that a retry, even after a restart, resumes at the failed step with the same idempotency key
// and never creates a second product.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pb {

struct SubmissionState {
    QString idempotencyKey;           // Stripe: generated once per logical submission
    QMap<QString, QString> completed; // step ("product", "price", "plan[1]") -> remote id
    QString pendingStep;              // the step whose outcome is unknown, if any
    QString catalogId;                // the catalog product tagged on what the create makes (kept so a resend tags the same)

    bool isEmpty() const { return idempotencyKey.isEmpty() && completed.isEmpty() && pendingStep.isEmpty() && catalogId.isEmpty(); }
    QJsonObject toJson() const;
    static SubmissionState fromJson(const QJsonObject& json);
    static QString newIdempotencyKey();
    bool operator==(const SubmissionState&) const = default;
};

} // namespace pb

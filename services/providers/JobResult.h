#pragma once
// What one call to a provider came to: the typed result a ProviderJob (services/net/) emits and
// the catalog records. Kept here, below the network and storage layers, so both can use it.
//   catalog.recordResult(productId, accountId, JobKind::CreateProduct, result, version);

#include "ResponseParser.h"
#include "SubmissionState.h"

#include <QMetaType>

namespace pb {

enum class JobStatus {
    Succeeded,
    Rejected,       // the provider answered no (validation, auth, not found, ...)
    NetworkFailure, // nothing was created: the provider could not be reached or refused the transport
    TimedOut,       // no answer in time, on a request that is safe to send again
    OutcomeUnknown, // a create may have reached the provider; check before sending again
    Cancelled,
};

// The stable key of a status for files and machine-readable output ("outcome_unknown").
QString jobStatusKey(JobStatus status);

struct JobResult {
    JobStatus status = JobStatus::NetworkFailure;
    QString operation;          // "Create product", translated
    RemoteObject object;        // the product (create, update, get)
    QList<RemoteObject> objects; // lists
    ProviderError error;        // the provider's own error, mapped to fields
    QString message;            // one sentence for a person, naming the provider and operation
    QString advice;             // what to do next, when there is something to do
    int httpStatus = 0;
    int attempts = 0;
    SubmissionState state;
    bool more = false;           // lists: the provider says a further page follows
    bool ok() const { return status == JobStatus::Succeeded; }
};

enum class JobKind { CreateProduct, UpdateProduct, GetProduct, ListProducts, ListPlans };

namespace JobMessages {
QString operationName(JobKind kind); // "Create product", translated
}

} // namespace pb

Q_DECLARE_METATYPE(pb::JobResult)

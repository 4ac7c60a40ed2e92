#include "JobResult.h"

#include <QCoreApplication>

namespace pb {

QString jobStatusKey(JobStatus s)
{
    switch (s) {
    case JobStatus::Succeeded: return QStringLiteral("succeeded");
    case JobStatus::Rejected: return QStringLiteral("rejected");
    case JobStatus::NetworkFailure: return QStringLiteral("network_failure");
    case JobStatus::TimedOut: return QStringLiteral("timed_out");
    case JobStatus::OutcomeUnknown: return QStringLiteral("outcome_unknown");
    case JobStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

namespace {
// Translations in the "ProviderJob" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProviderJob)
};
}

QString JobMessages::operationName(JobKind kind)
{
    switch (kind) {
    case JobKind::CreateProduct: return Text::tr("Create product");
    case JobKind::UpdateProduct: return Text::tr("Update product");
    case JobKind::GetProduct: return Text::tr("Get product");
    case JobKind::ListProducts: return Text::tr("List products");
    case JobKind::ListPlans: return Text::tr("List plans");
    }
    return {};
}

} // namespace pb

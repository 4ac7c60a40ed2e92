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
QString tr(const char* s) { return QCoreApplication::translate("ProviderJob", s); }
}

QString JobMessages::operationName(JobKind kind)
{
    switch (kind) {
    case JobKind::CreateProduct: return tr("Create product");
    case JobKind::UpdateProduct: return tr("Update product");
    case JobKind::GetProduct: return tr("Get product");
    case JobKind::ListProducts: return tr("List products");
    case JobKind::ListPlans: return tr("List plans");
    }
    return {};
}

} // namespace pb

#include "ProviderService.h"

#include "services/providers/Registry.h"

#include <QCoreApplication>

namespace pb {

std::unique_ptr<ProviderService> ProviderService::create(Provider provider, QNetworkAccessManager* network,
                                                         const DeliveryPolicy& policy)
{
    return std::make_unique<ProviderService>(provider, network, policy);
}

ProviderService::ProviderService(Provider provider, QNetworkAccessManager* network, const DeliveryPolicy& policy)
    : m_provider(provider)
    , m_adapter(adapterFor(provider))
    , m_network(network)
    , m_policy(policy)
{
}

bool ProviderService::supports(JobKind kind) const
{
    const ProviderSchema& s = m_adapter.schema();
    switch (kind) {
    case JobKind::CreateProduct: return s.createProduct.isValid();
    case JobKind::UpdateProduct: return s.updateProduct.isValid() || s.updatePrice.isValid();
    case JobKind::GetProduct: return s.getProduct.isValid();
    case JobKind::ListProducts: return s.listProducts.isValid();
    case JobKind::ListPlans: return s.listPrices.isValid();
    }
    return false;
}

QString ProviderService::unknownOutcomeAdvice(const Product& product) const { return m_adapter.unknownOutcomeAdvice(product); }

ProviderJob* ProviderService::make(JobKind kind, const AccountTarget& target, const QString& secret,
                                   QList<ProviderJob::Step> steps, SubmissionState state, const QString& advice)
{
    return new ProviderJob(m_network, m_policy, target, secret, kind, std::move(steps), std::move(state), advice);
}

ProviderJob* ProviderService::refused(JobKind kind, const AccountTarget& target, const QString& message,
                                      const QList<FieldMessage>& fields)
{
    ProviderJob* job = make(kind, target, QString(), {}, {}, {});
    JobResult r;
    r.status = JobStatus::Rejected;
    r.message = message;
    r.error.message = message;
    r.error.fieldErrors = fields;
    job->failBeforeStart(r);
    return job;
}

ProviderJob* ProviderService::createProduct(const Product& product, const AccountTarget& target, const QString& secret,
                                            SubmissionState state)
{
    if (m_adapter.repeatsCreatesSafely() && state.idempotencyKey.isEmpty())
        state.idempotencyKey = SubmissionState::newIdempotencyKey();
    const RequestPlan plan = RequestSerializer::build(product, target, { Operation::Create, {}, state.idempotencyKey, false, state.catalogId });
    if (!plan.validation.isValid()) {
        QList<FieldMessage> errors;
        for (const FieldMessage& m : plan.validation.messages)
            if (!m.warning)
                errors << m;
        return refused(JobKind::CreateProduct, target,
                       tr("“%1” was not sent: it breaks %2's rules (%3).")
                           .arg(product.name, providerDisplayName(m_provider), errors.value(0).message),
                       errors);
    }
    QList<ProviderJob::Step> steps;
    for (const ProviderRequest& r : plan.steps)
        steps.append({ r, m_adapter.responseKind(r), false });
    return make(JobKind::CreateProduct, target, secret, steps, state, unknownOutcomeAdvice(product));
}

ProviderJob* ProviderService::updateProduct(const Product& product, const AccountTarget& target, const QString& secret,
                                            const QString& remoteId)
{
    if (!supports(JobKind::UpdateProduct))
        return refused(JobKind::UpdateProduct, target, tr("%1 offers no update.").arg(providerDisplayName(m_provider)));
    if (remoteId.isEmpty())
        return refused(JobKind::UpdateProduct, target, tr("An update needs the provider's id of the product."));
    const RequestPlan plan = RequestSerializer::build(product, target,
                                                      { Operation::Update, remoteId, SubmissionState::newIdempotencyKey(), false, {} });
    if (!plan.validation.isValid())
        return refused(JobKind::UpdateProduct, target,
                       tr("The update was not sent: %1").arg(plan.validation.messages.value(0).message),
                       plan.validation.messages);
    QList<ProviderJob::Step> steps;
    for (const ProviderRequest& r : plan.steps)
        steps.append({ r, m_adapter.responseKind(r), false });
    return make(JobKind::UpdateProduct, target, secret, steps, {}, {});
}

ProviderJob* ProviderService::archiveProduct(const AccountTarget& target, const QString& secret, const QString& remoteId,
                                             bool archive)
{
    if (remoteId.isEmpty())
        return refused(JobKind::UpdateProduct, target, tr("Archiving needs the provider's id of the product."));
    const QList<ProviderRequest> requests = m_adapter.archiveSteps(target, remoteId, archive, SubmissionState::newIdempotencyKey());
    if (requests.isEmpty())
        return refused(JobKind::UpdateProduct, target, m_adapter.archiveUnavailableReason());
    QList<ProviderJob::Step> steps;
    for (const ProviderRequest& r : requests)
        steps.append({ r, m_adapter.responseKind(r), false });
    return make(JobKind::UpdateProduct, target, secret, steps, {}, {});
}

ProviderJob* ProviderService::getProduct(const AccountTarget& target, const QString& secret, const QString& remoteId)
{
    if (!supports(JobKind::GetProduct))
        return refused(JobKind::GetProduct, target, tr("%1 offers no way to read one product.").arg(providerDisplayName(m_provider)));
    const ProviderRequest r = RequestSerializer::readRequest(target, m_adapter.schema().getProduct, remoteId);
    return make(JobKind::GetProduct, target, secret, { { r, ResponseKind::Product, false } }, {}, {});
}

ProviderJob* ProviderService::listProducts(const AccountTarget& target, const QString& secret, const ListQuery& query)
{
    if (!supports(JobKind::ListProducts))
        return refused(JobKind::ListProducts, target, tr("%1 offers no product list.").arg(providerDisplayName(m_provider)));
    const ProviderRequest r = RequestSerializer::readRequest(target, m_adapter.schema().listProducts, {}, m_adapter.listQuery(query));
    return make(JobKind::ListProducts, target, secret, { { r, ResponseKind::Product, true } }, {}, {});
}

ProviderJob* ProviderService::listPlans(const AccountTarget& target, const QString& secret, const QString& productId,
                                        const ListQuery& query)
{
    if (!supports(JobKind::ListPlans))
        return refused(JobKind::ListPlans, target, tr("%1 has no plans to list.").arg(providerDisplayName(m_provider)));
    QList<QPair<QString, QString>> q { { QStringLiteral("product"), productId } };
    q += m_adapter.listQuery(query);
    const ProviderRequest r = RequestSerializer::readRequest(target, m_adapter.schema().listPrices, {}, q);
    return make(JobKind::ListPlans, target, secret, { { r, ResponseKind::Plan, true } }, {}, {});
}

} // namespace pb

#include "ProviderService.h"

#include <QCoreApplication>

namespace pb {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("ProviderService", s); }

ResponseKind kindOf(const ProviderRequest& r, Provider provider)
{
    if (r.step == u"update")
        return ResponseKind::ProductUpdate;
    if (r.step == u"price")
        return ResponseKind::Price;
    if (r.step.startsWith(u"plan["))
        return ResponseKind::Plan;
    return provider == Provider::ChatDash && r.method == u"PUT" ? ResponseKind::ProductUpdate : ResponseKind::Product;
}

class ChatDashService : public ProviderService
{
public:
    ChatDashService(QNetworkAccessManager* n, const DeliveryPolicy& p)
        : ProviderService(Provider::ChatDash, n, p)
    {
    }
    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return tr("ChatDash offers no safe way to send a create twice. Check the client's products in the ChatDash "
                  "dashboard for “%1” before sending again.").arg(product.name);
    }
};

class StripeService : public ProviderService
{
public:
    StripeService(QNetworkAccessManager* n, const DeliveryPolicy& p)
        : ProviderService(Provider::Stripe, n, p)
    {
    }
    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return tr("Sending again is safe: Pricebook reuses this submission's idempotency key, so Stripe answers with "
                  "the first result instead of creating a second “%1”. You can also look it up in Stripe.")
            .arg(product.name);
    }

protected:
    QList<QPair<QString, QString>> listQuery(const ListQuery& q) const override
    {
        QList<QPair<QString, QString>> out { { QStringLiteral("limit"), QString::number(qBound(1, q.pageSize, 100)) } };
        if (!q.startingAfter.isEmpty())
            out.append({ QStringLiteral("starting_after"), q.startingAfter });
        return out;
    }
};

class PiriodService : public ProviderService
{
public:
    PiriodService(QNetworkAccessManager* n, const DeliveryPolicy& p)
        : ProviderService(Provider::Piriod, n, p)
    {
    }
    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return tr("Piriod has no safe way to send a create twice. List the workspace's products (and their plans) "
                  "and look for “%1” before sending again.").arg(product.name);
    }

protected:
    QList<QPair<QString, QString>> listQuery(const ListQuery& q) const override
    {
        return { { QStringLiteral("page"), QString::number(qMax(1, q.page)) },
                 { QStringLiteral("page_size"), QString::number(qBound(1, q.pageSize, 100)) } };
    }
};

class JaniService : public ProviderService
{
public:
    JaniService(QNetworkAccessManager* n, const DeliveryPolicy& p)
        : ProviderService(Provider::Jani, n, p)
    {
    }
    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return tr("Jani has no safe way to send a create twice. Look for “%1” among the account's products in Jani "
                  "before sending again.").arg(product.name);
    }
};

} // namespace

std::unique_ptr<ProviderService> ProviderService::create(Provider provider, QNetworkAccessManager* network,
                                                         const DeliveryPolicy& policy)
{
    switch (provider) {
    case Provider::ChatDash: return std::make_unique<ChatDashService>(network, policy);
    case Provider::Stripe: return std::make_unique<StripeService>(network, policy);
    case Provider::Piriod: return std::make_unique<PiriodService>(network, policy);
    case Provider::Jani: return std::make_unique<JaniService>(network, policy);
    }
    return nullptr;
}

ProviderService::ProviderService(Provider provider, QNetworkAccessManager* network, const DeliveryPolicy& policy)
    : m_provider(provider)
    , m_network(network)
    , m_policy(policy)
{
}

bool ProviderService::supports(JobKind kind) const
{
    const ProviderSchema& s = ProviderSchema::get(m_provider);
    switch (kind) {
    case JobKind::CreateProduct: return s.createProduct.isValid();
    case JobKind::UpdateProduct: return s.updateProduct.isValid() || s.updatePrice.isValid();
    case JobKind::GetProduct: return s.getProduct.isValid();
    case JobKind::ListProducts: return s.listProducts.isValid();
    case JobKind::ListPlans: return s.listPrices.isValid();
    }
    return false;
}

QList<QPair<QString, QString>> ProviderService::listQuery(const ListQuery&) const { return {}; }

bool ProviderService::repeatableCreates(Provider provider) { return provider == Provider::Stripe; }

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
    if (repeatableCreates(m_provider) && state.idempotencyKey.isEmpty())
        state.idempotencyKey = SubmissionState::newIdempotencyKey();
    const RequestPlan plan = RequestSerializer::build(product, target, { Operation::Create, {}, state.idempotencyKey });
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
        steps.append({ r, kindOf(r, m_provider), false });
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
                                                      { Operation::Update, remoteId, SubmissionState::newIdempotencyKey() });
    if (!plan.validation.isValid())
        return refused(JobKind::UpdateProduct, target,
                       tr("The update was not sent: %1").arg(plan.validation.messages.value(0).message),
                       plan.validation.messages);
    QList<ProviderJob::Step> steps;
    for (const ProviderRequest& r : plan.steps)
        steps.append({ r, kindOf(r, m_provider), false });
    return make(JobKind::UpdateProduct, target, secret, steps, {}, {});
}

ProviderJob* ProviderService::getProduct(const AccountTarget& target, const QString& secret, const QString& remoteId)
{
    if (!supports(JobKind::GetProduct))
        return refused(JobKind::GetProduct, target, tr("%1 offers no way to read one product.").arg(providerDisplayName(m_provider)));
    const ProviderRequest r = RequestSerializer::readRequest(target, ProviderSchema::get(m_provider).getProduct, remoteId);
    return make(JobKind::GetProduct, target, secret, { { r, ResponseKind::Product, false } }, {}, {});
}

ProviderJob* ProviderService::listProducts(const AccountTarget& target, const QString& secret, const ListQuery& query)
{
    if (!supports(JobKind::ListProducts))
        return refused(JobKind::ListProducts, target, tr("%1 offers no product list.").arg(providerDisplayName(m_provider)));
    const ProviderRequest r = RequestSerializer::readRequest(target, ProviderSchema::get(m_provider).listProducts, {}, listQuery(query));
    return make(JobKind::ListProducts, target, secret, { { r, ResponseKind::Product, true } }, {}, {});
}

ProviderJob* ProviderService::listPlans(const AccountTarget& target, const QString& secret, const QString& productId,
                                        const ListQuery& query)
{
    if (!supports(JobKind::ListPlans))
        return refused(JobKind::ListPlans, target, tr("%1 has no plans to list.").arg(providerDisplayName(m_provider)));
    QList<QPair<QString, QString>> q { { QStringLiteral("product"), productId } };
    q += listQuery(query);
    const ProviderRequest r = RequestSerializer::readRequest(target, ProviderSchema::get(m_provider).listPrices, {}, q);
    return make(JobKind::ListPlans, target, secret, { { r, ResponseKind::Plan, true } }, {}, {});
}

} // namespace pb

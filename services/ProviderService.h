#pragma once
// The provider clients behind one interface. Each makes ProviderJobs for the operations its
// provider documents; what differs between providers beyond the schema (how to check an
// unknown outcome, how lists page) lives in the subclass.
//   auto service = ProviderService::create(Provider::Piriod, &nam);
//   ProviderJob* job = service->createProduct(product, target, secret, state);

#include "ProviderJob.h"

#include <memory>

namespace pb {

struct ListQuery {
    int pageSize = 100;
    int page = 1;           // Piriod pages from 1
    QString startingAfter;  // Stripe cursor
};

class ProviderService
{
public:
    virtual ~ProviderService() = default;
    static std::unique_ptr<ProviderService> create(Provider provider, QNetworkAccessManager* network,
                                                   const DeliveryPolicy& policy = {});

    Provider provider() const { return m_provider; }
    // Whether a create may be sent again without the risk of a second product: it carries an
    // idempotency key (kept in the SubmissionState) that the provider honours.
    static bool repeatableCreates(Provider provider);
    virtual bool supports(JobKind kind) const;

    // A Stripe create without an idempotency key in `state` gets a new one; the job reports it
    // through stateChanged() before sending, so it can be stored and reused after a restart.
    ProviderJob* createProduct(const Product& product, const AccountTarget& target, const QString& secret,
                               SubmissionState state = {});
    ProviderJob* updateProduct(const Product& product, const AccountTarget& target, const QString& secret,
                               const QString& remoteId);
    ProviderJob* getProduct(const AccountTarget& target, const QString& secret, const QString& remoteId);
    ProviderJob* listProducts(const AccountTarget& target, const QString& secret, const ListQuery& query = {});
    ProviderJob* listPlans(const AccountTarget& target, const QString& secret, const QString& productId,
                           const ListQuery& query = {});

    // What a person should do when a create's outcome is unknown.
    virtual QString unknownOutcomeAdvice(const Product& product) const = 0;

protected:
    ProviderService(Provider provider, QNetworkAccessManager* network, const DeliveryPolicy& policy);
    virtual QList<QPair<QString, QString>> listQuery(const ListQuery& query) const;

private:
    ProviderJob* refused(JobKind kind, const AccountTarget& target, const QString& message,
                         const QList<FieldMessage>& fields = {});
    ProviderJob* make(JobKind kind, const AccountTarget& target, const QString& secret, QList<ProviderJob::Step> steps,
                      SubmissionState state, const QString& advice);

    Provider m_provider;
    QNetworkAccessManager* m_network;
    DeliveryPolicy m_policy;
};

} // namespace pb

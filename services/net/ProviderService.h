#pragma once
// Makes ProviderJobs for the operations a provider documents. What differs between providers
// (the steps, how to check an unknown outcome, how lists page) comes from its adapter.
//   auto service = ProviderService::create(account.target.provider, &nam);
//   ProviderJob* job = service->createProduct(product, account.target, secret, state);

#include "ProviderJob.h"
#include "services/providers/ProviderAdapter.h"

#include <QCoreApplication>
#include <memory>

namespace pb {

class ProviderService
{
    Q_DECLARE_TR_FUNCTIONS(ProviderService)

public:
    static std::unique_ptr<ProviderService> create(Provider provider, QNetworkAccessManager* network,
                                                   const DeliveryPolicy& policy = {});

    Provider provider() const { return m_provider; }
    bool supports(JobKind kind) const;

    // A create for a provider that honours idempotency keys (ProviderAdapter::repeatsCreatesSafely)
    // without one in `state` gets a new one; the job reports it through stateChanged() before
    // sending, so it can be stored and reused after a restart.
    ProviderJob* createProduct(const Product& product, const AccountTarget& target, const QString& secret,
                               SubmissionState state = {});
    ProviderJob* updateProduct(const Product& product, const AccountTarget& target, const QString& secret,
                               const QString& remoteId);
    // Archives the remote product (restore: `archive` false) with the adapter's archiveSteps();
    // refused before sending, with the reason, where the provider has no way to.
    ProviderJob* archiveProduct(const AccountTarget& target, const QString& secret, const QString& remoteId, bool archive);
    ProviderJob* getProduct(const AccountTarget& target, const QString& secret, const QString& remoteId);
    ProviderJob* listProducts(const AccountTarget& target, const QString& secret, const ListQuery& query = {});
    ProviderJob* listPlans(const AccountTarget& target, const QString& secret, const QString& productId,
                           const ListQuery& query = {});

    // What a person should do when a create's outcome is unknown.
    QString unknownOutcomeAdvice(const Product& product) const;

    ProviderService(Provider provider, QNetworkAccessManager* network, const DeliveryPolicy& policy);

private:
    ProviderJob* refused(JobKind kind, const AccountTarget& target, const QString& message,
                         const QList<FieldMessage>& fields = {});
    ProviderJob* make(JobKind kind, const AccountTarget& target, const QString& secret, QList<ProviderJob::Step> steps,
                      SubmissionState state, const QString& advice);

    Provider m_provider;
    const ProviderAdapter& m_adapter;
    QNetworkAccessManager* m_network;
    DeliveryPolicy m_policy;
};

} // namespace pb

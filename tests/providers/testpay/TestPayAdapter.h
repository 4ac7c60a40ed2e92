#pragma once
// TestPay: a provider that exists only in the tests, to prove a fifth provider is one folder:
// this adapter registers itself, and the validator, serializer, importer, CLI, accounts dialog
// and sandbox take it up without an edit anywhere else. One JSON request {"item": {...}} per
// product with its one price; the merchant travels in a header; errors are field maps.

#include "services/providers/ProviderAdapter.h"

namespace pbtest {

const pb::Provider& testPay(); // "testpay"

class TestPayAdapter final : public pb::ProviderAdapter
{
public:
    const pb::ProviderSchema& schema() const override;
    QList<pb::AccountField> accountFields() const override;
    QList<pb::HttpHeader> headers(const pb::AccountTarget& target, const QString& idempotencyKey) const override;
    QList<pb::ProviderRequest> buildSteps(const pb::Product& product, const pb::AccountTarget& target,
                                          const pb::SerializeOptions& options) const override;
    void readCreate(const QList<pb::WireValue>& bodies, pb::ReadBack& r) const override;
    pb::RemoteObject readObject(pb::ResponseKind kind, const pb::WireValue& root) const override;
    void readError(const pb::WireValue* root, int priceIndex, pb::ProviderError& error) const override;
    QString unknownOutcomeAdvice(const pb::Product& product) const override;
    const pb::ProviderEmulator* emulator() const override;
};

} // namespace pbtest

#pragma once
// Jani: one JSON request per product at the account's own base URL (Jani has no shared
// production URL); a configurable Authorization word; no idempotency key.

#include "services/providers/ProviderAdapter.h"

namespace pb {

namespace providers {
inline const Provider Jani { QStringLiteral("jani") };
}

namespace schemas {
const ProviderSchema& jani();
}

class JaniAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::jani(); }
    QList<AccountField> accountFields() const override;
    QList<HttpHeader> headers(const AccountTarget& target, const QString& idempotencyKey) const override;
    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                      const SerializeOptions& options) const override;
    void readCreate(const QList<WireValue>& bodies, ReadBack& r) const override;
    RemoteObject readObject(ResponseKind kind, const WireValue& root) const override;
    void readError(const WireValue* root, int priceIndex, ProviderError& error) const override;
    QString unknownOutcomeAdvice(const Product& product) const override;
    void applyNewProductDefaults(Product& product) const override;
    const ProviderEmulator* emulator() const override;
};

} // namespace pb

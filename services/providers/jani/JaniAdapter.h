#pragma once
// Jani: one JSON request per product at the account's own base URL (Jani has no shared
// production URL); a configurable Authorization word; no idempotency key. Jani documents no
// error body: the common shapes ({"message"}, {"error"}, {"detail"}, {"errors": {...}}, a field
// map) are read by the default readError().

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
    RemoteObject readObject(ResponseKind kind, const WireValue& root) const override;
    QString unknownOutcomeAdvice(const Product& product) const override;
    void applyNewProductDefaults(Product& product) const override;
    const ProviderEmulator* emulator() const override;
};

} // namespace pb

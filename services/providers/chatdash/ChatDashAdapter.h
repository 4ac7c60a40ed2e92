#pragma once
// ChatDash: Stripe Connect products through an agency key. One JSON request carries the product
// and its one price in {"data": ...}; errors are prose; no idempotency key, so a create whose
// outcome is unknown is never sent again blindly.

#include "services/providers/ProviderAdapter.h"

namespace pb {

namespace providers {
inline const Provider ChatDash { QStringLiteral("chatdash") };
}

namespace schemas {
const ProviderSchema& chatDash();
}

class ChatDashAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::chatDash(); }
    QList<AccountField> accountFields() const override;
    QList<HttpHeader> headers(const AccountTarget& target, const QString& idempotencyKey) const override;
    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                      const SerializeOptions& options) const override;
    void readCreate(const QList<WireValue>& bodies, ReadBack& r) const override;
    ResponseKind responseKind(const ProviderRequest& request) const override;
    RemoteObject readObject(ResponseKind kind, const WireValue& root) const override;
    void readError(const WireValue* root, int priceIndex, ProviderError& error) const override;
    void mapErrorField(const QString& wirePath, int priceIndex, const QString& message, ProviderError& error) const override;
    QString unknownOutcomeAdvice(const Product& product) const override;
    const ProviderEmulator* emulator() const override;
};

} // namespace pb

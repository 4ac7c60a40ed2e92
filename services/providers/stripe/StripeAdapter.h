#pragma once
// Stripe: form-encoded requests; a price that the product's default_price_data cannot carry goes
// through the Prices API and is then made the default price. Every POST carries an
// Idempotency-Key derived from the submission's, so creates are safe to send again.

#include "services/providers/ProviderAdapter.h"

namespace pb {

namespace providers {
inline const Provider Stripe { QStringLiteral("stripe") };
}

namespace schemas {
const ProviderSchema& stripe();
}

class StripeAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::stripe(); }
    QList<AccountField> accountFields() const override;
    QList<HttpHeader> headers(const AccountTarget& target, const QString& idempotencyKey) const override;
    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                      const SerializeOptions& options) const override;
    void readCreate(const QList<WireValue>& bodies, ReadBack& r) const override;
    BodyEncoding encoding() const override { return BodyEncoding::Form; }
    RemoteObject readObject(ResponseKind kind, const WireValue& root) const override;
    void readError(const WireValue* root, int priceIndex, ProviderError& error) const override;
    void mapErrorField(const QString& wirePath, int priceIndex, const QString& message, ProviderError& error) const override;
    QList<QPair<QString, QString>> listQuery(const ListQuery& query) const override;
    bool repeatsCreatesSafely() const override { return true; }
    double defaultRatePerSecond(const AccountTarget& target, const QString& accountName) const override;
    QString unknownOutcomeAdvice(const Product& product) const override;
    bool isDefaultChoice() const override { return true; }
    void applyNewPriceDefaults(Price& price) const override;
    const ProviderEmulator* emulator() const override;

    // Whether the product's price needs the Prices API (a field default_price_data cannot carry).
    static bool needsPricesApi(const Product& product, int priceIndex);
};

} // namespace pb

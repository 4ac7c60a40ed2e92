#pragma once
// Piriod: a product, then one plan per price, in JSON; the workspace travels in a header;
// errors are field-keyed maps of message lists; lists page by number. No idempotency key.

#include "services/providers/ProviderAdapter.h"

namespace pb {

namespace providers {
inline const Provider Piriod { QStringLiteral("piriod") };
}

namespace schemas {
const ProviderSchema& piriod();
}

class PiriodAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::piriod(); }
    QList<AccountField> accountFields() const override;
    QList<HttpHeader> headers(const AccountTarget& target, const QString& idempotencyKey) const override;
    QList<ProviderRequest> buildSteps(const Product& product, const AccountTarget& target,
                                      const SerializeOptions& options) const override;
    QString listMember() const override { return QStringLiteral("results"); }
    QList<QPair<QString, QString>> listQuery(const ListQuery& query) const override;
    QString unknownOutcomeAdvice(const Product& product) const override;
    void applyNewPriceDefaults(Price& price) const override;
    QString priceNoun() const override;
    const ProviderEmulator* emulator() const override;
};

} // namespace pb

// Jani: one JSON request per product at the account's own base URL (Jani has no shared
// production URL); a configurable Authorization word; no idempotency key. Jani documents no
// error body: the common shapes ({"message"}, {"error"}, {"detail"}, {"errors": {...}}, a field
// map) are read by the default readError().

#include "services/providers/BuiltInProviders.h"

namespace pb {

namespace {

using namespace ResponseParser;

class JaniAdapter final : public ProviderAdapter
{
public:
    const ProviderSchema& schema() const override { return schemas::jani(); }

    QList<AccountField> accountFields() const override
    {
        return { { .key = QStringLiteral("auth-scheme"), .label = QT_TRANSLATE_NOOP("AccountField", "A&uthorization word"),
                   .help = QT_TRANSLATE_NOOP("AccountField", "Jani: the Authorization scheme word (default Bearer)."),
                   .placeholder = QT_TRANSLATE_NOOP("AccountField", "Bearer"), .legacyColumn = QStringLiteral("auth_scheme") } };
    }

    QList<HttpHeader> headers(const AccountTarget& t, const QString&) const override
    {
        const QString scheme = t.setting(QStringLiteral("auth-scheme"));
        return { { "Authorization", (scheme.isEmpty() ? QStringLiteral("Bearer") : scheme) + QStringLiteral(" {secret}"), true } };
    }

    RemoteObject readObject(ResponseKind, const WireValue& node) const override
    {
        return plainObject(node, QStringLiteral("created_at"), QStringLiteral("updated_at"));
    }

    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return QCoreApplication::translate("ProviderService",
                                           "Jani has no safe way to send a create twice. Look for “%1” among the account's products in Jani "
                                           "before sending again.")
            .arg(product.name);
    }

    void applyNewProductDefaults(Product& product) const override
    {
        ProviderAdapter::applyNewProductDefaults(product);
        product.productType = QStringLiteral("standard");
    }

    const ProviderEmulator* emulator() const override { return janiEmulator(); }
};

} // namespace

std::unique_ptr<ProviderAdapter> makeJaniAdapter() { return std::make_unique<JaniAdapter>(); }

} // namespace pb

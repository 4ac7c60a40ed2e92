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

    // PATCH /api/v1/products/{id} with only `status` (active, inactive or archived).
    QList<ProviderRequest> archiveSteps(const AccountTarget& target, const QString& remoteId, bool archive,
                                        const QString&) const override
    {
        WireValue body = WireValue::object();
        body.insert(QStringLiteral("status"), WireValue::string(archivedStatus(archive)));
        return { RequestSerializer::request(archive ? QStringLiteral("archive") : QStringLiteral("restore"), schema().updateProduct,
                                            target, remoteId, {}, BodyEncoding::Json, body) };
    }
    QString archiveUnavailableReason() const override { return {}; }

    QString unknownOutcomeAdvice(const Product& product) const override
    {
        return advice(QT_TRANSLATE_NOOP("ProviderService", "Jani has no safe way to send a create twice. Look for “%1” among the account's products in Jani "
                                          "before sending again."),
                      product);
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

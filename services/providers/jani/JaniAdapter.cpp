#include "JaniAdapter.h"

namespace pb {

using namespace ResponseParser;

QList<AccountField> JaniAdapter::accountFields() const
{
    return { { .key = QStringLiteral("auth-scheme"), .label = QT_TRANSLATE_NOOP("AccountField", "A&uthorization word"),
               .help = QT_TRANSLATE_NOOP("AccountField", "Jani: the Authorization scheme word (default Bearer)."),
               .placeholder = QT_TRANSLATE_NOOP("AccountField", "Bearer"), .legacyColumn = QStringLiteral("auth_scheme") } };
}

QList<HttpHeader> JaniAdapter::headers(const AccountTarget& t, const QString&) const
{
    const QString scheme = t.setting(QStringLiteral("auth-scheme"));
    return { { "Authorization", (scheme.isEmpty() ? QStringLiteral("Bearer") : scheme) + QStringLiteral(" {secret}"), true } };
}

QList<ProviderRequest> JaniAdapter::buildSteps(const Product& product, const AccountTarget& target,
                                               const SerializeOptions& options) const
{
    const ProviderSchema& s = schema();
    const bool update = options.operation == Operation::Update;
    return { RequestSerializer::request(update ? QStringLiteral("update") : QStringLiteral("product"),
                                        update ? s.updateProduct : s.createProduct, target, update ? options.remoteId : QString(),
                                        {}, BodyEncoding::Json, RequestSerializer::productFields(s, product, options.operation)) };
}

void JaniAdapter::readCreate(const QList<WireValue>& bodies, ReadBack& r) const
{
    RequestReader::readFields(schema().productFields, schema(), bodies.first(), r.product, nullptr, r.errors);
}

RemoteObject JaniAdapter::readObject(ResponseKind, const WireValue& node) const
{
    return plainObject(node, QStringLiteral("created_at"), QStringLiteral("updated_at"));
}

void JaniAdapter::readError(const WireValue* root, int priceIndex, ProviderError& error) const
{
    // Jani documents no error body; the common shapes ({"message"}, {"error"}, {"detail"},
    // {"errors": {...}}, a field map) are read.
    readFieldMapError(*this, *root, priceIndex, error);
}

QString JaniAdapter::unknownOutcomeAdvice(const Product& product) const
{
    return QCoreApplication::translate("ProviderService",
                                       "Jani has no safe way to send a create twice. Look for “%1” among the account's products in Jani "
                                       "before sending again.")
        .arg(product.name);
}

void JaniAdapter::applyNewProductDefaults(Product& product) const
{
    ProviderAdapter::applyNewProductDefaults(product);
    product.productType = QStringLiteral("standard");
}

} // namespace pb

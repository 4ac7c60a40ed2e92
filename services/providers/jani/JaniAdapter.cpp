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

RemoteObject JaniAdapter::readObject(ResponseKind, const WireValue& node) const
{
    return plainObject(node, QStringLiteral("created_at"), QStringLiteral("updated_at"));
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

#include "AccountLabel.h"

#include "services/providers/Registry.h"

#include <QCoreApplication>

namespace pb {

QString accountLabel(const Account& account, AccountQuote quote)
{
    const QString provider = providerDisplayName(account.target.provider);
    const QString name = quote == AccountQuote::Quoted
        ? QCoreApplication::translate("AccountLabel", "“%1”").arg(account.name)
        : account.name;
    if (provider.isEmpty() || account.name.contains(provider, Qt::CaseInsensitive))
        return name;
    return QCoreApplication::translate("AccountLabel", "%1 (%2)", "account name (provider name)").arg(name, provider);
}

} // namespace pb

#include "SandboxAccounts.h"

#include "services/providers/Registry.h"

#include <QCoreApplication>

namespace pb::SandboxAccounts {

QList<Account> ensure(Catalog& catalog, const QString& baseUrl, bool create)
{
    QList<Account> sandbox;
    QSet<Provider> present;
    for (Account a : catalog.accounts()) {
        if (!a.sandbox)
            continue;
        if (a.target.baseUrl != baseUrl) {
            a.target.baseUrl = baseUrl;
            catalog.saveAccount(a);
        }
        present.insert(a.target.provider);
        sandbox.append(a);
    }
    if (!create || !present.isEmpty())
        return sandbox;
    for (Provider p : allProviders()) {
        Account a;
        a.name = defaultName(p);
        a.sandbox = true;
        a.target.provider = p;
        a.target.baseUrl = baseUrl;
        for (const AccountField& f : adapterFor(p).accountFields())
            a.target.set(f.key, f.sandboxValue);
        if (catalog.saveAccount(a))
            sandbox.append(a);
    }
    return sandbox;
}

QString defaultName(Provider provider)
{
    return QCoreApplication::translate("SandboxAccounts", "Sandbox — %1").arg(providerDisplayName(provider));
}

QString title(const Account& a, bool withProvider)
{
    const QString provider = providerDisplayName(a.target.provider);
    if (a.sandbox && a.name == defaultName(a.target.provider))
        return withProvider ? QCoreApplication::translate("SandboxAccounts", "%1 — local sandbox").arg(provider)
                            : QCoreApplication::translate("SandboxAccounts", "Local sandbox");
    const bool named = !withProvider || a.name.contains(provider, Qt::CaseInsensitive);
    const QString name = named ? a.name : QCoreApplication::translate("SandboxAccounts", "%1 — %2").arg(a.name, provider);
    return a.sandbox ? QCoreApplication::translate("SandboxAccounts", "%1 (local sandbox)").arg(name) : name;
}

} // namespace pb::SandboxAccounts

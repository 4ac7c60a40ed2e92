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
        a.name = QCoreApplication::translate("SandboxAccounts", "Sandbox — %1").arg(providerDisplayName(p));
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

} // namespace pb::SandboxAccounts

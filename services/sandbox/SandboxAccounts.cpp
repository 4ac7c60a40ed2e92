#include "SandboxAccounts.h"

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
        a.target.accountId = QStringLiteral("acct_sandbox");
        a.target.workspaceId = QStringLiteral("ws_sandbox");
        a.target.testMode = true;
        if (catalog.saveAccount(a))
            sandbox.append(a);
    }
    return sandbox;
}

} // namespace pb::SandboxAccounts

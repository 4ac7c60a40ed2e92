#pragma once
// The local sandbox as client accounts, one per provider, clearly marked as local: made on the
// first run (so a newcomer can submit at once) and pointed at the running sandbox each launch.

#include "services/storage/Catalog.h"

namespace pb::SandboxAccounts {

// Creates them when `create` is set and none exist; updates the base URL of existing ones.
// Returns the sandbox accounts.
QList<Account> ensure(Catalog& catalog, const QString& baseUrl, bool create);

// The name a sandbox account is made with ("Sandbox — <provider>").
QString defaultName(Provider provider);
// How an account is listed, naming the provider and the sandbox once each: "Northwind — <provider>",
// "<provider> — local sandbox"; without the provider (a list of one provider's accounts)
// "Northwind", "Local sandbox".
QString title(const Account& account, bool withProvider);

} // namespace pb::SandboxAccounts

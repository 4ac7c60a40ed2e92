#pragma once
// A client account: where a provider's requests go. Never holds the key: that lives in the
// OS keychain under SecretStore::keyName(id), or (for automation) in the environment
// variable named by keyEnvVar.

#include "services/providers/RequestSerializer.h"

#include <QDateTime>
#include <optional>

namespace pb {

struct Account {
    QString id;            // uuid
    QString name;          // "Acme Ltd (live)"
    AccountTarget target;  // provider, base URL, connected account, workspace, ...
    QString keyEnvVar;     // optional: read the key from this environment variable instead
    bool sandbox = false;  // the local emulator, labelled as such
    QDateTime created;
    QDateTime updated;
    bool operator==(const Account&) const = default;
    // The key any sandbox account uses; the local sandbox accepts any non-empty key.
    static QString sandboxKey() { return QStringLiteral("sandbox-key"); }
};

// The account named (case-insensitively) or with this id.
inline std::optional<Account> findAccount(const QList<Account>& accounts, const QString& nameOrId)
{
    for (const Account& a : accounts)
        if (a.id == nameOrId || a.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

} // namespace pb

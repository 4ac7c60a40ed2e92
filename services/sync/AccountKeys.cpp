#include "AccountKeys.h"

#include "services/storage/SecretStore.h"

#include <QPointer>

namespace pb {

KeyLookup accountKeyLookup(SecretStore* secrets, QObject* context, AskForKey ask)
{
    return [secrets, context, ask](const Account& account, std::function<void(const QString&)> then) {
        if (account.sandbox) { // the local sandbox takes any key; there is nothing to keep secret
            then(Account::sandboxKey());
            return;
        }
        if (!account.keyEnvVar.isEmpty() && qEnvironmentVariableIsSet(qPrintable(account.keyEnvVar))) {
            then(qEnvironmentVariable(qPrintable(account.keyEnvVar)));
            return;
        }
        secrets->read(account.id, context, [secrets, context, ask, account, then](const std::optional<QString>& key, const QString& error) {
            if (key || !ask) {
                then(key.value_or(QString()));
                return;
            }
            const auto typed = ask(account, error);
            if (!typed) {
                then(QString());
                return;
            }
            secrets->write(account.id, *typed, context, [then, typed = *typed](bool, const QString&) { then(typed); });
        });
    };
}

} // namespace pb

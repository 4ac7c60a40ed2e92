#include "AccountKeys.h"

#include "services/providers/Registry.h"
#include "services/storage/SecretStore.h"

#include <QCoreApplication>

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

KeyMode keyModeOf(const Account& account, const QString& key)
{
    if (account.sandbox)
        return KeyMode::Test;
    if (key.isEmpty())
        return KeyMode::Unknown;
    return adapterFor(account.target.provider).keyMode(key, account.target);
}

QString keyWithoutKeychain(const Account& account)
{
    if (account.sandbox)
        return Account::sandboxKey();
    if (!account.keyEnvVar.isEmpty() && qEnvironmentVariableIsSet(qPrintable(account.keyEnvVar)))
        return qEnvironmentVariable(qPrintable(account.keyEnvVar));
    return {};
}

QString keyModeKey(KeyMode mode)
{
    switch (mode) {
    case KeyMode::Test: return QStringLiteral("test");
    case KeyMode::Live: return QStringLiteral("live");
    case KeyMode::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString keyModeLabel(KeyMode mode)
{
    switch (mode) {
    case KeyMode::Test: return QCoreApplication::translate("AccountKeys", "Test");
    case KeyMode::Live: return QCoreApplication::translate("AccountKeys", "Live");
    case KeyMode::Unknown: break;
    }
    return QCoreApplication::translate("AccountKeys", "Unknown");
}

KeyModeLookup accountKeyModeLookup(KeyLookup keys)
{
    return [keys](const Account& account, std::function<void(KeyMode)> then) {
        keys(account, [account, then](const QString& key) {
            QString held = key;
            const KeyMode mode = keyModeOf(account, held);
            held.fill(u'\0');
            then(mode);
        });
    };
}

} // namespace pb

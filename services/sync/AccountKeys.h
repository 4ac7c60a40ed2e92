#pragma once
// Where an account's API key comes from, in one place for every front end: the sandbox's own
// key, then the account's environment variable when it is set, then the keychain (read
// asynchronously; answers arrive while `context` lives). When the keychain has none, `ask`
// (if given) may supply one, which is then kept in the keychain.
//   KeyLookup keys = accountKeyLookup(&secrets, this);
//   keys(account, [](const QString& key) { ... }); // empty: no key

#include "services/storage/Account.h"

#include <QObject>
#include <functional>
#include <optional>

namespace pb {

class SecretStore;

// The key for an account, delivered to `then` (or an empty string when there is none).
using KeyLookup = std::function<void(const Account& account, std::function<void(const QString& key)> then)>;
// Asks a person for a key the keychain does not have; `keychainError` says why it had none.
using AskForKey = std::function<std::optional<QString>(const Account& account, const QString& keychainError)>;

KeyLookup accountKeyLookup(SecretStore* secrets, QObject* context, AskForKey ask = {});

} // namespace pb

#pragma once
// Where an account's API key comes from, in one place for every front end: the sandbox's own
// key, then the account's environment variable when it is set, then the keychain (read
// asynchronously; answers arrive while `context` lives). When the keychain has none, `ask`
// (if given) may supply one, which is then kept in the keychain.
//   KeyLookup keys = accountKeyLookup(&secrets, this);
//   keys(account, [](const QString& key) { ... }); // empty: no key

#include "services/providers/ProviderAdapter.h"
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

// Whether an account works on test or live data, read from its key's form as its provider
// documents it (the sandbox's accounts are test accounts). Only the mode leaves here: the key
// is neither kept nor shown.
using KeyMode = ProviderAdapter::KeyMode;
KeyMode keyModeOf(const Account& account, const QString& key);
// The key where it is had without the keychain (the sandbox's, the account's environment
// variable's); empty otherwise. For badges, which must not wake the keychain for every account.
QString keyWithoutKeychain(const Account& account);
// "test", "live", "unknown" (for --json and the CLI's lines).
QString keyModeKey(KeyMode mode);
// "Test", "Live", "Unknown", translated, for badges.
QString keyModeLabel(KeyMode mode);
// The mode of an account's key, looked up as `keys` finds the key (no key: unknown).
using KeyModeLookup = std::function<void(const Account& account, std::function<void(KeyMode mode)> then)>;
KeyModeLookup accountKeyModeLookup(KeyLookup keys);

} // namespace pb

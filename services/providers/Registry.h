#pragma once
// The one list of providers. Built-in adapters are listed in Registry.cpp; a test or plug-in
// adds its own with a static ProviderRegistration (or Registry::add) before first use. Every
// other piece of Pricebook asks the registry, never names a provider.
//   for (const ProviderAdapter* a : Registry::all()) combo->addItem(a->displayName(), a->id().key());
//   const ProviderSchema& s = schemaOf(entry.provider);

#include "ProviderAdapter.h"

#include <memory>
#include <optional>

namespace pb {

namespace Registry {
// Every known adapter, built-ins first, in the order people see them.
QList<const ProviderAdapter*> all();
// Null for a key no adapter has.
const ProviderAdapter* find(const Provider& provider);
// Takes ownership. A second adapter with a key already known replaces nothing and is dropped.
void add(std::unique_ptr<ProviderAdapter> adapter);
}

// Registers an adapter when the object is constructed: `static ProviderRegistration r(std::make_unique<MyAdapter>());`
struct ProviderRegistration {
    explicit ProviderRegistration(std::unique_ptr<ProviderAdapter> adapter) { Registry::add(std::move(adapter)); }
};

// The adapter for a provider; for an unknown key, an adapter with an empty schema and no
// endpoints, so a catalog row of a provider this build does not know reads without a crash.
const ProviderAdapter& adapterFor(const Provider& provider);
const ProviderSchema& schemaOf(const Provider& provider);
QString providerDisplayName(const Provider& provider);
std::optional<Provider> providerFromKey(const QString& key); // case-insensitive; nullopt when unknown
QList<Provider> allProviders();
// The provider a new product or account starts with (ProviderAdapter::isDefaultChoice, else the first).
Provider defaultProvider();
// "chatdash, stripe, piriod or jani", for usage lines and messages.
QString providerKeyList(const QString& lastSeparator);

} // namespace pb

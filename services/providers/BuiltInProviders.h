#pragma once
// The providers Pricebook ships with: their ids (for the registry and the tests; nothing outside
// services/providers/ and tests/ includes this) and what each provider's folder defines.
// Adding one: its folder, a line in each group here, and a line in Registry.cpp.

#include "ProviderAdapter.h"

#include <memory>

namespace pb {

namespace providers {
inline const Provider ChatDash { QStringLiteral("chatdash") };
inline const Provider Stripe { QStringLiteral("stripe") };
inline const Provider Piriod { QStringLiteral("piriod") };
inline const Provider Jani { QStringLiteral("jani") };
}

namespace schemas { // <provider>/<Provider>Schema.cpp
const ProviderSchema& chatDash();
const ProviderSchema& stripe();
const ProviderSchema& piriod();
const ProviderSchema& jani();
}

// <provider>/<Provider>Adapter.cpp and <Provider>Emulator.cpp
std::unique_ptr<ProviderAdapter> makeChatDashAdapter();
std::unique_ptr<ProviderAdapter> makeStripeAdapter();
std::unique_ptr<ProviderAdapter> makePiriodAdapter();
std::unique_ptr<ProviderAdapter> makeJaniAdapter();
const ProviderEmulator* chatDashEmulator();
const ProviderEmulator* stripeEmulator();
const ProviderEmulator* piriodEmulator();
const ProviderEmulator* janiEmulator();

} // namespace pb

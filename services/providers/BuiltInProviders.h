#pragma once
// The adapters Pricebook ships with, and their ids for code that must name one (the registry
// and the tests). Nothing outside services/providers/ and tests/ includes this.

#include "chatdash/ChatDashAdapter.h"
#include "jani/JaniAdapter.h"
#include "piriod/PiriodAdapter.h"
#include "stripe/StripeAdapter.h"

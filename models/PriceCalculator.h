#pragma once
// What a customer pays for a quantity of usage under a price, in minor units: the curve the
// editor charts for usage-based and tiered prices.
//   PriceCalculator::cost(price, 250)  // graduated tiers, package rounding, overage ...

#include "Product.h"

namespace pb::PriceCalculator {

// nullopt when the price has no cost for a quantity (a customer-chosen amount, or incomplete).
std::optional<qint64> cost(const Price& price, qint64 quantity);
// Whether the cost depends on the quantity (per unit, tiers, packages, overage).
bool dependsOnUsage(const Price& price);
// A sensible largest quantity to chart: past the last tier bound, the included usage or a package.
qint64 chartRange(const Price& price);

} // namespace pb::PriceCalculator

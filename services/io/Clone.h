#pragma once
// Copies products for another client account (possibly of another provider). Nothing is sent:
// the copies are drafts, and for each one the fields the target cannot carry, and what the
// target's rules still need, are listed first.

#include "services/storage/Catalog.h"

namespace pb::Clone {

struct Plan {
    CatalogEntry copy;
    QStringList notCarried; // warnings: members the target provider has no field for
    QStringList problems;   // what the target's rules still need before it can be sent
};

Plan prepare(const CatalogEntry& source, const Account& target);

} // namespace pb::Clone

#include "Clone.h"

#include "models/Validator.h"
#include "services/providers/Registry.h"

#include <QCoreApplication>

namespace pb::Clone {

Plan prepare(const CatalogEntry& source, const Account& target)
{
    Plan plan;
    plan.copy = source;
    plan.copy.id = Catalog::newId();
    plan.copy.version = 0;
    plan.copy.created = {};
    plan.copy.updated = {};
    plan.copy.provider = target.target.provider;
    plan.copy.accountId = target.id;
    plan.copy.product.idOverride.clear(); // an id override is unique per provider account
    const ValidationResult v = Validator::validate(schemaOf(plan.copy.provider), plan.copy.product);
    for (const FieldMessage& m : v.messages)
        (m.warning ? plan.notCarried : plan.problems) << (m.priceIndex >= 0 ? QCoreApplication::translate("Clone", "price %1: %2").arg(m.priceIndex + 1).arg(m.message) : m.message);
    return plan;
}

} // namespace pb::Clone

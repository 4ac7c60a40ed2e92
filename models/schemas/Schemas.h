#pragma once
// The four provider declarations and the vocabulary they share.

#include "../ProviderSchema.h"

namespace pb::schemas {

const ProviderSchema& chatDash();
const ProviderSchema& stripe();
const ProviderSchema& piriod();
const ProviderSchema& jani();

QList<Option> intervalOptions();    // day, week, month, year
// The product's name (required: Pricebook names every product) and description, both updatable.
FieldSpec nameField(int maxLength);
FieldSpec descriptionField();
QList<Option> taxBehaviorOptions(); // inclusive, exclusive, unspecified

} // namespace pb::schemas

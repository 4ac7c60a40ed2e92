#pragma once
// The vocabulary the providers' schema declarations share (each provider declares its own
// schema in services/providers/<provider>/).

#include "models/ProviderSchema.h"

namespace pb::schemas {

QList<Option> intervalOptions();    // day, week, month, year
// The product's name (required: Pricebook names every product) and description, both updatable.
FieldSpec nameField(int maxLength);
FieldSpec descriptionField();
QList<Option> taxBehaviorOptions(); // inclusive, exclusive, unspecified

} // namespace pb::schemas

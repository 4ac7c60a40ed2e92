#pragma once
// Checks a product against a provider's schema and returns field-keyed messages.
//   ValidationResult r = Validator::validate(schemaOf(entry.provider), entry.product);
//   for (const FieldMessage& m : r.messages) show(m.location(), m.message);

#include "ProviderSchema.h"

namespace pb {

enum class Operation { Create, Update };

struct FieldMessage {
    QString field;       // schema field key; empty for product-wide messages
    int priceIndex = -1; // -1 for product fields
    QString message;     // a translated sentence
    bool warning = false; // informs, does not block sending
    QString location() const; // "name", "prices[0].base_price", "prices"
    bool operator==(const FieldMessage&) const = default;
};

struct ValidationResult {
    QList<FieldMessage> messages;
    bool isValid() const;
    QList<FieldMessage> errorsFor(const QString& field, int priceIndex = -1) const;
};

namespace Validator {
ValidationResult validate(const ProviderSchema& schema, const Product& product,
                          Operation operation = Operation::Create);
// The messages of one field alone, for inline checking as the user edits.
QList<FieldMessage> validateField(const ProviderSchema& schema, const Product& product, int priceIndex,
                                  const FieldSpec& field);
}

} // namespace pb

#pragma once
// Reads request bodies as a provider receives them back into a Product, through the same
// schema the serializer uses. The round-trip tests rely on it, and so do the emulators.
//   const ReadBack r = RequestReader::readCreate(target.provider, { productBody, priceBody });
//   if (r.ok()) compare(r.product, sent);

#include "WireValue.h"
#include "models/ProviderSchema.h"

namespace pb {

struct AccountTarget;

struct ReadBack {
    Product product;
    QStringList errors; // "base_price: not a whole number"
    bool ok() const { return errors.isEmpty(); }
};

namespace RequestReader {
// The bodies in the order the provider's steps send them (ProviderAdapter::readCreate).
ReadBack readCreate(Provider provider, const QList<QByteArray>& bodies);
// The product as its own create request carries it: serialized (even when invalid) and read back.
ReadBack readBackCreate(const Product& product, const AccountTarget& target);
void readFields(const QList<FieldSpec>& fields, const ProviderSchema& schema, const WireValue& node,
                Product& product, Price* price, QStringList& errors);
}

} // namespace pb

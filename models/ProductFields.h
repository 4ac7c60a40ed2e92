#pragma once
// Path access to the members of Product and Price as QVariant, so that provider schemas can
// name model members as data ("name", "price.amount"). The table in ProductFields.cpp is the
// one list of model paths; a path not in it is a programming error caught by the schema tests.

#include "Product.h"

#include <QVariant>

namespace pb {

enum class ValueKind { Text, Integer, Bool, TextList, KeyValues, Tiers, CurrencyAmounts };

namespace ProductFields {
bool isProductPath(const QString& path);
bool isPricePath(const QString& path);
bool exists(const QString& path);
ValueKind kind(const QString& path);
const QStringList& allPaths();
// A person's name for the member, e.g. "Included usage" for "price.includedUsage".
QString label(const QString& path);

// Unset values read as an invalid QVariant (empty text, empty list, std::nullopt).
QVariant read(const Product& product, const Price* price, const QString& path);
// Writes a value of the path's kind; an invalid QVariant clears the member.
void write(Product& product, Price* price, const QString& path, const QVariant& value);
bool isEmpty(const QVariant& value);
}

} // namespace pb

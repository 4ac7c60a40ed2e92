#pragma once
// Pricebook's own JSON document format for products (docs/product-format.md).
// A file holds one product object, an array of products, or {"pricebook": 1, "products": [...]}.
//   auto r = ProductDocument::fromJson(bytes);
//   if (!r.errors.isEmpty()) report(r.errors);   // nothing is guessed or dropped silently

#include "Product.h"

#include <QByteArray>
#include <QJsonObject>

namespace pb {

struct DocumentError {
    QString where;   // "products[2].prices[0].amount"
    QString message;
};

struct DocumentReadResult {
    QList<Product> products;
    QList<DocumentError> errors;
    bool ok() const { return errors.isEmpty(); }
};

namespace ProductDocument {
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxBytes = 256 * 1024 * 1024;

DocumentReadResult fromJson(const QByteArray& json);
DocumentReadResult fromObject(const QJsonObject& object, const QString& where = QStringLiteral("product"));
QJsonObject toObject(const Product& product);
QByteArray toJson(const QList<Product>& products);
}

} // namespace pb

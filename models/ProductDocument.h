#pragma once
// Pricebook's own JSON document format for products (docs/product-format.md).
// A file holds one product object, an array of products, or {"pricebook": 1, "products": [...]}.
//   auto r = ProductDocument::fromJson(bytes);
//   if (!r.errors.isEmpty()) report(r.errors);   // nothing is guessed or dropped silently

#include "Product.h"

#include <QSet>

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
// `decimals`: the paths (as `where` names them, "products[3].prices[0].amount") of the number
// literals the file wrote with a decimal point or an exponent, which an amount refuses.
DocumentReadResult fromObject(const QJsonObject& object, const QString& where = QStringLiteral("product"),
                              const QSet<QString>& decimals = {});
// Those paths in a JSON text, from its root: "[1].prices[0].amount", "products[0]...", "prices[0]...".
QSet<QString> decimalLiterals(const QByteArray& json);
QJsonObject toObject(const Product& product);
QByteArray toJson(const QList<Product>& products);
}

} // namespace pb

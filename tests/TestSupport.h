#pragma once
// Helpers shared by the test executables: products from inline JSON documents.

#include "models/ProductDocument.h"
#include "models/Validator.h"

#include <QFile>
#include <QTest>

namespace pbtest {

// One product from a Pricebook JSON document; fails the test on any document error.
inline pb::Product product(const QByteArray& json)
{
    const pb::DocumentReadResult r = pb::ProductDocument::fromJson(json);
    for (const pb::DocumentError& e : r.errors)
        qWarning().noquote() << "document error:" << e.where << e.message;
    if (!r.ok() || r.products.size() != 1)
        qFatal("test product document is broken");
    return r.products.first();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline QString sourcePath(const QString& relative) { return QStringLiteral(PRICEBOOK_SOURCE_DIR "/") + relative; }

// "name; prices[0].base_price" -- the locations of the blocking messages, sorted, for table rows.
inline QString errorLocations(const pb::ValidationResult& r)
{
    QStringList out;
    for (const pb::FieldMessage& m : r.messages)
        if (!m.warning)
            out << m.location();
    out.removeDuplicates();
    out.sort();
    return out.join(QStringLiteral("; "));
}

} // namespace pbtest

#pragma once
// Copies a whole catalog into an empty one, SQLite to PostgreSQL or back: every row of every
// table with its own ids and versions, in one transaction on the target, then proves the copy
// by the row count and a checksum of each table read back from both sides.
//   Catalog from, to; ... open both ...
//   const CatalogCopyReport r = copyCatalog(from, to);
//   if (!r.ok()) ...; // r.error says why; the target is left as it was

#include "Catalog.h"

namespace pb {

struct TableCheck {
    QString table;
    qint64 rows = 0;
    QString checksum; // SHA-256 of the rows in key order, each value in one text form for both engines
    bool operator==(const TableCheck&) const = default;
};

struct CatalogCopyReport {
    QList<TableCheck> source;
    QList<TableCheck> target;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The tables a catalog consists of, in the order their foreign keys allow.
QStringList catalogTables();
// Counts and checksums of every catalog table; empty list and *error when one cannot be read.
QList<TableCheck> catalogChecks(Catalog& catalog, QString* error);
CatalogCopyReport copyCatalog(Catalog& from, Catalog& to);

} // namespace pb

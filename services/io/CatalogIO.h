#pragma once
// Import and export of catalog products: CSV (RFC 4180, UTF-8 with or without BOM, "," or ";")
// and Pricebook's JSON document format. Every row is checked against its provider's schema and
// reported by row, column and message; the caller imports the valid rows or none. Exports are
// written atomically; export then import gives back the same products.
//   CatalogIO::ImportResult r = CatalogIO::readCsv(bytes, { .defaultProvider = account.target.provider });
//   for (const auto& problem : r.problems) report(problem.row, problem.column, problem.message);

#include "services/storage/Catalog.h"

#include <QHash>

namespace pb::CatalogIO {

constexpr qint64 kMaxImportBytes = 256 * 1024 * 1024;

struct Problem {
    int row = 0;        // 1 = the header line; 0 = the whole file
    QString column;     // CSV column or JSON path; empty for the whole row
    QString message;
    bool warning = false; // reported, does not stop the row
};

struct ImportedRow {
    int row = 0;
    CatalogEntry entry;
    QString accountName; // as given in the file; resolved against the catalog's accounts
    bool valid = true;
    QString fileId;      // the Pricebook id the file gives (product_id), if any
    QString remoteId;    // the provider's id of the product on its account (remote_id), if any
    bool matched = false;   // updates a product already in the catalog (matchExisting)
    bool unchanged = false; // ... which already is exactly this
};

struct ImportOptions {
    std::optional<Provider> defaultProvider; // for rows without a provider column
    QHash<QString, QString> mapping;         // file column -> Pricebook column (case-insensitive)
    QLocale locale = QLocale::c();            // for amounts typed with grouping, e.g. "1.000,50"
};

struct ImportResult {
    QList<ImportedRow> rows;
    QList<Problem> problems;
    bool fileError = false;       // nothing could be read
    int validCount() const;
    int invalidCount() const;
};

// Gives each row the catalog account its file names (by name or id, any case), or
// `defaultAccount` for rows that name none. A name no account has, or an account of another
// provider than the row's, makes the row invalid with the reason: it is never imported without
// the account it was meant for.
void resolveAccounts(ImportResult& result, const QList<Account>& accounts, const QString& defaultAccount = {});

// Matches each valid row with the product it is already in the catalog: by the file's
// Pricebook id, then by its remote id on the row's account. A matched row updates that product
// (its id, links and history stay; a row without an account keeps the product's). A row that
// matches a product of another provider, or one that an earlier row matches, is invalid; a new
// product named like one already on the same account is a warning. Call after resolveAccounts.
void matchExisting(ImportResult& result, Catalog& catalog);

struct ImportCounts {
    int added = 0, updated = 0, unchanged = 0;
    int total() const { return added + updated + unchanged; }
};
ImportCounts countsOf(const ImportResult& result); // of the valid rows

// The columns Pricebook reads and writes, in export order.
QStringList columns();
ImportResult readCsv(const QByteArray& bytes, const ImportOptions& options = {});
ImportResult readJson(const QByteArray& bytes, const ImportOptions& options = {});
// Chooses by extension (.csv, .json) and refuses files above kMaxImportBytes before reading.
ImportResult readFile(const QString& path, const ImportOptions& options = {});

// accountNames: account id -> name; remoteIds: product id -> its remote id on its own account.
QByteArray toCsv(const QList<CatalogEntry>& entries, const QHash<QString, QString>& accountNames = {},
                 const QHash<QString, QString>& remoteIds = {});
QByteArray toJson(const QList<CatalogEntry>& entries, const QHash<QString, QString>& accountNames = {},
                  const QHash<QString, QString>& remoteIds = {});
// Writes through QSaveFile: the file is complete or untouched.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

// Exports the catalog's products of `ids`, in that order, to `path` (JSON for .json, else CSV).
// CSV is read from the catalog and written in batches, so memory stays the same however many
// products there are. The file is complete or untouched: Pricebook never writes part of a
// catalog as if it were all of it: a read that failed since the catalog's last clearError()
// (the one that listed the ids, say) fails the export.
struct ExportResult {
    enum Outcome { Written, CatalogUnreadable, FileUnwritable };
    Outcome outcome = Written;
    int count = 0;
    QString error; // why, for the two failures
};
ExportResult exportProducts(Catalog& catalog, const QStringList& ids, const QString& path);

// Parses RFC 4180 text into rows of fields; false with *error (and *errorRow) when malformed.
bool parseCsv(const QString& text, QList<QStringList>* rows, QString* error, int* errorRow);

} // namespace pb::CatalogIO

#pragma once
// What the catalog's SQL says differently on SQLite and on PostgreSQL, in one place per engine:
// the column types and indexes the migrations name through tokens, case-blind ordering, how a
// write transaction starts and a row is locked, where the catalog format number lives, and how
// other connections hear of a change. Everything else in Catalog and Database is the same SQL.
//   const SqlDialect& sql = SqlDialect::of(db);
//   q.exec(QStringLiteral("SELECT ... ORDER BY %1").arg(sql.noCase(QStringLiteral("name"))));

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace pb {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    static const SqlDialect& sqlite();
    static const SqlDialect& postgres();
    // By the connection's driver (QSQLITE or QPSQL).
    static const SqlDialect& of(const QSqlDatabase& db);

    virtual bool isServer() const = 0;
    // A migration step as this engine runs it. Tokens: {serial} (an integer key the database
    // counts up), {nocase COLUMN} (an index or ordering term that ignores case),
    // {trigram INDEX TABLE COLUMN} (an index for substring search, where the engine has one),
    // {fulltext INDEX TABLE COLUMN} (SQLite: a trigram full-text table INDEX over TABLE.COLUMN,
    // kept in step by triggers on TABLE and filled from what TABLE holds; nothing on PostgreSQL,
    // whose {trigram} index already serves LIKE). Every other word is SQL both engines read alike.
    virtual QString expand(const QString& migration) const = 0;
    // True when the catalog has the full-text table of {fulltext} (products_fts), which answers a
    // substring search of three or more characters exactly, without reading the products.
    virtual bool hasFullTextIndex() const = 0;
    virtual QString noCase(const QString& expression) const = 0;
    // Many new products in one write (an import, a copy of a catalog): SQLite's full-text table
    // is then filled by one statement at the end of the write instead of row by row by its insert
    // trigger. Each statement that writes an FTS5 table first flushes what the table holds, so
    // row by row made one small index segment per statement, merged again and again; one
    // statement over all the new rows costs about a third of that. Inside the write
    // transaction: deferIndexing() takes the insert trigger out (the rest of the transaction's
    // inserts into products go unindexed), and catchUpIndexing() indexes every row inserted since
    // and puts the trigger back, exactly as it was, before the commit. Other connections never
    // see the trigger missing: they read the last commit. A failed write rolls back, trigger and
    // all. Nothing in between may update or delete a row inserted meanwhile (its index entry is
    // not there yet). Nothing to do on PostgreSQL, whose trigram index is an ordinary index.
    struct DeferredIndex {
        QString trigger;    // the insert trigger's own CREATE statement, as the catalog holds it
        qint64 lastRow = 0; // the highest rowid before: rows above it are the new ones
    };
    virtual bool deferIndexing(QSqlDatabase& db, DeferredIndex* deferred, QString* error) const = 0;
    virtual bool catchUpIndexing(QSqlDatabase& db, const DeferredIndex& deferred, QString* error) const = 0;
    // Settings every new connection gets; false and *error when one cannot be applied.
    virtual bool prepare(QSqlDatabase& db, QString* error) const = 0;
    // A write transaction: on SQLite it takes the file's write lock before anything is read.
    virtual bool beginWrite(QSqlDatabase& db, QString* error) const = 0;
    // Locks one row for the rest of the transaction (a claim's compare-and-set reads it first);
    // SQLite's write lock already covers the whole file.
    virtual bool lockRow(QSqlDatabase& db, const QString& table, const QString& where, const QVariantList& binds,
                         QString* error) const = 0;
    // The catalog format number; 0 for an empty database, -1 when it cannot be read.
    virtual int version(const QSqlDatabase& db) const = 0;
    virtual bool setVersion(QSqlDatabase& db, int version, QString* error) const = 0;
    // Inside the migration transaction: one migrating process at a time.
    virtual bool lockForMigration(QSqlDatabase& db, QString* error) const = 0;
    // True when the database holds nothing but, possibly, a catalog (so it is safe to make one).
    virtual bool isCatalogOrEmpty(const QSqlDatabase& db, QString* error) const = 0;
    // "ok", or the problems found, one a line.
    virtual QString integrityCheck(const QSqlDatabase& db) const = 0;
    // Within the current write: other connections are told at commit that the catalog changed.
    virtual bool announceChange(QSqlDatabase& db, QString* error) const = 0;
    // After rows were copied in with their own ids: the counters continue after the highest.
    virtual bool resetCounters(QSqlDatabase& db, QString* error) const = 0;
    // The channel announceChange() speaks on (empty where the engine has none).
    virtual QString changeChannel() const = 0;
    // An error in words: a full disk or a failing write is said as such, with the engine's text.
    virtual QString describe(const QSqlError& error) const = 0;
};

} // namespace pb

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <functional>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pb {

namespace {

bool run(QSqlDatabase& db, const QString& sql, QString* error, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    if (binds.isEmpty() ? q.exec(sql) : (q.prepare(sql) && [&] {
            for (const QVariant& b : binds)
                q.addBindValue(b);
            return q.exec();
        }()))
        return true;
    *error = q.lastError().text();
    return false;
}

using IndexToken = std::function<QString(const QString&, const QString&, const QString&)>;

// {nocase COLUMN}, {trigram INDEX TABLE COLUMN} and {fulltext INDEX TABLE COLUMN}, each written
// as `pattern`.
QString replaceTokens(QString sql, const QString& serial, const std::function<QString(const QString&)>& noCase,
                      const IndexToken& trigram, const IndexToken& fulltext)
{
    sql.replace(QStringLiteral("{serial}"), serial);
    static const QRegularExpression noCaseToken(QStringLiteral("\\{nocase ([a-z_.]+)\\}"));
    static const QRegularExpression trigramToken(QStringLiteral("\\{trigram ([a-z_]+) ([a-z_]+) ([a-z_]+)\\}"));
    for (auto m = noCaseToken.match(sql); m.hasMatch(); m = noCaseToken.match(sql))
        sql.replace(m.capturedStart(), m.capturedLength(), noCase(m.captured(1)));
    static const QRegularExpression fulltextToken(QStringLiteral("\\{fulltext ([a-z_]+) ([a-z_]+) ([a-z_]+)\\}"));
    for (auto m = trigramToken.match(sql); m.hasMatch(); m = trigramToken.match(sql))
        sql.replace(m.capturedStart(), m.capturedLength(), trigram(m.captured(1), m.captured(2), m.captured(3)));
    for (auto m = fulltextToken.match(sql); m.hasMatch(); m = fulltextToken.match(sql))
        sql.replace(m.capturedStart(), m.capturedLength(), fulltext(m.captured(1), m.captured(2), m.captured(3)));
    return sql;
}

// An FTS5 table of the column's trigrams, holding no copy of the text (it reads it from the table
// by rowid: external content). case_sensitive 1: the column is already lowercase, and the index
// must not fold further than that, or it would find what the substring search does not. No
// column sizes: nothing ranks. Triggers keep it in step with every write, whoever writes; an
// update re-indexes only when the text changed. The rows already there are indexed by one
// statement over the table's rowids, which Database::open runs a slice at a time ({rows TABLE}:
// each run gets its {from} and {to}), saying how far it is; the index holds the same as after
// FTS5's 'rebuild'.
// The key is the table's rowid, which VACUUM may renumber (the table has no INTEGER PRIMARY
// KEY): nothing in Pricebook vacuums; anything that ever does must 'rebuild' after it.
QString sqliteFullText(const QString& index, const QString& table, const QString& column)
{
    return QStringLiteral(
               "CREATE VIRTUAL TABLE %1 USING fts5(%3, content='%2', content_rowid='rowid',"
               " tokenize='trigram case_sensitive 1', columnsize=0);"
               "CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN"
               " INSERT INTO %1(rowid, %3) VALUES(new.rowid, new.%3); END;"
               "CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN"
               " INSERT INTO %1(%1, rowid, %3) VALUES('delete', old.rowid, old.%3); END;"
               "CREATE TRIGGER %1_update AFTER UPDATE OF %3 ON %2 WHEN old.%3 IS NOT new.%3 BEGIN"
               " INSERT INTO %1(%1, rowid, %3) VALUES('delete', old.rowid, old.%3);"
               " INSERT INTO %1(rowid, %3) VALUES(new.rowid, new.%3); END;"
               "{rows %2} INSERT INTO %1(rowid, %3) SELECT rowid, %3 FROM %2 WHERE rowid >= {from} AND rowid < {to}")
        .arg(index, table, column);
}

// ---- SQLite: one file, one writer at a time ----

class SqliteDialect final : public SqlDialect
{
public:
    bool isServer() const override { return false; }
    QString expand(const QString& migration) const override
    {
        return replaceTokens(migration, QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                             [this](const QString& c) { return noCase(c); },
                             [](const QString&, const QString&, const QString&) { return QString(); }, sqliteFullText);
    }
    bool hasFullTextIndex() const override { return true; }
    QString noCase(const QString& expression) const override { return expression + QStringLiteral(" COLLATE NOCASE"); }
    // The search index's insert trigger, as sqliteFullText names it for products_fts.
    static constexpr QLatin1StringView kInsertTrigger { "products_fts_insert" };
    bool deferIndexing(QSqlDatabase& db, DeferredIndex* deferred, QString* error) const override
    {
        *deferred = {};
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        q.addBindValue(QString(kInsertTrigger));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (!q.next()) // a catalog without the index: nothing to defer
            return true;
        const QString trigger = q.value(0).toString();
        if (!q.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM products")) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const qint64 lastRow = q.value(0).toLongLong();
        q.finish();
        if (!q.exec(QStringLiteral("DROP TRIGGER ") + kInsertTrigger)) {
            *error = q.lastError().text();
            return false;
        }
        *deferred = { trigger, lastRow };
        return true;
    }
    bool catchUpIndexing(QSqlDatabase& db, const DeferredIndex& deferred, QString* error) const override
    {
        if (deferred.trigger.isEmpty())
            return true;
        QSqlQuery q(db);
        // The trigger still out: the transaction that took it out is still this one (a failure
        // that undid it would have brought the trigger back, and the rows would be indexed twice).
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        q.addBindValue(QString(kInsertTrigger));
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toInt() != 0) {
            *error = QCoreApplication::translate("Catalog", "the write was undone before the search index was brought up to date");
            return false;
        }
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO products_fts(rowid, search) SELECT rowid, search FROM products WHERE rowid > ?"));
        q.addBindValue(deferred.lastRow);
        if (!q.exec() || !q.exec(deferred.trigger)) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    bool prepare(QSqlDatabase& db, QString* error) const override
    {
        // WAL and full sync: a commit is on disk before it is reported; a crash at any instant
        // leaves either the whole transaction or none of it. Recursive triggers: a row an
        // INSERT OR REPLACE removes fires its delete trigger too, so the search index drops it.
        // A 16 MiB page cache (SQLite's default is 2 MiB): a search's matches in a large catalog
        // are pages all over the file, read again by the next keystroke's search; at 2 MiB they
        // no longer fit (nor at 8 MiB, measured on 1,000,000 products), and each is read again.
        for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                    "PRAGMA recursive_triggers=ON", "PRAGMA cache_size=-16384" })
            if (!run(db, QString::fromLatin1(pragma), error))
                return false;
        return true;
    }
    bool beginWrite(QSqlDatabase& db, QString* error) const override
    {
        // BEGIN IMMEDIATE: the write lock is taken (waiting out the busy timeout) before anything
        // is read, so a writer in another process can never invalidate what this transaction read.
        return run(db, QStringLiteral("BEGIN IMMEDIATE"), error);
    }
    bool lockRow(QSqlDatabase&, const QString&, const QString&, const QVariantList&, QString*) const override { return true; }
    int version(const QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    }
    bool setVersion(QSqlDatabase& db, int version, QString* error) const override
    {
        return run(db, QStringLiteral("PRAGMA user_version=%1").arg(version), error);
    }
    bool lockForMigration(QSqlDatabase&, QString*) const override { return true; }
    bool isCatalogOrEmpty(const QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA schema_version"))) {
            *error = check.lastError().text();
            return false;
        }
        return true;
    }
    QString integrityCheck(const QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        if (lines != QStringList { QStringLiteral("ok") })
            return lines.join(u'\n');
        // The search index against the products it indexes, row by row (rank 1: against the
        // content table; the pragma does not look inside an FTS5 table). It is asked as a write,
        // which a read-only catalog cannot take.
        if (db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")))
            return lines.join(u'\n');
        if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'products_fts'")) && q.next()
            && !q.exec(QStringLiteral("INSERT INTO products_fts(products_fts, rank) VALUES('integrity-check', 1)")))
            return QStringLiteral("search index: ") + q.lastError().text();
        return lines.join(u'\n');
    }
    bool announceChange(QSqlDatabase&, QString*) const override { return true; } // other connections poll the file
    bool resetCounters(QSqlDatabase&, QString*) const override { return true; } // AUTOINCREMENT follows the highest id
    QString changeChannel() const override { return {}; }
    QString describe(const QSqlError& error) const override
    {
        // The primary code of an extended one; a failed COMMIT carries only SQLite's own text.
        int code = error.nativeErrorCode().toInt() & 0xff;
        if (error.nativeErrorCode().isEmpty())
            code = error.databaseText().startsWith(QLatin1String("database or disk is full")) ? 13
                : error.databaseText().startsWith(QLatin1String("disk I/O error"))          ? 10
                                                                                            : 0;
        switch (code) {
        case 13: // SQLITE_FULL
            return QCoreApplication::translate("Catalog", "the disk that holds the catalog is full (%1)").arg(error.text());
        case 10: // SQLITE_IOERR: a write the system refused, most often for want of space
            return QCoreApplication::translate("Catalog", "the catalog could not be written to its disk, which is full or failing (%1)")
                .arg(error.text());
        default: return error.text();
        }
    }
};

// ---- PostgreSQL: a server many Pricebooks use at once ----

class PostgresDialect final : public SqlDialect
{
public:
    bool isServer() const override { return true; }
    QString expand(const QString& migration) const override
    {
        QString sql = replaceTokens(migration, QStringLiteral("BIGSERIAL PRIMARY KEY"),
                                    [this](const QString& c) { return noCase(c); },
                                    [](const QString& index, const QString& table, const QString& column) {
                                        return QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm;"
                                                              "CREATE INDEX %1 ON %2 USING gin (%3 gin_trgm_ops)")
                                            .arg(index, table, column);
                                    },
                                    [](const QString&, const QString&, const QString&) { return QString(); });
        // SQLite's INTEGER holds 64 bits (ms since the epoch, versions); PostgreSQL's BIGINT does.
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        sql.replace(integer, QStringLiteral("BIGINT"));
        return sql;
    }
    bool hasFullTextIndex() const override { return false; }
    QString noCase(const QString& expression) const override { return QStringLiteral("lower(%1)").arg(expression); }
    bool prepare(QSqlDatabase& db, QString* error) const override
    {
        // A statement stuck behind a lock fails after a while instead of freezing the catalog.
        return run(db, QStringLiteral("SET lock_timeout = '10s'"), error)
            && run(db, QStringLiteral("SET client_min_messages = warning"), error);
    }
    bool beginWrite(QSqlDatabase& db, QString* error) const override
    {
        if (db.transaction())
            return true;
        *error = db.lastError().text();
        return false;
    }
    bool lockRow(QSqlDatabase& db, const QString& table, const QString& where, const QVariantList& binds,
                 QString* error) const override
    {
        return run(db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 FOR UPDATE").arg(table, where), error, binds);
    }
    int version(const QSqlDatabase& db) const override
    {
        // Read from pg_tables with this statement's snapshot, not to_regclass(): that answers from
        // the session's catalog cache, which still says "no such table" after waiting out another
        // Pricebook's migration on the advisory lock (no relation lock renews the cache).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) > 0 FROM pg_tables WHERE schemaname = current_schema()"
                                   " AND tablename = 'pricebook_format'"))
            || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        return q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM pricebook_format")) && q.next() ? q.value(0).toInt() : -1;
    }
    bool setVersion(QSqlDatabase& db, int version, QString* error) const override
    {
        return run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS pricebook_format (version BIGINT NOT NULL)"), error)
            && run(db, QStringLiteral("DELETE FROM pricebook_format"), error)
            && run(db, QStringLiteral("INSERT INTO pricebook_format(version) VALUES(%1)").arg(version), error);
    }
    bool lockForMigration(QSqlDatabase& db, QString* error) const override
    {
        // Held to the end of the transaction: a second Pricebook opening the same new catalog
        // waits, then finds it migrated.
        return run(db, QStringLiteral("SELECT pg_advisory_xact_lock(7215060215)"), error);
    }
    bool isCatalogOrEmpty(const QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE tablename = 'pricebook_format'), count(*)"
                                   " FROM pg_tables WHERE schemaname = current_schema()"))
            || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toInt() == 0 && q.value(1).toInt() > 0) {
            const int others = q.value(1).toInt();
            *error = QCoreApplication::translate("Database", "the database already holds %n other tables", nullptr, others);
            return false;
        }
        return true;
    }
    QString integrityCheck(const QSqlDatabase& db) const override
    {
        // The server checks its own pages; what can be asked is whether every table reads.
        QSqlQuery q(db);
        for (const char* table : { "accounts", "products", "sync_links", "history" })
            if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))))
                return q.lastError().text();
        return QStringLiteral("ok");
    }
    bool announceChange(QSqlDatabase& db, QString* error) const override
    {
        return run(db, QStringLiteral("NOTIFY %1").arg(changeChannel()), error);
    }
    bool resetCounters(QSqlDatabase& db, QString* error) const override
    {
        return run(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('history', 'id'),"
                                      " greatest((SELECT max(id) FROM history), 1), (SELECT max(id) FROM history) IS NOT NULL)"),
                   error);
    }
    QString changeChannel() const override { return QStringLiteral("pricebook_catalog"); }
    bool deferIndexing(QSqlDatabase&, DeferredIndex* deferred, QString*) const override
    {
        *deferred = {};
        return true;
    }
    bool catchUpIndexing(QSqlDatabase&, const DeferredIndex&, QString*) const override { return true; }
    QString describe(const QSqlError& error) const override
    {
        // SQLSTATE class 53: the server is out of a resource; 53100 is a full disk.
        if (error.nativeErrorCode() == QLatin1String("53100"))
            return QCoreApplication::translate("Catalog", "the disk of the catalog's server is full (%1)").arg(error.text());
        return error.text();
    }
};

} // namespace

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect d;
    return d;
}

const SqlDialect& SqlDialect::postgres()
{
    static const PostgresDialect d;
    return d;
}

const SqlDialect& SqlDialect::of(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgres() : sqlite();
}

} // namespace pb

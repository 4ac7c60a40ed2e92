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

// {nocase COLUMN} and {trigram INDEX TABLE COLUMN}, each written as `pattern`.
QString replaceTokens(QString sql, const QString& serial, const std::function<QString(const QString&)>& noCase,
                      const std::function<QString(const QString&, const QString&, const QString&)>& trigram)
{
    sql.replace(QStringLiteral("{serial}"), serial);
    static const QRegularExpression noCaseToken(QStringLiteral("\\{nocase ([a-z_.]+)\\}"));
    static const QRegularExpression trigramToken(QStringLiteral("\\{trigram ([a-z_]+) ([a-z_]+) ([a-z_]+)\\}"));
    for (auto m = noCaseToken.match(sql); m.hasMatch(); m = noCaseToken.match(sql))
        sql.replace(m.capturedStart(), m.capturedLength(), noCase(m.captured(1)));
    for (auto m = trigramToken.match(sql); m.hasMatch(); m = trigramToken.match(sql))
        sql.replace(m.capturedStart(), m.capturedLength(), trigram(m.captured(1), m.captured(2), m.captured(3)));
    return sql;
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
                             [](const QString&, const QString&, const QString&) { return QString(); });
    }
    QString noCase(const QString& expression) const override { return expression + QStringLiteral(" COLLATE NOCASE"); }
    bool prepare(QSqlDatabase& db, QString* error) const override
    {
        // WAL and full sync: a commit is on disk before it is reported; a crash at any instant
        // leaves either the whole transaction or none of it.
        for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" })
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
        return lines.join(u'\n');
    }
    bool announceChange(QSqlDatabase&, QString*) const override { return true; } // other connections poll the file
    bool resetCounters(QSqlDatabase&, QString*) const override { return true; } // AUTOINCREMENT follows the highest id
    QString changeChannel() const override { return {}; }
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
                                    });
        // SQLite's INTEGER holds 64 bits (ms since the epoch, versions); PostgreSQL's BIGINT does.
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        sql.replace(integer, QStringLiteral("BIGINT"));
        return sql;
    }
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

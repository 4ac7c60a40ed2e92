#include "Database.h"

#include "CatalogLocation.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <QFileInfo>
#include <QUrl>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace pb::Database {

namespace {

// Translations in the "Database" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Each entry takes the schema from version i to i + 1. Never edit a released step; add one.
// Written once for both engines: SqlDialect::expand() reads the {tokens} and column types.
const char* const kMigrations[] = {
    // 0 -> 1: accounts, products, submission history
    "CREATE TABLE accounts ("
    " id TEXT PRIMARY KEY, provider TEXT NOT NULL, name TEXT NOT NULL, base_url TEXT NOT NULL DEFAULT '',"
    " remote_account TEXT NOT NULL DEFAULT '', stripe_account TEXT NOT NULL DEFAULT '',"
    " workspace TEXT NOT NULL DEFAULT '', test_mode INTEGER NOT NULL DEFAULT 0, auth_scheme TEXT NOT NULL DEFAULT '',"
    " key_env TEXT NOT NULL DEFAULT '', sandbox INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
    "CREATE TABLE products ("
    " id TEXT PRIMARY KEY, provider TEXT NOT NULL, account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,"
    " name TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',"
    " document TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
    "CREATE TABLE history ("
    " id {serial}, product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    " account_id TEXT NOT NULL, at TEXT NOT NULL, operation TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0,"
    " remote_id TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, message TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX history_product ON history(product_id, id);",
    // 1 -> 2: sync state per product and account
    "CREATE TABLE sync_links ("
    " product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " remote_id TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, synced_version INTEGER NOT NULL DEFAULT 0,"
    " synced_at TEXT NOT NULL DEFAULT '', submission TEXT NOT NULL DEFAULT '{}', message TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (product_id, account_id));",
    // 2 -> 3: a folded search text and the indexes the catalog list sorts and filters by
    "ALTER TABLE products ADD COLUMN search TEXT NOT NULL DEFAULT '';"
    "UPDATE products SET search = lower(name || ' ' || summary);"
    "CREATE INDEX products_name ON products({nocase name}, id);"
    "CREATE INDEX products_updated ON products(updated_at, id);"
    "CREATE INDEX products_provider ON products(provider, account_id);"
    "CREATE INDEX sync_links_state ON sync_links(state);",
    // 3 -> 4: the product as last sent, for the before/after view of an update
    "ALTER TABLE sync_links ADD COLUMN synced_document TEXT NOT NULL DEFAULT '';",
    // 4 -> 5: a claim on each product and account while one Pricebook sends it: who holds it
    // (host:pid:process start), one id per claim, and its lease in ms since the epoch
    "ALTER TABLE sync_links ADD COLUMN claim_owner TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE sync_links ADD COLUMN claim_id TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE sync_links ADD COLUMN claim_since INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE sync_links ADD COLUMN claim_until INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX sync_links_claim ON sync_links(claim_id) WHERE claim_id <> '';",
    // 5 -> 6: an account's provider settings as one JSON object (ProviderAdapter::accountFields);
    // the per-provider columns of format 1 are only read, for accounts saved before format 6.
    "ALTER TABLE accounts ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';",
    // 6 -> 7: who saved a product last and who sent it (the OS user, or the name set in
    // settings), for a catalog several people share; and, on a server, a trigram index so a
    // search for any part of a name stays fast in a large catalog.
    "ALTER TABLE products ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE history ADD COLUMN author TEXT NOT NULL DEFAULT '';"
    "{trigram products_search products search}",
    // 7 -> 8: products pulled from an account are found again by their remote id, so a second
    // pull updates them instead of adding them twice
    "CREATE INDEX sync_links_remote ON sync_links(account_id, remote_id) WHERE remote_id <> '';",
    // 8 -> 9: on SQLite, a trigram full-text index of the search text, kept in step by triggers
    // and built here from the products already there, so a search finds its rows without reading
    // every product (PostgreSQL has had its trigram index since format 7)
    "{fulltext products_fts products search}",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kLatestVersion);

// A migration's statements, split at each ';' except those inside a trigger's BEGIN ... END.
QStringList statementsOf(const QString& sql)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    QString pending;
    for (const QString& piece : sql.split(u';', Qt::SkipEmptyParts)) {
        if (!pending.isEmpty()) {
            pending += u';' + piece;
            if (triggerEnd.match(pending).hasMatch()) {
                out << pending;
                pending.clear();
            }
        } else if (triggerStart.match(piece).hasMatch() && !triggerEnd.match(piece).hasMatch()) {
            pending = piece;
        } else if (!piece.trimmed().isEmpty()) {
            out << piece;
        }
    }
    if (!pending.isEmpty())
        out << pending; // an unfinished trigger: SQLite says what is wrong with it
    return out;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

thread_local MigrationProgress t_progress; // MigrationProgressScope's, on this thread

// How many rowids one slice of a statement over every row covers: small enough that progress
// moves every fraction of a second, large enough that the slices cost nothing of their own.
constexpr qint64 kRowSlice = 20000;

// "{rows TABLE} STATEMENT": STATEMENT run once per slice of TABLE's rowids, {from} (inclusive)
// to {to} (exclusive), reporting the rows done after each. False with *error set when a slice
// failed, or with *stopped set when `progress` asked to stop.
bool execOverRows(QSqlDatabase& db, const QString& table, const QString& statement, int toVersion,
                  const MigrationProgress& progress, bool* stopped, QString* error)
{
    // Said before counting the rows, which takes a moment of its own in a large catalog.
    if (progress && !progress(toVersion, 0, 0)) {
        *stopped = true;
        return false;
    }
    QSqlQuery range(db);
    if (!range.exec(QStringLiteral("SELECT coalesce(min(rowid), 0), coalesce(max(rowid), -1), count(*) FROM %1").arg(table))
        || !range.next()) {
        *error = range.lastError().text();
        return false;
    }
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    const qint64 total = range.value(2).toLongLong();
    range.finish();
    qint64 done = 0;
    if (progress && !progress(toVersion, done, total)) {
        *stopped = true;
        return false;
    }
    QSqlQuery q(db);
    for (qint64 from = first; from <= last; from += kRowSlice) {
        QString sql = statement;
        sql.replace(QStringLiteral("{from}"), QString::number(from));
        sql.replace(QStringLiteral("{to}"), QString::number(from + kRowSlice));
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        done = std::min(total, done + std::max(0, q.numRowsAffected()));
        if (progress && !progress(toVersion, done, total)) {
            *stopped = true;
            return false;
        }
    }
    return true;
}

} // namespace

MigrationProgressScope::MigrationProgressScope(MigrationProgress progress)
    : m_previous(std::exchange(t_progress, std::move(progress)))
{
}

MigrationProgressScope::~MigrationProgressScope() { t_progress = std::move(m_previous); }

QString pathInDirectory(const QString& directory) { return QDir(directory).filePath(QStringLiteral("catalog.sqlite")); }

QString defaultPath()
{
    const QString overridden = qEnvironmentVariable("PRICEBOOK_DATA_DIR");
    if (!overridden.isEmpty())
        return pathInDirectory(overridden);
    return pathInDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

int version(const QSqlDatabase& db) { return SqlDialect::of(db).version(db); }

void close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

namespace {

QSqlDatabase connect(const CatalogLocation& where, const QString& connectionName, const QString& password, QString* error,
                     bool* readOnly)
{
    if (where.engine == CatalogLocation::SQLite) {
        const QFileInfo info(where.path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = Text::tr("Cannot create the folder %1.").arg(info.absolutePath());
            return {};
        }
        // SQLite writes beside the catalog (its write-ahead log): a folder or file this process
        // cannot write means read-only, which is said, never "not a catalog".
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!info.exists() && !folderWritable) {
            *error = Text::tr("Cannot make a catalog in %1: the folder is read-only.").arg(QDir::toNativeSeparators(info.absolutePath()));
            return {};
        }
        *readOnly = info.exists() && (!info.isWritable() || !folderWritable);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (*readOnly && !QFileInfo::exists(where.path + QStringLiteral("-wal"))) {
            // No write-ahead log to read, and none can be made: SQLite reads the file as it is
            // ("immutable"), which it otherwise refuses for a write-ahead-log catalog it cannot write.
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(where.path);
            db.setConnectOptions(*readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                           : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        return db;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Text::tr("This Pricebook cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed "
                          "(on Debian: the package libqt6sql6-psql).");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!where.host.isEmpty())
        db.setHostName(where.host);
    if (where.port > 0)
        db.setPort(where.port);
    db.setUserName(where.user);
    db.setDatabaseName(where.database);
    if (!password.isEmpty())
        db.setPassword(password);
    QString options = where.options;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QLatin1String(options.isEmpty() ? "" : ";") + QStringLiteral("connect_timeout=5");
    db.setConnectOptions(options);
    return db;
}

} // namespace

QSqlDatabase open(const QString& location, const QString& connectionName, QString* error, int targetVersion,
                  const QString& password, bool* readOnlyOut, const MigrationProgress& progress)
{
    const auto where = CatalogLocation::parse(location, error);
    if (!where)
        return {};
    const QString path = where->display();
    bool readOnly = false;
    QSqlDatabase db = connect(*where, connectionName, password, error, &readOnly);
    if (readOnlyOut)
        *readOnlyOut = readOnly;
    if (!db.isValid()) {
        close(connectionName);
        return {};
    }
    auto fail = [&](const QString& message) {
        *error = message;
        db = QSqlDatabase();
        close(connectionName);
        return QSqlDatabase();
    };
    if (!db.open())
        return fail(Text::tr("Cannot open the catalog %1: %2").arg(path, db.lastError().text()));
    const SqlDialect& sql = SqlDialect::of(db);
    QString sqlError;
    if (!sql.isCatalogOrEmpty(db, &sqlError))
        return fail(Text::tr("%1 is not a Pricebook catalog (%2).").arg(path, sqlError));
    int current = version(db);
    if (current > kLatestVersion)
        return fail(Text::tr("The catalog %1 was written by a newer Pricebook (format %2; this one reads up to %3). "
                       "It was left untouched; open it with the newer Pricebook.")
                        .arg(path)
                        .arg(current)
                        .arg(kLatestVersion));
    if (readOnly) {
        if (current < targetVersion)
            return fail(Text::tr("The catalog %1 is in an older format (%2) that this Pricebook must update before reading it, "
                                 "but it is read-only. Open it where it can be written, or make the folder writable.")
                            .arg(path)
                            .arg(current));
        if (!exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &sqlError))
            return fail(Text::tr("Cannot prepare the catalog %1: %2").arg(path, sqlError));
        return db;
    }
    // Switching a new SQLite catalog to WAL needs it to itself for a moment, and SQLite does not
    // wait for that: another process opening it at the same instant is waited for here.
    QElapsedTimer waited;
    waited.start();
    while (!sql.prepare(db, &sqlError)) {
        if (!sqlError.contains(QStringLiteral("database is locked")))
            return fail(Text::tr("Cannot prepare the catalog %1: %2").arg(path, sqlError));
        if (waited.elapsed() > 10000)
            return fail(Text::tr("Cannot prepare the catalog %1: another Pricebook process kept it busy for 10 s (%2).").arg(path, sqlError));
        QThread::msleep(20);
    }
    if (current < targetVersion) {
        // The write lock first (SQLite: BEGIN IMMEDIATE, waiting for another process up to the
        // busy timeout; PostgreSQL: an advisory lock), then the format read again under it: two
        // Pricebook processes opening a new or older catalog at once update it once.
        if (!sql.beginWrite(db, &sqlError))
            return fail(Text::tr("Cannot update the catalog %1: %2").arg(path, sqlError));
        if (!sql.lockForMigration(db, &sqlError)) {
            db.rollback();
            return fail(Text::tr("Cannot update the catalog %1: %2").arg(path, sqlError));
        }
        current = version(db); // another Pricebook may have migrated it while this one waited
        if (current > kLatestVersion) {
            db.rollback();
            return fail(Text::tr("The catalog %1 was just updated by a newer Pricebook (format %2); open it with that one.")
                            .arg(path)
                            .arg(current));
        }
        for (int v = current; v < targetVersion; ++v) {
            const QStringList statements = statementsOf(sql.expand(QString::fromLatin1(kMigrations[v])));
            static const QRegularExpression overRows(QStringLiteral("^\\s*\\{rows ([a-z_]+)\\}\\s*(.*)$"),
                                                     QRegularExpression::DotMatchesEverythingOption);
            for (const QString& statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                bool stopped = false;
                const auto rows = overRows.match(statement);
                const bool ok = rows.hasMatch()
                    ? execOverRows(db, rows.captured(1), rows.captured(2), v + 1, progress ? progress : t_progress, &stopped, &sqlError)
                    : exec(db, statement, &sqlError);
                if (stopped) {
                    db.rollback();
                    return fail(Text::tr("Updating the catalog %1 to format %2 was stopped before it finished; the catalog "
                                         "was left as it was, and the update starts again the next time it is opened.")
                                    .arg(path)
                                    .arg(v + 1));
                }
                if (!ok) {
                    db.rollback();
                    return fail(Text::tr("Updating the catalog %1 to format %2 failed, and nothing was changed: %3")
                                    .arg(path)
                                    .arg(v + 1)
                                    .arg(sqlError));
                }
            }
        }
        if ((current < targetVersion && !sql.setVersion(db, targetVersion, &sqlError)) || !db.commit()) {
            db.rollback();
            return fail(Text::tr("Updating the catalog %1 failed, and nothing was changed: %2").arg(path, sqlError));
        }
    }
    return db;
}

} // namespace pb::Database

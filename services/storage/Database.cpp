#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    " id INTEGER PRIMARY KEY AUTOINCREMENT, product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
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
    "CREATE INDEX products_name ON products(name COLLATE NOCASE, id);"
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
    // 6 -> 7: products pulled from an account are found again by their remote id, so a second
    // pull updates them instead of adding them twice
    "CREATE INDEX sync_links_remote ON sync_links(account_id, remote_id) WHERE remote_id <> '';",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kLatestVersion);

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QString pathInDirectory(const QString& directory) { return QDir(directory).filePath(QStringLiteral("catalog.sqlite")); }

QString defaultPath()
{
    const QString overridden = qEnvironmentVariable("PRICEBOOK_DATA_DIR");
    if (!overridden.isEmpty())
        return pathInDirectory(overridden);
    return pathInDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

int version(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

void close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QSqlDatabase open(const QString& path, const QString& connectionName, QString* error, int targetVersion)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Text::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    auto fail = [&](const QString& message) {
        *error = message;
        db = QSqlDatabase();
        close(connectionName);
        return QSqlDatabase();
    };
    if (!db.open())
        return fail(Text::tr("Cannot open the catalog %1: %2").arg(path, db.lastError().text()));
    QString sqlError;
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA schema_version")))
        return fail(Text::tr("%1 is not a Pricebook catalog (%2).").arg(path, check.lastError().text()));
    check.finish();
    const int current = version(db);
    if (current > kLatestVersion)
        return fail(Text::tr("The catalog %1 was written by a newer Pricebook (format %2; this one reads up to %3). "
                       "It was left untouched; open it with the newer Pricebook.")
                        .arg(path)
                        .arg(current)
                        .arg(kLatestVersion));
    // WAL and full sync: a commit is on disk before it is reported; a crash at any instant
    // leaves either the whole transaction or none of it.
    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" })
        if (!exec(db, QString::fromLatin1(pragma), &sqlError))
            return fail(Text::tr("Cannot prepare the catalog %1: %2").arg(path, sqlError));
    if (current < targetVersion) {
        if (!db.transaction())
            return fail(Text::tr("Cannot update the catalog %1: %2").arg(path, db.lastError().text()));
        for (int v = current; v < targetVersion; ++v) {
            const QStringList statements = QString::fromLatin1(kMigrations[v]).split(u';', Qt::SkipEmptyParts);
            for (const QString& statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (!exec(db, statement, &sqlError)) {
                    db.rollback();
                    return fail(Text::tr("Updating the catalog %1 to format %2 failed, and nothing was changed: %3")
                                    .arg(path)
                                    .arg(v + 1)
                                    .arg(sqlError));
                }
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(targetVersion), &sqlError) || !db.commit()) {
            db.rollback();
            return fail(Text::tr("Updating the catalog %1 failed, and nothing was changed: %2").arg(path, sqlError));
        }
    }
    return db;
}

} // namespace pb::Database

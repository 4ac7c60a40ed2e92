#pragma once
// The catalog's database, a SQLite file or a PostgreSQL database (CatalogLocation): opening with
// the settings that keep it consistent through crashes (SQLite: WAL, full sync, foreign keys),
// and forward migrations run in one transaction, the same steps on both engines (SqlDialect).
// A catalog written by a newer Pricebook is refused, never "upgraded".
//   QString error;
//   QSqlDatabase db = Database::open(path, QStringLiteral("worker"), &error);

#include <QSqlDatabase>
#include <QString>

namespace pb::Database {

constexpr int kLatestVersion = 9;

// The catalog file to use: $PRICEBOOK_DATA_DIR/catalog.sqlite when set, else the
// application data location.
QString defaultPath();
QString pathInDirectory(const QString& directory);

// Opens (creating when missing) and migrates to `targetVersion`. `location` is a path or a
// postgresql:// URL (CatalogLocation). On failure returns an invalid database and a sentence in
// *error; the catalog is left as it was. A SQLite catalog this process cannot write (a read-only
// file or folder) is opened read-only, and *readOnly says so: it can be read and exported;
// every write fails.
QSqlDatabase open(const QString& location, const QString& connectionName, QString* error,
                  int targetVersion = kLatestVersion, const QString& password = {}, bool* readOnly = nullptr);
int version(const QSqlDatabase& db);
void close(const QString& connectionName);

} // namespace pb::Database

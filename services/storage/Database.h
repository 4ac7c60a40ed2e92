#pragma once
// The catalog's SQLite file: opening with the settings that keep it consistent through
// crashes (WAL, full sync, foreign keys), and forward migrations run in one transaction.
// A file written by a newer Pricebook is refused, never "upgraded".
//   QString error;
//   QSqlDatabase db = Database::open(path, QStringLiteral("worker"), &error);

#include <QSqlDatabase>
#include <QString>

namespace pb::Database {

constexpr int kLatestVersion = 7;

// The catalog file to use: $PRICEBOOK_DATA_DIR/catalog.sqlite when set, else the
// application data location.
QString defaultPath();
QString pathInDirectory(const QString& directory);

// Opens (creating when missing) and migrates to `targetVersion`. On failure returns an
// invalid database and a sentence in *error; the file is left as it was.
QSqlDatabase open(const QString& path, const QString& connectionName, QString* error,
                  int targetVersion = kLatestVersion);
int version(const QSqlDatabase& db);
void close(const QString& connectionName);

} // namespace pb::Database

#pragma once
// The catalog's database, a SQLite file or a PostgreSQL database (CatalogLocation): opening with
// the settings that keep it consistent through crashes (SQLite: WAL, full sync, foreign keys),
// and forward migrations run in one transaction, the same steps on both engines (SqlDialect).
// A catalog written by a newer Pricebook is refused, never "upgraded".
//   QString error;
//   QSqlDatabase db = Database::open(path, QStringLiteral("worker"), &error);

#include <QSqlDatabase>
#include <QString>
#include <functional>

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
// A migration that goes over every product (building an index of them) says how far it is through
// `progress`: the format it makes, rows done and rows in all, called between slices of rows (and
// before the first: once with a total of 0 while the rows are counted, once at 0 of the total).
// Returning false stops it: the migration is rolled back, the
// catalog is left as it was, and open() fails with *error saying the update was stopped.
using MigrationProgress = std::function<bool(int toVersion, qint64 done, qint64 total)>;
QSqlDatabase open(const QString& location, const QString& connectionName, QString* error,
                  int targetVersion = kLatestVersion, const QString& password = {}, bool* readOnly = nullptr,
                  const MigrationProgress& progress = {});
// While one lives, open() on its thread, given no `progress` of its own, reports to this one:
// how the catalog's worker hears how far Catalog::open is with an update.
class MigrationProgressScope
{
public:
    explicit MigrationProgressScope(MigrationProgress progress);
    ~MigrationProgressScope();
    MigrationProgressScope(const MigrationProgressScope&) = delete;
    MigrationProgressScope& operator=(const MigrationProgressScope&) = delete;

private:
    MigrationProgress m_previous;
};
int version(const QSqlDatabase& db);
void close(const QString& connectionName);

} // namespace pb::Database

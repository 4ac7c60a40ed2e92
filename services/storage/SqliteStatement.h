#pragma once

#include <QSqlError>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace pb {

// A statement prepared on the SQLite connection of a QSqlDatabase and run with SQLite's own API,
// for the writes where Qt's binding costs more than the write: QSqlQuery names every placeholder
// it binds (a string made and hashed per value) and copies the whole value list at each exec,
// which for a 3,000-value INSERT of new products cost more than SQLite's own insert of the rows.
// It runs inside whatever transaction the QSqlDatabase has open, on that connection's thread.
class SqliteStatement
{
public:
    // The connection under `db`: null unless `db` is open on Qt's SQLite driver and that driver
    // runs the very copy of SQLite Pricebook links (Debian's Qt links the system's library), so
    // that calls from here act on the driver's own connection. Elsewhere the caller writes
    // through Qt.
    static sqlite3* connectionOf(const QSqlDatabase& db);

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const QString& sql, QSqlError* error);
    bool isPrepared() const { return m_stmt != nullptr; }

    // Placeholders count from 1. A bound text is read when the statement runs, not copied: it
    // must stay unchanged until run() returns. A null QString binds as '' (text columns hold ''),
    // bindNull() as SQL NULL.
    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement to its end and makes it ready to run again (its bindings cleared). On
    // failure *error carries SQLite's message and extended result code, as Qt's driver reports
    // them, so the caller's descriptions (a full disk, a refused constraint) read it alike.
    bool run(QSqlError* error);
    // The rows the last run() inserted, changed or deleted (not counting its triggers').
    int changes() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace pb

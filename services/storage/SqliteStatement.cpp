#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <atomic>
#include <utility>

namespace pb {

sqlite3* SqliteStatement::connectionOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return nullptr;
    // The driver's SQLite must be this very copy of the library, not another copy of it (a Qt
    // built with its own SQLite): a process-wide setting changed through the driver is read back
    // here, then put back as it was. The soft heap limit is only a hint to give memory back, and
    // the value tried is far above any catalog's use. Known once it could be asked.
    static std::atomic<int> known { 0 }; // 0 not yet asked, 1 the same copy, 2 another
    static QBasicMutex asking;
    if (known.load() == 0) {
        const QMutexLocker lock(&asking);
        QSqlQuery q(db);
        if (known.load() == 0) {
            if (!q.exec(QStringLiteral("PRAGMA soft_heap_limit")) || !q.next())
                return nullptr; // asked again next time
            const qint64 theirs = q.value(0).toLongLong();
            const sqlite3_int64 ours = sqlite3_soft_heap_limit64(-1);
            const sqlite3_int64 probe = (sqlite3_int64(1) << 42) + 4099 + ours % 2; // never ours
            if (!q.exec(QStringLiteral("PRAGMA soft_heap_limit=%1").arg(probe)))
                return nullptr;
            const bool same = sqlite3_soft_heap_limit64(-1) == probe;
            q.exec(QStringLiteral("PRAGMA soft_heap_limit=%1").arg(theirs));
            known.store(same ? 1 : 2);
        }
    }
    return known.load() == 1 ? connection : nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt); // a no-op on null
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

namespace {

QSqlError errorOf(sqlite3* db)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

} // namespace

bool SqliteStatement::prepare(sqlite3* db, const QString& sql, QSqlError* error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        *error = errorOf(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, const QString& text)
{
    // constData() of a null QString is an empty string, never null: it binds as ''.
    sqlite3_bind_text16(m_stmt, index, text.constData(), int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::run(QSqlError* error)
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE)
        *error = errorOf(m_db);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace pb

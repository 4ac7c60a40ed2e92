#pragma once
// The engine the catalog tests run on. By default SQLite files in the test's temporary folder;
// with PRICEBOOK_TEST_ENGINE=postgresql, a new database per catalog on the private server
// tests/run-with-postgres.sh started (PRICEBOOK_TEST_POSTGRES), so the same tests prove both.
//   const QString where = pbtest::catalogLocation(m_dir->filePath("catalog.sqlite"));
//   QVERIFY(catalog.open(where, &error));

#include "services/storage/CatalogLocation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace pbtest {

inline bool onPostgres() { return qEnvironmentVariable("PRICEBOOK_TEST_ENGINE") == QLatin1String("postgresql"); }

// Runs one statement on the test server's maintenance database.
inline bool onTestServer(const QString& sql, QString* error)
{
    const QString url = qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES");
    const auto where = pb::CatalogLocation::parse(url, error);
    if (!where) {
        *error = QStringLiteral("PRICEBOOK_TEST_POSTGRES is not set or not valid (run through tests/run-with-postgres.sh): ") + *error;
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pbtest-admin"));
        db.setHostName(where->host);
        if (where->port > 0)
            db.setPort(where->port);
        db.setUserName(where->user);
        db.setDatabaseName(where->database);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pbtest-admin"));
    return ok;
}

// A new, empty PostgreSQL database on the test server; its catalog URL.
inline QString newServerCatalog()
{
    const QString name = QStringLiteral("pbtest_") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    if (!onTestServer(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        qFatal("cannot create a test database: %s", qPrintable(error));
    QUrl url(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES"));
    url.setPath(u'/' + name);
    return url.toString();
}

// The catalog the test means by `sqlitePath`: that file, or (on PostgreSQL) the one database
// made for it on first use, so reopening the same path reopens the same catalog.
inline QString catalogLocation(const QString& sqlitePath)
{
    if (!onPostgres())
        return sqlitePath;
    static QHash<QString, QString> made;
    auto it = made.find(sqlitePath);
    if (it == made.end())
        it = made.insert(sqlitePath, newServerCatalog());
    return it.value();
}

} // namespace pbtest

// Skips a test that is about one engine's own files or statements.
#define PBTEST_SQLITE_ONLY()                                                                   \
    do {                                                                                       \
        if (pbtest::onPostgres())                                                              \
            QSKIP("about the SQLite file itself; the PostgreSQL run covers the same behaviour elsewhere"); \
    } while (false)

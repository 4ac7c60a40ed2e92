#include "Catalog.h"

#include <QDir>
#include <QElapsedTimer>

#include "Database.h"
#include "SqlDialect.h"
#include "SqliteStatement.h"
#include "models/PricingSummary.h"
#include "models/ProductDocument.h"
#include "services/providers/Registry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlRecord>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <map>
#include <atomic>
#include <optional>

namespace pb {

namespace {

// A null QString binds as SQL NULL; text columns hold '' instead.
QString text(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
QString stamp(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime unstamp(const QString& s) { return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs); }

// The sync state as SQL, derived from the link and the product's version.
const char* const kSyncStateSql =
    "CASE WHEN s.state IS NULL THEN 'draft' "
    "WHEN s.state = 'synced' AND p.version > s.synced_version THEN 'changed' ELSE s.state END";

QString searchText(const CatalogEntry& e, const QString& summary)
{
    return (e.product.name + u' ' + summary).toLower();
}

} // namespace

QString syncStateKey(SyncState s)
{
    switch (s) {
    case SyncState::Draft: return QStringLiteral("draft");
    case SyncState::Submitting: return QStringLiteral("submitting");
    case SyncState::Synced: return QStringLiteral("synced");
    case SyncState::Changed: return QStringLiteral("changed");
    case SyncState::Failed: return QStringLiteral("failed");
    case SyncState::OutcomeUnknown: return QStringLiteral("unknown");
    }
    return {};
}

QString syncStateLabel(SyncState s)
{
    switch (s) {
    case SyncState::Draft: return Catalog::tr("Draft");
    case SyncState::Submitting: return Catalog::tr("Submitting");
    case SyncState::Synced: return Catalog::tr("Synced");
    case SyncState::Changed: return Catalog::tr("Changed since sync");
    case SyncState::Failed: return Catalog::tr("Failed");
    case SyncState::OutcomeUnknown: return Catalog::tr("Outcome unknown");
    }
    return {};
}

std::optional<SyncState> syncStateFromKey(const QString& key)
{
    for (SyncState s : { SyncState::Draft, SyncState::Submitting, SyncState::Synced, SyncState::Changed,
                         SyncState::Failed, SyncState::OutcomeUnknown })
        if (syncStateKey(s) == key)
            return s;
    return std::nullopt;
}

Catalog::~Catalog() { close(); }

QString Catalog::newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

bool Catalog::open(const QString& location, QString* error, const QString& password)
{
    close();
    static std::atomic<int> counter { 0 };
    m_connection = QStringLiteral("pricebook-catalog-%1").arg(++counter);
    m_readOnly = false;
    m_db = Database::open(location, m_connection, error, Database::kLatestVersion, password, &m_readOnly);
    if (!m_db.isValid()) {
        m_connection.clear();
        return false;
    }
    m_sql = &SqlDialect::of(m_db);
    m_path = location;
    return true;
}

bool Catalog::reconnect(QString* error)
{
    if (!isServer())
        return false;
    // Same connection name and settings (and the password given to open()): only the session is new.
    m_statements.clear();
    m_unprepared.reset();
    m_db.close();
    if (!m_db.open()) {
        *error = tr("The team catalog %1 cannot be reached: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    return m_sql->prepare(m_db, error);
}

QSqlQuery& Catalog::statement(const QString& sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    auto q = std::make_shared<QSqlQuery>(m_db);
    if (!q->prepare(sql)) {
        m_unprepared = q; // its exec() fails with the prepare's error
        return *m_unprepared;
    }
    m_statements.insert(sql, q);
    return *q;
}

bool Catalog::isReachable()
{
    if (!isServer() || !isOpen())
        return isOpen();
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1"));
}

bool Catalog::isServer() const { return m_db.isValid() && m_sql && m_sql->isServer(); }

const SqlDialect& Catalog::dialect() const { return *m_sql; }

QString Catalog::defaultAuthor()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return tr("unknown user");
}

void Catalog::close()
{
    m_statements.clear();
    m_unprepared.reset();
    if (m_connection.isEmpty())
        return;
    m_db = QSqlDatabase();
    Database::close(m_connection);
    m_connection.clear();
}

bool Catalog::isOpen() const { return m_db.isValid() && m_db.isOpen(); }

qint64 Catalog::changeCounter()
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString Catalog::integrityCheck() const
{
    if (!isOpen())
        return tr("The catalog is not open.");
    return m_sql->integrityCheck(m_db);
}

bool Catalog::beginWrite(QString* error)
{
    if (m_readOnly) {
        *error = tr("the catalog %1 is read-only here (its file or folder cannot be written); nothing was changed")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // Another process writing (an import, a push) holds the lock: each try waits the busy timeout
    // (5 s); after 30 s of that the error says who is in the way instead of "database is locked".
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QString why;
        if (m_sql->beginWrite(m_db, &why))
            return true;
        const int code = m_db.lastError().nativeErrorCode().toInt() & 0xff; // the primary code of an extended one
        const bool busy = !isServer() && (code == 5 || code == 6 || why.contains(QStringLiteral("database is locked")));
        if (!busy) {
            *error = why;
            return false;
        }
        if (waited.elapsed() >= kWriteWaitMs) {
            *error = tr("another Pricebook process has been writing to the catalog for %1 s and is not done (%2); "
                        "nothing was changed — try again when it has finished")
                         .arg(waited.elapsed() / 1000)
                         .arg(why);
            return false;
        }
    }
}

bool Catalog::commitWrite()
{
    QString error;
    if (!m_sql->announceChange(m_db, &error))
        return fail(error);
    if (!m_db.commit())
        return fail(m_sql->describe(m_db.lastError()));
    return true;
}

bool Catalog::announce()
{
    QString error;
    return m_sql->announceChange(m_db, &error) || fail(error);
}

bool Catalog::fail(const QString& what)
{
    m_error = what;
    if (m_db.isValid())
        m_db.rollback();
    return false;
}

// ---- accounts ----

QList<Account> Catalog::accounts()
{
    QList<Account> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT * FROM accounts ORDER BY %1, id").arg(m_sql->noCase(QStringLiteral("name"))))) {
        m_error = q.lastError().text();
        return out;
    }
    const QSqlRecord columns = q.record();
    auto column = [&q, &columns](const char* name) { return q.value(columns.indexOf(QLatin1String(name))); };
    while (q.next()) {
        Account a;
        a.id = column("id").toString();
        a.target.provider = Provider(column("provider").toString());
        a.name = column("name").toString();
        a.target.baseUrl = column("base_url").toString();
        a.keyEnvVar = column("key_env").toString();
        a.sandbox = column("sandbox").toBool();
        a.created = unstamp(column("created_at").toString());
        a.updated = unstamp(column("updated_at").toString());
        const QJsonObject settings = QJsonDocument::fromJson(column("settings").toString().toUtf8()).object();
        for (const AccountField& f : adapterFor(a.target.provider).accountFields()) {
            // Saved since format 6: in settings (even when empty); before: in a column of its own.
            const int legacy = f.legacyColumn.isEmpty() ? -1 : columns.indexOf(f.legacyColumn);
            const QVariant old = legacy >= 0 ? q.value(legacy) : QVariant();
            const QString value = settings.contains(f.key) ? settings.value(f.key).toString()
                                : f.flag                   ? (old.toInt() != 0 ? QStringLiteral("true") : QString())
                                                           : old.toString();
            a.target.set(f.key, value);
        }
        out.append(a);
    }
    return out;
}

std::optional<Account> Catalog::account(const QString& id)
{
    for (const Account& a : accounts())
        if (a.id == id)
            return a;
    return std::nullopt;
}

bool Catalog::saveAccount(Account& a)
{
    if (a.id.isEmpty())
        a.id = newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.created.isValid())
        a.created = now;
    a.updated = now;
    QSqlQuery q(m_db);
    // Every field of the provider is written, empty ones too, so a value cleared since format 6
    // never comes back from the older columns.
    QJsonObject settings;
    for (const AccountField& f : adapterFor(a.target.provider).accountFields())
        settings.insert(f.key, a.target.setting(f.key));
    q.prepare(QStringLiteral("INSERT INTO accounts(id, provider, name, base_url, settings, key_env, sandbox, created_at, updated_at)"
                             " VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET provider=excluded.provider,"
                             " name=excluded.name, base_url=excluded.base_url, settings=excluded.settings,"
                             " key_env=excluded.key_env, sandbox=excluded.sandbox, updated_at=excluded.updated_at"));
    for (const QVariant& v : { QVariant(a.id), QVariant(text(providerKey(a.target.provider))), QVariant(text(a.name)), QVariant(text(a.target.baseUrl)),
                               QVariant(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact))), QVariant(text(a.keyEnvVar)),
                               QVariant(a.sandbox ? 1 : 0), QVariant(stamp(a.created)), QVariant(stamp(a.updated)) })
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("Could not save the account: %1").arg(q.lastError().text()));
    return announce();
}

bool Catalog::removeAccount(const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Could not remove the account: %1").arg(q.lastError().text()));
    return announce();
}

// ---- products ----

namespace {

// A product from the columns provider, account_id, document, version, created_at, updated_at,
// updated_by at `first`.
CatalogEntry entryFrom(const QSqlQuery& q, const QString& id, int first)
{
    CatalogEntry e;
    e.id = id;
    e.provider = Provider(q.value(first).toString());
    e.accountId = q.value(first + 1).toString();
    // Written by ProductDocument::toObject: one product, amounts as integers (no decimal
    // literals to look for, as a file from elsewhere might have).
    const QJsonDocument json = QJsonDocument::fromJson(q.value(first + 2).toByteArray());
    const DocumentReadResult doc = ProductDocument::fromObject(json.object());
    if (!doc.products.isEmpty())
        e.product = doc.products.first();
    e.version = q.value(first + 3).toLongLong();
    e.created = unstamp(q.value(first + 4).toString());
    e.updated = unstamp(q.value(first + 5).toString());
    e.updatedBy = q.value(first + 6).toString();
    return e;
}

// A product's row as read, its document still text: made into the entry apart from the query,
// so that many can be made at once on all cores.
struct StoredRow {
    QString id, provider, accountId;
    QByteArray document;
    qint64 version = 0;
    QString created, updated, updatedBy;
};

CatalogEntry entryOf(const StoredRow& r)
{
    CatalogEntry e;
    e.id = r.id;
    e.provider = Provider(r.provider);
    e.accountId = r.accountId;
    const DocumentReadResult doc = ProductDocument::fromObject(QJsonDocument::fromJson(r.document).object());
    if (!doc.products.isEmpty())
        e.product = doc.products.first();
    e.version = r.version;
    e.created = unstamp(r.created);
    e.updated = unstamp(r.updated);
    e.updatedBy = r.updatedBy;
    return e;
}

} // namespace

std::optional<CatalogEntry> Catalog::product(const QString& id)
{
    // Prepared once per connection: a push reads each product it claims.
    QSqlQuery& q = statement(QStringLiteral("SELECT provider, account_id, document, version, created_at, updated_at, updated_by FROM products WHERE id = ?"));
    q.addBindValue(id);
    const auto done = qScopeGuard([&q] { q.finish(); }); // the statement reads nothing more until it runs again
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid()) // a damaged file, not a missing product
            m_error = q.lastError().text();
        return std::nullopt;
    }
    return entryFrom(q, id, 0);
}

QList<CatalogEntry> Catalog::products(const QStringList& ids)
{
    constexpr qsizetype kBatch = 250;
    QList<CatalogEntry> out;
    out.reserve(ids.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    qsizetype prepared = -1;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const qsizetype n = qMin(kBatch, ids.size() - from);
        if (n != prepared) {
            QStringList marks(n, QStringLiteral("?"));
            // SQLite hands the document over as its UTF-8 bytes when asked for a blob, not as
            // text turned into UTF-16 and back for the JSON reader.
            if (!q.prepare(QStringLiteral("SELECT id, provider, account_id, %1, version, created_at, updated_at, updated_by"
                                          " FROM products WHERE id IN (%2)")
                               .arg(m_sql->isServer() ? QStringLiteral("document") : QStringLiteral("CAST(document AS BLOB)"), marks.join(u',')))) {
                m_error = q.lastError().text();
                return out;
            }
            prepared = n;
        }
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), ids.at(from + i));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        QList<StoredRow> rows;
        rows.reserve(n);
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray(),
                          q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString() });
        if (q.lastError().isValid()) { // the rows stopped early: a damaged page
            m_error = q.lastError().text();
            return out;
        }
        // Reading the documents is most of the work: on all cores when there are many.
        const QList<CatalogEntry> entries = rows.size() >= 32 ? QtConcurrent::blockingMapped(rows, entryOf) : [&] {
            QList<CatalogEntry> one;
            for (const StoredRow& r : std::as_const(rows))
                one.append(entryOf(r));
            return one;
        }();
        QHash<QString, qsizetype> at;
        at.reserve(entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i)
            at.insert(entries.at(i).id, i);
        for (qsizetype i = 0; i < n; ++i)
            if (auto it = at.constFind(ids.at(from + i)); it != at.constEnd())
                out.append(entries.at(*it));
    }
    return out;
}

namespace {

QString documentText(const Product& p)
{
    return QString::fromUtf8(QJsonDocument(ProductDocument::toObject(p)).toJson(QJsonDocument::Compact));
}

// In the language and formats of the window (the catalog list shows it and searches it); the
// C locale, where nothing chose one, reads as US English.
QLocale summaryLocale()
{
    return QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
}

enum class Written { Yes, Conflict, Failed };

// Writes products one after another with statements prepared once, so a transaction of many
// products costs one statement execution each, not a parse and plan each.
// Saving compares and sets the version: an entry read at version N is written only while the
// catalog still holds version N (then N + 1), and a new entry (version 0) only while its id is
// free. Anything else was changed meanwhile by someone else: a conflict, nothing written.
// Restoring (keepVersion) puts the entry back as it was, version and all.
class ProductWriter
{
public:
    ProductWriter(const QSqlDatabase& db, const QString& author)
        : m_db(db)
        , m_author(author)
    {
    }

    Written write(CatalogEntry& e, bool keepVersion, QString* error)
    {
        if (e.id.isEmpty())
            e.id = Catalog::newId();
        normalize(e.product);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!e.created.isValid())
            e.created = now;
        const QString document = documentText(e.product);
        // An entry read from the catalog and saved unchanged keeps its version (and with it
        // "Synced"). A new one is looked at only when its id turns out to be taken.
        if (!keepVersion && e.version > 0 && isStoredAsIs(e, document))
            return Written::Yes;
        const QString summary = PricingSummary::describe(e.product, m_locale);
        const QDateTime updated = keepVersion ? e.updated : now;
        const QString by = keepVersion ? e.updatedBy : m_author;
        QSqlQuery* q = nullptr;
        if (keepVersion || e.version == 0) {
            q = keepVersion ? prepared(m_restore, kRestore) : prepared(m_insert, kInsert);
            if (!q) {
                *error = m_prepareError;
                return Written::Failed;
            }
            q->bindValue(0, e.id);
            q->bindValue(1, text(providerKey(e.provider)));
            q->bindValue(2, e.accountId.isEmpty() ? QVariant() : QVariant(e.accountId));
            q->bindValue(3, text(e.product.name));
            q->bindValue(4, text(e.product.status));
            q->bindValue(5, summary);
            q->bindValue(6, document);
            q->bindValue(7, keepVersion ? e.version : qint64(1));
            q->bindValue(8, stamp(e.created));
            q->bindValue(9, stamp(updated));
            q->bindValue(10, searchText(e, summary));
            q->bindValue(11, text(by));
        } else {
            q = prepared(m_update, kUpdate);
            if (!q) {
                *error = m_prepareError;
                return Written::Failed;
            }
            q->bindValue(0, text(providerKey(e.provider)));
            q->bindValue(1, e.accountId.isEmpty() ? QVariant() : QVariant(e.accountId));
            q->bindValue(2, text(e.product.name));
            q->bindValue(3, text(e.product.status));
            q->bindValue(4, summary);
            q->bindValue(5, document);
            q->bindValue(6, stamp(updated));
            q->bindValue(7, searchText(e, summary));
            q->bindValue(8, text(by));
            q->bindValue(9, e.id);
            q->bindValue(10, e.version);
        }
        if (!q->exec()) {
            *error = q->lastError().text();
            return Written::Failed;
        }
        if (!keepVersion && q->numRowsAffected() != 1) {
            // A new entry whose id is taken by exactly this product was saved already.
            if (e.version == 0 && isStoredAsIs(e, document))
                return Written::Yes;
            return Written::Conflict;
        }
        if (!keepVersion) {
            e.version += 1;
            e.updated = updated;
            e.updatedBy = by;
        }
        return Written::Yes;
    }

    // Inserts new entries whose ids are free, many to a statement. The search index's triggers
    // then run inside one statement per batch: SQLite's full-text table flushes what it holds at
    // the end of every statement that writes it, so one statement a product made a segment of
    // the index a product. The fields are computed on all cores first, and bound with SQLite's
    // own API (SqliteStatement). When a constraint refuses a row (the statement is undone whole),
    // fewer rows went in than given, or the connection is not one SQLite's API can reach,
    // *oneByOne says so and the caller writes the batch one by one, which names the product that
    // fails; after any other failure the transaction may be gone, and the caller ends the save.
    bool insertNew(const QList<CatalogEntry*>& batch, QString* error, bool* oneByOne)
    {
        *oneByOne = false;
        SqliteStatement* statement = insertMany(int(batch.size()), error);
        if (!statement) {
            *oneByOne = !m_connection;
            return false;
        }
        struct Pending {
            CatalogEntry* e;
            QString provider, created, document, summary, search;
        };
        QList<Pending> pending;
        pending.reserve(batch.size());
        for (CatalogEntry* e : batch)
            pending.append({ e, {}, {}, {}, {}, {} });
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QtConcurrent::blockingMap(pending, [&](Pending& p) {
            if (p.e->id.isEmpty())
                p.e->id = Catalog::newId();
            normalize(p.e->product);
            if (!p.e->created.isValid())
                p.e->created = now;
            p.provider = providerKey(p.e->provider);
            p.created = stamp(p.e->created);
            p.document = documentText(p.e->product);
            p.summary = PricingSummary::describe(p.e->product, m_locale);
            p.search = searchText(*p.e, p.summary);
        });
        // Every bound text stays as it is until the statement has run: bound, not copied.
        const QString updated = stamp(now);
        int at = 1;
        for (const Pending& p : std::as_const(pending)) {
            const CatalogEntry& e = *p.e;
            statement->bind(at++, e.id);
            statement->bind(at++, p.provider);
            if (e.accountId.isEmpty())
                statement->bindNull(at++);
            else
                statement->bind(at++, e.accountId);
            statement->bind(at++, e.product.name);
            statement->bind(at++, e.product.status);
            statement->bind(at++, p.summary);
            statement->bind(at++, p.document);
            statement->bind(at++, qint64(1));
            statement->bind(at++, p.created);
            statement->bind(at++, updated);
            statement->bind(at++, p.search);
            statement->bind(at++, m_author);
        }
        QSqlError failure;
        if (!statement->run(&failure)) {
            *error = failure.databaseText();
            // A constraint refused a row: the statement alone is undone, and the rows written one
            // by one say which. Any other failure (a full disk, a failing write, no memory) may
            // have undone the whole transaction: nothing more is written in it.
            *oneByOne = (failure.nativeErrorCode().toInt() & 0xff) == 19; // SQLITE_CONSTRAINT
            return false;
        }
        if (statement->changes() != pending.size()) { // an id taken after all: those rows are looked at one by one
            *error = Catalog::tr("not every new product was written");
            *oneByOne = true;
            return false;
        }
        for (const Pending& p : std::as_const(pending)) {
            p.e->version = 1;
            p.e->updated = now;
            p.e->updatedBy = m_author;
        }
        return true;
    }

    // The ids of `ids` that products have already, with one statement (prepared once a size).
    bool idsTaken(const QStringList& ids, QSet<QString>* taken, QString* error)
    {
        auto it = m_idsTaken.find(int(ids.size()));
        if (it == m_idsTaken.end()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.prepare(QStringLiteral("SELECT id FROM products WHERE id IN (%1)").arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')))) {
                *error = q.lastError().text();
                return false;
            }
            it = m_idsTaken.emplace(int(ids.size()), std::move(q)).first;
        }
        QSqlQuery& q = it->second;
        for (qsizetype i = 0; i < ids.size(); ++i)
            q.bindValue(int(i), ids.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            taken->insert(q.value(0).toString());
        q.finish();
        return true;
    }

private:
    // The INSERT of `rows` new products, prepared once a size. Null when SQLite's API cannot
    // reach the connection (*error empty) or the statement does not prepare.
    SqliteStatement* insertMany(int rows, QString* error)
    {
        if (!m_connection)
            return nullptr;
        auto it = m_insertMany.find(rows);
        if (it == m_insertMany.end()) {
            const QStringList values(rows, QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?)"));
            SqliteStatement statement;
            QSqlError failure;
            if (!statement.prepare(m_connection,
                                   QStringLiteral("INSERT INTO products(id, provider, account_id, name, status, summary, document, version,"
                                                  " created_at, updated_at, search, updated_by) VALUES %1 ON CONFLICT(id) DO NOTHING")
                                       .arg(values.join(u',')),
                                   &failure)) {
                *error = failure.databaseText();
                return nullptr;
            }
            it = m_insertMany.emplace(rows, std::move(statement)).first;
        }
        return &it->second;
    }

    static constexpr const char* kInsert = "INSERT INTO products(id, provider, account_id, name, status, summary, document, version,"
                                           " created_at, updated_at, search, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"
                                           " ON CONFLICT(id) DO NOTHING";
    static constexpr const char* kRestore = "INSERT INTO products(id, provider, account_id, name, status, summary, document, version,"
                                            " created_at, updated_at, search, updated_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"
                                            " ON CONFLICT(id) DO UPDATE SET provider=excluded.provider, account_id=excluded.account_id,"
                                            " name=excluded.name, status=excluded.status, summary=excluded.summary,"
                                            " document=excluded.document, version=excluded.version, updated_at=excluded.updated_at,"
                                            " search=excluded.search, updated_by=excluded.updated_by";
    static constexpr const char* kUpdate = "UPDATE products SET provider = ?, account_id = ?, name = ?, status = ?, summary = ?, document = ?,"
                                           " version = version + 1, updated_at = ?, search = ?, updated_by = ? WHERE id = ? AND version = ?";
    static constexpr const char* kStored = "SELECT version, updated_at, created_at, updated_by FROM products WHERE id = ? AND provider = ?"
                                           " AND coalesce(account_id, '') = ? AND document = ?";

    QSqlQuery* prepared(std::optional<QSqlQuery>& q, const char* sql)
    {
        if (!q) {
            q.emplace(m_db);
            if (!q->prepare(QLatin1String(sql))) {
                m_prepareError = q->lastError().text();
                q.reset();
                return nullptr;
            }
        }
        return &*q;
    }

    // True when the catalog already holds `e` exactly (whatever its version); `e` then takes the
    // stored version, time and author.
    bool isStoredAsIs(CatalogEntry& e, const QString& document)
    {
        QSqlQuery* q = prepared(m_stored, kStored);
        if (!q)
            return false;
        q->bindValue(0, e.id);
        q->bindValue(1, providerKey(e.provider));
        q->bindValue(2, text(e.accountId));
        q->bindValue(3, document);
        const bool found = q->exec() && q->next();
        if (found) {
            e.version = q->value(0).toLongLong();
            e.updated = unstamp(q->value(1).toString());
            e.created = unstamp(q->value(2).toString());
            e.updatedBy = q->value(3).toString();
        }
        q->finish();
        return found;
    }

    QSqlDatabase m_db;
    QString m_author;
    const QLocale m_locale = summaryLocale();
    std::optional<QSqlQuery> m_insert, m_restore, m_update, m_stored;
    sqlite3* const m_connection = SqliteStatement::connectionOf(m_db);
    std::map<int, SqliteStatement> m_insertMany; // by rows per statement
    std::map<int, QSqlQuery> m_idsTaken;   // by ids per statement
    QString m_prepareError;
};

Written writeProduct(QSqlDatabase& db, CatalogEntry& e, bool keepVersion, const QString& author, QString* error)
{
    return ProductWriter(db, author).write(e, keepVersion, error);
}

} // namespace

bool Catalog::saveProduct(CatalogEntry& entry)
{
    QList<CatalogEntry> one { entry };
    if (!saveProducts(one))
        return false;
    entry = one.first();
    return true;
}

bool Catalog::saveProducts(QList<CatalogEntry>& entries)
{
    m_conflicts.clear();
    QString error;
    if (!beginWrite(&error))
        return fail(tr("Could not save: %1").arg(error));
    // Saved in place (a copy of many products would double the memory they take): what saving
    // stamps on an entry is put back if the save fails. Their products stay normalized, which
    // changes only the order of members whose order means nothing.
    struct Stamp {
        QString id;
        qint64 version;
        QDateTime created, updated;
        QString updatedBy;
    };
    QList<Stamp> stamps;
    stamps.reserve(entries.size());
    for (const CatalogEntry& e : std::as_const(entries))
        stamps.append({ e.id, e.version, e.created, e.updated, e.updatedBy });
    auto unstampOnFailure = qScopeGuard([&] {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            CatalogEntry& e = entries[i];
            const Stamp& was = stamps.at(i);
            e.id = was.id;
            e.version = was.version;
            e.created = was.created;
            e.updated = was.updated;
            e.updatedBy = was.updatedBy;
        }
    });
    QList<CatalogEntry>& written = entries;
    // Only new products, many of them: the search index is filled once, after they are all in.
    constexpr qsizetype kDeferIndexFrom = 1000;
    SqlDialect::DeferredIndex deferred;
    if (entries.size() >= kDeferIndexFrom && std::all_of(entries.cbegin(), entries.cend(), [this](const CatalogEntry& e) {
            return e.version == 0 && (e.id.isEmpty() || !m_written.contains(e.id));
        })
        && !m_sql->deferIndexing(m_db, &deferred, &error))
        return fail(tr("Could not save: %1").arg(error));
    ProductWriter writer(m_db, m_author);
    // In chunks: the chunk's new products whose ids are free (and named once in the chunk) are
    // inserted together, the others then one by one in their order. Products of different ids
    // do not touch each other, so what is written is what one by one would write.
    // 250 products, 3,000 values a statement (SQLite takes up to 32,766). The size was chosen
    // when Qt bound the values: it named each placeholder, and SQLite looked every name up among
    // those before it, so 1,000 products a statement cost more than the fewer full-text flushes
    // saved. Bound with SQLite's own API the placeholders are anonymous; the size stayed.
    constexpr qsizetype kChunk = 250;
    for (qsizetype from = 0; from < written.size(); from += kChunk) {
        const qsizetype to = qMin(from + kChunk, written.size());
        QHash<QString, int> named;
        for (qsizetype i = from; i < to; ++i) {
            CatalogEntry& e = written[i];
            // An edit based on a version this connection wrote itself (the window's autosave keeps
            // the version its edit started from) is based on what it knows, not stale.
            e.version = std::max(e.version, m_written.value(e.id, 0));
            if (e.id.isEmpty())
                e.id = newId();
            ++named[e.id];
        }
        QList<CatalogEntry*> fresh;
        // Only where the statement fails alone: PostgreSQL ends the whole transaction.
        if (to - from > 1 && !m_sql->isServer()) {
            QSet<QString> taken;
            if (!writer.idsTaken(named.keys(), &taken, &error))
                return fail(tr("Could not save: %1").arg(error));
            for (qsizetype i = from; i < to; ++i) {
                CatalogEntry& e = written[i];
                if (e.version == 0 && named.value(e.id) == 1 && !taken.contains(e.id))
                    fresh.append(&e);
            }
            bool oneByOne = false;
            if (fresh.size() > 1 && !writer.insertNew(fresh, &error, &oneByOne)) {
                if (!oneByOne)
                    return fail(tr("Could not save: %1").arg(m_sql->describe(QSqlError(QString(), error))));
                fresh.clear(); // written one by one below, which names the product that fails
            } else if (fresh.size() == 1) {
                fresh.clear();
            }
        }
        const QSet<CatalogEntry*> done(fresh.begin(), fresh.end());
        for (qsizetype i = from; i < to; ++i) {
            CatalogEntry& e = written[i];
            if (done.contains(&e))
                continue;
            switch (writer.write(e, false, &error)) {
            case Written::Yes: break;
            case Written::Failed: return fail(tr("Could not save “%1”: %2").arg(e.product.name, error));
            case Written::Conflict: m_conflicts.append({ e, product(e.id) }); break;
            }
        }
    }
    if (!m_conflicts.isEmpty()) {
        const SaveConflict& first = m_conflicts.first();
        const QString message = first.theirs
            ? tr("“%1” was changed by %2 at %3 while you edited it (you started from version %4, the catalog holds %5); nothing was saved.")
                  .arg(first.mine.product.name, first.theirs->updatedBy.isEmpty() ? tr("someone else") : first.theirs->updatedBy,
                       first.theirs->updated.toLocalTime().toString(Qt::ISODate))
                  .arg(first.mine.version)
                  .arg(first.theirs->version)
            : first.mine.version == 0 ? tr("A product with the id %1 is in the catalog already; nothing was saved.").arg(first.mine.id)
                                      : tr("“%1” was deleted by someone else while you edited it; nothing was saved.").arg(first.mine.product.name);
        QList<SaveConflict> conflicts = m_conflicts;
        fail(m_conflicts.size() == 1 ? message : tr("%1 (and %n more conflict(s))", nullptr, int(m_conflicts.size() - 1)).arg(message));
        m_conflicts = conflicts;
        return false;
    }
    if (!m_sql->catchUpIndexing(m_db, deferred, &error))
        return fail(tr("Could not save: %1").arg(error));
    if (!commitWrite())
        return fail(tr("Could not save: %1").arg(m_error));
    unstampOnFailure.dismiss();
    for (const CatalogEntry& e : std::as_const(written))
        m_written.insert(e.id, e.version);
    return true;
}

bool Catalog::restoreProduct(const CatalogEntry& entry)
{
    CatalogEntry e = entry;
    QString error;
    if (!beginWrite(&error))
        return fail(error);
    if (writeProduct(m_db, e, true, m_author, &error) != Written::Yes)
        return fail(tr("Could not restore “%1”: %2").arg(e.product.name, error));
    if (!commitWrite())
        return false;
    m_written.insert(e.id, e.version);
    return true;
}

namespace {

QList<QVariantMap> tableRows(QSqlDatabase& db, const QString& table, const QString& id)
{
    QList<QVariantMap> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE product_id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), r.value(i));
        out.append(row);
    }
    return out;
}

// Each row put back as it was: inserted, or written over the row with the same key.
bool insertRows(QSqlDatabase& db, const QString& table, const QStringList& key, const QList<QVariantMap>& rows, QString* error)
{
    for (const QVariantMap& row : rows) {
        const QStringList columns = row.keys();
        QStringList assignments;
        for (const QString& c : columns)
            if (!key.contains(c))
                assignments << QStringLiteral("%1=excluded.%1").arg(c);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(%4) %5")
                      .arg(table, columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u','), key.join(u','),
                           assignments.isEmpty() ? QStringLiteral("DO NOTHING") : QStringLiteral("DO UPDATE SET ") + assignments.join(u',')));
        for (const QString& c : columns)
            q.addBindValue(row.value(c));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<Catalog::ProductSnapshot> Catalog::snapshot(const QString& id)
{
    const auto e = product(id);
    if (!e)
        return std::nullopt;
    return ProductSnapshot { *e, tableRows(m_db, QStringLiteral("sync_links"), id), tableRows(m_db, QStringLiteral("history"), id) };
}

bool Catalog::restoreSnapshot(const ProductSnapshot& snapshot)
{
    CatalogEntry e = snapshot.entry;
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    QString error;
    if (writeProduct(m_db, e, true, m_author, &error) != Written::Yes
        || !insertRows(m_db, QStringLiteral("sync_links"), { QStringLiteral("product_id"), QStringLiteral("account_id") }, snapshot.links, &error)
        || !insertRows(m_db, QStringLiteral("history"), { QStringLiteral("id") }, snapshot.history, &error)) {
        m_db.rollback();
        return fail(tr("Could not restore “%1”: %2").arg(e.product.name, error));
    }
    if (!commitWrite())
        return false;
    m_written.insert(e.id, e.version);
    return true;
}

bool Catalog::removeProduct(const QString& id, qint64 expectedVersion)
{
    m_conflicts.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM products WHERE id = ?%1").arg(expectedVersion > 0 ? QStringLiteral(" AND version = ?") : QString()));
    q.addBindValue(id);
    if (expectedVersion > 0)
        q.addBindValue(expectedVersion);
    if (!q.exec())
        return fail(tr("Could not delete the product: %1").arg(q.lastError().text()));
    if (expectedVersion > 0 && q.numRowsAffected() != 1) {
        if (const auto theirs = product(id)) {
            CatalogEntry mine = *theirs;
            mine.version = expectedVersion;
            m_conflicts.append({ mine, theirs });
            m_error = tr("“%1” was changed by %2 since you looked at it; it was not deleted.")
                          .arg(theirs->product.name, theirs->updatedBy.isEmpty() ? tr("someone else") : theirs->updatedBy);
            return false;
        }
        return true; // gone already: what was asked for
    }
    m_written.remove(id); // a new product of that id starts again from nothing
    return announce();
}

int Catalog::productCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM products")) && q.next() ? q.value(0).toInt() : 0;
}

// ---- listing ----

namespace {

// The search of a filter: the lowercase needle, and whether the full-text index answers it.
// The trigram index finds exactly the rows whose search text holds the needle when the needle
// has three characters or more (a phrase of its trigrams, each following the last); a shorter
// needle has no trigram, and is looked for in every row as before.
struct Search {
    QString needle;
    bool indexed = false;
};

Search searchOf(const ListFilter& f, const SqlDialect& sql)
{
    Search s;
    s.needle = f.text.trimmed().toLower();
    s.indexed = sql.hasFullTextIndex() && s.needle.toUcs4().size() >= 3;
    return s;
}

// The needle as an FTS5 query: one quoted phrase, in which only '"' means anything (doubled).
QString phraseOf(const QString& needle)
{
    QString quoted = needle;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// The conditions of a filter; an indexed search is the full-text table's MATCH (which then
// drives the query, see fromClause), any other the substring LIKE on the search text.
QString whereClause(const ListFilter& f, const Search& search, QVariantList* binds)
{
    QStringList where;
    if (search.indexed) {
        where << QStringLiteral("products_fts MATCH ?");
        binds->append(phraseOf(search.needle));
    } else if (!search.needle.isEmpty()) {
        QString needle = search.needle;
        needle.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        where << QStringLiteral("p.search LIKE ? ESCAPE '\\'");
        binds->append(u'%' + needle + u'%');
    }
    if (f.provider) {
        where << QStringLiteral("p.provider = ?");
        binds->append(providerKey(*f.provider));
    }
    if (!f.accountId.isEmpty()) {
        where << QStringLiteral("p.account_id = ?");
        binds->append(f.accountId);
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("p.status = ?");
        binds->append(f.status);
    }
    if (f.syncState) {
        where << QStringLiteral("(%1) = ?").arg(QLatin1String(kSyncStateSql));
        binds->append(syncStateKey(*f.syncState));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString orderClause(const ListFilter& f, const SqlDialect& sql)
{
    const QString dir = f.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (f.sortColumn) {
    case ListFilter::Name: column = sql.noCase(QStringLiteral("p.name")); break;
    case ListFilter::Provider: column = QStringLiteral("p.provider"); break;
    case ListFilter::Account: column = sql.noCase(QStringLiteral("a.name")); break;
    case ListFilter::Summary: column = QStringLiteral("p.summary"); break;
    case ListFilter::Sync: column = QStringLiteral("sync_state"); break;
    case ListFilter::Updated: column = QStringLiteral("p.updated_at"); break;
    }
    return QStringLiteral(" ORDER BY %1 %2, p.id %2").arg(column, dir);
}

const char* const kJoins = " LEFT JOIN accounts a ON a.id = p.account_id"
                           " LEFT JOIN sync_links s ON s.product_id = p.id AND s.account_id = p.account_id";

// An indexed search starts from the index's matches (CROSS JOIN keeps that order of the loops):
// the products are read by rowid for the matches only.
QString fromClause(const Search& search, bool joins = true)
{
    const QString products = search.indexed ? QStringLiteral(" FROM products_fts CROSS JOIN products p ON p.rowid = products_fts.rowid")
                                            : QStringLiteral(" FROM products p");
    return joins ? products + QLatin1String(kJoins) : products;
}

// Whether the filter or the order reads the account or the sync link. Each product has at most
// one of each (both are joined on their keys), so without them the rows and their count are the
// same, and are found from the products table and its indexes alone.
bool needsJoins(const ListFilter& f)
{
    return f.syncState || f.sortColumn == ListFilter::Account || f.sortColumn == ListFilter::Sync;
}

} // namespace

int Catalog::count(const ListFilter& filter)
{
    const Search search = searchOf(filter, *m_sql);
    QVariantList binds;
    const QString where = whereClause(filter, search, &binds);
    // Nothing but an indexed search: the index counts its matches without reading a product.
    const bool indexOnly = search.indexed && binds.size() == 1;
    const QString sql = indexOnly ? QStringLiteral("SELECT count(*) FROM products_fts") + where
                                  : QStringLiteral("SELECT count(*)") + fromClause(search, needsJoins(filter)) + where;
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

namespace {

// Whether a window of the list is found sooner from the index's matches (read each, sort them,
// take the window) or by walking the sort column's index and testing each product's text until
// the window is full. The walk pays for the products it passes, about (offset + limit) * N / M
// for M matches among N; reading the matches pays M. So the matches drive unless there are more
// than the square root of (offset + limit) * N of them, and the sort column has an index to walk.
Search planSearch(QSqlDatabase& db, const SqlDialect& sql, const ListFilter& filter, int offset, int limit)
{
    Search search = searchOf(filter, sql);
    if (!search.indexed || (filter.sortColumn != ListFilter::Name && filter.sortColumn != ListFilter::Updated))
        return search;
    QSqlQuery q(db);
    // max(rowid) reads one page, and is the number of products or a little more.
    if (!q.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM products")) || !q.next())
        return search;
    const double window = double(std::max(0, offset)) + double(std::clamp(limit, 1, 1 << 20));
    const qint64 cap = qint64(std::sqrt(window * double(q.value(0).toLongLong()))) + 1;
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM products_fts WHERE products_fts MATCH ? LIMIT ?)"));
    q.addBindValue(phraseOf(search.needle));
    q.addBindValue(cap);
    if (q.exec() && q.next() && q.value(0).toLongLong() >= cap)
        search.indexed = false;
    return search;
}

} // namespace

QList<CatalogRow> Catalog::rows(const ListFilter& filter, int offset, int limit)
{
    const Search search = planSearch(m_db, *m_sql, filter, offset, limit);
    QVariantList binds;
    const QString columns = QStringLiteral("SELECT p.id, p.name, p.provider, coalesce(a.name, ''), p.summary, %1 AS sync_state,"
                                           " p.status, p.updated_at")
                                .arg(QLatin1String(kSyncStateSql));
    const QString window = whereClause(filter, search, &binds) + orderClause(filter, *m_sql) + QStringLiteral(" LIMIT ? OFFSET ?");
    // Where the order and the filter need no join, the window's ids are found first, from the
    // sort column's index alone (a deep window then passes index entries, not joined rows), and
    // only those products are read with their account and link.
    const QString sql = needsJoins(filter)
        ? columns + fromClause(search) + window
        : columns + QStringLiteral(" FROM products p") + QLatin1String(kJoins) + QStringLiteral(" WHERE p.id IN (SELECT p.id")
            + fromClause(search, false) + window + u')' + orderClause(filter, *m_sql);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<CatalogRow> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    out.reserve(qBound(0, limit, 1000)); // "all rows" is asked as INT_MAX: reserve what a window needs, not that
    while (q.next()) {
        CatalogRow r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.provider = Provider(q.value(2).toString());
        r.accountName = q.value(3).toString();
        r.summary = q.value(4).toString();
        r.syncState = syncStateFromKey(q.value(5).toString()).value_or(SyncState::Draft);
        r.status = q.value(6).toString();
        r.updated = unstamp(q.value(7).toString());
        out.append(r);
    }
    if (q.lastError().isValid()) // the rows stopped early: a damaged page
        m_error = q.lastError().text();
    return out;
}

QStringList Catalog::ids(const ListFilter& filter)
{
    const Search search = planSearch(m_db, *m_sql, filter, 0, std::numeric_limits<int>::max());
    QVariantList binds;
    const bool joins = needsJoins(filter);
    const QString sql = QStringLiteral("SELECT p.id")
        + (joins ? QStringLiteral(", %1 AS sync_state").arg(QLatin1String(kSyncStateSql)) : QString()) + fromClause(search, joins)
        + whereClause(filter, search, &binds) + orderClause(filter, *m_sql);
    return firstColumn(sql, binds);
}

QStringList Catalog::firstColumn(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList out;
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    if (q.lastError().isValid()) // the rows stopped early: a damaged page
        m_error = q.lastError().text();
    return out;
}

void Catalog::summarizeNow(QList<CatalogRow>& rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const CatalogRow& r : std::as_const(rows))
        ids << r.id;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(rows.at(i).id, i);
    const QLocale locale = summaryLocale();
    for (const CatalogEntry& e : products(ids))
        if (auto it = at.constFind(e.id); it != at.cend())
            rows[*it].summary = PricingSummary::describe(e.product, locale);
}

QHash<QString, QString> Catalog::productsByRemoteId(const QString& accountId)
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT remote_id, product_id FROM sync_links WHERE account_id = ? AND remote_id <> '' ORDER BY product_id DESC"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QHash<QString, QString> Catalog::remoteIds()
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.product_id, s.remote_id FROM sync_links s JOIN products p ON p.id = s.product_id"
                               " AND p.account_id = s.account_id WHERE s.remote_id <> ''"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QStringList Catalog::productIdsNamed(const QString& accountId, const QString& name)
{
    return firstColumn(QStringLiteral("SELECT id FROM products WHERE coalesce(account_id, '') = ? AND %1 = %2 ORDER BY id")
                           .arg(m_sql->noCase(QStringLiteral("name")), m_sql->noCase(QStringLiteral("?"))),
                       { accountId, name });
}

QStringList Catalog::namesAmong(const QString& accountId, const QStringList& names)
{
    constexpr qsizetype kBatch = 250;
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    qsizetype prepared = -1;
    for (qsizetype from = 0; from < names.size(); from += kBatch) {
        const qsizetype n = qMin(kBatch, names.size() - from);
        if (n != prepared) {
            const QStringList marks(n, m_sql->noCase(QStringLiteral("?")));
            if (!q.prepare(QStringLiteral("SELECT DISTINCT name FROM products WHERE coalesce(account_id, '') = ? AND %1 IN (%2)")
                               .arg(m_sql->noCase(QStringLiteral("name")), marks.join(u',')))) {
                m_error = q.lastError().text();
                return out;
            }
            prepared = n;
        }
        q.bindValue(0, text(accountId));
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i) + 1, names.at(from + i));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

int Catalog::rowOf(const ListFilter& filter, const QString& id)
{
    const Search search = searchOf(filter, *m_sql); // every match is read: the index's matches drive
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT p.id, %1 AS sync_state").arg(QLatin1String(kSyncStateSql)) + fromClause(search)
        + whereClause(filter, search, &binds) + orderClause(filter, *m_sql);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    for (int row = 0; q.next(); ++row)
        if (q.value(0).toString() == id)
            return row;
    return -1;
}

// ---- sync ----

SyncLink Catalog::link(const QString& productId, const QString& accountId)
{
    SyncLink l;
    l.productId = productId;
    l.accountId = accountId;
    static const QString sql = QStringLiteral("SELECT s.remote_id, %1, s.synced_version, s.synced_at, s.submission, s.message, s.synced_document,"
                                              " s.claim_owner, s.claim_id, s.claim_since, s.claim_until FROM sync_links s JOIN products p ON p.id = s.product_id"
                                              " WHERE s.product_id = ? AND s.account_id = ?")
                                   .arg(QLatin1String(kSyncStateSql));
    QSqlQuery& q = statement(sql);
    q.addBindValue(productId);
    q.addBindValue(accountId);
    const auto done = qScopeGuard([&q] { q.finish(); });
    if (q.exec() && q.next()) {
        l.remoteId = q.value(0).toString();
        l.state = syncStateFromKey(q.value(1).toString()).value_or(SyncState::Draft);
        l.syncedVersion = q.value(2).toLongLong();
        l.syncedAt = unstamp(q.value(3).toString());
        l.submission = SubmissionState::fromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object());
        l.message = q.value(5).toString();
        const DocumentReadResult synced = ProductDocument::fromJson(q.value(6).toByteArray());
        if (!q.value(6).toString().isEmpty() && synced.ok() && synced.products.size() == 1)
            l.syncedProduct = synced.products.first();
        l.claim.owner = q.value(7).toString();
        l.claim.id = q.value(8).toString();
        if (l.claim.isHeld()) {
            l.claim.since = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
            l.claim.until = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
        }
    }
    return l;
}

QList<SyncLink> Catalog::links(const QString& productId)
{
    QList<SyncLink> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT account_id FROM sync_links WHERE product_id = ? ORDER BY account_id"));
    q.addBindValue(productId);
    if (q.exec())
        while (q.next())
            out.append(link(productId, q.value(0).toString()));
    return out;
}

namespace {

const char* const kUpsertLinkSql =
    "INSERT INTO sync_links(product_id, account_id, state, submission, message) VALUES(?,?,?,?,?)"
    " ON CONFLICT(product_id, account_id) DO UPDATE SET state=excluded.state,"
    " submission=excluded.submission, message=excluded.message";

bool upsertLink(QSqlQuery& q, const QString& productId, const QString& accountId, const QString& state,
                const SubmissionState& submission, const QString& message, QString* error)
{
    q.addBindValue(productId);
    q.addBindValue(accountId);
    q.addBindValue(state);
    q.addBindValue(QString::fromUtf8(QJsonDocument(submission.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(message));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool upsertLink(QSqlDatabase& db, const QString& productId, const QString& accountId, const QString& state,
                const SubmissionState& submission, const QString& message, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(kUpsertLinkSql));
    return upsertLink(q, productId, accountId, state, submission, message, error);
}

// Gives a claim back: only the one with this id, so a claim taken over meanwhile stays its holder's.
const char* const kClearClaimSql = "UPDATE sync_links SET claim_owner = '', claim_id = '', claim_since = 0, claim_until = 0"
                                   " WHERE product_id = ? AND account_id = ? AND claim_id = ?";

bool clearClaim(QSqlQuery& q, const QString& productId, const QString& accountId, const QString& claimId, QString* error)
{
    q.addBindValue(productId);
    q.addBindValue(accountId);
    q.addBindValue(claimId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool clearClaim(QSqlDatabase& db, const QString& productId, const QString& accountId, const QString& claimId, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(kClearClaimSql));
    return clearClaim(q, productId, accountId, claimId, error);
}

} // namespace

bool Catalog::beginSubmission(const QString& productId, const QString& accountId, const SubmissionState& state,
                              const QString& claimId)
{
    QString error;
    if (claimId.isEmpty()) {
        if (!upsertLink(m_db, productId, accountId, QStringLiteral("submitting"), state, QString(), &error))
            return fail(tr("Could not record the submission: %1").arg(error));
        return announce();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_links SET state = 'submitting', submission = ?, message = ''"
                             " WHERE product_id = ? AND account_id = ? AND claim_id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(productId);
    q.addBindValue(accountId);
    q.addBindValue(claimId);
    if (!q.exec())
        return fail(tr("Could not record the submission: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(tr("Could not record the submission: another Pricebook took the product over."));
    return announce();
}

bool Catalog::writeProgress(const QString& productId, const QString& accountId, const SubmissionState& state,
                            const QString& claimId, QString* error)
{
    QSqlQuery& q = statement(QStringLiteral("UPDATE sync_links SET submission = ? WHERE product_id = ? AND account_id = ?%1")
                                 .arg(claimId.isEmpty() ? QString() : QStringLiteral(" AND claim_id = ?")));
    q.addBindValue(QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(productId);
    q.addBindValue(accountId);
    if (!claimId.isEmpty())
        q.addBindValue(claimId);
    if (!q.exec()) {
        *error = tr("Could not record the submission's progress: %1").arg(q.lastError().text());
        return false;
    }
    if (!claimId.isEmpty() && q.numRowsAffected() != 1) {
        *error = tr("Could not record the submission's progress: another Pricebook took the product over.");
        return false;
    }
    return true;
}

bool Catalog::writeBegin(const QString& productId, const QString& accountId, const SubmissionState& state,
                         const QString& claimId, QString* error)
{
    QSqlQuery& b = statement(QStringLiteral("UPDATE sync_links SET state = 'submitting', submission = ?, message = ''"
                                            " WHERE product_id = ? AND account_id = ? AND claim_id = ?"));
    b.addBindValue(QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
    b.addBindValue(productId);
    b.addBindValue(accountId);
    b.addBindValue(claimId);
    if (!b.exec()) {
        *error = tr("Could not record the submission: %1").arg(b.lastError().text());
        return false;
    }
    if (b.numRowsAffected() != 1) {
        *error = tr("Could not record the submission: another Pricebook took the product over.");
        return false;
    }
    return true;
}

bool Catalog::updateSubmission(const QString& productId, const QString& accountId, const SubmissionState& state,
                               const QString& claimId)
{
    QString error;
    if (!writeProgress(productId, accountId, state, claimId, &error))
        return fail(error);
    return announce();
}

bool Catalog::writeResult(const QString& productId, const QString& accountId, JobKind kind, const JobResult& r,
                          qint64 version, const Product* sent, const QString& claimId, QString* error)
{
    const QString at = stamp(QDateTime::currentDateTimeUtc());
    QString state;
    SubmissionState keep = r.state;
    switch (r.status) {
    case JobStatus::Succeeded: state = QStringLiteral("synced"); keep = {}; break;
    case JobStatus::OutcomeUnknown: state = QStringLiteral("unknown"); break;
    default: state = QStringLiteral("failed"); break;
    }
    // Only the remote id it had is needed of the link as it was.
    QString remoteBefore;
    {
        QSqlQuery& b = statement(QStringLiteral("SELECT remote_id FROM sync_links WHERE product_id = ? AND account_id = ?"));
        b.addBindValue(productId);
        b.addBindValue(accountId);
        const auto done = qScopeGuard([&b] { b.finish(); });
        if (!b.exec()) {
            *error = b.lastError().text();
            return false;
        }
        if (b.next())
            remoteBefore = b.value(0).toString();
    }
    // A failed update leaves the product as synced as it was: only the message tells.
    if (kind == JobKind::UpdateProduct && r.status != JobStatus::Succeeded && !remoteBefore.isEmpty())
        state = QStringLiteral("synced");
    if (!upsertLink(statement(QLatin1String(kUpsertLinkSql)), productId, accountId, state, keep, r.ok() ? QString() : r.message, error))
        return false;
    if (r.ok()) {
        QSqlQuery& q = statement(QStringLiteral("UPDATE sync_links SET remote_id = ?, synced_version = ?, synced_at = ?, synced_document = ?"
                                                " WHERE product_id = ? AND account_id = ?"));
        q.addBindValue(text(r.object.id.isEmpty() ? remoteBefore : r.object.id));
        q.addBindValue(version);
        q.addBindValue(at);
        // What a create made is kept with it: the provider's default price is the one sent
        // first, so a later price change knows which price it replaces.
        std::optional<Product> made;
        if (sent) {
            made = *sent;
            if (kind == JobKind::CreateProduct && !r.object.defaultPriceId.isEmpty() && !made->prices.isEmpty()
                && made->prices.first().remoteId.isEmpty()) {
                made->prices.first().remoteId = r.object.defaultPriceId;
                made->prices.first().isDefault = true;
            }
        }
        q.addBindValue(made ? QString::fromUtf8(QJsonDocument(ProductDocument::toObject(*made)).toJson(QJsonDocument::Compact))
                            : QStringLiteral(""));
        q.addBindValue(productId);
        q.addBindValue(accountId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!claimId.isEmpty() && !clearClaim(statement(QLatin1String(kClearClaimSql)), productId, accountId, claimId, error)) // released with the result
        return false;
    QSqlQuery& h = statement(QStringLiteral("INSERT INTO history(product_id, account_id, at, operation, http_status, remote_id, outcome, message, author)"
                                            " VALUES(?,?,?,?,?,?,?,?,?)"));
    h.addBindValue(productId);
    h.addBindValue(accountId);
    h.addBindValue(at);
    h.addBindValue(JobMessages::operationName(kind));
    h.addBindValue(r.httpStatus);
    h.addBindValue(text(r.object.id));
    h.addBindValue(jobStatusKey(r.status));
    h.addBindValue(text(r.message.left(2000)));
    h.addBindValue(text(m_author));
    if (!h.exec()) {
        *error = h.lastError().text();
        return false;
    }
    return true;
}

bool Catalog::recordResult(const QString& productId, const QString& accountId, JobKind kind, const JobResult& r,
                           qint64 version, const Product* sent, const QString& claimId)
{
    QString error;
    if (!beginWrite(&error))
        return fail(error);
    if (!writeResult(productId, accountId, kind, r, version, sent, claimId, &error))
        return fail(error);
    return commitWrite();
}

QStringList Catalog::recordAll(const QList<SyncWrite>& writes)
{
    QStringList errors;
    auto alone = [this](const SyncWrite& w) {
        const bool ok = w.kind == SyncWrite::Begin      ? beginSubmission(w.productId, w.accountId, w.state, w.claimId)
                        : w.kind == SyncWrite::Progress ? updateSubmission(w.productId, w.accountId, w.state, w.claimId)
                                                        : recordResult(w.productId, w.accountId, w.job, w.result, w.version,
                                                                       w.sent ? &*w.sent : nullptr, w.claimId);
        return ok ? QString() : m_error;
    };
    if (writes.size() == 1) {
        errors << alone(writes.first());
        return errors;
    }
    QString error;
    bool ok = beginWrite(&error) && writeAllIn(writes, &error);
    if (!ok)
        fail(error);
    if (ok && commitWrite()) {
        for (qsizetype i = 0; i < writes.size(); ++i)
            errors << QString();
        return errors;
    }
    // Nothing of the batch was written: each on its own, so one write's problem stays its own.
    for (const SyncWrite& w : writes)
        errors << alone(w);
    return errors;
}

bool Catalog::writeAllIn(const QList<SyncWrite>& writes, QString* error)
{
    // A step's progress whose outcome follows in the same transaction is replaced by it in the
    // same commit: not written.
    QSet<QString> concluded;
    for (const SyncWrite& w : writes)
        if (w.kind == SyncWrite::Result && !w.claimId.isEmpty())
            concluded.insert(w.claimId);
    for (const SyncWrite& w : writes) {
        if (w.kind == SyncWrite::Progress && concluded.contains(w.claimId))
            continue;
        const bool ok = w.kind == SyncWrite::Begin    ? writeBegin(w.productId, w.accountId, w.state, w.claimId, error)
                      : w.kind == SyncWrite::Progress ? writeProgress(w.productId, w.accountId, w.state, w.claimId, error)
                                                      : writeResult(w.productId, w.accountId, w.job, w.result, w.version,
                                                                    w.sent ? &*w.sent : nullptr, w.claimId, error);
        if (!ok)
            return false;
    }
    return true;
}

Catalog::WritesAndClaims Catalog::recordAndClaim(const QList<SyncWrite>& writes, const QList<ClaimItem>& items)
{
    if (items.isEmpty())
        return { writes.isEmpty() ? QStringList() : recordAll(writes), {} };
    if (writes.isEmpty())
        return { {}, claimAll(items) };
    // On a server two Pricebooks' transactions wait for each other's rows: one that holds the
    // rows of its outcomes while it waits to lock the rows it claims could close a circle with
    // another doing the same the other way round. There each part commits on its own.
    if (m_sql->isServer())
        return { recordAll(writes), claimAll(items) };
    QString error;
    QList<ClaimAttempt> claims;
    if (beginWrite(&error) && writeAllIn(writes, &error) && claimAllIn(items, &claims, &error)) {
        if (commitWrite())
            return { QStringList(writes.size()), claims };
    } else {
        fail(error);
    }
    // Nothing of the transaction was written: each part again on its own.
    return { recordAll(writes), claimAll(items) };
}

QString Catalog::productForRemote(const QString& accountId, const QString& remoteId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT product_id FROM sync_links WHERE account_id = ? AND remote_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(remoteId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool Catalog::adopt(const QString& accountId, Provider provider, const QList<Adoption>& items, AdoptionReport* report)
{
    QString error;
    if (!beginWrite(&error))
        return fail(error);
    const QString at = stamp(QDateTime::currentDateTimeUtc());
    for (const Adoption& item : items) {
        QSqlQuery find(m_db);
        find.prepare(QStringLiteral("SELECT l.product_id, l.synced_version, p.version, p.created_at FROM sync_links l"
                                    " JOIN products p ON p.id = l.product_id WHERE l.account_id = ? AND l.remote_id = ?"));
        find.addBindValue(accountId);
        find.addBindValue(item.remoteId);
        if (!find.exec())
            return fail(find.lastError().text());
        CatalogEntry e;
        e.provider = provider;
        e.accountId = accountId;
        e.product = item.product;
        const bool known = find.next();
        if (known) {
            e.id = find.value(0).toString();
            e.version = find.value(2).toLongLong(); // saved over the version read here
            e.created = unstamp(find.value(3).toString());
            if (find.value(2).toLongLong() > find.value(1).toLongLong()) {
                ++report->keptLocal;
                report->productIds << e.id;
                continue;
            }
        }
        const qint64 before = known ? find.value(2).toLongLong() : 0;
        switch (writeProduct(m_db, e, false, m_author, &error)) {
        case Written::Yes: break;
        case Written::Conflict:
            return fail(tr("Could not adopt “%1”: it was changed by someone else meanwhile; pull again.").arg(item.product.name));
        case Written::Failed: return fail(tr("Could not adopt “%1”: %2").arg(item.product.name, error));
        }
        if (!known)
            ++report->added;
        else if (e.version == before)
            ++report->unchanged;
        else
            ++report->updated;
        report->productIds << e.id;
        if (!upsertLink(m_db, e.id, accountId, QStringLiteral("synced"), {}, item.product.readOnlyReason, &error))
            return fail(error);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sync_links SET remote_id = ?, synced_version = ?, synced_at = ?, synced_document = ?"
                                 " WHERE product_id = ? AND account_id = ?"));
        q.addBindValue(item.remoteId);
        q.addBindValue(e.version);
        q.addBindValue(at);
        q.addBindValue(QString::fromUtf8(QJsonDocument(ProductDocument::toObject(e.product)).toJson(QJsonDocument::Compact)));
        q.addBindValue(e.id);
        q.addBindValue(accountId);
        if (!q.exec())
            return fail(q.lastError().text());
        if (known && e.version == before)
            continue; // nothing new to tell in the history
        QSqlQuery h(m_db);
        h.prepare(QStringLiteral("INSERT INTO history(product_id, account_id, at, operation, http_status, remote_id, outcome, message)"
                                 " VALUES(?,?,?,?,?,?,?,?)"));
        h.addBindValue(e.id);
        h.addBindValue(accountId);
        h.addBindValue(at);
        h.addBindValue(tr("Pull"));
        h.addBindValue(200);
        h.addBindValue(item.remoteId);
        h.addBindValue(jobStatusKey(JobStatus::Succeeded));
        h.addBindValue(text(item.product.readOnlyReason.left(2000)));
        if (!h.exec())
            return fail(h.lastError().text());
    }
    return m_db.commit() || fail(m_db.lastError().text());
}

bool Catalog::settleCheck(CatalogEntry& entry, const QString& accountId, const QString& remoteId, const Product& remote,
                          bool inStep, const QString& operation)
{
    QString error;
    m_conflicts.clear();
    if (!beginWrite(&error))
        return fail(error);
    const std::optional<CatalogEntry> current = product(entry.id);
    if (!current || current->version != entry.version) {
        m_conflicts.append({ entry, current });
        m_db.rollback();
        return fail(tr("“%1” was changed meanwhile; check it on the provider again.").arg(entry.product.name));
    }
    switch (writeProduct(m_db, entry, false, m_author, &error)) {
    case Written::Yes: break;
    case Written::Conflict:
        m_conflicts.append({ entry, current });
        m_db.rollback();
        return fail(tr("“%1” was changed meanwhile; check it on the provider again.").arg(entry.product.name));
    case Written::Failed: m_db.rollback(); return fail(error);
    }
    m_written.insert(entry.id, entry.version);
    if (!upsertLink(m_db, entry.id, accountId, QStringLiteral("synced"), {}, QString(), &error)) {
        m_db.rollback();
        return fail(error);
    }
    const QString at = stamp(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_links SET remote_id = ?, synced_version = ?, synced_at = ?, synced_document = ?"
                             " WHERE product_id = ? AND account_id = ?"));
    q.addBindValue(text(remoteId));
    q.addBindValue(inStep ? entry.version : entry.version - 1);
    q.addBindValue(at);
    q.addBindValue(QString::fromUtf8(QJsonDocument(ProductDocument::toObject(remote)).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.id);
    q.addBindValue(accountId);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return fail(why);
    }
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO history(product_id, account_id, at, operation, http_status, remote_id, outcome, message, author)"
                             " VALUES(?,?,?,?,?,?,?,?,?)"));
    h.addBindValue(entry.id);
    h.addBindValue(accountId);
    h.addBindValue(at);
    h.addBindValue(text(operation));
    h.addBindValue(200);
    h.addBindValue(text(remoteId));
    h.addBindValue(jobStatusKey(JobStatus::Succeeded));
    h.addBindValue(text(inStep ? QString() : tr("Kept changes here, to be sent with Update.")));
    h.addBindValue(text(m_author));
    if (!h.exec()) {
        const QString why = h.lastError().text();
        m_db.rollback();
        return fail(why);
    }
    return commitWrite();
}

ClaimAttempt Catalog::claim(const QString& productId, const ClaimRequest& request)
{
    return claimAll({ { productId, request } }).value(0);
}

QList<ClaimAttempt> Catalog::claimAll(const QList<ClaimItem>& items)
{
    QList<ClaimAttempt> out;
    auto allFailed = [&](const QString& why) {
        fail(why);
        out.clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            ClaimAttempt a;
            a.outcome = ClaimAttempt::Error;
            a.error = why;
            out.append(a);
        }
        return out;
    };
    QString error;
    if (!beginWrite(&error))
        return allFailed(tr("Could not claim the product: %1").arg(error));
    if (!claimAllIn(items, &out, &error)) {
        fail(error);
        if (items.size() == 1)
            return out;
    } else {
        if (commitWrite())
            return out;
        if (items.size() == 1)
            return allFailed(tr("Could not claim the product: %1").arg(m_error));
    }
    // Nothing of the batch was written: each on its own, so one product's problem stays its own.
    out.clear();
    for (const ClaimItem& item : items)
        out.append(claimAll({ item }).value(0));
    return out;
}

// On an error, `out` holds only the attempt that failed.
bool Catalog::claimAllIn(const QList<ClaimItem>& items, QList<ClaimAttempt>* out, QString* error)
{
    out->clear();
    QHash<QString, std::optional<Account>> accounts; // read once per transaction
    for (const ClaimItem& item : items) {
        ClaimAttempt a = claimIn(item.productId, item.request, &accounts, error);
        if (a.outcome == ClaimAttempt::Error) {
            *out = { a };
            return false;
        }
        out->append(a);
    }
    return true;
}

// Inside a transaction: what a product needs is decided and its claim taken; what is declined or
// held is rolled back to the savepoint, so the others in the transaction are not touched.
ClaimAttempt Catalog::claimIn(const QString& productId, const ClaimRequest& request,
                              QHash<QString, std::optional<Account>>* accounts, QString* error)
{
    ClaimAttempt a;
    auto failed = [&](const QString& why) {
        *error = why;
        a.outcome = ClaimAttempt::Error;
        a.error = why;
        return a;
    };
    // The savepoint's statements are prepared once per connection, like the claim's others
    // (PostgreSQL prepares no savepoint: there they run as they are).
    QSqlQuery direct(m_db);
    QSqlQuery* sp = &direct; // the one that ran last, for its error
    auto run = [&](const QString& sql) {
        if (m_sql->isServer())
            return direct.exec(sql);
        sp = &statement(sql);
        return sp->exec();
    };
    auto undo = [&] { return run(QStringLiteral("ROLLBACK TO pb_claim")) && run(QStringLiteral("RELEASE pb_claim")); };
    auto keep = [&] { return run(QStringLiteral("RELEASE pb_claim")); };
    if (!run(QStringLiteral("SAVEPOINT pb_claim")))
        return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
    const auto entry = product(productId);
    if (!entry) {
        if (!undo())
            return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
        a.outcome = ClaimAttempt::Missing;
        a.error = tr("No such product in the catalog.");
        return a;
    }
    a.entry = *entry;
    if (!entry->accountId.isEmpty()) {
        auto known = accounts->find(entry->accountId);
        if (known == accounts->end())
            known = accounts->insert(entry->accountId, account(entry->accountId));
        a.account = *known;
    }
    if (!a.account) {
        if (!undo())
            return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
        a.outcome = ClaimAttempt::Missing;
        a.error = tr("The product has no client account.");
        return a;
    }
    const QString accountId = entry->accountId;
    {
        QSqlQuery& q = statement(QStringLiteral("INSERT INTO sync_links(product_id, account_id, state) VALUES(?, ?, 'draft') ON CONFLICT DO NOTHING"));
        q.addBindValue(productId);
        q.addBindValue(accountId);
        if (!q.exec())
            return failed(tr("Could not claim the product: %1").arg(q.lastError().text()));
    }
    // On a server the link's row is locked from here to the commit: what is read next stays true
    // until the claim is written, whichever Pricebook on whichever machine asks at the same time.
    QString why;
    if (!m_sql->lockRow(m_db, QStringLiteral("sync_links"), QStringLiteral("product_id = ? AND account_id = ?"),
                        { productId, accountId }, &why))
        return failed(tr("Could not claim the product: %1").arg(why));
    a.link = link(productId, accountId);
    const qint64 now = request.now.toMSecsSinceEpoch();
    QString gone; // the claim id of a holder that is gone: that one may be replaced
    if (a.link.claim.isHeld()) {
        const bool expired = a.link.claim.until.toMSecsSinceEpoch() < now;
        if (!expired && !(request.ownerGone && request.ownerGone(a.link.claim.owner))) {
            if (!undo())
                return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
            a.outcome = ClaimAttempt::Held;
            return a;
        }
        gone = a.link.claim.id;
        a.previous = a.link.claim;
    }
    std::optional<SubmissionState> begin;
    if (request.decide && !request.decide(a.entry, a.link, &begin)) {
        a.outcome = ClaimAttempt::Declined;
        if (gone.isEmpty()) {
            if (!undo())
                return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
            return a;
        }
        // Nothing to send, but the claim of a holder that is gone is cleared, not left behind.
        if (!clearClaim(statement(QLatin1String(kClearClaimSql)), productId, accountId, gone, &why) || !keep())
            return failed(tr("Could not clear an abandoned claim: %1").arg(why.isEmpty() ? sp->lastError().text() : why));
        a.link = link(productId, accountId);
        return a;
    }
    QSqlQuery& q = statement(QStringLiteral("UPDATE sync_links SET claim_owner = ?, claim_id = ?, claim_since = ?, claim_until = ?"
                                            " WHERE product_id = ? AND account_id = ? AND (claim_id = '' OR claim_until < ? OR claim_id = ?)"));
    q.addBindValue(request.owner);
    q.addBindValue(request.claimId);
    q.addBindValue(now);
    q.addBindValue(request.until.toMSecsSinceEpoch());
    q.addBindValue(productId);
    q.addBindValue(accountId);
    q.addBindValue(now);
    q.addBindValue(gone);
    if (!q.exec())
        return failed(tr("Could not claim the product: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1) {
        if (!undo())
            return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
        a.link = link(productId, accountId);
        a.outcome = ClaimAttempt::Held;
        return a;
    }
    if (begin) {
        a.before = a.link;
        if (!writeBegin(productId, accountId, *begin, request.claimId, &why))
            return failed(why);
    }
    if (!keep())
        return failed(tr("Could not claim the product: %1").arg(sp->lastError().text()));
    a.link.claim = { request.owner, request.claimId, request.now, request.until };
    if (begin) {
        a.link.state = SyncState::Submitting;
        a.link.submission = *begin;
        a.link.message.clear();
    }
    a.outcome = ClaimAttempt::Claimed;
    return a;
}

bool Catalog::renewClaims(const QStringList& claimIds, const QDateTime& until)
{
    if (claimIds.isEmpty())
        return true;
    QString error;
    if (!beginWrite(&error))
        return fail(tr("Could not renew the claims: %1").arg(error));
    bool allHeld = true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_links SET claim_until = ? WHERE claim_id = ?"));
    for (const QString& id : claimIds) {
        q.addBindValue(until.toMSecsSinceEpoch());
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("Could not renew the claims: %1").arg(q.lastError().text()));
        allHeld = allHeld && q.numRowsAffected() == 1;
    }
    if (!commitWrite())
        return fail(tr("Could not renew the claims: %1").arg(m_error));
    if (!allHeld)
        m_error = tr("Another Pricebook took over a product this one was sending.");
    return allHeld;
}

bool Catalog::releaseClaim(const QString& productId, const QString& accountId, const QString& claimId,
                           const SyncLink* unsent)
{
    QString error;
    if (!beginWrite(&error))
        return fail(tr("Could not release the claim: %1").arg(error));
    if (unsent) {
        // Nothing left: the submission begun under this claim is undone, so a product that was
        // never sent does not look like one that may have been.
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE sync_links SET state = ?, submission = ?, message = ?"
                                 " WHERE product_id = ? AND account_id = ? AND claim_id = ?"));
        u.addBindValue(syncStateKey(unsent->state == SyncState::Changed ? SyncState::Synced : unsent->state));
        u.addBindValue(QString::fromUtf8(QJsonDocument(unsent->submission.toJson()).toJson(QJsonDocument::Compact)));
        u.addBindValue(text(unsent->message));
        u.addBindValue(productId);
        u.addBindValue(accountId);
        u.addBindValue(claimId);
        if (!u.exec())
            return fail(tr("Could not release the claim: %1").arg(u.lastError().text()));
    }
    // A link made only to hold the claim goes again; a real one keeps its state.
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("DELETE FROM sync_links WHERE product_id = ? AND account_id = ? AND claim_id = ?"
                             " AND state = 'draft' AND remote_id = ''"));
    d.addBindValue(productId);
    d.addBindValue(accountId);
    d.addBindValue(claimId);
    if (!d.exec())
        return fail(tr("Could not release the claim: %1").arg(d.lastError().text()));
    if (!clearClaim(m_db, productId, accountId, claimId, &error))
        return fail(tr("Could not release the claim: %1").arg(error));
    return commitWrite() || fail(tr("Could not release the claim: %1").arg(m_error));
}

QList<HistoryEntry> Catalog::history(const QString& productId)
{
    QList<HistoryEntry> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, account_id, at, operation, http_status, remote_id, outcome, message, author FROM history"
                             " WHERE product_id = ? ORDER BY id"));
    q.addBindValue(productId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), productId, q.value(1).toString(), unstamp(q.value(2).toString()),
                     q.value(3).toString(), q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString() });
    return out;
}

} // namespace pb

#pragma once
// The catalog: accounts, products, sync links and submission history in one SQLite file.
// Synchronous and bound to the thread that opened it; the GUI reaches it through CatalogStore.
// Every write is one transaction: it happens whole or not at all.
//   Catalog catalog;
//   if (!catalog.open(path, &error)) ...;
//   CatalogEntry e { .id = Catalog::newId(), .provider = account.target.provider, .product = p };
//   catalog.saveProduct(e);

#include "Account.h"
#include "services/providers/JobResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pb {

enum class SyncState { Draft, Submitting, Synced, Changed, Failed, OutcomeUnknown };
QString syncStateKey(SyncState s);          // "draft", "submitting", ...
QString syncStateLabel(SyncState s);        // "Draft", "Changed since sync", ...
std::optional<SyncState> syncStateFromKey(const QString& key);

struct CatalogEntry {
    QString id;
    Provider provider;
    QString accountId;   // the client account the product goes to; may be empty
    Product product;
    qint64 version = 0;  // raised by every save
    QDateTime created;
    QDateTime updated;
};

struct SyncLink {
    QString productId;
    QString accountId;
    SyncState state = SyncState::Draft; // derived: Synced becomes Changed when the product moved on
    QString remoteId;
    qint64 syncedVersion = 0;
    QDateTime syncedAt;
    SubmissionState submission; // kept while a submission is unfinished, so a retry resumes
    QString message;
    std::optional<Product> syncedProduct; // as last sent successfully
};

struct HistoryEntry {
    qint64 id = 0;
    QString productId;
    QString accountId;
    QDateTime at;
    QString operation;
    int httpStatus = 0;
    QString remoteId;
    QString outcome;  // a JobStatus key: "succeeded", "rejected", ...
    QString message;
};

struct ListFilter {
    enum Column { Name, Provider, Account, Summary, Sync, Updated };
    QString text;
    std::optional<pb::Provider> provider;
    QString accountId;
    QString status;
    std::optional<SyncState> syncState;
    Column sortColumn = Updated;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    bool operator==(const ListFilter&) const = default;
};

struct CatalogRow {
    QString id;
    QString name;
    pb::Provider provider;
    QString accountName;
    QString summary;
    SyncState syncState = SyncState::Draft;
    QString status;
    QDateTime updated;
};

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    Catalog() = default;
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    // SQLite's PRAGMA integrity_check: "ok", or what it found (one problem a line).
    QString integrityCheck() const;
    QString path() const { return m_path; }
    // The last read or write that failed, in SQLite's words; clearError() before a series of reads
    // to learn whether any of them failed.
    QString lastError() const { return m_error; }
    void clearError() { m_error.clear(); }
    static QString newId();

    // Accounts (never a secret in here)
    QList<Account> accounts();
    std::optional<Account> account(const QString& id);
    bool saveAccount(Account& account);
    bool removeAccount(const QString& id);

    // Products
    std::optional<CatalogEntry> product(const QString& id);
    bool saveProduct(CatalogEntry& entry);            // raises version, stamps updated
    bool saveProducts(QList<CatalogEntry>& entries);  // one transaction for all
    bool removeProduct(const QString& id);
    // Puts back a removed product exactly as it was (undo of delete), with its version.
    bool restoreProduct(const CatalogEntry& entry);
    int productCount();

    // The catalog list: counts and windows of rows, filtered and sorted in SQL.
    int count(const ListFilter& filter);
    QList<CatalogRow> rows(const ListFilter& filter, int offset, int limit);

    // Sync state and history
    SyncLink link(const QString& productId, const QString& accountId);
    QList<SyncLink> links(const QString& productId);
    // A submission starts: the state (with its idempotency key) is on disk before any request.
    bool beginSubmission(const QString& productId, const QString& accountId, const SubmissionState& state);
    bool updateSubmission(const QString& productId, const QString& accountId, const SubmissionState& state);
    // The result, with a history row, in one transaction. `version` is the product version sent.
    bool recordResult(const QString& productId, const QString& accountId, JobKind kind, const JobResult& result,
                      qint64 version, const Product* sent = nullptr);
    QList<HistoryEntry> history(const QString& productId);

private:
    bool fail(const QString& what);
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_error;
};

} // namespace pb

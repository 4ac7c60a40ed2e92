#pragma once
// The catalog: accounts, products, sync links and submission history, in one SQLite file or in
// a PostgreSQL database several Pricebooks share (the same code and SQL; what differs is in
// SqlDialect). Synchronous and bound to the thread that opened it; the GUI reaches it through
// CatalogStore. Every write is one transaction: it happens whole or not at all. A product is
// saved only over the version it was read at: a stale save is a conflict, never an overwrite.
//   Catalog catalog;
//   if (!catalog.open(path, &error)) ...;
//   CatalogEntry e { .id = Catalog::newId(), .provider = account.target.provider, .product = p };
//   catalog.saveProduct(e);

#include "Account.h"
#include "services/providers/JobResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>

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
    qint64 version = 0;  // raised by every save; 0: not in the catalog yet
    QDateTime created;
    QDateTime updated;
    QString updatedBy;   // who saved it last (Catalog::setAuthor)
};

// A save that found the product changed (or deleted) since it was read: nothing was written.
struct SaveConflict {
    CatalogEntry mine;                   // what was to be saved, with the version it started from
    std::optional<CatalogEntry> theirs;  // as the catalog holds it now; none when deleted meanwhile
};

// Who is sending a product to an account right now. Taken with an atomic compare-and-set
// (Catalog::claim) and given back with the result (Catalog::recordResult).
struct LinkClaim {
    QString owner;    // the holding process, "host:pid:start"; empty when nobody sends it
    QString id;       // one per claim: renewals, progress and the result name it
    QDateTime since;
    QDateTime until;  // the lease: after this anyone may take the claim over
    bool isHeld() const { return !id.isEmpty(); }
    bool operator==(const LinkClaim&) const = default;
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
    LinkClaim claim;
};

// Asking for the claim on a product (with its client account).
struct ClaimRequest {
    QString owner;
    QString claimId;
    QDateTime now;
    QDateTime until;
    // True when a claim held by this owner may be taken before its lease ends (its process is gone).
    std::function<bool(const QString& owner)> ownerGone;
    // Called inside the claim's transaction with what is stored. False leaves the row as it was
    // (nothing claimed). True takes the claim; a state put in *begin is recorded as the started
    // submission in the same transaction, before anything is sent.
    std::function<bool(const CatalogEntry& entry, const SyncLink& link, std::optional<SubmissionState>* begin)> decide;
};

struct ClaimAttempt {
    enum Outcome { Claimed, Declined, Held, Missing, Error };
    Outcome outcome = Error;
    CatalogEntry entry;
    std::optional<Account> account;
    SyncLink link;       // as stored (claimed: with the unfinished submission to resume; held: the holder)
    LinkClaim previous;  // the claim taken over, when it had expired or its process was gone
    std::optional<SyncLink> before; // claimed with a submission begun: the link as it was, to give back unsent
    QString error;       // Missing and Error: why, in words
};

// One of the claims Catalog::claimAll takes in one transaction.
struct ClaimItem {
    QString productId;
    ClaimRequest request;
};

// One of the writes Catalog::recordAll makes in one transaction: a submission's start under its
// claim (Catalog::beginSubmission), its progress (Catalog::updateSubmission) or its result
// (Catalog::recordResult).
struct SyncWrite {
    enum Kind { Begin, Progress, Result };
    Kind kind = Result;
    QString productId;
    QString accountId;
    QString claimId;
    SubmissionState state;        // Begin, Progress
    JobKind job = JobKind::CreateProduct; // Result
    JobResult result;             // Result
    qint64 version = 0;           // Result: the product version sent
    std::optional<Product> sent;  // Result
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
    QString author;   // who sent it
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

class SqlDialect;
// A product read from an account (a pull), with the id the provider knows it by.
struct Adoption {
    QString remoteId;
    Product product;
};

struct AdoptionReport {
    int added = 0;      // new in the catalog
    int updated = 0;    // pulled before, changed on the provider since
    int unchanged = 0;  // pulled before, the same
    int keptLocal = 0;  // changed here since the last sync: left as it is (Check on provider compares)
    QStringList productIds; // the catalog product of each adoption, in order
};

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    Catalog() = default;
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    // A SQLite path or a postgresql:// URL (CatalogLocation); the password, when the server wants
    // one and libpq's PGPASSFILE has none, from the keychain.
    bool open(const QString& location, QString* error, const QString& password = {});
    void close();
    bool isOpen() const;
    // Opened read-only (the file or its folder cannot be written here): reads work, writes fail
    // with a message saying so.
    bool isReadOnly() const { return m_readOnly; }
    // A number that changes whenever another connection (another process, another thread's
    // connection) committed a change to the catalog; this connection's own commits leave it.
    // -1 when it cannot be read.
    qint64 changeCounter();
    bool isServer() const; // PostgreSQL
    // A server catalog whose connection broke (the server restarted): opens a new session.
    bool reconnect(QString* error);
    // On a server, whether a statement gets through now.
    bool isReachable();
    const SqlDialect& dialect() const;
    QSqlDatabase database() const { return m_db; }
    // The name saves and submissions are recorded under; the OS user unless set.
    void setAuthor(const QString& author) { m_author = author; }
    QString author() const { return m_author; }
    static QString defaultAuthor();
    // SQLite's PRAGMA integrity_check: "ok", or what it found (one problem a line).
    QString integrityCheck() const;
    QString path() const { return m_path; } // the location as given to open()
    // The last read or write that failed, in SQLite's words; clearError() before a series of reads
    // to learn whether any of them failed.
    QString lastError() const { return m_error; }
    void clearError() { m_error.clear(); }
    static QString newId();
    // How long a write waits for another process's write to finish before it fails saying so.
    static constexpr int kWriteWaitMs = 30000;

    // Accounts (never a secret in here)
    QList<Account> accounts();
    std::optional<Account> account(const QString& id);
    bool saveAccount(Account& account);
    bool removeAccount(const QString& id);

    // Products
    std::optional<CatalogEntry> product(const QString& id);
    // The products of these ids in that order, read a few hundred a statement; an id the
    // catalog does not hold is left out (a read that failed: lastError()).
    QList<CatalogEntry> products(const QStringList& ids);
    // Raises the version, stamps updated and updatedBy; false with conflicts() when the catalog
    // no longer holds the version the entry was read at (or, for a new one, holds its id).
    bool saveProduct(CatalogEntry& entry);
    bool saveProducts(QList<CatalogEntry>& entries);  // one transaction for all: all saved, or none
    // What the last save or delete found changed meanwhile (empty when it failed otherwise).
    QList<SaveConflict> conflicts() const { return m_conflicts; }
    // With an expected version, only while the catalog still holds it (else false and conflicts()).
    bool removeProduct(const QString& id, qint64 expectedVersion = 0);
    // Puts back a removed product exactly as it was (undo of delete), with its version.
    bool restoreProduct(const CatalogEntry& entry);
    // Everything the catalog holds on one product: its row, its sync links (remote ids,
    // unfinished submissions) and its history, column by column, so an undone delete is exact.
    struct ProductSnapshot {
        CatalogEntry entry;
        QList<QVariantMap> links;
        QList<QVariantMap> history;
    };
    std::optional<ProductSnapshot> snapshot(const QString& id);
    bool restoreSnapshot(const ProductSnapshot& snapshot);
    int productCount();

    // The catalog list: counts and windows of rows, filtered and sorted in SQL.
    int count(const ListFilter& filter);
    QList<CatalogRow> rows(const ListFilter& filter, int offset, int limit);
    // The ids of every product the filter lists, in the list's order: what "all listed" means
    // to export, push, plan and check, read without the rows' other columns.
    QStringList ids(const ListFilter& filter);
    // The rows' price summaries written again from their products in the language and formats of
    // now (the stored ones are in the language of the save; the list shows these).
    void summarizeNow(QList<CatalogRow>& rows);
    // The products linked to remote products of this account: remote id -> product id.
    QHash<QString, QString> productsByRemoteId(const QString& accountId);
    // Each product's remote id on its own account, for the products that have one.
    QHash<QString, QString> remoteIds();
    // The products of this name (any case) on this account (empty: those without an account).
    QStringList productIdsNamed(const QString& accountId, const QString& name);
    // Of these names, the ones products on this account (empty: none) have, in any case, as the
    // catalog spells them; a few hundred names a statement.
    QStringList namesAmong(const QString& accountId, const QStringList& names);
    // Where a product is in that list (0-based), or -1 when the filter leaves it out.
    int rowOf(const ListFilter& filter, const QString& id);

    // Sync state and history
    SyncLink link(const QString& productId, const QString& accountId);
    QList<SyncLink> links(const QString& productId);
    // A submission starts: the state (with its idempotency key) is on disk before any request.
    // With a claim id, only while that claim is held.
    bool beginSubmission(const QString& productId, const QString& accountId, const SubmissionState& state,
                         const QString& claimId = {});
    bool updateSubmission(const QString& productId, const QString& accountId, const SubmissionState& state,
                          const QString& claimId = {});
    // The result, with a history row, in one transaction. `version` is the product version sent.
    // With a claim id, the claim is released in the same transaction.
    bool recordResult(const QString& productId, const QString& accountId, JobKind kind, const JobResult& result,
                      qint64 version, const Product* sent = nullptr, const QString& claimId = {});
    QList<HistoryEntry> history(const QString& productId);
    // Adopts products read from `accountId` as synced, in one transaction: one already linked
    // there under the same remote id is updated (a new version only when it differs), unless it
    // changed here since its last sync; the others are added. Each link is then synced at the
    // product's version with the product as last seen; a read-only reason becomes its message.
    bool adopt(const QString& accountId, Provider provider, const QList<Adoption>& items, AdoptionReport* report);
    // A check on the provider settled (the person chose, field by field, between here and there,
    // or an unknown create was found): in one transaction the product is saved as `entry` (over
    // the version it was read at; a conflict otherwise) and linked to `accountId` under
    // `remoteId` as synced, with `remote` as the product last seen there. When the saved product
    // still differs from the remote (`inStep` false), the link stays a version behind, so the
    // product shows "Changed since sync" and an Update sends what was kept here. A history row
    // with `operation` tells it.
    bool settleCheck(CatalogEntry& entry, const QString& accountId, const QString& remoteId, const Product& remote,
                     bool inStep, const QString& operation);
    // The catalog product linked to `accountId` under `remoteId`, if any.
    QString productForRemote(const QString& accountId, const QString& remoteId);

    // Claims: one statement that only succeeds on a row nobody holds, whose lease ran out, or
    // whose holder request.ownerGone() says is gone; in one BEGIN IMMEDIATE transaction.
    ClaimAttempt claim(const QString& productId, const ClaimRequest& request);
    // The same for many products in one transaction (one commit, one sync to disk): each is
    // claimed, declined or found held exactly as claim() would, in order. When the transaction
    // fails, each is tried again alone, so one product's error is not the others'.
    QList<ClaimAttempt> claimAll(const QList<ClaimItem>& items);
    // Progress and results of many submissions in one transaction, in order; one error message
    // per write (empty: written). When the transaction fails, each is written again alone.
    QStringList recordAll(const QList<SyncWrite>& writes);
    // Both in one transaction, the writes first: a bulk push's outcomes and the next products'
    // claims share one commit and one sync to disk. When it fails, recordAll and claimAll each
    // try their part again on its own. On a server (PostgreSQL), where row locks are waited for,
    // the two are always committed apart.
    struct WritesAndClaims {
        QStringList writeErrors;
        QList<ClaimAttempt> claims;
    };
    WritesAndClaims recordAndClaim(const QList<SyncWrite>& writes, const QList<ClaimItem>& items);
    // Extends the leases of these claims; false when one could not be written or is no longer held.
    bool renewClaims(const QStringList& claimIds, const QDateTime& until);
    // Gives a claim back without a result (nothing was sent). With `unsent` (ClaimAttempt::before),
    // the submission the claim began is undone: the link is as it was before the claim.
    bool releaseClaim(const QString& productId, const QString& accountId, const QString& claimId,
                      const SyncLink* unsent = nullptr);

private:
    // The first column of a query's rows as text; on an error, what was read and m_error.
    QStringList firstColumn(const QString& sql, const QVariantList& binds);
    bool fail(const QString& what);
    bool commitWrite(); // tells other connections, then commits
    bool announce();    // a write outside a transaction: tells other connections
    // BEGIN IMMEDIATE: the write lock is taken (waiting out the busy timeout) before anything is
    // read, so a writer in another process can never invalidate what this transaction read.
    bool beginWrite(QString* error);
    // Inside an open transaction: every write or claim made, or false with `error` (nothing of
    // the transaction may be committed then).
    bool writeAllIn(const QList<SyncWrite>& writes, QString* error);
    bool claimAllIn(const QList<ClaimItem>& items, QList<ClaimAttempt>* out, QString* error);
    // The parts of claim(), updateSubmission() and recordResult() that run inside a transaction
    // already begun; false with *error set leaves rolling back to the caller.
    ClaimAttempt claimIn(const QString& productId, const ClaimRequest& request, QHash<QString, std::optional<Account>>* accounts,
                         QString* error);
    bool writeProgress(const QString& productId, const QString& accountId, const SubmissionState& state,
                       const QString& claimId, QString* error);
    bool writeBegin(const QString& productId, const QString& accountId, const SubmissionState& state,
                    const QString& claimId, QString* error);
    bool writeResult(const QString& productId, const QString& accountId, JobKind kind, const JobResult& result,
                     qint64 version, const Product* sent, const QString& claimId, QString* error);
    // The push's writes, prepared once per connection (parsing them again for every product
    // costs more than running them); rows written, no result sets held open.
    QSqlQuery& statement(const QString& sql);
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // after m_db: gone before it
    std::shared_ptr<QSqlQuery> m_unprepared;
    bool m_readOnly = false;
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_author = defaultAuthor();
    const SqlDialect* m_sql = nullptr;
    QList<SaveConflict> m_conflicts;
    QHash<QString, qint64> m_written; // the version this connection last wrote of each product
};

} // namespace pb

Q_DECLARE_METATYPE(pb::SaveConflict)

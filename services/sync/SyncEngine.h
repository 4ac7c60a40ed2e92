#pragma once
// The one workflow that sends a catalog product to its client account; the window, bulk push
// and the CLI all go through it, so they give the same guarantees. Per product it:
//   1. claims the product in the catalog (Catalog::claim: an atomic compare-and-set with a lease;
//      a product another live Pricebook is sending is left to it, an expired or orphaned claim
//      is taken over together with its unfinished submission), decides what to send from what
//      the catalog holds under that claim, and records the submission (with the idempotency key
//      reused, never re-minted) in the same transaction, before any request leaves;
//   2. runs the provider's steps under the delivery policy, recording each completed step and
//      renewing the lease while they run;
//   3. records the outcome and releases the claim in one transaction. A result that cannot be
//      recorded is reported as a failure in words, never dropped.
// An update of a product on its provider is the product's change plan, carried out as Apply
// does (Apply.h: the plan recorded under the claim, a key per step, resumable), or refused with
// the plan's reasons before anything is sent.
// The catalog is reached through CatalogStore, so the caller's thread never blocks.
//   SyncEngine engine(&store, &network);
//   SyncTask* task = engine.send({ productId }, key);
//   connect(task, &SyncTask::finished, this, [](const SyncOutcome& o) { ... });

#include "services/net/ProviderService.h"
#include "services/storage/CatalogStore.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace pb {

struct SyncRequest {
    enum Mode { Auto, Create, Update, Archive, Restore }; // Auto: create, update when changed since sync, skip when synced;
                                                          // Archive/Restore: only the remote product's status
    QString productId;
    Mode mode = Auto;
    bool resendUnknown = false; // a person checked that an earlier create whose outcome is unknown did not arrive
};

// What sending would do, decided from what the catalog holds. The engine decides it again
// under the claim; a front end may use it beforehand to ask or to skip early.
struct SyncPlan {
    enum Action { Create, Update, AlreadySynced, MayExist, NeedsRemoteId, Archive, Restore, Unsupported };
    Action action = Create;
    SubmissionState state; // Create: the submission to start or resume, with its idempotency key
    QString message;       // why nothing is sent
    bool sends() const { return action == Create || action == Update || action == Archive || action == Restore; }
};

struct SyncOutcome {
    enum Kind { Created, Updated, AlreadySynced, Busy, Rejected, Failed, OutcomeUnknown, Cancelled, Skipped, Archived, Restored };
    Kind kind = Failed;
    QString productId;
    QString accountId;
    QString name;
    QString remoteId;
    QString message;       // empty when all went well
    bool update = false;
    SyncRequest::Mode mode = SyncRequest::Auto;
    bool sent = false;     // a provider job ran
    bool recorded = true;  // false: the catalog could not store the result (message says why)
    JobResult result;      // the job's result; for what was never sent, a result that says why
    CatalogEntry entry;    // as sent, with the version it was sent at
    Account account;
    bool ok() const { return kind == Created || kind == Updated || kind == AlreadySynced || kind == Archived || kind == Restored; }
    // The outcome word of reports: "created", "updated", "already synced", "skipped", "rejected",
    // "failed", "outcome unknown", "cancelled"; for archive and restore "archived", "restored",
    // "already archived", "already active".
    QString key() const;
};

class SyncEngine;

// One product being sent. Finishes exactly once, then deletes itself.
class SyncTask : public QObject
{
    Q_OBJECT

public:
    void cancel();
    QString productId() const { return m_request.productId; }

Q_SIGNALS:
    void sending(const QString& accountId, int requests); // the claim is held and this many requests are about to leave
    void progress(int step, int steps, const QString& description);
    void retrying(int attempt, int delayMs);
    void settling(); // nothing more is sent; the outcome is being recorded, finished() follows
    void finished(const pb::SyncOutcome& outcome);

private:
    friend class SyncEngine;
    struct Claimed;
    SyncTask(SyncEngine* engine, const SyncRequest& request, std::function<void(const Account&, std::function<void(const QString&)>)> gate);
    void begin(); // queues the claim with the engine
    void onClaimed(const ClaimAttempt& attempt, const SyncPlan& plan);
    void onKey(const QString& key);
    void run();
    void onJobFinished(JobResult result, bool refused);
    void record(const JobResult& result, bool sent);
    void recordStatus(const JobResult& result, bool sent);
    void applyPlan();
    bool archiving() const { return m_plan.action == SyncPlan::Archive || m_plan.action == SyncPlan::Restore; }
    void finish(SyncOutcome outcome);
    void release();

    SyncEngine* m_engine;
    SyncRequest m_request;
    std::function<void(const Account&, std::function<void(const QString&)>)> m_gate;
    QString m_key;
    QString m_claimId;
    QString m_remoteId;
    SyncPlan m_plan;
    CatalogEntry m_entry;
    Account m_account;
    QPointer<ProviderJob> m_job;
    std::function<void()> m_cancelPlan;
    QNetworkAccessManager* m_jobNetwork = nullptr; // the manager m_job sends through
    QString m_progressError;
    std::optional<SyncLink> m_unsent; // the link before the claim began a submission: restored when nothing is sent
    // A create without an idempotency key begins its submission when its requests are about to
    // leave, not with the claim: claimed ahead and never sent, it must not look as if it may exist.
    bool m_beginLater = false;
    SyncLink m_linkBefore;
    bool m_cancelled = false;
    bool m_finished = false;
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(CatalogStore* store, QNetworkAccessManager* network, QObject* parent = nullptr);

    void setDeliveryPolicy(const DeliveryPolicy& policy) { m_policy = policy; }
    // More managers to send through besides the one given to the constructor: each job goes to
    // the one with the fewest jobs under way. Qt 6.4 keeps at most 6 HTTP/1.1 connections to a
    // host per manager, so a bulk push with more places than that needs more than one.
    void addNetwork(QNetworkAccessManager* network);
    // How long a claim lasts unless renewed; it is renewed every third of that while sending.
    static constexpr int kDefaultLeaseMs = 60000;
    void setLeaseMs(int ms);
    int leaseMs() const { return m_leaseMs; }

    // What the catalog holds for a product (no claim taken): for a front end's questions.
    struct Item {
        bool found = false;
        QString problem;
        CatalogEntry entry;
        Account account;
        SyncLink link;
    };
    void inspect(const QString& productId, QObject* context, std::function<void(const Item&)> done);

    // Called once the claim is held and requests are about to leave (never for what needs
    // none): waits for a rate limit if it must, then calls `go` with the account's API key
    // (an empty key: not sent, reported as failed).
    using SendGate = std::function<void(const Account& account, std::function<void(const QString& key)> go)>;
    SyncTask* send(const SyncRequest& request, SendGate gate);
    // Sends one product; `key` is its account's API key (AccountKeys).
    SyncTask* send(const SyncRequest& request, const QString& key);

    static SyncPlan plan(const CatalogEntry& entry, const SyncLink& link, const SyncRequest& request);
    // The provider job for a create (resuming `state`) or an update: the step logic that
    // `pricebook-cli submit --state FILE` shares with the engine.
    static ProviderJob* makeJob(ProviderService& service, const Product& product, const AccountTarget& target,
                                const QString& key, bool update, const QString& remoteId, const SubmissionState& state);
    // Why an update of `product` from a product file, with no catalog and no copy as last synced
    // (`pricebook-cli submit --operation update`), cannot be sent as the provider's update of
    // the product; empty when it can. Such an update sends only the product's own fields: a
    // price or plan in the file is refused, since the provider changes those its own way (the
    // change plan), and so is a provider whose documents give no update of a product by its id.
    static QString updateRefusal(const Product& product, const Provider& provider);
    // Turns a job's result into the outcome words every front end reports.
    static SyncOutcome::Kind kindOf(const JobResult& result, bool update);

private:
    friend class SyncTask;
    friend class ApplyTask; // a change plan's steps (Apply.cpp) are sent under the engine's claims
    void hold(const QString& claimId);
    void drop(const QString& claimId);
    void renew();
    // Group commit: the progress and outcomes of the tasks under way and the claims (with their
    // submissions) of those begun meanwhile are written in one transaction, outcomes first (two
    // on a team catalog: Catalog::recordAndClaim), so a bulk push costs one sync to disk per
    // batch rather than two or three per product. Every task still waits for its own claim's
    // commit before its requests leave, and for its outcome's before it finishes.
    static constexpr int kBatchLimit = 128;
    void queueClaim(SyncTask* task);
    void queueWrite(SyncTask* task, SyncWrite write, std::function<void(const QString& error)> done);
    void scheduleFlush();
    void flush();
    struct PendingWrite {
        QPointer<SyncTask> task;
        SyncWrite write;
        std::function<void(const QString&)> done;
    };
    QList<QPointer<SyncTask>> m_claimQueue;
    QList<PendingWrite> m_writeQueue;
    bool m_flushing = false;       // a batch is on the worker
    bool m_flushScheduled = false; // flush() is queued

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    DeliveryPolicy m_policy;
    int m_leaseMs = kDefaultLeaseMs;
    QNetworkAccessManager* takeNetwork(); // the least busy manager, counted busier by one
    void giveBackNetwork(QNetworkAccessManager* network);
    QList<QPair<QPointer<QNetworkAccessManager>, int>> m_networks; // with the jobs each has under way
    QSet<QString> m_held; // claims of tasks in flight, renewed together
    QTimer m_renewal;
};

} // namespace pb

Q_DECLARE_METATYPE(pb::SyncOutcome)

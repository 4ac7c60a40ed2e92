#pragma once
// Applies change plans (ChangePlan) product by product, through the sync engine's claim and
// record: the one workflow `pricebook-cli apply` and the window's "Apply changes…" share.
// Per product it
//   1. claims the product and, under the claim, computes its plan again; a plan that differs
//      from the one the person was shown is refused with the difference, so nothing is sent
//      that was not shown;
//   2. records the plan's steps with an idempotency key derived from the plan (the same plan
//      after a crash gets the same key, never a new one) in the link's submission before any
//      request leaves, then sends the steps in the provider's order
//      (ProviderAdapter::buildChangeSteps), recording each completed step with the remote id it
//      made before the next one leaves; a rerun resumes after the last step recorded;
//   3. after the last step saves the product with the remote ids the steps made (a replaced
//      price kept as archived) and records it synced at that version, releasing the claim.
// A product not on its provider yet is created by the engine's send.
//   PlanApplier applier(&store, &network, keys);
//   applier.start(ids, { .shown = planShown });
//   connect(&applier, &PlanApplier::finished, ...);

#include "AccountKeys.h"
#include "BulkPush.h"
#include "ChangePlan.h"
#include "SyncEngine.h"

#include <QQueue>

namespace pb {

struct ApplyOptions {
    int concurrency = 4;
    // The plan the person saw (the window's, or `plan --json` output); without one, the plan
    // as computed under each claim is applied.
    std::optional<ChangePlan> shown;
    DeliveryPolicy policy;
};

// One product's change plan carried out under its own claim, as described above: what
// PlanApplier does for each product, and what the engine's update of a synced product is.
// `done` is called once, with the report line and the job's result (for what was never sent,
// a result that says why); the function returned cancels what is in flight.
struct PlanRun {
    CatalogStore* store = nullptr;
    QNetworkAccessManager* network = nullptr;
    SyncEngine* engine = nullptr; // its claims' lease and renewal; creates what is not on the provider yet
    KeyLookup keys;
    DeliveryPolicy policy;
    std::optional<ChangePlan> shown;
    std::function<void(const QString& name, int step, int steps, const QString& words)> stepStarted;
    std::function<void(const QString& accountId, int requests)> sending; // the claim is held, the requests are about to leave
    std::function<void()> settling;                                      // nothing more is sent
    std::function<void(const PushLine& line, const JobResult& result, bool sent)> done; // sent: requests left
};
std::function<void()> runPlan(const QString& productId, PlanRun run, QObject* parent);

// A report line's outcome (PushLine::outcome, a key such as "rejected") in the words of the
// window's language: "Rejected", "Abgelehnt".
QString outcomeLabel(const QString& outcomeKey);

class ApplyTask;

class PlanApplier : public QObject
{
    Q_OBJECT

public:
    PlanApplier(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QObject* parent = nullptr);

    void start(const QStringList& productIds, const ApplyOptions& options);
    // No further product starts; the steps in flight are cancelled (their progress stays recorded).
    void cancel();
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    const QList<PushLine>& report() const { return m_report; }

    // The product after its plan's completed steps: each new price with the id it was given,
    // the default marked, a replaced or removed price kept as archived. The same when applied
    // again to its own result.
    static Product appliedProduct(const Product& local, const Product& synced, const ChangeSet& changes,
                                  const QMap<QString, QString>& completed);
    // What the provider has when a product's plan is empty although it changed since its last
    // sync: the product as last synced, with the members only Pricebook keeps as they are now
    // (`local`). Check compares only what the provider keeps, so these members never show as
    // changed there.
    static Product providerKept(const Provider& provider, const Product& synced, const Product& local);
    // The idempotency key of a product's plan: the same for the same plan on the same versions.
    static QString planKey(const CatalogEntry& entry, const SyncLink& link, const ProductPlan& plan);

Q_SIGNALS:
    void stepStarted(const QString& productId, const QString& name, int step, int steps, const QString& words);
    void lineFinished(const pb::PushLine& line);
    void progressChanged(int done, int total);
    void finished(const QList<pb::PushLine>& report);

private:
    friend class ApplyTask;
    void pump();
    void complete(const PushLine& line);

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    KeyLookup m_keys;
    SyncEngine* m_engine;
    ApplyOptions m_options;
    QQueue<QString> m_queue;
    QList<QPointer<ApplyTask>> m_tasks;
    QList<PushLine> m_report;
    int m_total = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pb

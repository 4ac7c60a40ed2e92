#include "Apply.h"

#include "Claim.h"
#include "models/ProductFields.h"
#include "services/providers/Registry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pb {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanApplier)
};

// The submission member that holds the plan being applied (its steps are "apply[i]").
const QString kPlanMember = QStringLiteral("apply:plan");
const QString kKeyPrefix = QStringLiteral("apply-");

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

int stepsDone(const SubmissionState& s, int steps)
{
    int n = 0;
    while (n < steps && s.completed.contains(ProviderAdapter::changeStep(n)))
        ++n;
    return n;
}

bool keptByProvider(const QList<FieldSpec>& fields, const QString& path)
{
    for (const FieldSpec& f : fields)
        if (f.path == path && !f.wire.isEmpty())
            return true;
    return false;
}

// Why nothing was sent although the product changed since its last sync: the members that
// changed here are ones the provider does not keep, or the change was undone.
QString nothingKeptMessage(const CatalogEntry& entry, const Product& synced)
{
    const ProviderSchema& s = adapterFor(entry.provider).schema();
    const QString provider = providerDisplayName(entry.provider);
    QStringList changed;
    auto note = [&changed](const QString& path) {
        const QString label = ProductFields::label(path).toLower();
        if (!changed.contains(label))
            changed << label;
    };
    for (const QString& path : ProductFields::allPaths()) {
        if (ProductFields::isProductPath(path)) {
            if (!keptByProvider(s.productFields, path)
                && ProductFields::read(synced, nullptr, path) != ProductFields::read(entry.product, nullptr, path))
                note(path);
        } else if (ProductFields::isPricePath(path) && !keptByProvider(s.priceFields, path)) {
            for (qsizetype i = 0; i < qMin(synced.prices.size(), entry.product.prices.size()); ++i)
                if (ProductFields::read(synced, &synced.prices.at(i), path)
                    != ProductFields::read(entry.product, &entry.product.prices.at(i), path))
                    note(path);
        }
    }
    if (changed.isEmpty())
        return Text::tr("Nothing %1 keeps has changed: the product is as it was when last synced, so nothing was sent.").arg(provider);
    return Text::tr("Nothing %1 keeps has changed: what changed here (%2) is kept only in Pricebook, so nothing was sent.")
        .arg(provider, changed.join(QStringLiteral(", ")));
}

} // namespace

Product PlanApplier::providerKept(const Provider& provider, const Product& synced, const Product& local)
{
    const ProviderSchema& s = adapterFor(provider).schema();
    Product out = local;
    for (const FieldSpec& f : s.productFields)
        if (!f.path.isEmpty() && !f.wire.isEmpty())
            ProductFields::write(out, nullptr, f.path, ProductFields::read(synced, nullptr, f.path));
    out.status = synced.status;
    out.prices = synced.prices; // the provider's prices, each as last sent or pulled
    return out;
}

// ---- one product ----

class ApplyTask : public QObject
{
public:
    enum Kind { Run, Finish, Create, Nothing, Settle, Refuse, Unknown, Broken }; // Settle: nothing to send, recorded synced
    struct Decision {
        ClaimAttempt attempt;
        Kind kind = Refuse;
        ProductPlan plan;
        SubmissionState state;
        QString message;
    };

    ApplyTask(PlanRun run, const QString& productId, QObject* parent)
        : QObject(parent)
        , m_run(std::move(run))
        , m_productId(productId)
        , m_claimId(Catalog::newId())
    {
    }

    void begin();
    void cancel()
    {
        m_cancelled = true;
        if (m_job)
            m_job->cancel();
        if (m_sync)
            m_sync->cancel();
    }

private:
    static Kind decide(const CatalogEntry& entry, const SyncLink& link, const std::optional<ChangePlan>& shown, Decision& d);
    void onClaimed(const Decision& d);
    void run(const QString& key);
    void finishApplied(const SubmissionState& state);
    void recordFailure(const JobResult& result);
    void release();
    void done(const QString& outcome, const QString& message, const QString& remoteId = {}, std::optional<JobResult> result = std::nullopt);

    PlanRun m_run;
    QString m_productId;
    QString m_claimId;
    CatalogEntry m_entry;
    Account m_account;
    SyncLink m_link;
    ProductPlan m_plan;
    SubmissionState m_state;
    QPointer<ProviderJob> m_job;
    QPointer<SyncTask> m_sync;
    bool m_held = false;
    bool m_sent = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

ApplyTask::Kind ApplyTask::decide(const CatalogEntry& entry, const SyncLink& link, const std::optional<ChangePlan>& shown, Decision& d)
{
    const SubmissionState& s = link.submission;
    const bool applying = s.idempotencyKey.startsWith(kKeyPrefix) && s.completed.contains(kPlanMember);
    if (applying) {
        // Every step of an earlier apply is done and recorded: only the result is left to record
        // (what the product holds now may already be that result).
        const ProductPlan stored = ProductPlan::fromJson(QJsonDocument::fromJson(s.completed.value(kPlanMember).toUtf8()).object());
        if (!stored.changes.changes.isEmpty() && stepsDone(s, int(stored.changes.changes.size())) == stored.changes.changes.size()) {
            d.plan = stored;
            d.state = s;
            return Finish;
        }
    }
    const std::optional<ProductPlan> now = ChangePlan::forProduct(entry, link);
    if (shown) {
        const ProductPlan* seen = shown->find(entry.id);
        if ((seen == nullptr) != !now || (seen && !seen->sameAs(*now))) {
            d.message = Text::tr("“%1” was not applied: its plan changed since it was shown (%2). Look at the plan again.")
                            .arg(entry.product.name, ChangePlan::difference(seen, now ? &*now : nullptr));
            return Refuse;
        }
    }
    if (!now) {
        d.message = Text::tr("Nothing to change on %1.").arg(providerDisplayName(entry.provider));
        const bool changedSinceSync = !link.remoteId.isEmpty() && link.syncedProduct && link.syncedVersion != entry.version
            && (link.state == SyncState::Synced || link.state == SyncState::Changed);
        if (!changedSinceSync)
            return Nothing;
        if (applying && stepsDone(s, 1) > 0) {
            d.message = Text::tr("An earlier apply of “%1” stopped part way and the product has changed since; check it on %2 before applying again.")
                            .arg(entry.product.name, providerDisplayName(entry.provider));
            return Refuse;
        }
        // What changed is nothing the provider keeps: the product is recorded synced at this
        // version, as the provider has it (the last synced document with what only Pricebook
        // keeps as it is now), so it does not stay "changed since sync" for ever.
        d.message = nothingKeptMessage(entry, *link.syncedProduct);
        return Settle;
    }
    d.plan = *now;
    if (now->create)
        return Create;
    if (!now->changes.refusals.isEmpty()) {
        d.message = now->changes.refusals.join(u' ');
        return Refuse;
    }
    const QString key = PlanApplier::planKey(entry, link, *now);
    if (applying && s.idempotencyKey != key && stepsDone(s, 1) > 0) {
        d.message = Text::tr("An earlier apply of “%1” stopped part way and the product has changed since; check it on %2 before applying again.")
                        .arg(entry.product.name, providerDisplayName(entry.provider));
        return Refuse;
    }
    if (s.idempotencyKey == key) {
        d.state = s; // resumed after the last step recorded, with the same key
        if (!s.pendingStep.isEmpty() && !adapterFor(entry.provider).repeatsCreatesSafely()) {
            d.message = Text::tr("An earlier attempt may have made “%1” on %2 already; check on %2 before applying again.")
                            .arg(entry.product.name, providerDisplayName(entry.provider));
            return Unknown;
        }
    } else {
        d.state = {};
        d.state.idempotencyKey = key;
        d.state.completed.insert(kPlanMember, compact(now->toJson()));
    }
    return Run;
}

void ApplyTask::begin()
{
    const QString productId = m_productId, claimId = m_claimId;
    const int lease = m_run.engine->leaseMs();
    const std::optional<ChangePlan> shown = m_run.shown;
    m_run.store->call<Decision>([productId, claimId, lease, shown](Catalog& c) {
        Decision d;
        ClaimRequest r;
        r.owner = ClaimOwner::current().toString();
        r.claimId = claimId;
        r.now = QDateTime::currentDateTimeUtc();
        r.until = r.now.addMSecs(lease);
        r.ownerGone = &ClaimOwner::isGone;
        r.decide = [&d, &shown](const CatalogEntry& entry, const SyncLink& link, std::optional<SubmissionState>*) {
            d.kind = decide(entry, link, shown, d);
            return d.kind == Run || d.kind == Finish || d.kind == Settle;
        };
        d.attempt = c.claim(productId, r);
        if (d.attempt.outcome == ClaimAttempt::Claimed && d.kind == Settle) {
            const CatalogEntry& e = d.attempt.entry;
            const SyncLink& l = d.attempt.link;
            const Product kept = PlanApplier::providerKept(e.provider, l.syncedProduct.value_or(Product {}), e.product);
            JobResult result;
            result.status = JobStatus::Succeeded;
            result.object.id = l.remoteId;
            result.message = d.message;
            if (!c.recordResult(productId, e.accountId, JobKind::UpdateProduct, result, e.version, &kept, claimId)) {
                d.kind = Broken;
                d.message = c.lastError(); // given back by onClaimed()
            }
        }
        // The plan and its key are on disk before any request leaves. (Not as a started
        // submission: that would read as an unfinished create.)
        if (d.attempt.outcome == ClaimAttempt::Claimed && d.kind == Run
            && !c.updateSubmission(productId, d.attempt.entry.accountId, d.state, claimId)) {
            d.kind = Broken;
            d.message = c.lastError();
        }
        return d;
    }, this, [this](const Decision& d) { onClaimed(d); });
}

void ApplyTask::onClaimed(const Decision& d)
{
    m_entry = d.attempt.entry;
    if (d.attempt.account)
        m_account = *d.attempt.account;
    m_link = d.attempt.link;
    m_plan = d.plan;
    m_state = d.state;
    switch (d.attempt.outcome) {
    case ClaimAttempt::Missing: done(QStringLiteral("skipped"), d.attempt.error); return;
    case ClaimAttempt::Error: done(QStringLiteral("failed"), Text::tr("Not sent: %1").arg(d.attempt.error)); return;
    case ClaimAttempt::Held: done(QStringLiteral("skipped"), claimHeldMessage(m_entry.product.name, d.attempt.link.claim)); return;
    case ClaimAttempt::Declined:
        switch (d.kind) {
        case Nothing: done(QStringLiteral("already synced"), d.message, m_link.remoteId); return;
        case Unknown: done(QStringLiteral("outcome unknown"), d.message); return;
        case Create: {
            // Not on the provider yet: the engine creates it, the one way a product is created.
            m_sync = m_run.engine->send({ m_productId, SyncRequest::Create }, m_run.keys);
            connect(m_sync, &SyncTask::finished, this, [this](const SyncOutcome& o) {
                m_sent = o.sent;
                done(o.key(), o.ok() ? QString() : o.message, o.remoteId, o.result);
            });
            return;
        }
        default: done(QStringLiteral("rejected"), d.message); return;
        }
    case ClaimAttempt::Claimed: break;
    }
    if (d.kind == Settle) { // recorded synced and given back in the claim's transaction
        done(QStringLiteral("already synced"), d.message, m_link.remoteId);
        return;
    }
    m_held = true;
    m_run.engine->hold(m_claimId);
    if (d.kind == Broken) {
        release();
        done(QStringLiteral("failed"), Text::tr("Not sent: %1").arg(d.message));
        return;
    }
    if (d.kind == Finish) {
        finishApplied(m_state);
        return;
    }
    QPointer<ApplyTask> guard(this);
    m_run.keys(m_account, [guard](const QString& key) {
        if (guard)
            guard->run(key);
    });
}

void ApplyTask::run(const QString& key)
{
    if (m_cancelled || key.isEmpty()) {
        release();
        done(m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
             m_cancelled ? Text::tr("Not sent: cancelled.") : Text::tr("No API key for “%1”.").arg(m_account.name));
        return;
    }
    const ProviderAdapter& adapter = adapterFor(m_entry.provider);
    const Product synced = m_link.syncedProduct.value_or(Product {});
    const QList<ProviderRequest> requests = adapter.buildChangeSteps(
        synced, m_entry.product, m_plan.changes, m_account.target, m_link.remoteId,
        adapter.repeatsCreatesSafely() ? m_state.idempotencyKey : QString());
    if (requests.size() != m_plan.changes.changes.size()) {
        JobResult r;
        r.status = JobStatus::Rejected;
        r.message = Text::tr("Pricebook cannot carry out this plan on %1; nothing was sent.").arg(adapter.displayName());
        r.state = m_state;
        recordFailure(r);
        return;
    }
    QList<ProviderJob::Step> steps;
    for (const ProviderRequest& r : requests)
        steps.append({ r, adapter.responseKind(r), false });
    auto* job = new ProviderJob(m_run.network, m_run.policy, m_account.target, key, JobKind::UpdateProduct, steps,
                                m_state, adapter.unknownOutcomeAdvice(m_entry.product), this);
    job->setRecordsEveryStep(true);
    m_job = job;
    connect(job, &ProviderJob::progress, this, [this](int step, int steps, const QString&) {
        const int i = step - 1;
        if (i >= 0 && i < m_plan.changes.changes.size() && m_run.stepStarted)
            m_run.stepStarted(m_entry.product.name, step, steps, m_plan.changes.changes.at(i).words);
    });
    connect(job, &ProviderJob::stateChanged, this, [this](const SubmissionState& s) {
        m_state = s;
        const QString productId = m_entry.id, accountId = m_account.id, claimId = m_claimId;
        m_run.store->post([productId, accountId, s, claimId](Catalog& c) { c.updateSubmission(productId, accountId, s, claimId); });
    });
    connect(job, &ProviderJob::finished, this, [this](const JobResult& r) {
        m_job = nullptr;
        if (m_run.settling)
            m_run.settling();
        if (r.ok())
            finishApplied(r.state);
        else
            recordFailure(r);
    });
    if (m_run.sending)
        m_run.sending(m_account.id, int(requests.size()));
    m_sent = true;
    job->start();
}

void ApplyTask::finishApplied(const SubmissionState& state)
{
    const CatalogEntry entry = m_entry;
    const QString accountId = m_account.id, claimId = m_claimId, remoteId = m_link.remoteId;
    const Product synced = m_link.syncedProduct.value_or(Product {});
    const ChangeSet changes = m_plan.changes;
    struct Recorded {
        QString error;
        QString conflict;
    };
    m_run.store->call<Recorded>([entry, accountId, claimId, remoteId, synced, changes, state](Catalog& c) {
        Recorded out;
        CatalogEntry e = entry;
        e.product = PlanApplier::appliedProduct(entry.product, synced, changes, state.completed);
        qint64 version = entry.version;
        if (e.product != entry.product) {
            if (c.saveProduct(e))
                version = e.version;
            else
                out.conflict = c.lastError(); // recorded as applied at the version read; the newer edit stays "changed"
        }
        JobResult r;
        r.status = JobStatus::Succeeded;
        r.object.id = remoteId;
        r.operation = Text::tr("Apply changes");
        r.message = Text::tr("Applied %n change(s).", nullptr, int(changes.changes.size()));
        if (!c.recordResult(entry.id, accountId, JobKind::UpdateProduct, r, version, &e.product, claimId))
            out.error = c.lastError();
        return out;
    }, this, [this, remoteId](const Recorded& rec) {
        m_run.engine->drop(m_claimId);
        m_held = false;
        JobResult r;
        r.status = JobStatus::Succeeded;
        r.object.id = remoteId;
        r.operation = Text::tr("Apply changes");
        if (!rec.error.isEmpty()) {
            done(QStringLiteral("failed"), Text::tr("Every change was made on %1, but the catalog could not record it: %2. Apply again to record it.")
                                                .arg(providerDisplayName(m_entry.provider), rec.error), remoteId, r);
            return;
        }
        const QString what = m_plan.summary(m_entry.provider);
        done(QStringLiteral("updated"), rec.conflict.isEmpty() ? what : what + u' ' + rec.conflict, remoteId, r);
    });
}

void ApplyTask::recordFailure(const JobResult& result)
{
    const QString productId = m_entry.id, accountId = m_account.id, claimId = m_claimId;
    const qint64 version = m_entry.version;
    JobResult r = result;
    m_run.store->call<QString>([productId, accountId, claimId, version, r](Catalog& c) {
        return c.recordResult(productId, accountId, JobKind::UpdateProduct, r, version, nullptr, claimId) ? QString() : c.lastError();
    }, this, [this, r](const QString& error) {
        m_run.engine->drop(m_claimId);
        m_held = false;
        const int done_ = stepsDone(r.state, int(m_plan.changes.changes.size()));
        QString message = r.message;
        if (done_ > 0)
            message += u' ' + Text::tr("(%1 of %2 steps done; apply again to resume.)").arg(done_).arg(m_plan.changes.changes.size());
        if (!error.isEmpty())
            message += u' ' + Text::tr("(The result could not be recorded either: %1)").arg(error);
        const QString outcome = r.status == JobStatus::Rejected        ? QStringLiteral("rejected")
                              : r.status == JobStatus::OutcomeUnknown  ? QStringLiteral("outcome unknown")
                              : r.status == JobStatus::Cancelled       ? QStringLiteral("cancelled")
                                                                       : QStringLiteral("failed");
        JobResult shown = r;
        shown.message = message;
        done(outcome, message, {}, shown);
    });
}

void ApplyTask::release()
{
    if (!m_held)
        return;
    m_held = false;
    m_run.engine->drop(m_claimId);
    const QString productId = m_entry.id, accountId = m_account.id, claimId = m_claimId;
    m_run.store->post([productId, accountId, claimId](Catalog& c) { c.releaseClaim(productId, accountId, claimId); });
}

void ApplyTask::done(const QString& outcome, const QString& message, const QString& remoteId, std::optional<JobResult> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result) { // never sent: a result that says why
        result.emplace();
        result->status = PushLine { {}, {}, {}, outcome, {}, {} }.ok() ? JobStatus::Succeeded
                       : outcome == u"outcome unknown"                 ? JobStatus::OutcomeUnknown
                       : outcome == u"failed"                          ? JobStatus::NetworkFailure
                       : outcome == u"rejected"                        ? JobStatus::Rejected
                                                                       : JobStatus::Cancelled;
        result->message = message;
    }
    if (result->object.id.isEmpty())
        result->object.id = remoteId;
    if (m_run.done)
        m_run.done({ m_productId, m_account.id.isEmpty() ? m_entry.accountId : m_account.id, m_entry.product.name, outcome, remoteId, message },
                   *result, m_sent);
    deleteLater();
}

std::function<void()> runPlan(const QString& productId, PlanRun run, QObject* parent)
{
    QPointer<ApplyTask> task = new ApplyTask(std::move(run), productId, parent);
    task->begin();
    return [task] {
        if (task)
            task->cancel();
    };
}

// The report's outcome words ("already synced") are keys; people read them in their language.
QString outcomeLabel(const QString& key)
{
    if (key == u"created")
        return Text::tr("Created");
    if (key == u"updated")
        return Text::tr("Updated");
    if (key == u"already synced")
        return Text::tr("Already synced");
    if (key == u"skipped")
        return Text::tr("Skipped");
    if (key == u"rejected")
        return Text::tr("Rejected");
    if (key == u"failed")
        return Text::tr("Failed");
    if (key == u"outcome unknown")
        return Text::tr("Outcome unknown");
    if (key == u"cancelled")
        return Text::tr("Cancelled");
    if (key == u"archived")
        return Text::tr("Archived");
    if (key == u"restored")
        return Text::tr("Restored");
    if (key == u"already archived")
        return Text::tr("Already archived");
    if (key == u"already active")
        return Text::tr("Already active");
    return key;
}

// ---- many products ----

PlanApplier::PlanApplier(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_keys(std::move(keys))
    , m_engine(new SyncEngine(store, network, this))
{
    qRegisterMetaType<PushLine>();
}

void PlanApplier::start(const QStringList& productIds, const ApplyOptions& options)
{
    m_options = options;
    m_options.concurrency = qMax(1, options.concurrency);
    m_engine->setDeliveryPolicy(options.policy);
    m_queue.clear();
    for (const QString& id : productIds)
        m_queue.enqueue(id);
    m_report.clear();
    m_total = int(productIds.size());
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    QMetaObject::invokeMethod(this, &PlanApplier::pump, Qt::QueuedConnection);
}

void PlanApplier::cancel()
{
    m_cancelled = true;
    while (!m_queue.isEmpty()) {
        const QString id = m_queue.dequeue();
        m_report.append({ id, {}, {}, QStringLiteral("cancelled"), {}, Text::tr("Not sent: cancelled.") });
    }
    for (const QPointer<ApplyTask>& t : std::as_const(m_tasks))
        if (t)
            t->cancel();
    pump();
}

void PlanApplier::pump()
{
    if (!m_running)
        return;
    while (!m_cancelled && m_inFlight < m_options.concurrency && !m_queue.isEmpty()) {
        PlanRun run { m_store, m_network, m_engine, m_keys, m_options.policy, m_options.shown, {}, {}, {}, {} };
        const QString productId = m_queue.dequeue();
        run.stepStarted = [this, productId](const QString& name, int step, int steps, const QString& words) {
            Q_EMIT stepStarted(productId, name, step, steps, words);
        };
        run.done = [this](const PushLine& line, const JobResult&, bool) { complete(line); };
        auto* task = new ApplyTask(std::move(run), productId, this);
        ++m_inFlight;
        m_tasks.removeAll(nullptr);
        m_tasks.append(task);
        task->begin();
    }
    if (m_inFlight == 0 && (m_queue.isEmpty() || m_cancelled)) {
        m_running = false;
        Q_EMIT finished(m_report);
    }
}

void PlanApplier::complete(const PushLine& line)
{
    --m_inFlight;
    m_report.append(line);
    Q_EMIT lineFinished(line);
    Q_EMIT progressChanged(int(m_report.size()), m_total);
    QMetaObject::invokeMethod(this, &PlanApplier::pump, Qt::QueuedConnection);
}

QString PlanApplier::planKey(const CatalogEntry& entry, const SyncLink& link, const ProductPlan& plan)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QStringLiteral("%1\n%2\n%3\n%4\n%5\n").arg(entry.id, link.remoteId).arg(link.syncedVersion).arg(entry.version)
                  .arg(compact(plan.toJson())).toUtf8());
    return kKeyPrefix + QString::fromLatin1(h.result().toHex().left(32));
}

Product PlanApplier::appliedProduct(const Product& local, const Product& synced, const ChangeSet& changes,
                                    const QMap<QString, QString>& completed)
{
    Product p = local;
    QString lastCreated;
    auto indexOf = [&p](const QString& remoteId) {
        for (qsizetype i = 0; i < p.prices.size(); ++i)
            if (!remoteId.isEmpty() && p.prices.at(i).remoteId == remoteId)
                return i;
        return qsizetype(-1);
    };
    for (int i = 0; i < changes.changes.size(); ++i) {
        const PlannedChange& c = changes.changes.at(i);
        const QString made = completed.value(ProviderAdapter::changeStep(i));
        if (c.operation == u"create_price" && c.priceIndex >= 0 && c.priceIndex < p.prices.size() && !made.isEmpty()) {
            p.prices[c.priceIndex].remoteId = made;
            p.prices[c.priceIndex].archived = false;
            lastCreated = made;
        } else if (c.operation == u"set_default_price") {
            const qsizetype at = indexOf(c.target.isEmpty() ? lastCreated : c.target);
            if (at >= 0)
                for (qsizetype k = 0; k < p.prices.size(); ++k)
                    p.prices[k].isDefault = k == at;
        } else if (c.operation == u"archive_price" && !c.target.isEmpty()) {
            qsizetype at = indexOf(c.target);
            if (at < 0) {
                // Replaced here by the new price: kept as the archived price it now is there.
                for (const Price& was : synced.prices)
                    if (was.remoteId == c.target) {
                        p.prices.append(was);
                        at = p.prices.size() - 1;
                    }
            }
            if (at >= 0) {
                p.prices[at].archived = true;
                p.prices[at].isDefault = false;
            }
        }
    }
    return p;
}

} // namespace pb

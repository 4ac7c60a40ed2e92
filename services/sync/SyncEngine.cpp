#include "SyncEngine.h"

#include "Apply.h"
#include "Claim.h"
#include "services/providers/Registry.h"

#include <utility>

namespace pb {

QString SyncOutcome::key() const
{
    switch (kind) {
    case Created: return QStringLiteral("created");
    case Updated: return QStringLiteral("updated");
    case AlreadySynced:
        if (mode == SyncRequest::Archive)
            return QStringLiteral("already archived");
        if (mode == SyncRequest::Restore)
            return QStringLiteral("already active");
        return QStringLiteral("already synced");
    case Archived: return QStringLiteral("archived");
    case Restored: return QStringLiteral("restored");
    case Busy:
    case Skipped: return QStringLiteral("skipped");
    case Rejected: return QStringLiteral("rejected");
    case Failed: return QStringLiteral("failed");
    case OutcomeUnknown: return QStringLiteral("outcome unknown");
    case Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

// ---- the engine ----

SyncEngine::SyncEngine(CatalogStore* store, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
{
    qRegisterMetaType<SyncOutcome>();
    m_networks.append({ network, 0 });
    m_renewal.setInterval(m_leaseMs / 3);
    connect(&m_renewal, &QTimer::timeout, this, &SyncEngine::renew);
}

void SyncEngine::setLeaseMs(int ms)
{
    m_leaseMs = qMax(300, ms);
    m_renewal.setInterval(m_leaseMs / 3);
}

void SyncEngine::addNetwork(QNetworkAccessManager* network)
{
    m_networks.append({ network, 0 });
}

QNetworkAccessManager* SyncEngine::takeNetwork()
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_networks.size(); ++i)
        if (m_networks.at(i).first && (best < 0 || m_networks.at(i).second < m_networks.at(best).second))
            best = i;
    if (best < 0)
        return m_network;
    ++m_networks[best].second;
    return m_networks.at(best).first;
}

void SyncEngine::giveBackNetwork(QNetworkAccessManager* network)
{
    for (auto& [manager, busy] : m_networks)
        if (manager == network && busy > 0) {
            --busy;
            return;
        }
}

void SyncEngine::inspect(const QString& productId, QObject* context, std::function<void(const Item&)> done)
{
    m_store->call<Item>([productId](Catalog& c) {
        Item w;
        const auto entry = c.product(productId);
        if (!entry) {
            w.problem = tr("No such product in the catalog.");
            return w;
        }
        w.entry = *entry;
        const auto account = entry->accountId.isEmpty() ? std::nullopt : c.account(entry->accountId);
        if (!account) {
            w.problem = tr("The product has no client account.");
            return w;
        }
        w.account = *account;
        w.link = c.link(entry->id, entry->accountId);
        w.found = true;
        return w;
    }, context, std::move(done));
}

SyncTask* SyncEngine::send(const SyncRequest& request, SendGate gate)
{
    auto* task = new SyncTask(this, request, std::move(gate));
    task->begin();
    return task;
}

SyncTask* SyncEngine::send(const SyncRequest& request, const QString& key)
{
    return send(request, [key](const Account&, std::function<void(const QString&)> go) { go(key); });
}

SyncPlan SyncEngine::plan(const CatalogEntry& e, const SyncLink& l, const SyncRequest& r)
{
    SyncPlan p;
    const QString provider = providerDisplayName(e.provider);
    const bool changed = l.state == SyncState::Changed && !l.remoteId.isEmpty();
    // Archive and restore change only the remote product's status, whatever else changed here.
    if (r.mode == SyncRequest::Archive || r.mode == SyncRequest::Restore) {
        const bool archive = r.mode == SyncRequest::Archive;
        const QString reason = adapterFor(e.provider).archiveUnavailableReason();
        if (!reason.isEmpty()) {
            p.action = SyncPlan::Unsupported;
            p.message = reason;
            return p;
        }
        if (l.remoteId.isEmpty() || (l.state != SyncState::Synced && l.state != SyncState::Changed)) {
            p.action = SyncPlan::NeedsRemoteId;
            p.message = archive ? tr("“%1” is not on %2, so there is nothing to archive.").arg(e.product.name, provider)
                                : tr("“%1” is not on %2, so there is nothing to restore.").arg(e.product.name, provider);
            return p;
        }
        // As last sent or pulled: what the provider has now, as far as Pricebook knows.
        const QString status = l.syncedProduct ? l.syncedProduct->status : e.product.status;
        if ((status == u"archived") == archive) {
            p.action = SyncPlan::AlreadySynced;
            p.message = archive ? tr("“%1” is already archived on %2.").arg(e.product.name, provider)
                                : tr("“%1” is already active on %2.").arg(e.product.name, provider);
            return p;
        }
        p.action = archive ? SyncPlan::Archive : SyncPlan::Restore;
        return p;
    }
    // Pulled in a shape Pricebook cannot send back as it is: kept as the provider has it.
    if (!e.product.readOnlyReason.isEmpty() && !l.remoteId.isEmpty()) {
        p.action = SyncPlan::AlreadySynced;
        p.message = tr("“%1” was pulled read-only from %2, so Pricebook does not send it: %3")
                        .arg(e.product.name, provider, e.product.readOnlyReason);
        return p;
    }
    if (r.mode == SyncRequest::Update || (r.mode == SyncRequest::Auto && changed)) {
        if (l.remoteId.isEmpty()) {
            p.action = SyncPlan::NeedsRemoteId;
            p.message = tr("“%1” is not on %2 yet, so there is nothing to update.").arg(e.product.name, provider);
            return p;
        }
        p.action = SyncPlan::Update;
        return p;
    }
    if (!l.remoteId.isEmpty() && (l.state == SyncState::Synced || l.state == SyncState::Changed)) {
        p.action = SyncPlan::AlreadySynced;
        if (r.mode == SyncRequest::Create)
            p.message = tr("“%1” is already on %2 as %3.").arg(e.product.name, provider, l.remoteId);
        return p;
    }
    // An unfinished create resumes where it stopped, with the same idempotency key. Where the
    // provider offers no such key, a create that may have arrived is never sent again blindly.
    p.state = l.submission;
    const bool repeatable = adapterFor(e.provider).repeatsCreatesSafely();
    const bool unfinished = l.state == SyncState::Submitting || l.state == SyncState::OutcomeUnknown;
    if (unfinished && !repeatable && !r.resendUnknown) {
        p.action = SyncPlan::MayExist;
        p.message = tr("An earlier attempt may have created it; check on %1 before sending it again.").arg(provider);
        return p;
    }
    // A create started afresh tags what it makes with the product's id (where the provider keeps
    // metadata), so Check on provider can find it when its outcome is unknown; a resumed one keeps
    // what it first sent.
    if (p.state.isEmpty())
        p.state.catalogId = e.id;
    if (repeatable && p.state.idempotencyKey.isEmpty())
        p.state.idempotencyKey = SubmissionState::newIdempotencyKey();
    p.action = SyncPlan::Create;
    return p;
}

ProviderJob* SyncEngine::makeJob(ProviderService& service, const Product& product, const AccountTarget& target,
                                 const QString& key, bool update, const QString& remoteId, const SubmissionState& state)
{
    return update ? service.updateProduct(product, target, key, remoteId) : service.createProduct(product, target, key, state);
}

QString SyncEngine::updateRefusal(const Product& product, const Provider& provider)
{
    const ProviderAdapter& adapter = adapterFor(provider);
    if (!adapter.schema().updateProduct.isValid())
        return tr("%1 documents no update of a product by its id (its plans are changed one by one, by their own ids), so nothing "
                  "was sent. Pull the product into a catalog, change it there, then use plan and apply.")
            .arg(adapter.displayName());
    if (!product.prices.isEmpty())
        return tr("An update from a product file sends only the product's own fields, and this one has prices: %1 changes a price "
                  "its own way (a new one, then the old one archived), which needs the product as last synced. Nothing was sent. "
                  "Leave the prices out to update the product's fields, or pull the product into a catalog and use plan and apply.")
            .arg(adapter.displayName());
    return {};
}

SyncOutcome::Kind SyncEngine::kindOf(const JobResult& r, bool update)
{
    switch (r.status) {
    case JobStatus::Succeeded: return update ? SyncOutcome::Updated : SyncOutcome::Created;
    case JobStatus::Rejected: return SyncOutcome::Rejected;
    case JobStatus::OutcomeUnknown: return SyncOutcome::OutcomeUnknown;
    case JobStatus::Cancelled: return SyncOutcome::Cancelled;
    case JobStatus::NetworkFailure:
    case JobStatus::TimedOut: break;
    }
    return SyncOutcome::Failed;
}

void SyncEngine::hold(const QString& claimId)
{
    m_held.insert(claimId);
    if (!m_renewal.isActive())
        m_renewal.start();
}

void SyncEngine::drop(const QString& claimId)
{
    m_held.remove(claimId);
    if (m_held.isEmpty())
        m_renewal.stop();
}

void SyncEngine::renew()
{
    if (m_held.isEmpty())
        return;
    const QStringList ids = m_held.values();
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(m_leaseMs);
    m_store->post([ids, until](Catalog& c) { c.renewClaims(ids, until); });
}

struct SyncTask::Claimed {
    ClaimAttempt attempt;
    SyncPlan plan;
};

void SyncEngine::queueClaim(SyncTask* task)
{
    m_claimQueue.append(task);
    scheduleFlush();
}

void SyncEngine::queueWrite(SyncTask* task, SyncWrite write, std::function<void(const QString&)> done)
{
    m_writeQueue.append({ task, std::move(write), std::move(done) });
    scheduleFlush();
}

void SyncEngine::scheduleFlush()
{
    if (!m_flushing && !m_flushScheduled) {
        m_flushScheduled = true; // what the tasks queue in this turn of the event loop goes together
        QMetaObject::invokeMethod(this, &SyncEngine::flush, Qt::QueuedConnection);
    }
}

void SyncEngine::flush()
{
    m_flushScheduled = false;
    if (m_flushing)
        return;
    // Writes in order: a task's progress is written before its outcome.
    const qsizetype n = qMin<qsizetype>(m_writeQueue.size(), kBatchLimit);
    QList<PendingWrite> batch = m_writeQueue.mid(0, n);
    m_writeQueue.remove(0, n);
    QList<SyncWrite> writes;
    writes.reserve(batch.size());
    for (const PendingWrite& w : std::as_const(batch))
        writes.append(w.write);
    QList<QPointer<SyncTask>> tasks;
    QList<QPair<SyncRequest, QString>> orders; // the request and its claim id
    while (!m_claimQueue.isEmpty() && tasks.size() < kBatchLimit) {
        const QPointer<SyncTask> task = m_claimQueue.takeFirst();
        if (!task)
            continue;
        tasks.append(task);
        orders.append({ task->m_request, task->m_claimId });
    }
    if (writes.isEmpty() && tasks.isEmpty())
        return;
    m_flushing = true;
    const int lease = m_leaseMs;
    struct Done {
        QStringList writeErrors;
        QList<SyncTask::Claimed> claimed;
    };
    m_store->call<Done>([writes, orders, lease](Catalog& c) {
        Done done;
        done.claimed.resize(orders.size());
        QList<ClaimItem> items;
        const QString owner = ClaimOwner::current().toString();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const SyncRequest request = orders.at(i).first;
            ClaimRequest r;
            r.owner = owner;
            r.claimId = orders.at(i).second;
            r.now = now;
            r.until = now.addMSecs(lease);
            r.ownerGone = &ClaimOwner::isGone;
            SyncPlan* plan = &done.claimed[i].plan;
            r.decide = [plan, request](const CatalogEntry& entry, const SyncLink& link, std::optional<SubmissionState>* begin) {
                *plan = SyncEngine::plan(entry, link, request);
                // On disk, key and all, before anything is sent. A create with no key to repeat
                // it by begins only when it is about to be sent (SyncTask::onKey).
                if (plan->action == SyncPlan::Create && adapterFor(entry.provider).repeatsCreatesSafely())
                    *begin = plan->state;
                // A create its sender left unfinished (that process is gone) is claimed to be
                // recorded as "outcome unknown", so it is not left "submitting" for ever.
                const bool orphan = plan->action == SyncPlan::MayExist && link.state == SyncState::Submitting;
                // An update is the product's change plan, carried out under a claim of its own
                // (SyncTask::applyPlan), so it is not claimed here.
                return (plan->sends() && plan->action != SyncPlan::Update) || orphan;
            };
            items.append({ request.productId, r });
        }
        Catalog::WritesAndClaims made = c.recordAndClaim(writes, items);
        done.writeErrors = made.writeErrors;
        for (qsizetype i = 0; i < done.claimed.size(); ++i)
            done.claimed[i].attempt = made.claims.value(i);
        return done;
    }, this, [this, batch, tasks](const Done& done) {
        m_flushing = false;
        for (qsizetype i = 0; i < batch.size(); ++i)
            if (batch.at(i).task)
                batch.at(i).done(done.writeErrors.value(i));
        for (qsizetype i = 0; i < tasks.size(); ++i)
            if (tasks.at(i))
                tasks.at(i)->onClaimed(done.claimed.at(i).attempt, done.claimed.at(i).plan);
        flush(); // what was queued while this batch was on the worker
    });
}

// ---- one product ----

SyncTask::SyncTask(SyncEngine* engine, const SyncRequest& request,
                   std::function<void(const Account&, std::function<void(const QString&)>)> gate)
    : QObject(engine)
    , m_engine(engine)
    , m_request(request)
    , m_gate(std::move(gate))
    , m_claimId(Catalog::newId())
{
}

void SyncTask::begin()
{
    m_engine->queueClaim(this);
}

void SyncTask::onClaimed(const ClaimAttempt& attempt, const SyncPlan& plan)
{
    m_entry = attempt.entry;
    if (attempt.account)
        m_account = *attempt.account;
    m_plan = plan;
    SyncOutcome o;
    auto refuse = [&](SyncOutcome::Kind kind, JobStatus status, const QString& message) {
        o.kind = kind;
        o.message = message;
        o.result.status = status;
        o.result.message = message;
        finish(o);
    };
    switch (attempt.outcome) {
    case ClaimAttempt::Missing: refuse(SyncOutcome::Skipped, JobStatus::Cancelled, attempt.error); return;
    case ClaimAttempt::Error: refuse(SyncOutcome::Failed, JobStatus::NetworkFailure, tr("Not sent: %1").arg(attempt.error)); return;
    case ClaimAttempt::Held:
        refuse(SyncOutcome::Busy, JobStatus::Cancelled, claimHeldMessage(m_entry.product.name, attempt.link.claim));
        return;
    case ClaimAttempt::Declined:
        switch (plan.action) {
        case SyncPlan::AlreadySynced:
            o.remoteId = attempt.link.remoteId;
            o.result.object.id = attempt.link.remoteId;
            refuse(SyncOutcome::AlreadySynced, JobStatus::Succeeded, plan.message);
            return;
        case SyncPlan::Update: applyPlan(); return;
        case SyncPlan::MayExist: {
            const auto service = ProviderService::create(m_entry.provider, m_engine->m_network);
            o.result.advice = service->unknownOutcomeAdvice(m_entry.product);
            refuse(SyncOutcome::OutcomeUnknown, JobStatus::OutcomeUnknown, plan.message);
            return;
        }
        default: refuse(SyncOutcome::Rejected, JobStatus::Rejected, plan.message); return;
        }
        return;
    case ClaimAttempt::Claimed: break;
    }
    m_engine->hold(m_claimId);
    if (plan.action == SyncPlan::MayExist) {
        JobResult r;
        r.status = JobStatus::OutcomeUnknown;
        r.message = plan.message;
        r.state = attempt.link.submission;
        r.advice = ProviderService::create(m_entry.provider, m_engine->m_network)->unknownOutcomeAdvice(m_entry.product);
        record(r, false);
        return;
    }
    m_remoteId = attempt.link.remoteId; // where an update goes
    m_unsent = attempt.before;
    m_beginLater = plan.action == SyncPlan::Create && !attempt.before;
    if (m_beginLater)
        m_linkBefore = attempt.link;
    QPointer<SyncTask> guard(this);
    m_gate(m_account, [guard](const QString& key) {
        if (guard)
            guard->onKey(key);
    });
}

void SyncTask::onKey(const QString& key)
{
    auto stop = [this] {
        release();
        SyncOutcome o;
        o.kind = m_cancelled ? SyncOutcome::Cancelled : SyncOutcome::Failed;
        o.message = m_cancelled ? tr("Not sent: cancelled.") : tr("No API key for “%1”.").arg(m_account.name);
        o.result.status = m_cancelled ? JobStatus::Cancelled : JobStatus::Rejected;
        o.result.message = o.message;
        finish(o);
    };
    if (m_cancelled || key.isEmpty()) {
        stop();
        return;
    }
    m_key = key;
    if (!m_beginLater) {
        run();
        return;
    }
    // "Submitting" is on disk before the request leaves (grouped with the other writes).
    SyncWrite w;
    w.kind = SyncWrite::Begin;
    w.productId = m_entry.id;
    w.accountId = m_account.id;
    w.claimId = m_claimId;
    w.state = m_plan.state;
    m_engine->queueWrite(this, std::move(w), [this, stop](const QString& error) {
        m_beginLater = false;
        if (error.isEmpty() && !m_cancelled) {
            run();
            return;
        }
        m_key.fill(u'\0');
        if (error.isEmpty()) { // begun, then cancelled before anything left: undone
            m_unsent = m_linkBefore;
            stop();
            return;
        }
        release();
        SyncOutcome o;
        o.kind = SyncOutcome::Failed;
        o.message = tr("Not sent: %1").arg(error);
        o.result.status = JobStatus::NetworkFailure;
        o.result.message = o.message;
        finish(o);
    });
}

void SyncTask::run()
{
    // A create, an archive or a restore; an update is its change plan (applyPlan()).
    m_jobNetwork = m_engine->takeNetwork();
    auto service = ProviderService::create(m_entry.provider, m_jobNetwork, m_engine->m_policy);
    ProviderJob* job = archiving()
        ? service->archiveProduct(m_account.target, m_key, m_remoteId, m_plan.action == SyncPlan::Archive)
        : SyncEngine::makeJob(*service, m_entry.product, m_account.target, m_key, false, m_remoteId, m_plan.state);
    m_key.fill(u'\0');
    m_job = job;
    const bool refused = job->requests().isEmpty(); // broke the provider's rules: nothing will be sent
    connect(job, &ProviderJob::progress, this, &SyncTask::progress);
    connect(job, &ProviderJob::retrying, this, &SyncTask::retrying);
    connect(job, &ProviderJob::stateChanged, this, [this](const SubmissionState& s) {
        SyncWrite w;
        w.kind = SyncWrite::Progress;
        w.productId = m_entry.id;
        w.accountId = m_account.id;
        w.claimId = m_claimId;
        w.state = s;
        m_engine->queueWrite(this, std::move(w), [this](const QString& error) {
            if (!error.isEmpty() && m_progressError.isEmpty())
                m_progressError = error;
        });
    });
    connect(job, &ProviderJob::finished, this, [this, refused](const JobResult& r) { onJobFinished(r, refused); });
    if (!refused)
        Q_EMIT sending(m_account.id, int(job->requests().size()));
    job->start();
}

void SyncTask::onJobFinished(JobResult r, bool refused)
{
    m_job = nullptr;
    m_engine->giveBackNetwork(std::exchange(m_jobNetwork, nullptr));
    if (refused)
        r.state = m_plan.state; // what earlier attempts achieved stays for the next one
    record(r, !refused);
}

void SyncTask::record(const JobResult& r, bool sent)
{
    if (archiving()) {
        recordStatus(r, sent);
        return;
    }
    const JobKind kind = JobKind::CreateProduct;
    SyncWrite w;
    w.kind = SyncWrite::Result;
    w.productId = m_entry.id;
    w.accountId = m_account.id;
    w.claimId = m_claimId;
    w.job = kind;
    w.result = r;
    w.version = m_entry.version;
    w.sent = m_entry.product;
    Q_EMIT settling();
    m_engine->queueWrite(this, std::move(w), [this, r, sent](const QString& error) {
        const bool update = false; // an update is recorded by its change plan (applyPlan())
        m_engine->drop(m_claimId);
        SyncOutcome o;
        o.kind = SyncEngine::kindOf(r, update);
        o.result = r;
        o.sent = sent;
        o.update = update;
        o.remoteId = r.object.id;
        o.message = r.ok() ? QString() : r.message;
        if (!r.ok() && !m_progressError.isEmpty())
            o.message += u' ' + tr("(Its progress could not be recorded either: %1)").arg(m_progressError);
        if (!error.isEmpty()) {
            // The claim stays until its lease ends: whoever takes it over resumes from the
            // progress recorded so far instead of sending blindly.
            o.kind = SyncOutcome::Failed;
            o.recorded = false;
            const QString what = r.ok() ? tr("%1 has it as %2, but the catalog does not know yet.")
                                              .arg(providerDisplayName(m_entry.provider), r.object.id)
                                        : r.message;
            o.message = tr("The result could not be recorded in the catalog: %1. %2").arg(error, what);
        }
        finish(o);
    });
}

// An archive or a restore that went through changes the product's status here too, and what
// the link holds as last synced, in the same way: edits not sent yet stay "changed since sync".
void SyncTask::recordStatus(const JobResult& r, bool sent)
{
    const bool archive = m_plan.action == SyncPlan::Archive;
    const QString productId = m_entry.id, accountId = m_account.id, claimId = m_claimId;
    const qint64 version = m_entry.version;
    const QString status = ProviderAdapter::archivedStatus(archive);
    Q_EMIT settling();
    m_engine->m_store->call<QString>([productId, accountId, r, version, status, claimId](Catalog& c) {
        if (!r.ok())
            return c.recordResult(productId, accountId, JobKind::UpdateProduct, r, version, nullptr, claimId) ? QString() : c.lastError();
        const SyncLink before = c.link(productId, accountId);
        std::optional<CatalogEntry> entry = c.product(productId);
        qint64 syncedVersion = before.syncedVersion;
        std::optional<Product> synced = before.syncedProduct;
        for (int attempt = 0; entry && attempt < 3; ++attempt) { // another process may save it meanwhile
            const bool wasSynced = before.state == SyncState::Synced && before.syncedVersion == entry->version;
            if (entry->product.status != status) {
                entry->product.status = status;
                if (!c.saveProduct(*entry)) {
                    if (c.conflicts().isEmpty())
                        return c.lastError();
                    entry = c.product(productId);
                    continue;
                }
            }
            if (wasSynced) {
                syncedVersion = entry->version;
                synced = entry->product;
            }
            break;
        }
        if (!synced && entry)
            synced = entry->product;
        if (synced)
            synced->status = status;
        return c.recordResult(productId, accountId, JobKind::UpdateProduct, r, syncedVersion, synced ? &*synced : nullptr, claimId)
            ? QString()
            : c.lastError();
    }, this, [this, r, sent, archive](const QString& error) {
        m_engine->drop(m_claimId);
        SyncOutcome o;
        o.kind = r.ok() ? (archive ? SyncOutcome::Archived : SyncOutcome::Restored) : SyncEngine::kindOf(r, true);
        o.result = r;
        o.sent = sent;
        o.update = true;
        o.remoteId = r.ok() && !r.object.id.isEmpty() ? r.object.id : m_remoteId;
        o.message = r.ok() ? QString() : r.message;
        if (!error.isEmpty()) {
            o.kind = SyncOutcome::Failed;
            o.recorded = false;
            o.message = tr("The result could not be recorded in the catalog: %1. %2")
                            .arg(error, r.ok() ? tr("%1 has done it, but the catalog does not know yet.").arg(providerDisplayName(m_entry.provider))
                                               : r.message);
        }
        finish(o);
    });
}

void SyncTask::release()
{
    m_engine->drop(m_claimId);
    const QString productId = m_entry.id, accountId = m_account.id, claimId = m_claimId;
    const std::optional<SyncLink> unsent = m_unsent;
    m_engine->m_store->post([productId, accountId, claimId, unsent](Catalog& c) {
        c.releaseClaim(productId, accountId, claimId, unsent ? &*unsent : nullptr);
    });
}

void SyncTask::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    if (m_cancelPlan)
        m_cancelPlan();
}

// What changed since the last sync is sent as the product's change plan, the way Apply carries
// it out (the plan recorded under the claim, a key per step, resumable), or refused with the
// plan's reasons before anything is sent.
void SyncTask::applyPlan()
{
    PlanRun run;
    run.store = m_engine->m_store;
    run.network = m_engine->m_network;
    run.engine = m_engine;
    run.keys = m_gate;
    run.policy = m_engine->m_policy;
    run.stepStarted = [this](const QString&, int step, int steps, const QString& words) { Q_EMIT progress(step, steps, words); };
    run.sending = [this](const QString& accountId, int requests) { Q_EMIT sending(accountId, requests); };
    run.settling = [this] { Q_EMIT settling(); };
    run.done = [this](const PushLine& line, const JobResult& result, bool sent) {
        m_cancelPlan = {};
        SyncOutcome o;
        o.kind = line.outcome == u"updated"          ? SyncOutcome::Updated
               : line.outcome == u"created"          ? SyncOutcome::Created
               : line.outcome == u"already synced"   ? SyncOutcome::AlreadySynced
               : line.outcome == u"rejected"         ? SyncOutcome::Rejected
               : line.outcome == u"outcome unknown"  ? SyncOutcome::OutcomeUnknown
               : line.outcome == u"cancelled"        ? SyncOutcome::Cancelled
               : line.outcome == u"skipped"          ? SyncOutcome::Skipped
                                                     : SyncOutcome::Failed;
        o.update = o.kind != SyncOutcome::Created;
        o.sent = sent;
        o.result = result;
        o.remoteId = line.remoteId;
        o.message = line.message;
        if (o.kind == SyncOutcome::Failed && result.ok())
            o.recorded = false; // done on the provider, not recorded here (the message says so)
        finish(o);
    };
    m_cancelPlan = runPlan(m_request.productId, std::move(run), this);
}

void SyncTask::finish(SyncOutcome o)
{
    if (m_finished)
        return;
    m_finished = true;
    o.productId = m_request.productId;
    o.mode = m_request.mode;
    o.accountId = m_account.id;
    o.name = m_entry.product.name;
    o.entry = m_entry;
    o.account = m_account;
    if (o.result.operation.isEmpty())
        o.result.operation = JobMessages::operationName(m_plan.action == SyncPlan::Update || archiving() ? JobKind::UpdateProduct
                                                                                                         : JobKind::CreateProduct);
    Q_EMIT finished(o);
    deleteLater();
}

} // namespace pb

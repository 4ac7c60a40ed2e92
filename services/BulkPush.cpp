#include "BulkPush.h"

#include "services/providers/Registry.h"
#include "services/storage/SecretStore.h"

#include <QCoreApplication>

namespace pb {

KeyLookup accountKeyLookup(SecretStore* secrets, QObject* context)
{
    return [secrets, context](const Account& account, std::function<void(const QString&)> then) {
        if (account.sandbox) {
            then(Account::sandboxKey());
            return;
        }
        if (!account.keyEnvVar.isEmpty() && qEnvironmentVariableIsSet(qPrintable(account.keyEnvVar))) {
            then(qEnvironmentVariable(qPrintable(account.keyEnvVar)));
            return;
        }
        secrets->read(account.id, context, [then](const std::optional<QString>& key, const QString&) { then(key.value_or(QString())); });
    };
}

BulkPusher::BulkPusher(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_keys(std::move(keys))
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &BulkPusher::pump);
}

double BulkPusher::defaultRate(const Account& account)
{
    if (account.sandbox)
        return 0; // local: no limit
    return adapterFor(account.target.provider).defaultRatePerSecond(account.target, account.name);
}

void BulkPusher::start(const QStringList& productIds, const PushOptions& options)
{
    m_options = options;
    m_options.concurrency = qBound(1, options.concurrency, 64);
    m_queue.clear();
    for (const QString& id : productIds)
        m_queue.enqueue(id);
    m_report.clear();
    m_buckets.clear();
    m_total = int(productIds.size());
    m_inFlight = 0;
    m_paused = false;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &BulkPusher::pump, Qt::QueuedConnection);
}

void BulkPusher::pause()
{
    m_paused = true;
    Q_EMIT progressChanged(progress());
}

void BulkPusher::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
}

void BulkPusher::cancel()
{
    m_cancelled = true;
    while (!m_queue.isEmpty()) {
        const QString id = m_queue.dequeue();
        m_report.append({ id, {}, {}, QStringLiteral("cancelled"), {}, tr("Not sent: the push was cancelled.") });
    }
    for (const QPointer<ProviderJob>& job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        Q_EMIT finished(m_report);
    }
}

PushProgress BulkPusher::progress() const
{
    PushProgress p;
    p.total = m_total;
    p.done = int(m_report.size());
    p.inFlight = m_inFlight;
    for (const PushLine& l : m_report)
        (l.ok() ? p.succeeded : p.problems)++;
    if (p.done >= 3 && p.done < p.total) {
        const double perItem = double(m_clock.elapsed()) / p.done;
        p.etaMs = qint64(perItem * (p.total - p.done));
    } else if (p.done == p.total) {
        p.etaMs = 0;
    }
    return p;
}

bool BulkPusher::takeToken(const Account& account, int* waitMs)
{
    const double rate = m_options.ratePerSecond > 0 ? m_options.ratePerSecond : defaultRate(account);
    if (rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(account.id);
    if (it == m_buckets.end())
        it = m_buckets.insert(account.id, { 1.0, now }); // start with one token: no initial burst
    auto& [tokens, last] = *it;
    tokens = qMin(qMax(1.0, rate / 10), tokens + (now - last) * rate / 1000.0); // bursts of at most a tenth of a second
    last = now;
    if (tokens >= 1) {
        tokens -= 1;
        return true;
    }
    *waitMs = qMax(1, int((1 - tokens) * 1000 / rate));
    return false;
}

void BulkPusher::pump()
{
    if (!m_running || m_cancelled)
        return;
    while (!m_paused && m_inFlight < m_options.concurrency && !m_queue.isEmpty()) {
        ++m_inFlight;
        launch(m_queue.dequeue());
    }
    if (m_queue.isEmpty() && m_inFlight == 0) {
        m_running = false;
        Q_EMIT progressChanged(progress());
        Q_EMIT finished(m_report);
    }
}

void BulkPusher::launch(const QString& productId)
{
    m_store->call<Work>([productId](Catalog& c) {
        Work w;
        const auto entry = c.product(productId);
        if (!entry)
            return w;
        w.entry = *entry;
        const auto account = c.account(entry->accountId);
        if (!account)
            return w;
        w.account = *account;
        w.link = c.link(entry->id, entry->accountId);
        w.found = true;
        return w;
    }, this, [this, productId](const Work& w) {
        if (m_cancelled) {
            complete({ productId, w.account.id, w.entry.product.name, QStringLiteral("cancelled"), {}, tr("Not sent: the push was cancelled.") });
            return;
        }
        if (!w.found) {
            complete({ productId, {}, w.entry.product.name, QStringLiteral("skipped"), {},
                       w.entry.id.isEmpty() ? tr("No such product in the catalog.") : tr("The product has no client account.") });
            return;
        }
        const bool repeatable = adapterFor(w.entry.provider).repeatsCreatesSafely();
        if (w.link.state == SyncState::Synced) {
            complete({ productId, w.account.id, w.entry.product.name, QStringLiteral("already synced"), w.link.remoteId, QString() });
            return;
        }
        // An unfinished create elsewhere may have reached the provider: never sent again blindly.
        const bool unfinished = w.link.state == SyncState::Submitting || w.link.state == SyncState::OutcomeUnknown;
        if (unfinished && !repeatable && w.link.remoteId.isEmpty()) {
            complete({ productId, w.account.id, w.entry.product.name, QStringLiteral("outcome unknown"), {},
                       tr("An earlier attempt may have created it; check on %1 before sending it again.").arg(providerDisplayName(w.entry.provider)) });
            return;
        }
        int waitMs = 0;
        if (!takeToken(w.account, &waitMs)) {
            // Not yet: put it back at the front and wake when a token is due.
            --m_inFlight;
            m_queue.prepend(productId);
            m_wake.start(waitMs);
            return;
        }
        m_keys(w.account, [this, w](const QString& key) { send(w, key); });
    });
}

void BulkPusher::send(const Work& w, const QString& key)
{
    if (m_cancelled) {
        complete({ w.entry.id, w.account.id, w.entry.product.name, QStringLiteral("cancelled"), {}, tr("Not sent: the push was cancelled.") });
        return;
    }
    if (key.isEmpty()) {
        complete({ w.entry.id, w.account.id, w.entry.product.name, QStringLiteral("failed"), {},
                   tr("No API key for “%1”.").arg(w.account.name) });
        return;
    }
    auto service = ProviderService::create(w.entry.provider, m_network, m_options.policy);
    const bool update = !w.link.remoteId.isEmpty() && w.link.state == SyncState::Changed;
    // The submission's state, with its idempotency key, is on disk before anything is sent:
    // a crash at any instant leaves either no request or a record of it.
    SubmissionState state = w.link.submission;
    if (!update && adapterFor(w.entry.provider).repeatsCreatesSafely() && state.idempotencyKey.isEmpty())
        state.idempotencyKey = SubmissionState::newIdempotencyKey();
    ProviderJob* job = update ? service->updateProduct(w.entry.product, w.account.target, key, w.link.remoteId)
                              : service->createProduct(w.entry.product, w.account.target, key, state);
    m_jobs.append(job);
    // A product can take several requests (a product, a price, its default): the account's
    // rate covers them all, so the further ones are charged to its bucket now.
    if (auto it = m_buckets.find(w.account.id); it != m_buckets.end())
        it->first -= qMax(0, int(job->requests().size()) - 1);
    const QString productId = w.entry.id, accountId = w.account.id;
    const qint64 version = w.entry.version;
    const Product sent = w.entry.product;
    connect(job, &ProviderJob::stateChanged, this, [this, productId, accountId](const SubmissionState& s) {
        m_store->post([productId, accountId, s](Catalog& c) { c.updateSubmission(productId, accountId, s); });
    });
    connect(job, &ProviderJob::finished, this, [this, w, update, version, sent](const JobResult& r) {
        const JobKind kind = update ? JobKind::UpdateProduct : JobKind::CreateProduct;
        const QString productId = w.entry.id, accountId = w.account.id;
        m_store->post([productId, accountId, kind, r, version, sent](Catalog& c) { c.recordResult(productId, accountId, kind, r, version, &sent); });
        QString outcome;
        switch (r.status) {
        case JobStatus::Succeeded: outcome = update ? QStringLiteral("updated") : QStringLiteral("created"); break;
        case JobStatus::Rejected: outcome = QStringLiteral("rejected"); break;
        case JobStatus::OutcomeUnknown: outcome = QStringLiteral("outcome unknown"); break;
        case JobStatus::Cancelled: outcome = QStringLiteral("cancelled"); break;
        default: outcome = QStringLiteral("failed"); break;
        }
        complete({ productId, accountId, w.entry.product.name, outcome, r.object.id, r.ok() ? QString() : r.message });
    });
    if (update) {
        job->start();
        return;
    }
    QPointer<ProviderJob> guard(job);
    m_store->call<bool>([productId, accountId, state](Catalog& c) { return c.beginSubmission(productId, accountId, state); }, this,
                        [guard](bool written) {
                            if (!guard)
                                return;
                            if (written)
                                guard->start();
                            else
                                guard->cancel(); // not recorded, so not sent
                        });
}

void BulkPusher::complete(const PushLine& line)
{
    --m_inFlight;
    m_report.append(line);
    Q_EMIT lineFinished(line);
    Q_EMIT progressChanged(progress());
    if (m_cancelled && m_inFlight == 0 && m_running) {
        m_running = false;
        Q_EMIT finished(m_report);
        return;
    }
    pump();
}

} // namespace pb

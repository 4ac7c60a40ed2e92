#include "BulkPush.h"

#include <QCoreApplication>

namespace pb {

BulkPusher::BulkPusher(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_keys(std::move(keys))
    , m_engine(new SyncEngine(store, network, this))
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &BulkPusher::pump);
}

double BulkPusher::defaultRate(const Account& account)
{
    if (account.sandbox)
        return 0; // local: no limit
    switch (account.target.provider) {
    case Provider::Stripe:
        // About 100 requests/s live and 25 in test mode; stay a little under.
        return account.name.contains(QStringLiteral("test"), Qt::CaseInsensitive) ? 20 : 80;
    case Provider::ChatDash: return 10;
    case Provider::Piriod: return 10;
    case Provider::Jani: return 10;
    }
    return 10;
}

void BulkPusher::start(const QStringList& productIds, const PushOptions& options)
{
    m_options = options;
    m_options.concurrency = qBound(1, options.concurrency, 64);
    m_engine->setDeliveryPolicy(m_options.policy);
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
    for (const QPointer<SyncTask>& task : std::as_const(m_tasks))
        if (task)
            task->cancel();
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
    // A first look, without a claim, so that what needs nothing costs no token and no key; the
    // engine decides again under the claim.
    m_engine->inspect(productId, this, [this, productId](const SyncEngine::Item& w) {
        if (m_cancelled) {
            complete({ productId, w.account.id, w.entry.product.name, QStringLiteral("cancelled"), {}, tr("Not sent: the push was cancelled.") });
            return;
        }
        if (!w.found) {
            complete({ productId, {}, w.entry.product.name, QStringLiteral("skipped"), {}, w.problem });
            return;
        }
        const SyncPlan plan = SyncEngine::plan(w.entry, w.link, { productId });
        if (plan.action == SyncPlan::AlreadySynced) {
            complete({ productId, w.account.id, w.entry.product.name, QStringLiteral("already synced"), w.link.remoteId, QString() });
            return;
        }
        if (plan.action == SyncPlan::MayExist && w.link.state == SyncState::OutcomeUnknown && !w.link.claim.isHeld()) {
            complete({ productId, w.account.id, w.entry.product.name, QStringLiteral("outcome unknown"), {}, plan.message });
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

void BulkPusher::send(const SyncEngine::Item& w, const QString& key)
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
    SyncTask* task = m_engine->send({ w.entry.id }, key);
    m_tasks.removeAll(nullptr);
    m_tasks.append(task);
    // A product can take several requests (Stripe: product, price, default price): the account's
    // rate covers them all, so the further ones are charged to its bucket now.
    const QString accountId = w.account.id;
    connect(task, &SyncTask::sending, this, [this, accountId](int requests) {
        if (auto it = m_buckets.find(accountId); it != m_buckets.end())
            it->first -= qMax(0, requests - 1);
    });
    connect(task, &SyncTask::finished, this, [this](const SyncOutcome& o) {
        complete({ o.productId, o.accountId, o.name, o.key(), o.remoteId, o.ok() ? QString() : o.message });
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

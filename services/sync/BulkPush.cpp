#include "BulkPush.h"

#include "services/providers/Registry.h"

#include <QCoreApplication>
#include <QNetworkProxy>

namespace pb {

struct BulkPusher::Slot {
    bool sending = false; // holds one of the places
    bool settled = false; // its outcome is being written
};

BulkPusher::BulkPusher(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_keys(std::move(keys))
    , m_engine(new SyncEngine(store, network, this))
{
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
    m_engine->setDeliveryPolicy(m_options.policy);
    addNetworksFor(m_options.concurrency);
    m_queue.clear();
    for (const QString& id : productIds)
        m_queue.enqueue(id);
    m_report.clear();
    m_accountIds.clear();
    m_buckets.clear();
    m_total = int(productIds.size());
    m_waiting.clear();
    m_inFlight = 0;
    m_settling = 0;
    m_sending = 0;
    m_succeeded = 0;
    m_problems = 0;
    m_paused = false;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &BulkPusher::pump, Qt::QueuedConnection);
}

void BulkPusher::addNetworksFor(int concurrency)
{
    const int wanted = (concurrency + kConnectionsPerManager - 1) / kConnectionsPerManager - 1;
    while (m_moreNetworks.size() < wanted) {
        auto* network = new QNetworkAccessManager(this);
        // Sent the way the given manager sends.
        network->setProxy(m_network->proxy());
        network->setRedirectPolicy(m_network->redirectPolicy());
        network->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
        m_moreNetworks.append(network);
        m_engine->addNetwork(network);
    }
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
    grant();
    pump();
}

void BulkPusher::cancel()
{
    m_cancelled = true;
    while (!m_queue.isEmpty()) {
        const QString id = m_queue.dequeue();
        m_report.append({ id, {}, {}, QStringLiteral("cancelled"), {}, tr("Not sent: the push was cancelled.") });
        ++m_problems;
    }
    for (const QPointer<SyncTask>& task : std::as_const(m_tasks))
        if (task)
            task->cancel();
    // Claimed and waiting for a place: given back unsent, reported as cancelled.
    const QQueue<Waiting> waiting = m_waiting;
    m_waiting.clear();
    for (const Waiting& w : waiting)
        w.go(QString());
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
    p.inFlight = m_sending + m_settling;
    p.succeeded = m_succeeded;
    p.problems = m_problems;
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
    // Claims go ahead of the places: while some products are sent, the next ones are claimed
    // (in batches, one commit each), so a place never waits for a commit.
    const int window = m_options.concurrency + qMax(kMinLookahead, kLookaheadFactor * m_options.concurrency);
    while (!m_paused && m_inFlight - m_settling < window && !m_queue.isEmpty()) {
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
    // The engine claims the product and decides what it needs; only what will be sent waits
    // for one of the places, a token of its account's bucket and a key.
    auto slot = std::make_shared<Slot>();
    SyncTask* task = m_engine->send({ productId, m_options.mode }, [this, slot](const Account& account, std::function<void(const QString&)> go) {
        admit(slot, account, std::move(go));
    });
    m_tasks.removeAll(nullptr);
    m_tasks.append(task);
    // A product can take several requests (a product, a price, its default): the account's
    // rate covers them all, so the further ones are charged to its bucket now.
    connect(task, &SyncTask::sending, this, [this](const QString& accountId, int requests) {
        if (auto it = m_buckets.find(accountId); it != m_buckets.end())
            it->first -= qMax(0, requests - 1);
    });
    // Once its requests are done, a product gives its place to the next one while its outcome
    // is being written.
    connect(task, &SyncTask::settling, this, [this, slot] {
        slot->settled = true;
        ++m_settling;
        if (slot->sending) {
            slot->sending = false;
            --m_sending;
        }
        grant();
        pump();
    });
    connect(task, &SyncTask::finished, this, [this, slot](const SyncOutcome& o) {
        if (slot->settled)
            --m_settling;
        if (slot->sending) { // finished without sending (no key, cancelled)
            slot->sending = false;
            --m_sending;
            grant();
        }
        // An update's line says what it did ("new default price, old price archived").
        complete({ o.productId, o.accountId, o.name, o.key(), o.remoteId, o.ok() && o.kind != SyncOutcome::Updated ? QString() : o.message });
    });
}

void BulkPusher::admit(const std::shared_ptr<Slot>& slot, const Account& account, std::function<void(const QString&)> go)
{
    if (m_cancelled) {
        go(QString()); // the task was cancelled too: it reports itself as such
        return;
    }
    m_waiting.enqueue({ slot, account, std::move(go) });
    grant();
}

// Gives the free places to the claimed products waiting for one, in order; none while paused.
void BulkPusher::grant()
{
    while (!m_paused && !m_cancelled && m_sending < m_options.concurrency && !m_waiting.isEmpty()) {
        const Waiting w = m_waiting.dequeue();
        w.slot->sending = true;
        ++m_sending;
        proceed(w.account, w.go);
    }
}

void BulkPusher::proceed(const Account& account, std::function<void(const QString&)> go)
{
    if (m_cancelled) {
        go(QString());
        return;
    }
    int waitMs = 0;
    if (!takeToken(account, &waitMs)) {
        QTimer::singleShot(waitMs, Qt::PreciseTimer, this, [this, account, go] { proceed(account, go); });
        return;
    }
    m_keys(account, go);
}

void BulkPusher::complete(PushLine line)
{
    // The report keeps a line per product: many lines, few accounts, one copy of each account id.
    if (const auto known = m_accountIds.constFind(line.accountId); known != m_accountIds.constEnd())
        line.accountId = *known;
    else
        m_accountIds.insert(line.accountId);
    --m_inFlight;
    (line.ok() ? m_succeeded : m_problems)++;
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

#include "BulkPush.h"

#include "services/providers/Registry.h"

#include <QCoreApplication>

namespace pb {

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
    m_queue.clear();
    for (const QString& id : productIds)
        m_queue.enqueue(id);
    m_report.clear();
    m_buckets.clear();
    m_total = int(productIds.size());
    m_inFlight = 0;
    m_settling = 0;
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
    while (!m_paused && m_inFlight - m_settling < m_options.concurrency && !m_queue.isEmpty()) {
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
    // for a token of its account's bucket and a key.
    SyncTask* task = m_engine->send({ productId, m_options.mode }, [this](const Account& account, std::function<void(const QString&)> go) {
        admit(account, std::move(go));
    });
    m_tasks.removeAll(nullptr);
    m_tasks.append(task);
    // A product can take several requests (a product, a price, its default): the account's
    // rate covers them all, so the further ones are charged to its bucket now.
    connect(task, &SyncTask::sending, this, [this](const QString& accountId, int requests) {
        if (auto it = m_buckets.find(accountId); it != m_buckets.end())
            it->first -= qMax(0, requests - 1);
    });
    // Once its requests are done, a product no longer takes a place among those in flight:
    // the next one starts while its outcome is being written.
    auto settled = std::make_shared<bool>(false);
    connect(task, &SyncTask::settling, this, [this, settled] {
        *settled = true;
        ++m_settling;
        pump();
    });
    connect(task, &SyncTask::finished, this, [this, settled](const SyncOutcome& o) {
        if (*settled)
            --m_settling;
        complete({ o.productId, o.accountId, o.name, o.key(), o.remoteId, o.ok() ? QString() : o.message });
    });
}

void BulkPusher::admit(const Account& account, std::function<void(const QString&)> go)
{
    if (m_cancelled) {
        go(QString()); // the task was cancelled too: it reports itself as such
        return;
    }
    int waitMs = 0;
    if (!takeToken(account, &waitMs)) {
        QTimer::singleShot(waitMs, Qt::PreciseTimer, this, [this, account, go] { admit(account, go); });
        return;
    }
    m_keys(account, go);
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

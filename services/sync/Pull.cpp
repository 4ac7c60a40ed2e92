#include "Pull.h"

#include "services/providers/Registry.h"

#include <QTimer>

namespace pb {

namespace {
constexpr int kBatch = 200; // adoptions written per transaction
}

Pull::Pull(CatalogStore* store, QNetworkAccessManager* network, const Account& account, const QString& key,
           const PullOptions& options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_account(account)
    , m_key(key)
    , m_options(options)
    , m_service(ProviderService::create(account.target.provider, network, options.policy))
    , m_adapter(adapterFor(account.target.provider))
{
    m_clock.start();
}

QString Pull::unavailableReason(const Account& account, bool byId)
{
    const ProviderAdapter& a = adapterFor(account.target.provider);
    if (byId)
        return a.schema().getProduct.isValid()
            ? QString()
            : tr("%1 documents no way to read a product, so Pricebook cannot pull it.").arg(a.displayName());
    return a.pullUnavailableReason();
}

void Pull::start()
{
    const QString reason = unavailableReason(m_account, !m_options.remoteIds.isEmpty());
    if (!reason.isEmpty()) {
        m_report.message = reason;
        m_done = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_report); });
        return;
    }
    if (m_options.remoteIds.isEmpty()) {
        ListQuery first;
        first.pageSize = m_options.pageSize;
        listPage(first);
    } else {
        for (const QString& id : m_options.remoteIds)
            readProduct(id.trimmed());
        m_listDone = true;
    }
}

void Pull::cancel()
{
    if (m_done)
        return;
    m_report.cancelled = true;
    m_queue.clear();
    for (const QPointer<ProviderJob>& job : m_jobs)
        if (job)
            job->cancel();
    finishWhenIdle();
}

void Pull::enqueue(std::function<ProviderJob*()> make, std::function<void(const JobResult&)> done)
{
    m_queue.enqueue({ std::move(make), std::move(done) });
    pump();
}

bool Pull::takeToken(int* waitMs)
{
    const double rate = m_options.ratePerSecond > 0 ? m_options.ratePerSecond
                                                     : m_adapter.defaultRatePerSecond(m_account.target, m_account.name);
    if (rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    // Bursts of at most a tenth of a second, as a push allows.
    m_tokens = qMin(qMax(1.0, rate / 10), m_tokens + (now - m_lastRefill) * rate / 1000.0);
    m_lastRefill = now;
    if (m_tokens >= 1) {
        m_tokens -= 1;
        return true;
    }
    *waitMs = qMax(1, int((1 - m_tokens) * 1000 / rate));
    return false;
}

void Pull::pump()
{
    while (!m_report.cancelled && !m_waiting && m_inFlight < qMax(1, m_options.concurrency) && !m_queue.isEmpty()) {
        int waitMs = 0;
        if (!takeToken(&waitMs)) {
            m_waiting = true;
            QTimer::singleShot(waitMs, Qt::PreciseTimer, this, [this] {
                m_waiting = false;
                pump();
            });
            return;
        }
        auto [make, done] = m_queue.dequeue();
        ProviderJob* job = make();
        ++m_inFlight;
        ++m_report.requests;
        m_jobs.removeAll(nullptr);
        m_jobs.append(job);
        connect(job, &ProviderJob::finished, this, [this, done = std::move(done)](const JobResult& r) {
            --m_inFlight;
            if (!m_report.cancelled)
                done(r);
            pump();
            finishWhenIdle();
        });
        job->start();
    }
}

void Pull::listPage(const ListQuery& query)
{
    enqueue([this, query] { return m_service->listProducts(m_account.target, m_key, query); },
            [this, query](const JobResult& r) {
                if (!r.ok()) {
                    m_report.failures.append({ tr("list"), r.message });
                    m_listDone = true; // without this page the list cannot go on
                    return;
                }
                ++m_report.pages;
                for (const RemoteObject& o : r.objects) {
                    auto pending = std::make_shared<Pending>();
                    pending->product = o.raw;
                    pending->query.pageSize = m_options.pageSize;
                    readPrices(o.id, pending);
                }
                if (r.more && !r.objects.isEmpty())
                    listPage(m_adapter.nextPage(query, r.objects.last().id));
                else
                    m_listDone = true;
            });
}

void Pull::readProduct(const QString& remoteId)
{
    enqueue([this, remoteId] { return m_service->getProduct(m_account.target, m_key, remoteId); },
            [this, remoteId](const JobResult& r) {
                if (!r.ok()) {
                    m_report.failures.append({ remoteId, r.message });
                    return;
                }
                auto pending = std::make_shared<Pending>();
                pending->product = r.object.raw;
                pending->query.pageSize = m_options.pageSize;
                readPrices(r.object.id.isEmpty() ? remoteId : r.object.id, pending);
            });
}

void Pull::readPrices(const QString& remoteId, std::shared_ptr<Pending> pending)
{
    if (!m_service->supports(JobKind::ListPlans)) {
        adopt(remoteId, *pending);
        return;
    }
    enqueue([this, remoteId, pending] { return m_service->listPlans(m_account.target, m_key, remoteId, pending->query); },
            [this, remoteId, pending](const JobResult& r) {
                if (!r.ok()) {
                    m_report.failures.append({ remoteId, r.message });
                    return;
                }
                for (const RemoteObject& o : r.objects)
                    pending->prices.append(o.raw);
                if (r.more && !r.objects.isEmpty()) {
                    pending->query = m_adapter.nextPage(pending->query, r.objects.last().id);
                    readPrices(remoteId, pending);
                    return;
                }
                adopt(remoteId, *pending);
            });
}

void Pull::adopt(const QString& remoteId, const Pending& pending)
{
    Product product = m_adapter.adoptRemote(pending.product, pending.prices);
    ++m_report.read;
    m_report.prices += int(pending.prices.size());
    if (!product.readOnlyReason.isEmpty())
        m_report.readOnly << QStringLiteral("%1: %2").arg(product.name, product.readOnlyReason);
    m_batch.append({ remoteId, product });
    Q_EMIT progress(m_report.read, m_report.adoption.added + m_report.adoption.updated + m_report.adoption.unchanged);
    if (m_batch.size() >= kBatch)
        flush();
}

void Pull::flush()
{
    if (m_batch.isEmpty())
        return;
    QList<Adoption> batch;
    batch.swap(m_batch);
    ++m_writing;
    const QString accountId = m_account.id;
    const Provider provider = m_account.target.provider;
    m_store->call<std::pair<bool, std::pair<AdoptionReport, QString>>>(
        [accountId, provider, batch](Catalog& c) {
            AdoptionReport r;
            const bool ok = c.adopt(accountId, provider, batch, &r);
            return std::make_pair(ok, std::make_pair(r, ok ? QString() : c.lastError()));
        },
        this, [this](std::pair<bool, std::pair<AdoptionReport, QString>> result) {
            --m_writing;
            const auto& [ok, detail] = result;
            const auto& [r, error] = detail;
            if (!ok) {
                m_report.failures.append({ tr("catalog"), error });
            } else {
                m_report.adoption.added += r.added;
                m_report.adoption.updated += r.updated;
                m_report.adoption.unchanged += r.unchanged;
                m_report.adoption.keptLocal += r.keptLocal;
                m_report.adoption.productIds += r.productIds;
            }
            finishWhenIdle();
        });
}

void Pull::finishWhenIdle()
{
    if (m_done || m_inFlight > 0 || (m_waiting && !m_report.cancelled))
        return;
    if (!m_report.cancelled && (!m_listDone || !m_queue.isEmpty()))
        return;
    flush();
    if (m_writing > 0)
        return;
    m_done = true;
    m_report.finished = !m_report.cancelled && m_listDone;
    Q_EMIT finished(m_report);
}

} // namespace pb

#pragma once
// The one workflow that reads an account's remote catalog into the local one (the window's
// "Pull from provider…" and `pricebook-cli pull` both run it). It lists the account's products
// page by page (or reads the ones named by id, for a provider with no list), reads each
// product's prices or plans on every page, and adopts them as synced products with their
// remote ids (Catalog::adopt): a rerun updates what an earlier pull adopted instead of adding it
// twice. Requests stay under the account's rate, as a push does; reads are retried by the
// delivery policy; what cannot be read is reported per product and the rest goes on.
//   Pull* pull = new Pull(&store, &network, account, key);
//   connect(pull, &Pull::finished, this, [](const PullReport& r) { ... });
//   pull->start();

#include "services/net/ProviderService.h"
#include "services/storage/CatalogStore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QQueue>
#include <functional>

namespace pb {

struct PullOptions {
    QStringList remoteIds;     // read just these products by id; empty: the account's whole list
    double ratePerSecond = 0;  // requests per second; 0 = the provider's default for the account
    int concurrency = 4;       // requests in flight at once
    int pageSize = 100;
    DeliveryPolicy policy = {};
};

struct PullReport {
    bool finished = false;  // the whole list was read (some products may still have failed)
    bool cancelled = false;
    QString message;        // why the pull could not run or stopped, in words; empty when it ran
    int read = 0;           // products read from the provider
    int prices = 0;         // prices or plans read
    int pages = 0;          // list pages read
    int requests = 0;       // requests sent
    AdoptionReport adoption;
    QStringList readOnly;   // "name: why", for products adopted read-only
    QList<QPair<QString, QString>> failures; // remote id (or "list") -> what went wrong
    bool ok() const { return finished && message.isEmpty() && failures.isEmpty(); }
};

class Pull : public QObject
{
    Q_OBJECT

public:
    Pull(CatalogStore* store, QNetworkAccessManager* network, const Account& account, const QString& key,
         const PullOptions& options = {}, QObject* parent = nullptr);

    // Why `account` cannot be pulled (by list, or by id when byId), in one sentence; empty when it can.
    static QString unavailableReason(const Account& account, bool byId);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int read, int adopted);
    void finished(const pb::PullReport& report);

private:
    struct Pending {
        QJsonObject product;
        QList<QJsonObject> prices;
        ListQuery query;
    };
    void enqueue(std::function<ProviderJob*()> make, std::function<void(const JobResult&)> done);
    void pump();
    bool takeToken(int* waitMs);
    void listPage(const ListQuery& query);
    void readProduct(const QString& remoteId);
    void readPrices(const QString& remoteId, std::shared_ptr<Pending> pending);
    void adopt(const QString& remoteId, const Pending& pending);
    void flush();
    void finishWhenIdle();

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    Account m_account;
    QString m_key;
    PullOptions m_options;
    std::unique_ptr<ProviderService> m_service;
    const ProviderAdapter& m_adapter;
    QQueue<QPair<std::function<ProviderJob*()>, std::function<void(const JobResult&)>>> m_queue;
    QList<QPointer<ProviderJob>> m_jobs;
    int m_inFlight = 0;
    bool m_waiting = false;     // a timer for the next token is set
    double m_tokens = 1;
    qint64 m_lastRefill = 0;
    QElapsedTimer m_clock;
    QList<Adoption> m_batch;
    int m_writing = 0;          // batches on their way to the catalog
    PullReport m_report;
    bool m_listDone = false;
    bool m_done = false;
};

} // namespace pb

Q_DECLARE_METATYPE(pb::PullReport)

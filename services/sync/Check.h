#pragma once
// "Check on provider": the one workflow that reads what the providers hold of the selected
// products and compares it three ways, field by field, with the product as last synced (base)
// and the catalog product (here). The window's Check dialog and `pricebook-cli check` both run
// it. A create whose outcome is unknown is looked for on the provider (by the tag Pricebook's
// create carries, or by name and prices where the provider keeps none) and, when exactly one
// product matches, linked as synced with its remote id, so it is never sent twice. Nothing is
// sent to a provider but reads; nothing in the catalog changes but such a link, until the person
// settles a product (Check::settle).
//   Check* check = new Check(&store, &network, keys, productIds);
//   connect(check, &Check::finished, this, [](const CheckReport& r) { ... });
//   check->start();

#include "AccountKeys.h"
#include "services/net/ProviderService.h"
#include "services/storage/CatalogStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <functional>
#include <memory>

namespace pb {

// One field that differs between here, there and the base.
struct FieldDifference {
    enum Side { Here, There, Both }; // changed here only, there only, or on both sides (a conflict)
    QString key;    // a product field's key ("name"), or "price[i]"
    QString label;  // in words: "Name", "Price 2"
    QString base;   // each value in words; "(empty)" for none
    QString here;
    QString there;
    Side side = Both;
    QString sideKey() const; // "here", "there", "both"
};

struct CheckItem {
    enum Verdict {
        InStep,       // here, there and the base agree
        ChangedHere,  // only here changed: an Update sends it
        ChangedThere, // only the provider changed: take it into the catalog
        Conflict,     // both sides changed a field differently
        Gone,         // the provider no longer has the product
        Found,        // an unknown create found on the provider: now linked as synced
        NotFound,     // an unknown create is not on the provider: it may be sent again
        Ambiguous,    // an unknown create matches several remote products: left unknown
        NotChecked,   // could not be read (no read endpoint, not sent yet, an error): message says why
    };
    QString productId;
    QString name;
    QString accountId;
    QString accountName;
    QString remoteId;
    Verdict verdict = NotChecked;
    QString message;                 // what was found or why nothing could be, in words
    QList<FieldDifference> fields;   // for InStep..Conflict and Found
    CatalogEntry entry;              // the catalog product as read
    std::optional<Product> base;     // as last synced
    Product there;                   // as the provider has it (prices in the order compared)
    AccountTarget target;
    QString madeId; // an unknown create whose product step is known to have made this remote product

    bool inStep() const { return verdict == InStep; }
    bool settleable() const; // there is a remote product to take fields from
    static QString verdictKey(Verdict v);   // "in_step", "changed_there", ...
    static QString verdictLabel(Verdict v); // "In step", "Changed on provider", ...
};

struct CheckReport {
    QList<CheckItem> items;
    bool cancelled = false;
    int requests = 0;
    bool allInStep() const;
    QString text() const;
    QJsonObject toJson() const;
};

struct CheckOptions {
    double ratePerSecond = 0; // per account; 0 = the provider's default for the account
    int concurrency = 4;
    DeliveryPolicy policy = {};
};

class Check : public QObject
{
    Q_OBJECT

public:
    Check(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, const QStringList& productIds,
          const CheckOptions& options = {}, QObject* parent = nullptr);
    ~Check() override;

    void start();
    void cancel();

    // The three-way comparison, field by field, of what the provider would hold of each.
    // Without a base every difference between here and there counts as a conflict.
    static QList<FieldDifference> compare(const AccountTarget& target, const std::optional<Product>& base, const Product& here,
                                          const Product& there);
    // Here with the fields named in `takeThere` (FieldDifference::key) taken from there; what is
    // left as here is sent later with Update.
    static Product merged(const CheckItem& item, const QSet<QString>& takeThere);
    // Writes the settled product and links it as synced with there as the new base; `done` gets
    // an empty string, or what went wrong.
    static void settle(CatalogStore* store, const CheckItem& item, const QSet<QString>& takeThere, QObject* context,
                       std::function<void(const QString& error)> done);

Q_SIGNALS:
    void progress(int checked, int total);
    void finished(const pb::CheckReport& report);

private:
    struct AccountWork;
    struct Job {
        QString accountId;
        std::function<ProviderJob*()> make;
        std::function<void(const JobResult&)> done;
    };
    void beginAccount(const std::shared_ptr<AccountWork>& work);
    void enqueue(const QString& accountId, std::function<ProviderJob*()> make, std::function<void(const JobResult&)> done);
    void pump();
    bool takeToken(const QString& accountId, int* waitMs);
    void listPage(const std::shared_ptr<AccountWork>& work, const ListQuery& query);
    void afterList(const std::shared_ptr<AccountWork>& work);
    void readPrices(const std::shared_ptr<AccountWork>& work, const QJsonObject& product, const ListQuery& query,
                    std::shared_ptr<QList<QJsonObject>> prices, std::function<void(const Product&, bool ok, const QString&)> done);
    void compareItem(int index, const Product& there);
    void searchUnknown(const std::shared_ptr<AccountWork>& work, int index);
    void decided(int index);
    void finishWhenIdle();

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    KeyLookup m_keys;
    QStringList m_productIds;
    CheckOptions m_options;
    QList<CheckItem> m_items;
    QList<std::shared_ptr<AccountWork>> m_accounts;
    QQueue<Job> m_queue;
    QList<QPointer<ProviderJob>> m_jobs;
    struct Bucket {
        double tokens = 1;
        qint64 lastRefill = 0;
        double rate = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    bool m_waiting = false;
    int m_open = 0; // items not decided yet
    int m_decided = 0;
    int m_writing = 0; // key lookups and catalog writes on their way
    bool m_started = false;
    bool m_loaded = false;
    bool m_done = false;
    CheckReport m_report;
};

} // namespace pb

Q_DECLARE_METATYPE(pb::CheckReport)

#pragma once
// Pushes many catalog products to their client accounts: bounded concurrency, a token bucket
// per account (defaults from the providers' documented limits), the delivery policy's backoff
// on 429, progress with an estimate of time left, pause, resume and cancel. Each product is
// sent by the SyncEngine, so running the same push again (after a crash or restart, or while
// another Pricebook pushes the same catalog) resumes where it stopped and never creates a
// product twice:
//   synced at this version -> skipped; changed since sync -> updated; being sent by another
//   Pricebook -> skipped; unfinished create with an idempotency key -> resumed with that key;
//   unfinished create without one -> reported as "outcome unknown", never resent; otherwise
//   -> created.
// Products are claimed a few batches ahead of those being sent (their claims and submissions
// committed together, see SyncEngine), while never more than `concurrency` send at once.
//   BulkPusher push(&store, &nam, keys);
//   push.start(ids, {});

#include "services/net/ProviderService.h"
#include "services/storage/CatalogStore.h"
#include "AccountKeys.h"
#include "SyncEngine.h"

#include <QElapsedTimer>
#include <QQueue>
#include <QSet>
#include <QTimer>

namespace pb {

struct PushOptions {
    int concurrency = 4; // products whose requests are under way at once
    double ratePerSecond = 0; // per account; 0 = the provider's documented default
    DeliveryPolicy policy;
    SyncRequest::Mode mode = SyncRequest::Auto; // Archive/Restore: the products' remote status only
};

struct PushLine {
    QString productId;
    QString accountId;
    QString name;
    QString outcome;  // "created", "updated", "already synced", "rejected", "failed", "outcome unknown", "cancelled", "skipped"
    QString remoteId;
    QString message;
    bool ok() const
    {
        return outcome == u"created" || outcome == u"updated" || outcome == u"already synced" || outcome == u"archived"
            || outcome == u"restored" || outcome == u"already archived" || outcome == u"already active";
    }
};

struct PushProgress {
    int total = 0;
    int done = 0;
    int succeeded = 0;
    int problems = 0;
    int inFlight = 0;  // requests under way or outcome being written
    qint64 etaMs = -1; // unknown until a few are done
};

class BulkPusher : public QObject
{
    Q_OBJECT

public:
    BulkPusher(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QObject* parent = nullptr);
    static double defaultRate(const Account& account); // requests per second

    void start(const QStringList& productIds, const PushOptions& options);
    void pause();
    void resume();
    void cancel();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }
    PushProgress progress() const;
    const QList<PushLine>& report() const { return m_report; }

Q_SIGNALS:
    void progressChanged(const pb::PushProgress& progress);
    void lineFinished(const pb::PushLine& line);
    void finished(const QList<pb::PushLine>& report);

private:
    struct Slot; // one product's task, as the pusher follows it
    struct Waiting {
        std::shared_ptr<Slot> slot;
        Account account;
        std::function<void(const QString& key)> go;
    };
    // Claimed ahead of sending: this many times the concurrency, at least kMinLookahead.
    static constexpr int kLookaheadFactor = 8;
    static constexpr int kMinLookahead = 64;
    // Qt 6.4 opens at most this many HTTP/1.1 connections to a host per QNetworkAccessManager:
    // one more manager (with its own network thread) for each further group of places.
    static constexpr int kConnectionsPerManager = 6;
    void addNetworksFor(int concurrency);
    void pump();
    void launch(const QString& productId);
    void admit(const std::shared_ptr<Slot>& slot, const Account& account, std::function<void(const QString& key)> go);
    void grant();
    void proceed(const Account& account, std::function<void(const QString& key)> go);
    void complete(PushLine line);
    bool takeToken(const Account& account, int* waitMs);

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    QList<QNetworkAccessManager*> m_moreNetworks; // owned; the engine spreads the jobs over all
    KeyLookup m_keys;
    PushOptions m_options;
    QQueue<QString> m_queue;
    SyncEngine* m_engine;
    QList<QPointer<SyncTask>> m_tasks;
    QList<PushLine> m_report;
    QSet<QString> m_accountIds;
    QHash<QString, QPair<double, qint64>> m_buckets;
    QElapsedTimer m_clock;
    int m_total = 0;
    QQueue<Waiting> m_waiting; // claimed, waiting for one of the `concurrency` places
    int m_inFlight = 0; // started and not yet reported
    int m_settling = 0; // of those, sent and having their outcome written
    int m_sending = 0;  // of those, holding a place: the key asked for, requests under way
    int m_succeeded = 0;
    int m_problems = 0;
    bool m_paused = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pb

Q_DECLARE_METATYPE(pb::PushProgress)
Q_DECLARE_METATYPE(pb::PushLine)

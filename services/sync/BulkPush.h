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
//   BulkPusher push(&store, &nam, keys);
//   push.start(ids, {});

#include "services/net/ProviderService.h"
#include "services/storage/CatalogStore.h"
#include "AccountKeys.h"
#include "SyncEngine.h"

#include <QElapsedTimer>
#include <QQueue>
#include <QTimer>

namespace pb {

struct PushOptions {
    int concurrency = 4;
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
    int inFlight = 0;
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
    void pump();
    void launch(const QString& productId);
    void admit(const Account& account, std::function<void(const QString& key)> go);
    void complete(const PushLine& line);
    bool takeToken(const Account& account, int* waitMs);

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    KeyLookup m_keys;
    PushOptions m_options;
    QQueue<QString> m_queue;
    SyncEngine* m_engine;
    QList<QPointer<SyncTask>> m_tasks;
    QList<PushLine> m_report;
    QHash<QString, QPair<double, qint64>> m_buckets;
    QElapsedTimer m_clock;
    int m_total = 0;
    int m_inFlight = 0; // started and not yet reported
    int m_settling = 0; // of those, sent and having their outcome written
    bool m_paused = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pb

Q_DECLARE_METATYPE(pb::PushProgress)
Q_DECLARE_METATYPE(pb::PushLine)

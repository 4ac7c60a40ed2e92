#pragma once
// The catalog for the GUI thread: every query and write runs on a worker thread that owns the
// SQLite connection; results come back as callbacks on the caller's thread. Edits go through
// scheduleSave(), which writes within a second without an explicit save.
//   store.open(path);
//   store.call<int>([](Catalog& c) { return c.productCount(); }, this, [](int n) { ... });
//   store.scheduleSave(entry);

#include "Catalog.h"

#include <QHash>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace pb {

class CatalogStore : public QObject
{
    Q_OBJECT

public:
    explicit CatalogStore(QObject* parent = nullptr);
    ~CatalogStore() override; // writes what is pending, then stops the worker

    // Opens the file on the worker; opened() reports the outcome.
    // `path` is a SQLite path or a postgresql:// URL; `password` only when the server asks for
    // one that libpq's PGPASSFILE does not hold (read from the keychain by the caller).
    void open(const QString& path, const QString& password = {});
    // The name saves are recorded under (Catalog::setAuthor).
    void setAuthor(const QString& author);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // Runs `work` on the worker thread, then `done` with its result on `context`'s thread,
    // unless `context` was destroyed meanwhile.
    template <typename R>
    void call(std::function<R(Catalog&)> work, QObject* context, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), guard, done = std::move(done)] {
            R result = work(*m_catalog);
            if (guard)
                QMetaObject::invokeMethod(guard, [guard, done, result] {
                    if (guard)
                        done(result);
                });
        });
    }
    // The same without a result to deliver.
    void post(std::function<void(Catalog&)> work);

    // Autosave: the latest version of each product is written at most kAutosaveDelayMs later.
    static constexpr int kAutosaveDelayMs = 500;
    static constexpr int kWatchIntervalMs = 250;
    void scheduleSave(const CatalogEntry& entry);
    bool hasPendingSaves() const { return !m_pending.isEmpty(); }
    // Writes what is pending now; flushed() follows when it is on disk.
    void flush();
    // Blocks until the worker has written everything queued (shutdown, tests and the CLI).
    void waitForIdle();

Q_SIGNALS:
    void opened(bool ok, const QString& error);
    // open() is updating a catalog of an older format to `toVersion` over every product (building
    // its search index): `done` of `total` products so far. opened() follows when it is over.
    void upgrading(int toVersion, qint64 done, qint64 total);
    void productsSaved(const QStringList& ids);
    void saveFailed(const QString& message);
    // Saves refused because someone else changed (or deleted) the product since it was read:
    // nothing of these was written, and they are no longer pending; the other edits were saved.
    void saveConflicted(const QList<pb::SaveConflict>& conflicts);
    // Another process or connection changed the catalog (a PostgreSQL NOTIFY; on SQLite the
    // file's data_version, checked every kWatchIntervalMs on the worker): whoever shows rows
    // reloads them.
    void changedElsewhere();
    void flushed();

private:
    void startWatching(); // on the worker thread
    QThread m_thread;
    QObject* m_worker = nullptr;
    Catalog* m_catalog = nullptr;
    QHash<QString, CatalogEntry> m_pending;
    QTimer m_autosave;
    static constexpr int kChangedCoalesceMs = 100;
    QTimer m_changedLater; // on this object's thread, started from the driver's notifications
    void listenForChanges(Catalog& c);
    bool m_open = false;
    std::atomic<bool> m_stopping { false }; // set on destruction: an update in progress is rolled back
    QTimer* m_watch = nullptr;  // lives on the worker thread
    qint64 m_seenVersion = -1;  // worker thread only
    QString m_path;
};

} // namespace pb

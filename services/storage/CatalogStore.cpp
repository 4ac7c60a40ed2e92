#include "CatalogStore.h"

#include <QCoreApplication>
#include "Database.h"
#include "SqlDialect.h"

#include <QSemaphore>
#include <QSqlDriver>
#include <QSet>
#include <algorithm>

namespace pb {

CatalogStore::CatalogStore(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("pricebook-catalog"));
    m_worker = new QObject;
    m_catalog = new Catalog;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &CatalogStore::flush);
    m_changedLater.setSingleShot(true);
    m_changedLater.setInterval(kChangedCoalesceMs);
    connect(&m_changedLater, &QTimer::timeout, this, &CatalogStore::changedElsewhere);
}

CatalogStore::~CatalogStore()
{
    m_stopping = true; // an update of an older catalog still running stops, and leaves the catalog as it was
    flush();
    waitForIdle();
    // The connection belongs to the worker thread: close it there.
    Catalog* catalog = m_catalog;
    QObject* worker = m_worker;
    QMetaObject::invokeMethod(worker, [catalog, worker] {
        delete catalog;
        delete worker;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CatalogStore::open(const QString& path, const QString& password)
{
    m_path = path;
    call<QString>([this, path, password](Catalog& c) {
        QString error;
        const Database::MigrationProgressScope progress([this](int toVersion, qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, toVersion, done, total] { Q_EMIT upgrading(toVersion, done, total); });
            return !m_stopping.load();
        });
        if (c.open(path, &error, password)) {
            if (c.isServer())
                listenForChanges(c); // the server says when others commit
            else
                startWatching();     // SQLite: its change counter is polled
        }
        return error;
    }, this, [this](const QString& error) {
        m_open = error.isEmpty();
        Q_EMIT opened(m_open, error);
    });
}

void CatalogStore::startWatching()
{
    m_seenVersion = m_catalog->changeCounter();
    if (m_watch)
        return;
    m_watch = new QTimer(m_worker);
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, m_worker, [this] {
        const qint64 version = m_catalog->changeCounter();
        if (version < 0)
            return;
        if (m_seenVersion >= 0 && version != m_seenVersion)
            QMetaObject::invokeMethod(this, &CatalogStore::changedElsewhere, Qt::QueuedConnection);
        m_seenVersion = version;
    });
    m_watch->start();
}

// On the worker: a server catalog tells of every commit on its channel (Catalog::commitWrite
// sends NOTIFY); what other sessions committed reaches the window as changedElsewhere().
void CatalogStore::listenForChanges(Catalog& c)
{
    const QString channel = c.dialect().changeChannel();
    QSqlDriver* driver = c.database().driver();
    if (channel.isEmpty() || !driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (!driver->subscribeToNotification(channel))
        return;
    if (driver->property("pricebookListening").toBool())
        return; // subscribed again after a reconnect: the connection below is still there
    driver->setProperty("pricebookListening", true);
    // Received on the worker, where the connection lives; the timer belongs to this thread.
    connect(driver, &QSqlDriver::notification, driver,
            [this](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
                if (source != QSqlDriver::OtherSource)
                    return;
                QMetaObject::invokeMethod(this, [this] {
                    if (!m_changedLater.isActive())
                        m_changedLater.start(); // a burst of commits is one refresh
                });
            });
}

void CatalogStore::setAuthor(const QString& author)
{
    post([author](Catalog& c) { c.setAuthor(author.isEmpty() ? Catalog::defaultAuthor() : author); });
}

void CatalogStore::post(std::function<void(Catalog&)> work)
{
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work)] { work(*m_catalog); });
}

void CatalogStore::scheduleSave(const CatalogEntry& entry)
{
    m_pending.insert(entry.id, entry);
    if (!m_autosave.isActive())
        m_autosave.start(); // not restarted by later edits: nothing waits longer than the delay
}

void CatalogStore::flush()
{
    m_autosave.stop();
    if (m_pending.isEmpty()) {
        QMetaObject::invokeMethod(this, &CatalogStore::flushed, Qt::QueuedConnection);
        return;
    }
    QList<CatalogEntry> batch = m_pending.values();
    m_pending.clear();
    struct Outcome {
        QStringList ids;
        QString error;
        QList<SaveConflict> conflicts;
        QList<CatalogEntry> unsaved; // failed otherwise: queued again
    };
    call<Outcome>([this, batch](Catalog& c) mutable {
        Outcome out;
        // A team catalog whose server went away and came back: a new session, then the save.
        if (c.isServer() && !c.isReachable()) {
            QString error;
            if (!c.reconnect(&error)) {
                out.error = error;
                out.unsaved = batch;
                return out;
            }
            listenForChanges(c);
        }
        if (!c.isOpen()) {
            out.error = QCoreApplication::translate("CatalogStore", "The catalog is not open.");
            out.unsaved = batch;
            return out;
        }
        // A conflict fails the whole transaction: the conflicting ones are set aside for the
        // person to decide, and the others saved without them.
        bool ok = c.saveProducts(batch);
        if (!ok && !c.conflicts().isEmpty()) {
            out.conflicts = c.conflicts();
            QSet<QString> refused;
            for (const SaveConflict& conflict : out.conflicts)
                refused.insert(conflict.mine.id);
            batch.erase(std::remove_if(batch.begin(), batch.end(), [&](const CatalogEntry& e) { return refused.contains(e.id); }),
                        batch.end());
            ok = batch.isEmpty() || c.saveProducts(batch);
        }
        if (!ok) {
            out.error = c.lastError();
            out.unsaved = batch;
            return out;
        }
        for (const CatalogEntry& e : batch)
            out.ids << e.id;
        return out;
    }, this, [this](const Outcome& result) {
        if (!result.conflicts.isEmpty())
            Q_EMIT saveConflicted(result.conflicts);
        if (!result.error.isEmpty()) {
            // Nothing is lost: what could not be written stays queued for the next attempt.
            for (const CatalogEntry& e : result.unsaved)
                if (!m_pending.contains(e.id))
                    m_pending.insert(e.id, e);
            Q_EMIT saveFailed(result.error);
        } else if (!result.ids.isEmpty()) {
            Q_EMIT productsSaved(result.ids);
        }
        Q_EMIT flushed();
    });
}

void CatalogStore::waitForIdle()
{
    QSemaphore done;
    QMetaObject::invokeMethod(m_worker, [&done] { done.release(); });
    done.acquire();
}

} // namespace pb

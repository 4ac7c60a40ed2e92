#include "CatalogStore.h"

#include <QCoreApplication>
#include <QSemaphore>

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
}

CatalogStore::~CatalogStore()
{
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

void CatalogStore::open(const QString& path)
{
    m_path = path;
    call<QString>([this, path](Catalog& c) {
        QString error;
        if (c.open(path, &error))
            startWatching();
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
    call<QPair<QStringList, QString>>([batch](Catalog& c) mutable {
        if (!c.isOpen())
            return qMakePair(QStringList(), QCoreApplication::translate("CatalogStore", "The catalog is not open."));
        if (!c.saveProducts(batch))
            return qMakePair(QStringList(), c.lastError());
        QStringList ids;
        for (const CatalogEntry& e : batch)
            ids << e.id;
        return qMakePair(ids, QString());
    }, this, [this, batch](const QPair<QStringList, QString>& result) {
        if (!result.second.isEmpty()) {
            // Nothing is lost: what could not be written stays queued for the next attempt.
            for (const CatalogEntry& e : batch)
                if (!m_pending.contains(e.id))
                    m_pending.insert(e.id, e);
            Q_EMIT saveFailed(result.second);
        } else {
            Q_EMIT productsSaved(result.first);
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

#pragma once
// The catalog as a table for views: rows are fetched from the worker thread in windows as the
// view asks for them, so 100,000 products cost a count and a few hundred rows, never a full
// load, and the GUI thread never waits for the disk. Filtering and sorting run in SQL.
//   auto* model = new CatalogTableModel(&store, this);
//   model->setFilterText(QStringLiteral("starter"));
//   view->setModel(model);

#include "services/storage/CatalogStore.h"

#include <QAbstractTableModel>
#include <QSet>

#include <atomic>
#include <memory>

namespace pb {

class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProviderColumn, AccountColumn, PriceColumn, SyncColumn, UpdatedColumn, ColumnCount };
    // LoadedRole: the row is read and current (not an older copy shown while it is read again).
    enum Role { IdRole = Qt::UserRole + 1, SyncStateRole, ProviderRole, LoadedRole };
    static constexpr int kWindow = 200;
    static constexpr int kMaxWindows = 64;

    explicit CatalogTableModel(CatalogStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ListFilter filter() const { return m_filter; }
    void setFilter(const ListFilter& filter);
    void setFilterText(const QString& text);
    // Counts again and drops the cached rows (after edits elsewhere).
    void refresh();
    QString idAt(int row) const;
    // The row of a product among the loaded rows, or -1.
    int loadedRowOf(const QString& id) const;
    bool isCounting() const { return m_counting; }
    // Loads the window that holds this product wherever the filter and order put it (once per
    // refresh for the same product); windowLoaded() follows when it is there.
    void locate(const QString& id);

Q_SIGNALS:
    void countChanged(int count);
    void windowLoaded(int firstRow, int lastRow);

private:
    const CatalogRow* rowAt(int row) const;
    // Holds a window read from the catalog, dropping the least recently used beyond kMaxWindows.
    void keepWindow(int window, const QList<CatalogRow>& rows);
    // `force`: read it even when the view has moved on by the time the worker gets to it.
    void requestWindow(int window, bool force = false) const;

    CatalogStore* m_store;
    ListFilter m_filter;
    int m_count = 0;
    bool m_counting = false;
    quint64 m_generation = 0;
    QPair<quint64, QString> m_located; // generation, product
    mutable QHash<int, QList<CatalogRow>> m_windows;
    mutable QSet<int> m_requested;
    mutable QSet<int> m_stale; // loaded windows being read again after a refresh
    mutable QList<int> m_recent; // windows by last use, for eviction
    // The window the view asked for last, read by the worker: a window the view scrolled away
    // from before its turn came (a scroll bar dragged across a million rows) is not read.
    std::shared_ptr<std::atomic<int>> m_wanted = std::make_shared<std::atomic<int>>(0);
};

} // namespace pb

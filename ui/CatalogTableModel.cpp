#include "CatalogTableModel.h"
#include "services/providers/Registry.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace pb {

CatalogTableModel::CatalogTableModel(CatalogStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &CatalogStore::productsSaved, this, &CatalogTableModel::refresh);
    connect(m_store, &CatalogStore::changedElsewhere, this, &CatalogTableModel::refresh);
    if (m_store->isOpen())
        refresh();
    else
        connect(m_store, &CatalogStore::opened, this, [this](bool ok) {
            if (ok)
                refresh();
        });
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_count; }
int CatalogTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

void CatalogTableModel::setFilter(const ListFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // Rows of the old filter or order must not be shown as rows of the new one.
    m_windows.clear();
    m_stale.clear();
    m_requested.clear();
    m_recent.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    refresh();
}

void CatalogTableModel::setFilterText(const QString& text)
{
    ListFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void CatalogTableModel::sort(int column, Qt::SortOrder order)
{
    ListFilter f = m_filter;
    switch (column) {
    case NameColumn: f.sortColumn = ListFilter::Name; break;
    case ProviderColumn: f.sortColumn = ListFilter::Provider; break;
    case AccountColumn: f.sortColumn = ListFilter::Account; break;
    case PriceColumn: f.sortColumn = ListFilter::Summary; break;
    case SyncColumn: f.sortColumn = ListFilter::Sync; break;
    default: f.sortColumn = ListFilter::Updated; break;
    }
    f.sortOrder = order;
    setFilter(f);
}

void CatalogTableModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_counting = true;
    const ListFilter filter = m_filter;
    // With nothing loaded (a new filter or order, or the catalog just opened) the first window
    // is read with the count, so the list shows its rows with its new count instead of a paint of
    // empty rows first, and a search that lists less than a window needs no count at all: its
    // rows are its count. After an edit the loaded windows are read again as they are shown.
    const bool withFirst = m_windows.isEmpty();
    if (withFirst)
        m_requested.insert(0); // the view asking for it meanwhile would read it twice
    struct Counted {
        int count = 0;
        std::optional<QList<CatalogRow>> first;
    };
    m_store->call<Counted>([filter, withFirst](Catalog& c) {
        Counted out;
        if (!c.isOpen())
            return out;
        // Without a filter the count is the products' own (the list's joins add no rows), which
        // SQLite counts from its smallest index instead of reading every product's row.
        ListFilter unfiltered;
        unfiltered.sortColumn = filter.sortColumn;
        unfiltered.sortOrder = filter.sortOrder;
        const bool all = filter == unfiltered;
        if (!withFirst) {
            out.count = all ? c.productCount() : c.count(filter);
            return out;
        }
        QList<CatalogRow> rows = c.rows(filter, 0, kWindow + 1);
        if (rows.size() > kWindow || all) {
            out.count = all ? c.productCount() : c.count(filter);
            rows.resize(qMin(rows.size(), qsizetype(qMin(kWindow, out.count))));
        } else {
            out.count = int(rows.size());
        }
        c.summarizeNow(rows);
        out.first = std::move(rows);
        return out;
    }, this,
                       [this, generation](const Counted& counted) {
                           if (generation != m_generation)
                               return; // a newer filter is on its way
                           m_counting = false;
                           const int count = counted.count;
                           if (count == m_count && count > 0) {
                               // Same shape: keep showing (and selecting) what is loaded while each
                               // window is read again, so the list neither blanks nor loses rows.
                               m_stale = QSet<int>(m_windows.keyBegin(), m_windows.keyEnd());
                               m_requested.clear();
                               if (counted.first)
                                   keepWindow(0, *counted.first);
                               Q_EMIT dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
                           } else {
                               beginResetModel();
                               m_windows.clear();
                               m_stale.clear();
                               m_requested.clear();
                               m_recent.clear();
                               m_count = count;
                               if (counted.first)
                                   keepWindow(0, *counted.first);
                               endResetModel();
                           }
                           Q_EMIT countChanged(count);
                           if (counted.first && !counted.first->isEmpty())
                               Q_EMIT windowLoaded(0, int(counted.first->size()) - 1);
                       });
}

void CatalogTableModel::locate(const QString& id)
{
    if (id.isEmpty() || loadedRowOf(id) >= 0 || m_located == qMakePair(m_generation, id))
        return;
    m_located = { m_generation, id };
    const quint64 generation = m_generation;
    m_store->call<int>([filter = m_filter, id](Catalog& c) { return c.rowOf(filter, id); }, this, [this, generation](int row) {
        if (generation == m_generation && row >= 0 && row < m_count)
            requestWindow(row / kWindow, true);
    });
}

void CatalogTableModel::requestWindow(int window, bool force) const
{
    if (m_requested.contains(window))
        return;
    m_requested.insert(window);
    const quint64 generation = m_generation;
    const ListFilter filter = m_filter;
    const int count = m_count;
    auto* self = const_cast<CatalogTableModel*>(this);
    using Rows = std::optional<QList<CatalogRow>>;
    m_store->call<Rows>(
        [filter, window, count, force, wanted = m_wanted](Catalog& c) -> Rows {
            if (!force && std::abs(wanted->load() - window) > 2)
                return std::nullopt; // scrolled past meanwhile; asked again when the view comes back
            const int first = window * kWindow;
            if (first < count / 2) {
                QList<CatalogRow> rows = c.rows(filter, first, kWindow);
                c.summarizeNow(rows);
                return rows;
            }
            // In the second half the rows are read from the end, in the opposite order: the same
            // rows (the order is total: its column, then the id), with at most half the catalog
            // to skip instead of all of it.
            ListFilter reversed = filter;
            reversed.sortOrder = filter.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            const int last = qMin(first + kWindow, count);
            QList<CatalogRow> rows = c.rows(reversed, count - last, last - first);
            std::reverse(rows.begin(), rows.end());
            c.summarizeNow(rows);
            return rows;
        },
        self, [self, window, generation](const Rows& read) {
            if (generation != self->m_generation)
                return;
            if (!read) {
                self->m_requested.remove(window);
                return;
            }
            const QList<CatalogRow>& rows = *read;
            self->keepWindow(window, rows);
            const int first = window * kWindow;
            const int last = qMin(first + int(rows.size()), self->m_count) - 1;
            if (last >= first) {
                Q_EMIT self->dataChanged(self->index(first, 0), self->index(last, ColumnCount - 1));
                Q_EMIT self->windowLoaded(first, last);
            }
        });
}

void CatalogTableModel::keepWindow(int window, const QList<CatalogRow>& rows)
{
    m_windows.insert(window, rows);
    m_requested.insert(window);
    m_stale.remove(window);
    m_recent.removeAll(window);
    m_recent.append(window);
    while (m_recent.size() > kMaxWindows) {
        const int old = m_recent.takeFirst();
        m_windows.remove(old);
        m_stale.remove(old);
        m_requested.remove(old);
    }
}

const CatalogRow* CatalogTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int window = row / kWindow;
    m_wanted->store(window, std::memory_order_relaxed);
    const auto it = m_windows.constFind(window);
    if (it == m_windows.constEnd()) {
        requestWindow(window);
        return nullptr;
    }
    if (m_stale.contains(window))
        requestWindow(window);
    const int offset = row % kWindow;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString CatalogTableModel::idAt(int row) const
{
    const CatalogRow* r = rowAt(row);
    return r ? r->id : QString();
}

int CatalogTableModel::loadedRowOf(const QString& id) const
{
    for (auto it = m_windows.constBegin(); it != m_windows.constEnd(); ++it)
        for (qsizetype i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * kWindow + int(i);
    return -1;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogRow* r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr && !m_stale.contains(index.row() / kWindow);
    if (!r)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("Loading…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r->name.isEmpty() ? tr("(unnamed)") : r->name;
        case ProviderColumn: return providerDisplayName(r->provider);
        case AccountColumn: return r->accountName.isEmpty() ? tr("No account") : r->accountName;
        case PriceColumn: return r->summary;
        case SyncColumn: // an archived product says so where its state is read
            return r->status == u"archived" ? tr("%1, archived").arg(syncStateLabel(r->syncState)) : syncStateLabel(r->syncState);
        case UpdatedColumn: return QLocale().toString(r->updated.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PriceColumn || index.column() == NameColumn)
            return r->summary;
        if (index.column() == SyncColumn) // whole where the column is too narrow for it
            return data(index, Qt::DisplayRole);
        break;
    case IdRole: return r->id;
    case SyncStateRole: return int(r->syncState);
    case ProviderRole: return providerKey(r->provider);
    default: break;
    }
    return {};
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ProviderColumn: return tr("Provider");
    case AccountColumn: return tr("Account");
    case PriceColumn: return tr("Price");
    case SyncColumn: return tr("Sync");
    case UpdatedColumn: return tr("Last change");
    }
    return {};
}

} // namespace pb

#include "CatalogColumns.h"

#include "CatalogTableModel.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QTableView>

namespace pb {

namespace {

const QString kWidthsKey = QStringLiteral("window/catalogColumnWidths");

QVariantMap dragged()
{
    return QSettings().value(kWidthsKey).toMap();
}

} // namespace

CatalogColumns::CatalogColumns(QTableView* view, const QStringList& syncTexts)
    : QObject(view)
    , m_view(view)
{
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics(view->font());
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 2 * metrics.averageCharWidth();
    for (const QString& text : syncTexts)
        m_syncWidest = std::max(m_syncWidest, metrics.horizontalAdvance(text) + margin);
    m_priceWidest = metrics.averageCharWidth() * 20 + margin; // a price with its interval
    m_sharing = true;
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(std::max(header->minimumSectionSize(), 4 * metrics.averageCharWidth()));
    for (int c = 0; c < CatalogTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == CatalogTableModel::NameColumn ? QHeaderView::Stretch : QHeaderView::Interactive);
    // The columns that do not give way: their header or their usual text, whichever is wider.
    const int updated = metrics.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)) + margin;
    header->resizeSection(CatalogTableModel::UpdatedColumn, std::max(updated, header->sectionSizeHint(CatalogTableModel::UpdatedColumn)));
    header->resizeSection(CatalogTableModel::ProviderColumn,
                          std::max(metrics.averageCharWidth() * 9 + margin, header->sectionSizeHint(CatalogTableModel::ProviderColumn)));
    header->resizeSection(CatalogTableModel::AccountColumn,
                          std::max(metrics.averageCharWidth() * 12 + margin, header->sectionSizeHint(CatalogTableModel::AccountColumn)));
    const QVariantMap widths = dragged();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        bool ok = false;
        const int column = it.key().toInt(&ok);
        if (ok && column != CatalogTableModel::NameColumn && column >= 0 && column < CatalogTableModel::ColumnCount)
            header->resizeSection(column, std::max(it.value().toInt(), header->minimumSectionSize()));
    }
    m_sharing = false;
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (!m_sharing && column != CatalogTableModel::NameColumn)
            remember(column, width);
    });
    view->viewport()->installEventFilter(this);
    share();
}

int CatalogColumns::nameRoom() const
{
    return m_view->fontMetrics().averageCharWidth() * 21;
}

bool CatalogColumns::eventFilter(QObject* watched, QEvent* event)
{
    // The view may be part way through its destruction when its viewport is resized: only a
    // whole table view is laid out (the cast asks the object what it still is).
    if (event->type() == QEvent::Resize && qobject_cast<QTableView*>(static_cast<QObject*>(m_view))
        && watched == m_view->viewport())
        share();
    return QObject::eventFilter(watched, event);
}

// Price and sync as wide as their text if the name still has its room; otherwise they give way
// together, each down to its header's width.
void CatalogColumns::share()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QVariantMap widths = dragged();
    const bool syncFree = !widths.contains(QString::number(CatalogTableModel::SyncColumn));
    const bool priceFree = !widths.contains(QString::number(CatalogTableModel::PriceColumn));
    if (!syncFree && !priceFree)
        return;
    int fixed = 0;
    for (int c = 0; c < CatalogTableModel::ColumnCount; ++c)
        if (c != CatalogTableModel::NameColumn && !(syncFree && c == CatalogTableModel::SyncColumn)
            && !(priceFree && c == CatalogTableModel::PriceColumn))
            fixed += header->sectionSize(c);
    const int syncLeast = header->sectionSizeHint(CatalogTableModel::SyncColumn);
    const int priceLeast = header->sectionSizeHint(CatalogTableModel::PriceColumn);
    int sync = syncFree ? std::max(m_syncWidest, syncLeast) : 0;
    int price = priceFree ? std::max(m_priceWidest, priceLeast) : 0;
    const int over = fixed + sync + price + nameRoom() - m_view->viewport()->width();
    const int slackSync = syncFree ? sync - syncLeast : 0;
    const int slackPrice = priceFree ? price - priceLeast : 0;
    if (over > 0 && slackSync + slackPrice > 0) {
        // Each gives way as far as it can beyond its header, in proportion.
        const int give = std::min(over, slackSync + slackPrice);
        const int fromSync = int(qint64(give) * slackSync / (slackSync + slackPrice));
        sync -= fromSync;
        price -= give - fromSync;
    }
    m_sharing = true;
    if (syncFree)
        header->resizeSection(CatalogTableModel::SyncColumn, sync);
    if (priceFree)
        header->resizeSection(CatalogTableModel::PriceColumn, price);
    m_sharing = false;
}

void CatalogColumns::remember(int column, int width)
{
    QVariantMap widths = dragged();
    widths.insert(QString::number(column), width);
    QSettings().setValue(kWidthsKey, widths);
}

} // namespace pb

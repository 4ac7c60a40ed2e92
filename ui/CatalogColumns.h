#pragma once
// How the catalog list's columns share its width. The name takes whatever is spare (it stretches)
// and keeps room for at least about 21 characters; the price and sync columns are as wide as
// their longest text while there is room and give way to the name when there is not (their text
// elides, whole in the tooltip), never below their header. A column the person drags keeps that
// width, remembered for the next start.
//   new CatalogColumns(tableView, syncStateTexts); // owned by the view

#include <QObject>
#include <QStringList>

class QTableView;

namespace pb {

class CatalogColumns : public QObject
{
    Q_OBJECT

public:
    // `syncTexts`: every text the sync column can show, in the current language.
    CatalogColumns(QTableView* view, const QStringList& syncTexts);

    // The width the name keeps before the other columns give way (about 21 characters).
    int nameRoom() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void share();
    void remember(int column, int width);

    QTableView* m_view;
    int m_syncWidest = 0;   // the sync column's longest text, with its margins
    int m_priceWidest = 0;  // a long price summary, with its margins
    bool m_sharing = false; // the widths being set here, not dragged
};

} // namespace pb

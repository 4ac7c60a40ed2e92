#pragma once
// Watches a starting window for the startup benchmark (pricebook --startup-report): when the
// window first painted, and when the catalog table first painted with rows in it. Reports the
// wall-clock times (ms since the epoch, so a script can subtract its own launch time) and quits.
// A catalog of an older format is updated before its rows show: when the window first painted
// the sentence saying so is reported too, and the rows are waited for up to 10 minutes.
//   auto* probe = new StartupProbe(&window, window.findChild<QAbstractItemView*>(...));
//   connect(probe, &StartupProbe::finished, ...);

#include <QObject>

class QAbstractItemView;
class QTimer;
class QWidget;

namespace pb {

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QWidget* window, QAbstractItemView* table, QObject* parent = nullptr);

    qint64 firstPaintMs() const { return m_firstPaint; }
    qint64 firstRowsMs() const { return m_firstRows; }
    qint64 firstUpgradeNoticeMs() const { return m_firstNotice; } // 0: the catalog needed no update

Q_SIGNALS:
    // Both moments seen (or the table stayed empty for 60 s, 10 minutes while the catalog is
    // updated: firstRowsMs() is then 0).
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QAbstractItemView* m_table;
    qint64 m_firstPaint = 0;
    qint64 m_firstRows = 0;
    qint64 m_firstNotice = 0;
    QWidget* m_notice = nullptr;
    QTimer* m_timeout;
};

} // namespace pb

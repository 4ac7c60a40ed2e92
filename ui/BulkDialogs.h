#pragma once
// The dialogs of bulk work: the import report (import the valid rows, or nothing) and the push
// progress (counts, time left, pause, cancel, and a line per product).

#include "services/sync/BulkPush.h"
#include "services/io/CatalogIO.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pb {

class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString& file, const CatalogIO::ImportResult& result, QWidget* parent = nullptr);
};

class PushDialog : public QDialog
{
    Q_OBJECT

public:
    PushDialog(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QWidget* parent = nullptr);
    void start(const QStringList& productIds, const PushOptions& options);
    BulkPusher* pusher() const { return m_pusher; }

Q_SIGNALS:
    void pushFinished(const QList<pb::PushLine>& report);

private:
    void showProgress(const PushProgress& p);
    BulkPusher* m_pusher;
    QProgressBar* m_bar;
    QLabel* m_counts;
    QTableWidget* m_lines;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace pb

#pragma once
// "Pull from provider…": chooses an account and reads its remote catalog into the local one
// through the Pull workflow (services/sync/Pull), with progress, cancel and the report: what
// was added or updated, what was adopted read-only and why, what could not be read. For a
// provider with no product list it takes remote ids; for one with no read at all it says so.
//   auto* d = new PullDialog(store, network, accounts, keys, this);
//   connect(d, &PullDialog::pulled, model, &CatalogTableModel::refresh);
//   d->open();

#include "services/sync/AccountKeys.h"
#include "services/sync/Pull.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pb {

class PullDialog : public QDialog
{
    Q_OBJECT

public:
    PullDialog(CatalogStore* store, QNetworkAccessManager* network, const QList<Account>& accounts, KeyLookup keys,
               QWidget* parent = nullptr);

Q_SIGNALS:
    void pulled(const pb::PullReport& report);

private:
    void accountChosen();
    void startPull();
    void showReport(const PullReport& report);
    std::optional<Account> chosen() const;

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    QList<Account> m_accounts;
    KeyLookup m_keys;
    QComboBox* m_account;
    QLabel* m_reason;
    QLineEdit* m_ids;
    QLabel* m_status;
    QPlainTextEdit* m_details;
    QPushButton* m_pull;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QPointer<Pull> m_running;
};

} // namespace pb

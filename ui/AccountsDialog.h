#pragma once
// Client accounts: add, change and remove them per provider; the key goes to the keychain,
// never to the catalog; "Test connection" reads from the provider where it has a read endpoint.
// The provider's own settings are rows made from its adapter's account fields.

#include "services/providers/ProviderAdapter.h"
#include "services/storage/CatalogStore.h"
#include "services/storage/SecretStore.h"
#include "services/sync/AccountKeys.h"

#include <QDialog>
#include <QNetworkAccessManager>
#include <memory>

namespace Ui {
class AccountsDialog;
}

class QLabel;

namespace pb {

class Prompts;

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(CatalogStore* store, SecretStore* secrets, QNetworkAccessManager* network, Prompts* prompts,
                   QWidget* parent = nullptr);
    ~AccountsDialog() override;
    void reload(const QString& select = {});

Q_SIGNALS:
    void accountsChanged();
    void statusChanged(const QString& text); // for tests and the status bar

private:
    void showAccount(int row);
    void updateProviderRows();
    void showKeyMode(int row, KeyMode mode);
    void save();
    void removeCurrent();
    void testConnection();
    Account formAccount() const;
    void setStatus(const QString& text);

    struct SettingRow {
        Provider provider;
        AccountField field;
        QWidget* editor = nullptr; // QLineEdit, or QCheckBox for a flag
    };
    void addSettingRows();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    QList<SettingRow> m_settingRows;
    CatalogStore* m_store;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    Prompts* m_prompts;
    QList<Account> m_accounts;
    Account m_current;
    QLabel* m_keyModeBadge = nullptr; // test, live or unknown, from the key's form
};

} // namespace pb

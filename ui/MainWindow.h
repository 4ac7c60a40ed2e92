#pragma once
// The main window: the catalog on the left (search, filters, sortable table), the product
// editor on the right, menus and toolbar with every action, and the status bar with the sync
// state and the last result. Submitting goes through the SyncEngine without blocking the window.

#include "ProductEditor.h"
#include "Prompts.h"
#include "models/CatalogTableModel.h"
#include "services/BulkPush.h"
#include "services/ProviderService.h"
#include "services/storage/SecretStore.h"
#include "services/sync/Claim.h"
#include "services/sync/SyncEngine.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <memory>

class QLabel;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace pb {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CatalogStore* store, SecretStore* secrets, QNetworkAccessManager* network, Prompts* prompts,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ProductEditor* editor() const { return m_editor; }
    CatalogTableModel* catalogModel() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }
    void setDeliveryPolicy(const DeliveryPolicy& policy) { m_policy = policy; }
    // A local sandbox to offer as ready accounts (made on the first run, kept pointed at it).
    void setSandboxUrl(const QString& baseUrl) { m_sandboxUrl = baseUrl; }
    bool isSubmitting() const { return m_task != nullptr; }
    QString lastResult() const;
    // Opens a product in the editor (loaded from the catalog on the worker thread).
    void openProduct(const QString& id);

Q_SIGNALS:
    void productOpened(const QString& id);
    void submissionFinished(const pb::JobResult& result);
    void accountsLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupActions();
    void setupFilters();
    void loadAccounts();
    void applyFilters();
    void updateActions();
    void updateCountLabel();
    void newProduct();
    void duplicateProduct();
    void deleteProducts();
    void submit(bool update);
    void startJob(const Account& account, const QString& key, const SyncRequest& request);
    void finishJob(const SyncOutcome& outcome);
    void showRequest();
    void showAccounts();
    void importFile();
    void exportFile();
    void pushSelection();
    void cloneToAccount();
    QStringList selectedIds() const;
    KeyLookup keyLookup();
    void readKey(const Account& account, std::function<void(const QString&)> then);
    void loadSyncLink();
    void selectProductRow(const QString& id);

    std::unique_ptr<Ui::MainWindow> m_ui;
    CatalogStore* m_store;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    Prompts* m_prompts;
    QUndoStack* m_undo;
    SyncEngine* m_engine;
    ProductEditor* m_editor;
    CatalogTableModel* m_model;
    QList<Account> m_accounts;
    DeliveryPolicy m_policy;
    QPointer<SyncTask> m_task;
    QLabel* m_syncLabel;
    QLabel* m_resultLabel;
    QProgressBar* m_progress;
    QTimer m_searchDelay;
    QString m_pendingSelection;
    QString m_sandboxUrl;
    bool m_valid = false;
};

} // namespace pb

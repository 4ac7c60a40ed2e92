#pragma once
// The main window: the catalog on the left (search, filters, sortable table), the product
// editor on the right, menus and toolbar with every action, and the status bar with the sync
// state and the last result. Submitting goes through the SyncEngine without blocking the window.

#include "ProductEditor.h"
#include "Prompts.h"
#include "ui/CatalogTableModel.h"
#include "services/sync/BulkPush.h"
#include "services/net/ProviderService.h"
#include "services/storage/SecretStore.h"
#include "services/sync/Claim.h"
#include "services/sync/SyncEngine.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
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
    // May come after the catalog opened (the sandbox starts on its own thread): accounts follow.
    void setSandboxUrl(const QString& baseUrl);
    // A notice for the status bar's result area (from outside the window: the sandbox, say).
    void showNotice(const QString& message);
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
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setupActions();
    void setupFilters();
    // Reads the accounts; with ensureSandbox, also makes (first run) or repoints the sandbox ones.
    void loadAccounts(bool ensureSandbox = true);
    void applyFilters();
    void updateActions();
    void fitSyncColumn();
    void endSaveError();
    void forgetLastResult();
    void updateCountLabel();
    void newProduct();
    void duplicateProduct();
    void deleteProducts();
    void deleteProductIds(const QStringList& ids);
    // Commits what is typed; false (and says why) while something on screen cannot be sent.
    bool readyToSend();
    void submit(bool update);
    void startJob(const Account& account, const QString& key, const SyncRequest& request);
    void finishJob(const SyncOutcome& outcome);
    void showRequest();
    void showAccounts();
    void importFile();
    void exportFile();
    void pushSelection();
    void pullFromProvider();
    void applyChanges();
    void openApplyPlan(const QStringList& ids);
    // Names the count, the accounts and any live key, then pushes when the person agrees.
    void confirmPush(const QStringList& ids, const QHash<QString, int>& perAccount);
    void withLiveAccounts(const QList<Account>& accounts, std::function<void(const QList<Account>&)> then);
    void startPush(const QStringList& ids);
    void cloneToAccount();
    void cloneProductIds(const QStringList& ids);
    QStringList selectedIds() const;
    KeyLookup keyLookup();
    void readKey(const Account& account, std::function<void(const QString&)> then);
    void archiveProducts() { archiveSelection(true); }
    void restoreProducts() { archiveSelection(false); }
    void archiveSelection(bool archive);
    void updateAccountBadges();
    void openOnProvider();
    void askBeforeDeletingSynced(const QList<CatalogEntry>& entries, const QList<SyncLink>& links);
    void deleteEntries(const QList<CatalogEntry>& entries);
    void deleteWithArchive(const QList<CatalogEntry>& entries, const QStringList& synced, bool liveNamed);
    void loadSyncLink();
    void selectProductRow(const QString& id);
    // Selects again the products selected before a refresh, re-sort or filter change moved their rows.
    void followSelection();
    void openCheck(const QStringList& ids);
    // The products the selection names, also the rows not loaded yet when all are selected.
    void withSelectedIds(std::function<void(const QStringList&)> then);

    std::unique_ptr<Ui::MainWindow> m_ui;
    CatalogStore* m_store;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    std::unique_ptr<Prompts> m_windowPrompts;
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
    QString m_catalogError; // the catalog did not open: nothing can be edited
    QString m_saveError;    // the last save failed: editing waits until one succeeds
    static constexpr int kSaveRetryMs = 2000;
    QStringList m_selectedIds;
    QSet<QString> m_liveConfirmed; // live accounts sent to since the window opened, after asking
    QHash<QString, KeyMode> m_keyModes; // accounts' key modes learned from keys read for sending
    bool m_allSelected = false;
};

} // namespace pb

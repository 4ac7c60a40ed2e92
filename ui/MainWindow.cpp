#include "ArchiveDialog.h"
#include "CatalogColumns.h"
#include "MainWindow.h"
#include "services/providers/Registry.h"

#include "AccountsDialog.h"
#include "ActionIcons.h"
#include "BulkDialogs.h"
#include "CatalogUpgradeNotice.h"
#include "CheckDialog.h"
#include "ConflictDialog.h"
#include "TeamCatalogDialog.h"
#include "PullDialog.h"
#include "ApplyPlanDialog.h"
#include "AccountLabel.h"
#include "ElidedLabel.h"
#include "services/io/CatalogIO.h"
#include "services/io/Clone.h"
#include "PreferencesDialog.h"
#include "RequestDialog.h"
#include "services/sandbox/SandboxAccounts.h"
#include "models/ProductFields.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QFileInfo>
#include <limits>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStyle>
#include <QUndoCommand>

namespace pb {

namespace {

// Deleting products: redo removes them from the catalog, undo puts them back as they were,
// with their sync links and history (snapshots taken on the catalog's thread as they go).
class DeleteCommand : public QUndoCommand
{
public:
    DeleteCommand(CatalogStore* store, QList<CatalogEntry> entries, std::function<void(bool restored)> changed)
        : QUndoCommand(entries.size() == 1 ? QObject::tr("Delete “%1”").arg(entries.first().product.name)
                                           : QObject::tr("Delete %1 products").arg(entries.size()))
        , m_store(store)
        , m_entries(std::move(entries))
        , m_changed(std::move(changed))
    {
    }
    void redo() override
    {
        const QList<CatalogEntry> entries = m_entries;
        // Each only while it is still the version the person saw: one changed meanwhile stays,
        // and the person is asked again (it is also left out of the undo).
        using Refused = QPair<QStringList, QString>;
        m_store->call<Refused>([entries, snapshots = m_snapshots](Catalog& c) {
            Refused refused;
            snapshots->clear();
            for (const CatalogEntry& e : entries) {
                const auto s = c.snapshot(e.id);
                if (c.removeProduct(e.id, e.version)) {
                    if (s)
                        snapshots->append(*s);
                } else if (!c.conflicts().isEmpty()) {
                    refused.first << e.id;
                    refused.second = c.lastError();
                }
            }
            return refused;
        }, m_store, [changed = m_changed, conflicted = m_conflicted](const Refused& refused) {
            changed(false);
            if (!refused.first.isEmpty() && conflicted)
                conflicted(refused.first, refused.second);
        });
    }
    void undo() override
    {
        const QList<CatalogEntry> entries = m_entries;
        m_store->call<bool>([entries, snapshots = m_snapshots](Catalog& c) {
            bool ok = true;
            for (const Catalog::ProductSnapshot& s : *snapshots) // only what redo removed
                ok = c.restoreSnapshot(s) && ok;
            return ok;
        }, m_store, [changed = m_changed](bool) { changed(true); });
    }

    // Told which products were not deleted because someone else changed them meanwhile.
    std::function<void(const QStringList& ids, const QString& message)> m_conflicted;

private:
    CatalogStore* m_store;
    QList<CatalogEntry> m_entries;
    // Written and read on the catalog's thread only, in the order the commands run.
    std::shared_ptr<QList<Catalog::ProductSnapshot>> m_snapshots = std::make_shared<QList<Catalog::ProductSnapshot>>();
    std::function<void(bool)> m_changed;
};

// A new (or duplicated) product: undo removes it again.
class CreateCommand : public QUndoCommand
{
public:
    CreateCommand(CatalogStore* store, CatalogEntry entry, std::function<void(const QString&)> changed)
        : QUndoCommand(QObject::tr("New product"))
        , m_store(store)
        , m_entry(std::move(entry))
        , m_changed(std::move(changed))
    {
    }
    void redo() override
    {
        const CatalogEntry e = m_entry;
        m_store->call<bool>([e](Catalog& c) { CatalogEntry copy = e; return c.saveProduct(copy); }, m_store,
                            [changed = m_changed, id = e.id](bool) { changed(id); });
    }
    void undo() override
    {
        m_store->call<bool>([id = m_entry.id](Catalog& c) { return c.removeProduct(id); }, m_store,
                            [changed = m_changed](bool) { changed(QString()); });
    }

private:
    CatalogStore* m_store;
    CatalogEntry m_entry;
    std::function<void(const QString&)> m_changed;
};

// The window's questions, passed on as they are; a declined one is reported, so a flow that
// ends there (as an update the person cancelled) can undo what it set up.
class WindowPrompts : public Prompts
{
public:
    WindowPrompts(Prompts* inner, std::function<void()> declined)
        : m_inner(inner)
        , m_declined(std::move(declined))
    {
    }
    std::optional<QString> askApiKey(QWidget* parent, const Account& account) override { return m_inner->askApiKey(parent, account); }
    void inform(QWidget* parent, const QString& title, const QString& text, const QString& details) override
    {
        m_inner->inform(parent, title, text, details);
    }
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details) override
    {
        const bool yes = m_inner->confirm(parent, title, text, details);
        if (!yes)
            m_declined();
        return yes;
    }
    int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices, const QString& details) override
    {
        const int choice = m_inner->choose(parent, title, text, choices, details);
        if (choice < 0)
            m_declined();
        return choice;
    }
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override { return m_inner->openFile(parent, title, filter); }
    QString saveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggestion) override
    {
        return m_inner->saveFile(parent, title, filter, suggestion);
    }
    std::optional<Account> chooseAccount(QWidget* parent, const QString& title, const QList<Account>& accounts) override
    {
        return m_inner->chooseAccount(parent, title, accounts);
    }
    bool acceptDialog(QDialog* dialog) override { return m_inner->acceptDialog(dialog); }

private:
    Prompts* m_inner;
    std::function<void()> m_declined;
};

QString describeChange(const ProviderSchema& schema, const Product& before, const Product& after)
{
    QStringList lines;
    for (const FieldSpec& f : schema.productFields) {
        if (!f.updatable || f.path.isEmpty())
            continue;
        const QString a = ProductFields::read(before, nullptr, f.path).toString();
        const QString b = ProductFields::read(after, nullptr, f.path).toString();
        if (a != b)
            lines << QObject::tr("%1: “%2” → “%3”").arg(f.translatedLabel(), a.left(80), b.left(80));
    }
    return lines.isEmpty() ? QObject::tr("Nothing the provider accepts has changed since the last sync.") : lines.join(u'\n');
}

} // namespace

MainWindow::MainWindow(CatalogStore* store, SecretStore* secrets, QNetworkAccessManager* network, Prompts* prompts,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_secrets(secrets)
    , m_network(network)
    , m_windowPrompts(std::make_unique<WindowPrompts>(prompts, [this] {
        // Update mode exists for one submission: declined, the editor leaves it.
        if (!m_task && m_editor->isUpdateMode()) {
            m_editor->setUpdateMode(false);
            updateActions();
        }
    }))
    , m_prompts(m_windowPrompts.get())
    , m_undo(new QUndoStack(this))
    , m_engine(new SyncEngine(store, network, this))
{
    m_ui->setupUi(this);
    m_editor = new ProductEditor(m_undo, m_ui->editorPanel);
    m_editor->setObjectName(QStringLiteral("productEditor"));
    m_ui->editorPanelLayout->addWidget(m_editor);
    m_model = new CatalogTableModel(m_store, this);
    m_ui->catalogTableView->setModel(m_model);
    m_ui->catalogTableView->horizontalHeader()->setSortIndicator(CatalogTableModel::UpdatedColumn, Qt::DescendingOrder);
    m_ui->catalogTableView->verticalHeader()->setVisible(false);
    m_ui->catalogTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    fitSyncColumn();

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    // A long message is elided (whole in its tooltip): it never widens the window.
    m_resultLabel = new ElidedLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("lastResultLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("submitProgressBar"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addWidget(m_resultLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    new CatalogUpgradeNotice(m_store, statusBar(), [this](const QString& html) { m_editor->clearEntry(html); }, this);

    setupActions();
    setupFilters();

    connect(m_editor, &ProductEditor::entryEdited, m_store, &CatalogStore::scheduleSave);
    connect(m_editor, &ProductEditor::inputDropped, m_resultLabel, &QLabel::setText);
    connect(m_editor, &ProductEditor::validityChanged, this, [this](bool valid, const QString& problems) {
        m_valid = valid;
        m_ui->actionSubmitProduct->setToolTip(valid ? m_ui->actionSubmitProduct->statusTip()
                                                    : tr("Not ready to send:\n%1").arg(problems));
        updateActions();
    });
    connect(m_store, &CatalogStore::productsSaved, this, [this](const QStringList& ids) {
        if (m_editor->hasEntry() && ids.contains(m_editor->entry().id))
            loadSyncLink(); // a saved edit can turn "Synced" into "Changed since sync"
    });
    connect(m_store, &CatalogStore::saveFailed, this, [this](const QString& message) {
        m_resultLabel->setText(tr("Not saved yet: %1. Your edits are kept and saving is tried again.").arg(message));
        // Typing on would pile up edits that may never reach the disk: editing waits for it.
        m_saveError = message;
        m_editor->setEnabled(false);
        updateActions();
        QTimer::singleShot(kSaveRetryMs, this, [this] {
            if (m_store->hasPendingSaves())
                m_store->flush(); // fails again, or reports productsSaved
            else
                endSaveError();
        });
    });
    connect(m_store, &CatalogStore::productsSaved, this, &MainWindow::endSaveError);
    connect(m_store, &CatalogStore::saveConflicted, this, [this](const QList<SaveConflict>& conflicts) {
        ConflictDialog::resolve(conflicts, m_store, m_editor, m_prompts, this);
    });
    connect(m_store, &CatalogStore::opened, this, [this](bool ok, const QString& error) {
        m_catalogError = ok ? QString() : (error.isEmpty() ? tr("The catalog could not be opened.") : error);
        updateActions();
        if (!ok) {
            m_editor->clearEntry(tr("<p><b>The catalog could not be opened.</b></p><p>%1</p>").arg(error.toHtmlEscaped()));
            m_resultLabel->setText(error);
            return;
        }
        loadAccounts();
    });
    // Another Pricebook process changed the catalog: the list and the accounts are read again
    // (the selection follows its product; the editor keeps what is being typed).
    connect(m_store, &CatalogStore::changedElsewhere, this, [this] {
        if (m_catalogError.isEmpty())
            loadAccounts(false);
        // The product open here, changed by someone else while nothing was being typed into it:
        // shown as it is now. The worker runs this read after any save asked for before, so
        // this window's own saves are in what it reads.
        if (!m_editor->hasEntry() || m_store->hasPendingSaves())
            return;
        const CatalogEntry shown = m_editor->entry();
        m_store->call<std::optional<CatalogEntry>>([id = shown.id](Catalog& c) { return c.product(id); }, this,
                                                   [this, shown](const std::optional<CatalogEntry>& now) {
            if (!now || !m_editor->hasEntry() || m_store->hasPendingSaves())
                return;
            const CatalogEntry current = m_editor->entry();
            if (current.id != shown.id || current.product != shown.product || current.accountId != shown.accountId)
                return; // typed meanwhile: the edit in progress stays (its save says if it conflicts)
            if (now->product == current.product && now->accountId == current.accountId && now->provider == current.provider)
                return;
            m_editor->setEntry(*now);
            loadSyncLink();
        });
    });
    connect(m_secrets, &SecretStore::keychainUnavailable, this, [this](const QString& reason) {
        m_resultLabel->setText(reason);
        m_resultLabel->setToolTip(tr("Details: %1").arg(m_secrets->unavailableDetail()));
    });
    connect(m_model, &CatalogTableModel::countChanged, this, [this] {
        updateCountLabel();
        if (!m_catalogError.isEmpty())
            return; // the empty editor goes on saying why nothing can be edited
        if (!m_editor->hasEntry() && m_model->rowCount() == 0 && m_ui->searchLineEdit->text().isEmpty())
            m_editor->clearEntry(tr("<h3>Your catalog is empty</h3><p>Press <b>Ctrl+N</b> to create a product, or open "
                                    "<b>Accounts…</b> to add the client accounts you bill for.</p><p>Every change is saved as "
                                    "you type; nothing is sent until you press <b>Submit</b>.</p>%1")
                                     .arg(std::any_of(m_accounts.cbegin(), m_accounts.cend(), [](const Account& a) { return a.sandbox; })
                                              ? tr("<p>To try it safely, send to a <b>Sandbox</b> account: it is a local stand-in for each "
                                                   "provider on this computer, and nothing reaches a real provider.</p>")
                                              : QString()));
        else if (!m_editor->hasEntry())
            m_editor->clearEntry(tr("<p>Select a product on the left, or press <b>Ctrl+N</b> for a new one.</p>"));
    });
    connect(m_model, &CatalogTableModel::windowLoaded, this, [this] {
        if (!m_pendingSelection.isEmpty())
            selectProductRow(m_pendingSelection);
        else
            followSelection();
    });
    connect(m_ui->catalogTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QString id = current.data(CatalogTableModel::IdRole).toString();
        if (!id.isEmpty() && (!m_editor->hasEntry() || m_editor->entry().id != id))
            openProduct(id);
        updateActions();
    });
    connect(m_ui->catalogTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // What the person selected, by product: re-sorts and refreshes move rows, not the selection.
        m_selectedIds.clear();
        m_allSelected = m_model->rowCount() > 1 && m_ui->catalogTableView->selectionModel()->selectedRows().size() == m_model->rowCount();
        for (const QModelIndex& i : m_ui->catalogTableView->selectionModel()->selectedRows())
            if (const QString id = i.data(CatalogTableModel::IdRole).toString(); !id.isEmpty())
                m_selectedIds << id;
        updateActions();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_ui->mainSplitter->setSizes({ 640, 640 });
    if (m_store->isOpen())
        loadAccounts();
    updateActions();
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last change"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setStatusTip(tr("Redo the change undone last"));
    m_ui->menuEdit->insertActions(m_ui->actionFind, { undo, redo });
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    m_ui->actionUpdateProduct->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Return")));
    connect(m_ui->actionNewProduct, &QAction::triggered, this, &MainWindow::newProduct);
    connect(m_ui->actionDuplicateProduct, &QAction::triggered, this, &MainWindow::duplicateProduct);
    connect(m_ui->actionDeleteProduct, &QAction::triggered, this, &MainWindow::deleteProducts);
    connect(m_ui->actionSubmitProduct, &QAction::triggered, this, [this] { submit(false); });
    connect(m_ui->actionUpdateProduct, &QAction::triggered, this, [this] { submit(true); });
    connect(m_ui->actionCancelSubmission, &QAction::triggered, this, [this] {
        if (m_task)
            m_task->cancel();
    });
    connect(m_ui->actionShowRequest, &QAction::triggered, this, &MainWindow::showRequest);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // Bulk work: import, export, push and clone.
    auto addAction = [this](QMenu* menu, QAction* before, const char* name, const QString& text, const QKeySequence& key,
                            const QString& tip, void (MainWindow::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        menu->insertAction(before, action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addAction(m_ui->menuFile, m_ui->actionAccounts, "actionImport", tr("&Import…"), QKeySequence(QStringLiteral("Ctrl+I")),
              tr("Import products from a CSV or JSON file, checked row by row"), &MainWindow::importFile);
    addAction(m_ui->menuFile, m_ui->actionAccounts, "actionExport", tr("&Export…"), QKeySequence(QStringLiteral("Ctrl+E")),
              tr("Export the selected products, or all listed, to CSV or JSON"), &MainWindow::exportFile);
    m_ui->menuFile->insertSeparator(m_ui->actionAccounts);
    auto* team = new QAction(tr("Connect to &team catalog…"), this);
    team->setObjectName(QStringLiteral("actionConnectTeamCatalog"));
    team->setStatusTip(tr("Work on a catalog shared on a PostgreSQL server"));
    m_ui->menuFile->insertAction(m_ui->actionAccounts, team);
    connect(team, &QAction::triggered, this, [this] { TeamCatalogDialog::connectTo(this, m_store, m_secrets, m_prompts, [this] { m_model->refresh(); loadAccounts(); }); });
    addAction(m_ui->menuProduct, m_ui->actionShowRequest, "actionPushSelection", tr("&Push selected…"), QKeySequence(QStringLiteral("Ctrl+Shift+P")),
              tr("Send the selected products to their accounts, a few at a time"), &MainWindow::pushSelection);
    addAction(m_ui->menuProduct, m_ui->actionShowRequest, "actionCloneToAccount", tr("Clone &to account…"), QKeySequence(),
              tr("Copy the selected products for another client account or provider"), &MainWindow::cloneToAccount);
    auto* check = new QAction(tr("Chec&k on provider…"), this);
    check->setObjectName(QStringLiteral("actionCheckOnProvider"));
    check->setStatusTip(tr("Read the selected products from their providers and compare them with the catalog, field by field"));
    m_ui->menuProduct->insertAction(m_ui->actionShowRequest, check);
    connect(check, &QAction::triggered, this, [this] {
        withSelectedIds([this](const QStringList& ids) {
            if (ids.isEmpty())
                return;
            openCheck(ids);
        });
    });
    addAction(m_ui->menuProduct, m_ui->actionShowRequest, "actionApplyChanges", tr("Appl&y changes…"), QKeySequence(),
              tr("See the plan of what the selected products' changes make on their providers, then apply it"), &MainWindow::applyChanges);
    addAction(m_ui->menuFile, m_ui->actionAccounts, "actionPull", tr("P&ull from provider…"), QKeySequence(),
              tr("Read an account's products and prices from its provider into the catalog"), &MainWindow::pullFromProvider);
    addAction(m_ui->menuProduct, m_ui->actionShowRequest, "actionArchiveProducts", tr("&Archive on provider…"), QKeySequence(),
              tr("Archive the selected products on their providers (they stay here, marked archived)"), &MainWindow::archiveProducts);
    addAction(m_ui->menuProduct, m_ui->actionShowRequest, "actionRestoreProducts", tr("Rest&ore on provider…"), QKeySequence(),
              tr("Make the selected archived products active again on their providers"), &MainWindow::restoreProducts);
    addAction(m_ui->menuProduct, m_ui->actionShowRequest, "actionOpenOnProvider", tr("Open on pro&vider"), QKeySequence(),
              tr("Open the product's page on its provider's dashboard"), &MainWindow::openOnProvider);
    // The delete key belongs to text fields while one has the focus.
    m_ui->actionDeleteProduct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->catalogTableView->addAction(m_ui->actionDeleteProduct);
    auto* preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Choose the language of the window"));
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(preferences);
    connect(preferences, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    ActionIcons::attach(this);
}

void MainWindow::setupFilters()
{
    m_ui->providerFilterComboBox->addItem(tr("All providers"), QString());
    for (Provider p : allProviders())
        m_ui->providerFilterComboBox->addItem(providerDisplayName(p), providerKey(p));
    m_ui->syncFilterComboBox->addItem(tr("Any sync state"), QString());
    for (SyncState s : { SyncState::Draft, SyncState::Submitting, SyncState::Synced, SyncState::Changed, SyncState::Failed,
                         SyncState::OutcomeUnknown })
        m_ui->syncFilterComboBox->addItem(syncStateLabel(s), syncStateKey(s));
    m_ui->statusFilterComboBox->addItem(tr("Any status"), QString());
    m_ui->statusFilterComboBox->addItem(tr("Active"), QStringLiteral("active"));
    m_ui->statusFilterComboBox->addItem(tr("Inactive"), QStringLiteral("inactive"));
    m_ui->statusFilterComboBox->addItem(tr("Archived"), QStringLiteral("archived"));
    m_ui->accountFilterComboBox->addItem(tr("All accounts"), QString());
    for (QComboBox* combo : { m_ui->providerFilterComboBox, m_ui->accountFilterComboBox, m_ui->syncFilterComboBox, m_ui->statusFilterComboBox })
        connect(combo, &QComboBox::activated, this, &MainWindow::applyFilters);
    // Search as you type, without a query per keystroke. The pause is exact (a coarse timer may
    // end it up to 5 % early or late), so a search starts 150 ms after the last key, always.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setTimerType(Qt::PreciseTimer);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
}

void MainWindow::applyFilters()
{
    ListFilter f = m_model->filter();
    f.text = m_ui->searchLineEdit->text();
    f.provider = providerFromKey(m_ui->providerFilterComboBox->currentData().toString());
    f.accountId = m_ui->accountFilterComboBox->currentData().toString();
    f.syncState = syncStateFromKey(m_ui->syncFilterComboBox->currentData().toString());
    f.status = m_ui->statusFilterComboBox->currentData().toString();
    m_model->setFilter(f);
}

void MainWindow::setSandboxUrl(const QString& baseUrl)
{
    if (baseUrl == m_sandboxUrl)
        return;
    m_sandboxUrl = baseUrl;
    if (m_store->isOpen() && m_catalogError.isEmpty())
        loadAccounts();
}

void MainWindow::showNotice(const QString& message)
{
    m_resultLabel->setText(message);
}

void MainWindow::loadAccounts(bool ensureSandbox)
{
    // On the first run the sandbox becomes ready accounts; afterwards only their address is kept current.
    QSettings settings;
    const bool firstRun = ensureSandbox && !m_sandboxUrl.isEmpty() && !settings.value(QStringLiteral("sandbox/offered")).toBool();
    if (firstRun)
        settings.setValue(QStringLiteral("sandbox/offered"), true);
    const QString sandboxUrl = ensureSandbox ? m_sandboxUrl : QString();
    m_store->call<QList<Account>>([sandboxUrl, firstRun](Catalog& c) {
        if (!sandboxUrl.isEmpty())
            SandboxAccounts::ensure(c, sandboxUrl, firstRun && c.accounts().isEmpty());
        return c.accounts();
    }, this, [this](const QList<Account>& accounts) {
        m_accounts = accounts;
        m_editor->setAccounts(accounts);
        updateAccountBadges();
        if (!m_editor->hasEntry())
            Q_EMIT m_model->countChanged(m_model->rowCount()); // the empty-state text mentions the sandbox
        const QString current = m_ui->accountFilterComboBox->currentData().toString();
        m_ui->accountFilterComboBox->clear();
        m_ui->accountFilterComboBox->addItem(tr("All accounts"), QString());
        for (const Account& a : accounts)
            m_ui->accountFilterComboBox->addItem(a.name, a.id);
        m_ui->accountFilterComboBox->setCurrentIndex(qMax(0, m_ui->accountFilterComboBox->findData(current)));
        Q_EMIT accountsLoaded();
    });
}

void MainWindow::updateCountLabel()
{
    const int n = m_model->rowCount();
    m_ui->catalogCountLabel->setText(n == 1 ? tr("1 product") : tr("%1 products").arg(QLocale().toString(n)));
}

void MainWindow::forgetLastResult()
{
    // The last result was another product's; a sending job or a catalog problem still stands.
    if (!m_task && m_saveError.isEmpty() && m_catalogError.isEmpty())
        m_resultLabel->clear();
}

void MainWindow::endSaveError()
{
    if (m_saveError.isEmpty())
        return;
    m_saveError.clear();
    m_editor->setEnabled(true);
    m_resultLabel->setText(tr("Saved: the catalog can be written again."));
    updateActions();
}

// The list's columns share its width (the name gets what is spare); the Sync column knows every
// state text it can show in the current language.
void MainWindow::fitSyncColumn()
{
    QStringList texts;
    for (SyncState s : { SyncState::Draft, SyncState::Submitting, SyncState::Synced, SyncState::Changed, SyncState::Failed,
                         SyncState::OutcomeUnknown }) {
        texts << syncStateLabel(s);
        texts << QCoreApplication::translate("pb::CatalogTableModel", "%1, archived").arg(syncStateLabel(s));
    }
    new CatalogColumns(m_ui->catalogTableView, texts);
}

void MainWindow::updateActions()
{
    const bool writable = m_catalogError.isEmpty() && m_saveError.isEmpty();
    const bool has = m_editor->hasEntry() && writable;
    const bool busy = m_task != nullptr;
    const bool selected = m_ui->catalogTableView->selectionModel()->hasSelection() || has;
    m_ui->actionNewProduct->setEnabled(writable);
    m_ui->actionDuplicateProduct->setEnabled(has);
    m_ui->actionDeleteProduct->setEnabled(selected && !busy && writable);
    for (const char* name : { "actionImport", "actionCloneToAccount" })
        if (QAction* a = findChild<QAction*>(QLatin1String(name)))
            a->setEnabled(writable);
    m_ui->actionSubmitProduct->setEnabled(has && m_valid && !busy);
    m_ui->actionUpdateProduct->setEnabled(has && !busy && !m_editor->syncLink().remoteId.isEmpty()
                                          && schemaOf(m_editor->entry().provider).updateProduct.isValid());
    // A disabled Update says why.
    QString updateTip = m_ui->actionUpdateProduct->statusTip();
    if (!m_editor->hasEntry())
        updateTip = tr("Open a product to update it on its provider.");
    else if (!schemaOf(m_editor->entry().provider).updateProduct.isValid())
        updateTip = tr("%1 products cannot be changed once created: Pricebook can only create them there.")
                        .arg(providerDisplayName(m_editor->entry().provider));
    else if (m_editor->syncLink().remoteId.isEmpty())
        updateTip = tr("Not on %1 yet: Submit creates it there first.").arg(providerDisplayName(m_editor->entry().provider));
    m_ui->actionUpdateProduct->setToolTip(updateTip);
    m_ui->actionCancelSubmission->setEnabled(busy);
    m_ui->actionShowRequest->setEnabled(has);
    // The actions on the selection: disabled without one, and they say why.
    for (const char* name : { "actionCheckOnProvider", "actionApplyChanges", "actionArchiveProducts", "actionRestoreProducts" })
        if (QAction* a = findChild<QAction*>(QLatin1String(name))) {
            if (!a->property("selectionTip").isValid())
                a->setProperty("selectionTip", a->statusTip());
            const bool can = selected && writable;
            a->setEnabled(can);
            const QString tip = can ? a->property("selectionTip").toString()
                : !selected ? tr("Select one or more products in the list first.")
                            : tr("The catalog cannot be written to now.");
            a->setStatusTip(tip);
            a->setToolTip(tip);
        }
    if (QAction* open = findChild<QAction*>(QStringLiteral("actionOpenOnProvider"))) {
        QString why = tr("Open a product to see its page on the provider.");
        open->setEnabled(m_editor->hasEntry() && ArchiveDialog::canOpenOnProvider(m_editor->entry(), m_editor->syncLink(), &why));
        open->setToolTip(open->isEnabled() ? open->statusTip() : why);
    }
    m_syncLabel->setText(has ? syncStateLabel(m_editor->syncLink().state) : QString());
}

QString MainWindow::lastResult() const { return m_resultLabel->text(); }

void MainWindow::openProduct(const QString& id)
{
    m_store->call<std::optional<CatalogEntry>>([id](Catalog& c) { return c.product(id); }, this,
                                               [this, id](const std::optional<CatalogEntry>& e) {
                                                   if (!e)
                                                       return;
                                                   if (!m_editor->hasEntry() || m_editor->entry().id != id)
                                                       forgetLastResult();
                                                   m_editor->setEntry(*e);
                                                   loadSyncLink();
                                                   Q_EMIT productOpened(id);
                                                   updateActions();
                                               });
}

void MainWindow::loadSyncLink()
{
    if (!m_editor->hasEntry())
        return;
    const CatalogEntry e = m_editor->entry();
    m_store->call<SyncLink>([e](Catalog& c) { return c.link(e.id, e.accountId); }, this, [this, id = e.id](const SyncLink& link) {
        if (m_editor->hasEntry() && m_editor->entry().id == id) {
            m_editor->setSyncLink(link);
            updateActions();
        }
    });
}

void MainWindow::selectProductRow(const QString& id)
{
    const int row = m_model->loadedRowOf(id);
    if (row < 0)
        return;
    m_pendingSelection.clear();
    m_selectedIds = { id };
    m_allSelected = false;
    QSignalBlocker block(m_ui->catalogTableView->selectionModel());
    m_ui->catalogTableView->selectRow(row);
    m_ui->catalogTableView->scrollTo(m_model->index(row, 0));
}

// "Check on provider" for these products; what it settles shows in the editor and the list.
void MainWindow::openCheck(const QStringList& ids)
{
    m_store->flush(); // what is on screen is what is compared
    auto* dialog = new CheckDialog(m_store, m_network, m_engine, keyLookup(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckDialog::productSettled, this, [this](const CatalogEntry& e) {
        if (m_editor->hasEntry() && m_editor->entry().id == e.id)
            m_editor->setEntry(e);
        m_model->refresh();
    });
    dialog->open();
}

void MainWindow::followSelection()
{
    QItemSelectionModel* selection = m_ui->catalogTableView->selectionModel();
    // Rows clicked while their products were still being read had no id to select or open: now
    // that they are read, the click counts (it is not cleared as if nothing had been chosen).
    if (!m_allSelected && m_selectedIds.isEmpty() && selection->hasSelection()) {
        for (const QModelIndex& i : selection->selectedRows())
            if (const QString id = i.data(CatalogTableModel::IdRole).toString(); !id.isEmpty())
                m_selectedIds << id;
        const QString current = selection->currentIndex().data(CatalogTableModel::IdRole).toString();
        if (!current.isEmpty() && !m_editor->hasEntry())
            openProduct(current);
        updateActions();
    }
    QItemSelection rows;
    int current = -1;
    if (m_allSelected) {
        rows.select(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, CatalogTableModel::ColumnCount - 1));
    } else {
        const QStringList ids = m_selectedIds.size() > 1 || !m_editor->hasEntry() ? m_selectedIds : QStringList { m_editor->entry().id };
        for (const QString& id : ids) {
            const int row = m_model->loadedRowOf(id);
            if (row < 0) {
                m_model->locate(id); // its rows are read, then this runs again
                continue;
            }
            rows.select(m_model->index(row, 0), m_model->index(row, CatalogTableModel::ColumnCount - 1));
            if (current < 0 || (m_editor->hasEntry() && id == m_editor->entry().id))
                current = row;
        }
    }
    QSignalBlocker block(selection);
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    if (current >= 0)
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    m_ui->catalogTableView->viewport()->update();
}

void MainWindow::withSelectedIds(std::function<void(const QStringList&)> then)
{
    if (!m_allSelected) {
        then(selectedIds());
        return;
    }
    // Every listed product, also those whose rows are not loaded yet.
    m_store->call<QStringList>([filter = m_model->filter()](Catalog& c) {
        return c.ids(filter);
    }, this, std::move(then));
}

void MainWindow::newProduct()
{
    if (!m_catalogError.isEmpty() || !m_saveError.isEmpty())
        return;
    forgetLastResult();
    CatalogEntry e;
    e.id = Catalog::newId();
    e.provider = defaultProvider();
    // A new product starts with the provider and account of the one on screen, or the first account.
    if (m_editor->hasEntry()) {
        e.provider = m_editor->entry().provider;
        e.accountId = m_editor->entry().accountId;
    } else if (!m_accounts.isEmpty()) {
        e.provider = m_accounts.first().target.provider;
        e.accountId = m_accounts.first().id;
    }
    adapterFor(e.provider).applyNewProductDefaults(e.product);
    if (schemaOf(e.provider).maxPrices != 0)
        e.product.prices.append(ProductEditor::newPrice(e.provider));
    m_pendingSelection = e.id;
    m_undo->push(new CreateCommand(m_store, e, [this](const QString& id) {
        m_model->refresh();
        if (id.isEmpty())
            return;
        m_pendingSelection = id;
    }));
    m_editor->setEntry(e);
    m_editor->setSyncLink({});
    QWidget* name = m_editor->productForm()->editor(QStringLiteral("name"));
    if (name)
        name->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void MainWindow::duplicateProduct()
{
    if (!m_editor->hasEntry())
        return;
    CatalogEntry copy = m_editor->entry();
    copy.id = Catalog::newId();
    copy.version = 0;
    copy.created = {};
    copy.updated = {};
    copy.product.name = tr("%1 (copy)").arg(copy.product.name);
    copy.product.idOverride.clear(); // an id override must stay unique
    m_undo->push(new CreateCommand(m_store, copy, [this](const QString&) { m_model->refresh(); }));
    m_editor->setEntry(copy);
    m_editor->setSyncLink({});
    m_pendingSelection = copy.id;
}

void MainWindow::deleteProducts()
{
    withSelectedIds([this](const QStringList& ids) { deleteProductIds(ids); });
}

void MainWindow::deleteProductIds(const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    m_store->flush(); // what is on screen is what gets restored by undo
    using Found = QPair<QList<CatalogEntry>, QList<SyncLink>>;
    m_store->call<Found>([ids](Catalog& c) {
        Found found;
        for (const QString& id : ids)
            if (auto e = c.product(id)) {
                found.first.append(*e);
                for (const SyncLink& l : c.links(id))
                    if (!l.remoteId.isEmpty())
                        found.second.append(l);
            }
        return found;
    }, this, [this](const Found& found) {
        const QList<CatalogEntry>& entries = found.first;
        if (entries.isEmpty())
            return;
        if (!found.second.isEmpty()) {
            askBeforeDeletingSynced(entries, found.second);
            return;
        }
        deleteEntries(entries);
    });
}

// Deleting here leaves the products on their providers: one question says so and offers to
// archive them there first. The keys are read before it, so that a live account is named in
// that same question (archiving there touches real customers) and nothing asks again.
void MainWindow::askBeforeDeletingSynced(const QList<CatalogEntry>& entries, const QList<SyncLink>& links)
{
    QList<Account> targets;
    for (const Account& a : std::as_const(m_accounts))
        if (std::any_of(links.cbegin(), links.cend(), [&](const SyncLink& l) { return l.accountId == a.id; }))
            targets << a;
    withLiveAccounts(targets, [this, entries, links](const QList<Account>& liveAccounts) {
        const QList<Account>* live = &liveAccounts;
        QStringList where;
        for (const SyncLink& l : links) {
            const auto e = std::find_if(entries.cbegin(), entries.cend(), [&](const CatalogEntry& e) { return e.id == l.productId; });
            const auto a = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const Account& a) { return a.id == l.accountId; });
            where << tr("“%1” is on %2 as %3.").arg(e->product.name, a != m_accounts.cend() ? a->name : providerDisplayName(e->provider), l.remoteId);
        }
        QString text = entries.size() == 1
            ? tr("Delete “%1” from Pricebook? It stays on the provider unless it is archived there first.").arg(entries.first().product.name)
            : tr("Delete %1 products from Pricebook? %2 of them stay on a provider unless they are archived there first.")
                  .arg(entries.size()).arg(links.size());
        QString archiveChoice = tr("Archive on provider and delete");
        QString title = tr("Delete from Pricebook");
        if (!live->isEmpty()) {
            text += u' ' + (live->size() == 1 ? tr("%1 has a LIVE key: archiving there stops real customers seeing the product.")
                                                    .arg(accountLabel(live->first(), AccountQuote::Quoted))
                                              : tr("%1 of these accounts have a LIVE key: archiving there stops real customers seeing the products.")
                                                    .arg(live->size()));
            archiveChoice = tr("Archive on the LIVE account and delete");
            title = tr("Delete from Pricebook — live account");
        }
        const int choice = m_prompts->choose(this, title, text, { tr("Delete from Pricebook only"), archiveChoice }, where.join(u'\n'));
        if (choice < 0)
            return;
        if (choice == 1) {
            QStringList synced;
            for (const SyncLink& l : links)
                synced << l.productId;
            deleteWithArchive(entries, synced, !live->isEmpty());
            return;
        }
        deleteEntries(entries);
    });
}

void MainWindow::deleteEntries(const QList<CatalogEntry>& entries)
{
    const QString name = entries.size() == 1 ? entries.first().product.name : QString();
    auto* command = new DeleteCommand(m_store, entries, [this, name, count = entries.size()](bool restored) {
        m_model->refresh();
        if (restored)
            m_resultLabel->setText(count == 1 ? tr("Restored “%1”.").arg(name) : tr("Restored %1 products.").arg(count));
        else
            m_resultLabel->setText(count == 1 ? tr("Deleted “%1”.").arg(name) : tr("Deleted %1 products.").arg(count));
    });
    command->m_conflicted = [this](const QStringList& ids, const QString& message) {
        if (m_prompts->confirm(this, tr("Changed meanwhile"), tr("%1 Delete it anyway?").arg(message)))
            deleteProductIds(ids); // read again, at the version it has now
    };
    m_undo->push(command);
    m_editor->clearEntry(tr("<p>Deleted. <b>Ctrl+Z</b> brings it back.</p>"));
    updateActions();
}

void MainWindow::archiveSelection(bool archive)
{
    withSelectedIds([this, archive](const QStringList& ids) {
        if (ids.isEmpty())
            return;
        ArchiveDialog::start(this, { m_store, m_network, keyLookup(), m_prompts, m_accounts, m_policy }, ids, archive,
                             [this, archive](ArchiveDialog::End end, const QList<PushLine>& report) {
            if (end != ArchiveDialog::End::Finished)
                return;
            const int ok = int(std::count_if(report.begin(), report.end(), [](const PushLine& l) { return l.ok(); }));
            m_resultLabel->setText((archive ? tr("Archive finished: %1 of %2 archived or already archived.")
                                            : tr("Restore finished: %1 of %2 active again or already active."))
                                       .arg(ok).arg(report.size()));
            m_model->refresh();
            if (m_editor->hasEntry())
                openProduct(m_editor->entry().id);
        });
    });
}

// Archived first; only what the provider has archived (or had already) is then deleted here,
// with undo as for any delete. The others stay, and the report says why.
void MainWindow::deleteWithArchive(const QList<CatalogEntry>& entries, const QStringList& synced, bool liveNamed)
{
    // The person has just chosen "Archive on provider and delete", in a question that named a
    // live key where one is involved: not asked again.
    ArchiveDialog::start(this, { m_store, m_network, keyLookup(), m_prompts, m_accounts, m_policy }, synced, true,
                         [this, entries, synced](ArchiveDialog::End end, const QList<PushLine>& report) {
        if (end == ArchiveDialog::End::Declined)
            return;
        QSet<QString> archived;
        for (const PushLine& l : report)
            if (l.ok())
                archived.insert(l.productId);
        QList<CatalogEntry> gone;
        QStringList kept;
        for (const CatalogEntry& e : entries) {
            if (!synced.contains(e.id) || archived.contains(e.id) || end == ArchiveDialog::End::NothingToSend)
                gone << e;
            else
                kept << e.product.name;
        }
        if (!kept.isEmpty())
            m_prompts->inform(this, tr("Kept in Pricebook"),
                              tr("%n product(s) were not archived on their provider, so they stay here.", nullptr, int(kept.size())), kept.join(u'\n'));
        if (gone.isEmpty())
            return;
        QStringList ids;
        for (const CatalogEntry& e : gone)
            ids << e.id;
        // Read again: archiving changed their status and version.
        m_store->call<QList<CatalogEntry>>([ids](Catalog& c) {
            QList<CatalogEntry> out;
            for (const QString& id : ids)
                if (auto e = c.product(id))
                    out << *e;
            return out;
        }, this, [this](const QList<CatalogEntry>& fresh) {
            if (fresh.isEmpty())
                return;
            const QString name = fresh.size() == 1 ? fresh.first().product.name : QString();
            m_undo->push(new DeleteCommand(m_store, fresh, [this, name, count = fresh.size()](bool restored) {
                m_model->refresh();
                if (restored)
                    m_resultLabel->setText(count == 1 ? tr("Restored “%1”.").arg(name) : tr("Restored %1 products.").arg(count));
                else
                    m_resultLabel->setText(count == 1 ? tr("Archived on the provider and deleted “%1”.").arg(name)
                                                      : tr("Archived on the provider and deleted %1 products.").arg(count));
            }));
            if (m_editor->hasEntry() && std::any_of(fresh.cbegin(), fresh.cend(), [this](const CatalogEntry& e) { return e.id == m_editor->entry().id; }))
                m_editor->clearEntry(tr("<p>Deleted. <b>Ctrl+Z</b> brings it back.</p>"));
            updateActions();
        });
    }, liveNamed ? ArchiveDialog::Question::AlreadyAskedLive : ArchiveDialog::Question::AlreadyAsked);
}

void MainWindow::openOnProvider()
{
    if (!m_editor->hasEntry())
        return;
    const CatalogEntry e = m_editor->entry();
    const auto account = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const Account& a) { return a.id == e.accountId; });
    if (account == m_accounts.cend())
        return;
    ArchiveDialog::openOnProvider(this, { m_store, m_network, keyLookup(), m_prompts, m_accounts, m_policy }, *account, e,
                                  m_editor->syncLink(), [this](const QUrl& url, const QString& problem) {
        m_resultLabel->setText(problem.isEmpty() ? tr("Opened %1").arg(url.toString()) : problem);
    });
}

void MainWindow::readKey(const Account& account, std::function<void(const QString&)> then)
{
    // The shared lookup; when the keychain has no key, the person is asked for one.
    const KeyLookup keys = accountKeyLookup(m_secrets, this, [this](const Account& a, const QString& error) {
        if (!error.isEmpty()) {
            m_resultLabel->setText(tr("The system keychain did not answer, so the stored key could not be read. Type the key "
                                      "when asked, or unlock your desktop's keyring and try again."));
            m_resultLabel->setToolTip(tr("Details: %1").arg(error));
        }
        return m_prompts->askApiKey(this, a);
    });
    keys(account, [then](const QString& key) {
        if (!key.isEmpty())
            then(key);
    });
}

bool MainWindow::readyToSend()
{
    if (!m_editor->hasEntry() || !m_catalogError.isEmpty() || !m_saveError.isEmpty())
        return false;
    if (m_editor->commitTyping())
        return true; // what is sent is what the fields show, typed a moment ago too
    m_resultLabel->setText(tr("Not sent: a field holds text that is not a value. Fix the marked fields first."));
    return false;
}

void MainWindow::submit(bool update)
{
    if (!readyToSend())
        return;
    if (!m_editor->hasEntry() || m_task)
        return;
    if (update != m_editor->isUpdateMode())
        m_editor->setUpdateMode(update);
    const CatalogEntry entry = m_editor->entry();
    const ValidationResult v = m_editor->validation();
    if (!v.isValid()) {
        m_editor->showAllMessages();
        m_resultLabel->setText(tr("Not sent: fix the marked fields first."));
        return;
    }
    const auto account = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const Account& a) { return a.id == entry.accountId; });
    if (account == m_accounts.cend()) {
        m_prompts->inform(this, tr("Choose a client account"),
                          tr("Choose the client account this product goes to. Accounts are added under Accounts…"));
        return;
    }
    if (account->target.provider != entry.provider) {
        m_prompts->inform(this, tr("Account of another provider"),
                          tr("“%1” is a %2 account; this product is for %3.")
                              .arg(account->name, providerDisplayName(account->target.provider), providerDisplayName(entry.provider)));
        return;
    }
    // What is on screen is written first; the engine sends what the catalog holds.
    m_store->scheduleSave(entry);
    m_store->flush();
    const Account target = *account;
    m_engine->inspect(entry.id, this, [this, target, update, entry](const SyncEngine::Item& item) {
        const SyncLink& link = item.link;
        if (claimIsLive(link.claim)) {
            m_resultLabel->setText(claimHeldMessage(entry.product.name, link.claim));
            return;
        }
        if (!update && !link.remoteId.isEmpty()) {
            if (!m_prompts->confirm(this, tr("Already on %1").arg(providerDisplayName(entry.provider)),
                                    tr("“%1” is already on %2 as %3. Send its changes as an update instead?")
                                        .arg(entry.product.name, providerDisplayName(entry.provider), link.remoteId)))
                return;
            m_editor->setUpdateMode(true);
            submit(true);
            return;
        }
        if (update) {
            if (link.remoteId.isEmpty())
                return;
            // Without the product as last synced there is no plan, and the engine sends nothing:
            // what the provider has is read by Check on provider first.
            if (!link.syncedProduct) {
                const int answer = m_prompts->choose(this, tr("Update on %1").arg(providerDisplayName(entry.provider)),
                                                     tr("“%1” cannot be updated yet: the product as last synced is not known, so Pricebook "
                                                        "cannot tell what changed. Check it on %2 first; nothing is sent until then.")
                                                         .arg(entry.product.name, providerDisplayName(entry.provider)),
                                                     { tr("Check on provider…"), tr("Cancel") });
                if (answer == 0) {
                    m_editor->setUpdateMode(false);
                    openCheck({ entry.id });
                }
                return;
            }
            // More than an update in place (a new price, a default, an archive) or refused: the
            // plan is shown and applied step by step. No plan at all: nothing the provider keeps
            // changed; the engine records it synced and says so, without asking.
            const std::optional<ProductPlan> plan = item.found ? ChangePlan::forProduct(item.entry, link) : std::nullopt;
            const bool inPlace = plan && plan->changes.refusals.isEmpty()
                && std::all_of(plan->changes.changes.cbegin(), plan->changes.changes.cend(),
                               [](const PlannedChange& c) { return c.operation == u"update_product"; });
            if (plan && !inPlace) {
                m_editor->setUpdateMode(false);
                openApplyPlan({ entry.id });
                return;
            }
            if (plan && !m_prompts->confirm(this, tr("Update on %1").arg(providerDisplayName(entry.provider)),
                                            tr("Send these changes to %1 (%2)?").arg(providerDisplayName(entry.provider), link.remoteId),
                                            describeChange(schemaOf(entry.provider), *link.syncedProduct, entry.product)))
                return;
        }
        const SyncRequest::Mode mode = update ? SyncRequest::Update : SyncRequest::Create;
        const bool mayExist = item.found && SyncEngine::plan(item.entry, link, { entry.id, mode }).action == SyncPlan::MayExist;
        if (mayExist && !m_prompts->confirm(this, tr("It may already exist"),
                                            tr("The last attempt may have created “%1” on %2. Send it only if you checked that it is not there.")
                                                .arg(entry.product.name, providerDisplayName(entry.provider)),
                                            link.message))
            return;
        const SyncRequest request { entry.id, mode, mayExist };
        readKey(target, [this, target, request](const QString& key) {
            // The first send of this window to a live account asks first.
            const KeyMode mode = keyModeOf(target, key);
            if (!target.sandbox && m_keyModes.value(target.id, KeyMode::Unknown) != mode) {
                m_keyModes.insert(target.id, mode);
                updateAccountBadges();
            }
            if (mode == KeyMode::Live && !m_liveConfirmed.contains(target.id)) {
                if (!m_prompts->confirm(this, tr("Send to a live account"),
                                        tr("“%1” uses a live %2 key: this reaches real customers. Send?")
                                            .arg(target.name, providerDisplayName(target.target.provider))))
                    return;
                m_liveConfirmed.insert(target.id);
            }
            startJob(target, key, request);
        });
    });
}

void MainWindow::startJob(const Account& account, const QString& key, const SyncRequest& request)
{
    if (m_task || !m_editor->hasEntry())
        return;
    m_engine->setDeliveryPolicy(m_policy);
    SyncTask* task = m_engine->send(request, key);
    m_task = task;
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_resultLabel->setText(tr("Sending “%1” to %2…").arg(m_editor->entry().product.name, account.name));
    updateActions();

    connect(task, &SyncTask::progress, this, [this](int step, int steps, const QString& what) {
        m_progress->setRange(0, steps);
        m_progress->setValue(step - 1);
        m_resultLabel->setText(what + QStringLiteral("…"));
    });
    connect(task, &SyncTask::retrying, this, [this](int attempt, int delayMs) {
        m_resultLabel->setText(tr("No answer yet; trying again in %1 s (attempt %2).").arg(qMax(1, delayMs / 1000)).arg(attempt));
    });
    connect(task, &SyncTask::finished, this, &MainWindow::finishJob);
}

void MainWindow::finishJob(const SyncOutcome& o)
{
    m_task = nullptr;
    m_progress->setVisible(false);
    m_model->refresh(); // the outcome is in the catalog by now
    loadSyncLink();
    const JobResult& r = o.result;
    const bool update = o.update;
    if (!o.recorded) {
        m_resultLabel->setText(o.message);
        m_prompts->inform(this, tr("The result was not saved"), o.message);
    } else if (!o.sent && o.kind != SyncOutcome::Rejected) {
        // Nothing left this machine: another Pricebook is sending it, it is already there, or it may be.
        m_resultLabel->setText(o.message);
        if (o.kind == SyncOutcome::OutcomeUnknown)
            m_prompts->inform(this, tr("Outcome unknown"), o.message, r.advice);
    } else {
        switch (r.status) {
        case JobStatus::Succeeded:
            m_resultLabel->setText(update ? (o.message.isEmpty() ? tr("Updated on %1: %2").arg(o.account.name, r.object.id)
                                                                 : tr("Updated on %1: %2 (%3)").arg(o.account.name, r.object.id, o.message))
                                          : tr("Created on %1: %2").arg(o.account.name, r.object.id));
            if (update)
                m_editor->setUpdateMode(false);
            break;
        case JobStatus::Rejected:
            m_resultLabel->setText(r.message);
            m_editor->showProviderErrors(r.error.fieldErrors);
            if (r.error.fieldErrors.isEmpty())
                m_prompts->inform(this, tr("%1 refused it").arg(providerDisplayName(o.entry.provider)), r.message,
                                  r.httpStatus == 401 ? tr("Check the account's API key under Accounts….") : QString());
            break;
        case JobStatus::OutcomeUnknown:
            m_resultLabel->setText(r.message);
            m_prompts->inform(this, tr("Outcome unknown"), r.message, r.advice);
            break;
        case JobStatus::Cancelled:
            m_resultLabel->setText(r.advice.isEmpty() ? r.message : r.message + u' ' + r.advice);
            break;
        case JobStatus::NetworkFailure:
        case JobStatus::TimedOut:
            m_resultLabel->setText(r.message + u' ' + tr("Nothing was created; you can send it again."));
            break;
        }
    }
    updateActions();
    Q_EMIT submissionFinished(r);
}

void MainWindow::showRequest()
{
    if (!m_editor->hasEntry())
        return;
    const CatalogEntry e = m_editor->entry();
    AccountTarget target;
    target.provider = e.provider;
    for (const Account& a : std::as_const(m_accounts))
        if (a.id == e.accountId)
            target = a.target;
    SerializeOptions options;
    options.operation = m_editor->isUpdateMode() ? Operation::Update : Operation::Create;
    options.remoteId = m_editor->syncLink().remoteId;
    options.idempotencyKey = m_editor->syncLink().submission.idempotencyKey;
    auto* dialog = new RequestDialog(e.product, target, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAccounts()
{
    auto* dialog = new AccountsDialog(m_store, m_secrets, m_network, m_prompts, this);
    dialog->setObjectName(QStringLiteral("accountsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountsChanged, this, [this] {
        loadAccounts();
        m_model->refresh();
    });
    dialog->open();
}

QStringList MainWindow::selectedIds() const
{
    // One row or none: the product on screen, the one the person sees, whatever row it is in now.
    if (m_ui->catalogTableView->selectionModel()->selectedRows().size() <= 1 && m_editor->hasEntry())
        return { m_editor->entry().id };
    QStringList ids;
    for (const QModelIndex& i : m_ui->catalogTableView->selectionModel()->selectedRows())
        if (const QString id = i.data(CatalogTableModel::IdRole).toString(); !id.isEmpty())
            ids << id;
    if (ids.isEmpty() && m_editor->hasEntry())
        ids << m_editor->entry().id;
    return ids;
}

KeyLookup MainWindow::keyLookup()
{
    // Every key read for sending also tells its account's mode, for the picker's badge.
    const KeyLookup keys = accountKeyLookup(m_secrets, this);
    QPointer<MainWindow> self(this);
    return [keys, self](const Account& account, std::function<void(const QString&)> then) {
        keys(account, [self, account, then](const QString& key) {
            if (self && !key.isEmpty() && !account.sandbox) {
                self->m_keyModes.insert(account.id, keyModeOf(account, key));
                self->updateAccountBadges();
            }
            then(key);
        });
    };
}

// The picker's badges: test or live where the key is known without waking the keychain (an
// environment variable) or was read for sending; the sandbox's accounts are named as such.
void MainWindow::updateAccountBadges()
{
    QHash<QString, QString> badges;
    for (const Account& a : std::as_const(m_accounts)) {
        if (a.sandbox)
            continue;
        QString key = keyWithoutKeychain(a);
        if (!key.isEmpty())
            badges.insert(a.id, ArchiveDialog::keyBadge(keyModeOf(a, key)));
        else if (m_keyModes.contains(a.id))
            badges.insert(a.id, ArchiveDialog::keyBadge(m_keyModes.value(a.id)));
        key.fill(u'\0');
    }
    m_editor->setAccountBadges(badges);
}

void MainWindow::importFile()
{
    const QString path = m_prompts->openFile(this, tr("Import products"), tr("Products (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_resultLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // Read and check on the catalog's thread; resolve account names there too.
    m_store->call<CatalogIO::ImportResult>([path](Catalog& c) {
        CatalogIO::ImportResult r = CatalogIO::readFile(path);
        CatalogIO::resolveAccounts(r, c.accounts());
        CatalogIO::matchExisting(r, c);
        return r;
    }, this, [this, path](const CatalogIO::ImportResult& r) {
        ImportReportDialog dialog(QFileInfo(path).fileName(), r, this);
        if (r.fileError || r.validCount() == 0 || !m_prompts->acceptDialog(&dialog)) {
            m_resultLabel->setText(tr("Nothing imported from %1.").arg(QFileInfo(path).fileName()));
            return;
        }
        QList<CatalogEntry> entries;
        for (const CatalogIO::ImportedRow& row : r.rows)
            if (row.valid)
                entries.append(row.entry);
        m_store->call<QString>([entries](Catalog& c) mutable { return c.saveProducts(entries) ? QString() : c.lastError(); }, this,
                               [this, count = entries.size(), counts = CatalogIO::countsOf(r)](const QString& error) {
                                   QString done = count == 1 ? tr("Imported 1 product.") : tr("Imported %1 products.").arg(count);
                                   if (counts.added != count)
                                       done += u' ' + tr("New: %1, updated: %2, unchanged: %3.").arg(counts.added).arg(counts.updated).arg(counts.unchanged);
                                   m_resultLabel->setText(error.isEmpty() ? done : error);
                                   m_model->refresh();
                               });
    });
}

void MainWindow::exportFile()
{
    const QString path = m_prompts->saveFile(this, tr("Export products"), tr("CSV (*.csv);;JSON (*.json)"), QStringLiteral("products.csv"));
    if (path.isEmpty())
        return;
    m_store->flush();
    const QStringList selected = !m_allSelected && m_ui->catalogTableView->selectionModel()->selectedRows().size() > 1 ? selectedIds() : QStringList();
    const ListFilter filter = m_model->filter();
    m_store->call<QString>([path, selected, filter](Catalog& c) {
        QStringList ids = selected;
        c.clearError();
        if (ids.isEmpty())
            ids = c.ids(filter);
        const CatalogIO::ExportResult r = CatalogIO::exportProducts(c, ids, path);
        if (r.outcome == CatalogIO::ExportResult::CatalogUnreadable)
            return tr("Could not read the catalog: %1. Nothing was exported; %2 was not written.").arg(r.error, path);
        if (r.outcome == CatalogIO::ExportResult::FileUnwritable)
            return tr("Could not write %1: %2").arg(path, r.error);
        return (r.count == 1 ? tr("Exported 1 product to %1.").arg(path) : tr("Exported %1 products to %2.").arg(r.count).arg(path));
    }, this, [this](const QString& message) { m_resultLabel->setText(message); });
}

void MainWindow::pullFromProvider()
{
    auto* dialog = new PullDialog(m_store, m_network, m_accounts, keyLookup(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PullDialog::pulled, m_model, &CatalogTableModel::refresh);
    dialog->open();
}

void MainWindow::applyChanges()
{
    withSelectedIds([this](const QStringList& ids) {
        if (!ids.isEmpty())
            openApplyPlan(ids);
    });
}

void MainWindow::openApplyPlan(const QStringList& ids)
{
    auto* dialog = new ApplyPlanDialog(m_store, m_network, keyLookup(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyPlanDialog::applied, this, [this, ids] {
        m_model->refresh();
        // The product on screen now has the remote ids the plan made, at a new version.
        if (m_editor->hasEntry() && ids.contains(m_editor->entry().id))
            openProduct(m_editor->entry().id);
    });
    dialog->open();
}

void MainWindow::pushSelection()
{
    withSelectedIds([this](const QStringList& ids) {
        if (ids.isEmpty())
            return;
        m_store->flush();
        // Where they go, counted by account, before anything is sent.
        m_store->call<QHash<QString, int>>([ids](Catalog& c) {
            QHash<QString, int> perAccount;
            for (const QString& id : ids)
                if (const auto e = c.product(id))
                    ++perAccount[e->accountId];
            return perAccount;
        }, this, [this, ids](const QHash<QString, int>& perAccount) { confirmPush(ids, perAccount); });
    });
}

void MainWindow::confirmPush(const QStringList& ids, const QHash<QString, int>& perAccount)
{
    QList<Account> targets;
    for (const Account& a : std::as_const(m_accounts))
        if (perAccount.contains(a.id))
            targets << a;
    // The keys are read first: the question says which accounts are live.
    withLiveAccounts(targets, [this, ids, perAccount, targets](const QList<Account>& liveAccounts) {
        QSet<QString> liveIds;
        for (const Account& a : liveAccounts)
            liveIds.insert(a.id);
        const QSet<QString>* live = &liveIds;
        QStringList lines;
        for (const Account& a : targets) {
            const int n = perAccount.value(a.id);
            lines << (live->contains(a.id) ? tr("%1: %n product(s), with a LIVE key: real customers and charges", nullptr, n)
                                           : tr("%1: %n product(s), test key", nullptr, n))
                         .arg(accountLabel(a, AccountQuote::Quoted));
        }
        if (const int none = perAccount.value(QString()))
            lines << tr("%n product(s) with no account: not sent", nullptr, none);
        QString text = tr("Push %n product(s) to %1?", nullptr, int(ids.size()))
                           .arg(targets.size() == 1 ? tr("“%1”").arg(targets.first().name) : tr("%1 accounts").arg(targets.size()));
        if (live->size() == 1 && targets.size() == 1)
            text += u' ' + tr("Its key is live: this reaches real customers.");
        else if (!live->isEmpty())
            text += u' ' + (live->size() == 1 ? tr("1 of these accounts has a live key: this reaches real customers.")
                                              : tr("%1 of these accounts have a live key: this reaches real customers.").arg(live->size()));
        if (!m_prompts->confirm(this, live->isEmpty() ? tr("Push") : tr("Push to live accounts"), text, lines.join(u'\n')))
            return;
        m_liveConfirmed.unite(*live);
        startPush(ids);
    });
}

// Reads the accounts' keys one after the other (each may ask the keychain) and then calls
// `then` with those whose key is live.
void MainWindow::withLiveAccounts(const QList<Account>& accounts, std::function<void(const QList<Account>&)> then)
{
    auto live = std::make_shared<QList<Account>>();
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, accounts, live, then = std::move(then), self = std::weak_ptr(next)](qsizetype i) {
        if (i < accounts.size()) {
            keyLookup()(accounts.at(i), [i, next = self.lock(), live, account = accounts.at(i)](const QString& key) {
                if (keyModeOf(account, key) == KeyMode::Live)
                    live->append(account);
                (*next)(i + 1);
            });
            return;
        }
        then(*live);
    };
    (*next)(0);
}

void MainWindow::startPush(const QStringList& ids)
{
    auto* dialog = new PushDialog(m_store, m_network, keyLookup(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PushDialog::pushFinished, this, [this](const QList<PushLine>& report) {
        const int ok = int(std::count_if(report.begin(), report.end(), [](const PushLine& l) { return l.ok(); }));
        m_resultLabel->setText(tr("Push finished: %1 of %2 sent or already there.").arg(ok).arg(report.size()));
        m_model->refresh();
        loadSyncLink();
    });
    PushOptions options;
    options.policy = m_policy;
    dialog->open();
    dialog->start(ids, options);
}

void MainWindow::cloneToAccount()
{
    withSelectedIds([this](const QStringList& ids) { cloneProductIds(ids); });
}

void MainWindow::cloneProductIds(const QStringList& ids)
{
    if (ids.isEmpty() || m_accounts.isEmpty())
        return;
    const auto target = m_prompts->chooseAccount(this, tr("Clone to account"), m_accounts);
    if (!target)
        return;
    m_store->flush();
    m_store->call<QList<Clone::Plan>>([ids, target = *target](Catalog& c) {
        QList<Clone::Plan> plans;
        for (const QString& id : ids)
            if (auto e = c.product(id); e && e->accountId != target.id)
                plans.append(Clone::prepare(*e, target));
        return plans;
    }, this, [this, target = *target](const QList<Clone::Plan>& plans) {
        if (plans.isEmpty())
            return;
        QStringList details;
        for (const Clone::Plan& p : plans) {
            QString line = tr("“%1”").arg(p.copy.product.name);
            if (!p.notCarried.isEmpty())
                line += u'\n' + tr("  not carried: %1").arg(p.notCarried.join(QStringLiteral("; ")));
            if (!p.problems.isEmpty())
                line += u'\n' + tr("  still needed: %1").arg(p.problems.join(QStringLiteral("; ")));
            details << line;
        }
        if (!m_prompts->confirm(this, tr("Clone to %1").arg(target.name),
                                (plans.size() == 1 ? tr("Make a draft copy for %1? Nothing is sent.").arg(accountLabel(target, AccountQuote::Quoted))
                                                    : tr("Make %1 draft copies for %2? Nothing is sent.").arg(plans.size()).arg(accountLabel(target, AccountQuote::Quoted))),
                                details.join(u'\n')))
            return;
        QList<CatalogEntry> copies;
        for (const Clone::Plan& p : plans)
            copies.append(p.copy);
        m_store->call<bool>([copies](Catalog& c) mutable { return c.saveProducts(copies); }, this, [this, count = copies.size()](bool ok) {
            m_resultLabel->setText(ok ? (count == 1 ? tr("Made a draft copy.") : tr("Made %1 draft copies.").arg(count)) : tr("The copies could not be saved."));
            m_model->refresh();
        });
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Z in a text field undoes its typing; with nothing of its own to undo, it undoes the
    // last change to the catalog (a deletion too), as it does everywhere else in the window.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() && isAncestorOf(static_cast<QWidget*>(watched))) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        if (undo || key->matches(QKeySequence::Redo)) {
            std::optional<bool> own;
            if (auto* edit = qobject_cast<QLineEdit*>(watched))
                own = undo ? edit->isUndoAvailable() : edit->isRedoAvailable();
            else if (auto* text = qobject_cast<QPlainTextEdit*>(watched))
                own = undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable();
            if (own && !*own) {
                event->ignore();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_saveError.isEmpty()
        && !m_prompts->confirm(this, tr("Edits not saved"),
                               tr("Your last edits could not be saved: %1. Close anyway and lose them?").arg(m_saveError))) {
        event->ignore();
        return;
    }
    if (m_task) {
        if (!m_prompts->confirm(this, tr("Sending in progress"), tr("A product is being sent. Close anyway? Its outcome will be unknown."))) {
            event->ignore();
            return;
        }
        m_task->cancel();
    }
    m_store->flush();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace pb

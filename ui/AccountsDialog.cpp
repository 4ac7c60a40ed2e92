#include "AccountsDialog.h"
#include "services/providers/Registry.h"

#include "Prompts.h"
#include "services/net/ProviderService.h"
#include "services/net/RequestRunner.h"
#include "services/sandbox/SandboxAccounts.h"
#include "ArchiveDialog.h"
#include "ui_AccountsDialog.h"

#include <QCheckBox>
#include <QLineEdit>

namespace pb {

AccountsDialog::AccountsDialog(CatalogStore* store, SecretStore* secrets, QNetworkAccessManager* network, Prompts* prompts,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_network(network)
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    for (Provider p : allProviders())
        m_ui->providerComboBox->addItem(providerDisplayName(p), providerKey(p));
    addSettingRows();
    m_keyModeBadge = new QLabel(this);
    m_keyModeBadge->setObjectName(QStringLiteral("keyModeBadgeLabel"));
    m_keyModeBadge->setToolTip(tr("Whether the key works on test or live data, as the provider's key form says"));
    m_ui->accountFormLayout->insertRow(m_ui->accountFormLayout->rowCount() - 1, tr("Key mode:"), m_keyModeBadge);
    connect(m_ui->accountsListWidget, &QListWidget::currentRowChanged, this, &AccountsDialog::showAccount);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateProviderRows);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, [this] {
        m_ui->accountsListWidget->clearSelection();
        m_current = {};
        m_current.target.provider = defaultProvider();
        m_current.name = tr("New account");
        showAccount(-1);
        m_ui->nameLineEdit->setFocus();
        m_ui->nameLineEdit->selectAll();
    });
    connect(m_ui->removeAccountButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    connect(m_ui->saveAccountButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    if (!m_secrets->keychainAvailable()) {
        setStatus(m_secrets->unavailableReason());
        m_ui->accountStatusLabel->setToolTip(tr("Details: %1").arg(m_secrets->unavailableDetail()));
    }
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::addSettingRows()
{
    // After the base URL: each provider's own settings, shown while it is the one chosen.
    int at = 0;
    m_ui->accountFormLayout->getWidgetPosition(m_ui->baseUrlLineEdit, &at, nullptr);
    for (const ProviderAdapter* adapter : Registry::all()) {
        for (const AccountField& f : adapter->accountFields()) {
            QString camel;
            for (const QString& part : f.key.split(u'-'))
                camel += camel.isEmpty() ? part : part.left(1).toUpper() + part.mid(1);
            QWidget* editor = nullptr;
            if (f.flag) {
                auto* box = new QCheckBox(f.translatedLabel(), m_ui->accountFormWidget);
                box->setObjectName(camel + QStringLiteral("CheckBox"));
                editor = box;
                m_ui->accountFormLayout->insertRow(++at, QString(), box);
            } else {
                auto* edit = new QLineEdit(m_ui->accountFormWidget);
                edit->setObjectName(camel + QStringLiteral("LineEdit"));
                edit->setAccessibleName(QString(f.translatedLabel()).remove(u'&'));
                if (f.placeholder)
                    edit->setPlaceholderText(QCoreApplication::translate("AccountField", f.placeholder));
                editor = edit;
                m_ui->accountFormLayout->insertRow(++at, f.translatedLabel(), edit);
            }
            m_settingRows.append({ adapter->id(), f, editor });
        }
    }
    QWidget* previous = m_ui->baseUrlLineEdit;
    for (const SettingRow& row : std::as_const(m_settingRows)) {
        setTabOrder(previous, row.editor);
        previous = row.editor;
    }
    setTabOrder(previous, m_ui->apiKeyLineEdit);
}

void AccountsDialog::setStatus(const QString& text)
{
    m_ui->accountStatusLabel->setText(text);
    Q_EMIT statusChanged(text);
}

void AccountsDialog::reload(const QString& select)
{
    m_store->call<QList<Account>>([](Catalog& c) { return c.accounts(); }, this, [this, select](const QList<Account>& accounts) {
        m_accounts = accounts;
        QSignalBlocker block(m_ui->accountsListWidget);
        m_ui->accountsListWidget->clear();
        int row = accounts.isEmpty() ? -1 : 0;
        for (int i = 0; i < accounts.size(); ++i) {
            const Account& a = accounts.at(i);
            m_ui->accountsListWidget->addItem(SandboxAccounts::title(a, true));
            if (a.id == select)
                row = i;
        }
        // Badges where the key is had without the keychain; the others once opened (below).
        for (int i = 0; i < accounts.size() && i < m_ui->accountsListWidget->count(); ++i) {
            QString key = accounts.at(i).sandbox ? QString() : keyWithoutKeychain(accounts.at(i));
            if (!key.isEmpty())
                showKeyMode(i, keyModeOf(accounts.at(i), key));
            key.fill(u'\0');
        }
        // A new account being typed in is not replaced by a list that arrives late.
        const bool entering = select.isEmpty() && m_current.id.isEmpty() && !m_current.name.isEmpty();
        if (entering)
            return;
        m_ui->accountsListWidget->setCurrentRow(row);
        showAccount(row);
    });
}

void AccountsDialog::showAccount(int row)
{
    if (row >= 0 && row < m_accounts.size())
        m_current = m_accounts.at(row);
    else if (row >= 0)
        m_current = {};
    const bool any = row >= 0 || !m_current.name.isEmpty();
    m_ui->accountFormWidget->setEnabled(any);
    m_ui->removeAccountButton->setEnabled(row >= 0);
    m_ui->nameLineEdit->setText(m_current.name);
    m_ui->providerComboBox->setCurrentIndex(m_ui->providerComboBox->findData(providerKey(m_current.target.provider)));
    m_ui->baseUrlLineEdit->setText(m_current.target.baseUrl);
    for (const SettingRow& row : std::as_const(m_settingRows)) {
        const bool mine = row.provider == m_current.target.provider;
        if (auto* box = qobject_cast<QCheckBox*>(row.editor))
            box->setChecked(mine && m_current.target.flag(row.field.key));
        else if (auto* edit = qobject_cast<QLineEdit*>(row.editor))
            edit->setText(mine ? m_current.target.setting(row.field.key) : QString());
    }
    m_ui->keyEnvLineEdit->setText(m_current.keyEnvVar);
    m_ui->apiKeyLineEdit->clear();
    m_ui->keyStatusLabel->clear();
    m_keyModeBadge->clear();
    updateProviderRows();
    if (m_current.id.isEmpty())
        return;
    const QString id = m_current.id;
    if (QString key = keyWithoutKeychain(m_current); !key.isEmpty()) {
        showKeyMode(row, keyModeOf(m_current, key));
        key.fill(u'\0');
    }
    m_secrets->read(id, this, [this, id, row](const std::optional<QString>& key, const QString& error) {
        if (m_current.id != id)
            return;
        if (key && keyWithoutKeychain(m_current).isEmpty())
            showKeyMode(row, keyModeOf(m_current, *key));
        m_ui->keyStatusLabel->setToolTip(error.isEmpty() ? QString() : tr("Details: %1").arg(error));
        if (m_current.sandbox && !key)
            m_ui->keyStatusLabel->setText(tr("The local sandbox takes any key; none needs to be stored."));
        else if (!error.isEmpty())
            m_ui->keyStatusLabel->setText(tr("The system keychain did not answer, so the stored key could not be read. "
                                             "Make sure your desktop's keyring is running and unlocked, then open this account again."));
        else
            m_ui->keyStatusLabel->setText(key ? (m_secrets->keychainAvailable() ? tr("A key is stored in the system keychain.")
                                                                                 : tr("A key is held in memory for this session."))
                                              : tr("No key stored yet: type it above and save."));
    });
}

// The account's key mode beside its name in the list (not for the sandbox's, named as such)
// and as the badge of the account open.
void AccountsDialog::showKeyMode(int row, KeyMode mode)
{
    if (row >= 0 && row < m_accounts.size() && row < m_ui->accountsListWidget->count() && !m_accounts.at(row).sandbox)
        m_ui->accountsListWidget->item(row)->setText(
            tr("%1 — %2").arg(SandboxAccounts::title(m_accounts.at(row), true), ArchiveDialog::keyBadge(mode)));
    if (row < 0 || (row < m_accounts.size() && m_accounts.at(row).id == m_current.id))
        m_keyModeBadge->setText(ArchiveDialog::keyBadge(mode));
}

void AccountsDialog::updateProviderRows()
{
    const Provider p(m_ui->providerComboBox->currentData().toString());
    for (const SettingRow& row : std::as_const(m_settingRows))
        m_ui->accountFormLayout->setRowVisible(row.editor, row.provider == p);
    const QString defaultUrl = schemaOf(p).defaultBaseUrl;
    m_ui->baseUrlLineEdit->setPlaceholderText(defaultUrl.isEmpty() ? tr("https://… (required: each %1 account has its own)").arg(providerDisplayName(p))
                                                                   : defaultUrl);
    const bool testable = ProviderService::create(p, m_network)->supports(JobKind::ListProducts)
        || ProviderService::create(p, m_network)->supports(JobKind::GetProduct);
    m_ui->testConnectionButton->setEnabled(testable);
    m_ui->testConnectionButton->setToolTip(testable ? tr("Reads from %1 with this account's key").arg(providerDisplayName(p))
                                                    : tr("%1 has no read endpoint to test with").arg(providerDisplayName(p)));
}

Account AccountsDialog::formAccount() const
{
    Account a = m_current;
    a.name = m_ui->nameLineEdit->text().trimmed();
    a.target.provider = Provider(m_ui->providerComboBox->currentData().toString());
    a.target.baseUrl = m_ui->baseUrlLineEdit->text().trimmed();
    a.target.settings.clear();
    for (const SettingRow& row : m_settingRows) {
        if (row.provider != a.target.provider)
            continue;
        if (auto* box = qobject_cast<QCheckBox*>(row.editor))
            a.target.setFlag(row.field.key, box->isChecked());
        else if (auto* edit = qobject_cast<QLineEdit*>(row.editor))
            a.target.set(row.field.key, edit->text().trimmed());
    }
    a.keyEnvVar = m_ui->keyEnvLineEdit->text().trimmed();
    return a;
}

void AccountsDialog::save()
{
    Account a = formAccount();
    QStringList problems;
    if (a.name.isEmpty())
        problems << tr("Give the account a name.");
    problems << adapterFor(a.target.provider).accountProblems(a.target);
    if (!a.target.baseUrl.isEmpty()) {
        const QString problem = RequestRunner::destinationProblem(QUrl(a.target.baseUrl + QStringLiteral("/")));
        if (!problem.isEmpty())
            problems << problem;
    }
    if (!problems.isEmpty()) {
        setStatus(problems.join(u' '));
        return;
    }
    const QString key = m_ui->apiKeyLineEdit->text();
    m_ui->apiKeyLineEdit->clear();
    m_store->call<std::optional<Account>>([a](Catalog& c) mutable -> std::optional<Account> {
        if (!c.saveAccount(a))
            return std::nullopt;
        return a;
    }, this, [this, key](const std::optional<Account>& saved) {
        if (!saved) {
            setStatus(tr("The account could not be saved."));
            return;
        }
        m_current = *saved;
        if (key.isEmpty()) {
            setStatus(tr("Saved “%1”.").arg(saved->name));
        } else {
            m_secrets->write(saved->id, key, this, [this, name = saved->name](bool ok, const QString& error) {
                setStatus(ok ? (m_secrets->keychainAvailable() ? tr("Saved “%1”; its key is in the system keychain.").arg(name)
                                                               : m_secrets->unavailableReason())
                             : tr("Saved “%1”, but the system keychain did not store its key. Make sure your desktop's "
                                  "keyring is unlocked, then type the key and save again.").arg(name));
                // The system's own words stay available, never as the message itself.
                const QString detail = ok ? m_secrets->unavailableDetail() : error;
                m_ui->accountStatusLabel->setToolTip(detail.isEmpty() ? QString() : tr("Details: %1").arg(detail));
            });
        }
        reload(saved->id);
        Q_EMIT accountsChanged();
    });
}

void AccountsDialog::removeCurrent()
{
    if (m_current.id.isEmpty())
        return;
    const Account a = m_current;
    if (!m_prompts->confirm(this, tr("Remove account"),
                            tr("Remove “%1” and its key? Its products stay in the catalog, without an account.").arg(a.name)))
        return;
    m_store->call<bool>([id = a.id](Catalog& c) { return c.removeAccount(id); }, this, [this, a](bool ok) {
        if (!ok) {
            setStatus(tr("“%1” could not be removed.").arg(a.name));
            return;
        }
        m_secrets->remove(a.id, this, [this, a](bool removed, const QString& error) {
            setStatus(removed ? tr("Removed “%1” and its key.").arg(a.name)
                              : tr("Removed “%1”, but the system keychain did not delete its key. Delete “%2” with your "
                                   "desktop's keyring manager.").arg(a.name, SecretStore::keyName(a.id)));
            m_ui->accountStatusLabel->setToolTip(removed || error.isEmpty() ? QString() : tr("Details: %1").arg(error));
        });
        m_current = {};
        reload();
        Q_EMIT accountsChanged();
    });
}

void AccountsDialog::testConnection()
{
    const Account a = formAccount();
    const QString typed = m_ui->apiKeyLineEdit->text();
    auto run = [this, a](const QString& key) {
        auto service = ProviderService::create(a.target.provider, m_network);
        ProviderJob* job = service->supports(JobKind::ListProducts)
            ? service->listProducts(a.target, key, ListQuery { 1, 1, {} })
            : service->getProduct(a.target, key, QStringLiteral("pro_pricebookconnectioncheck"));
        const bool probeById = !service->supports(JobKind::ListProducts);
        setStatus(tr("Testing the connection to %1…").arg(providerDisplayName(a.target.provider)));
        connect(job, &ProviderJob::finished, this, [this, probeById](const JobResult& r) {
            // Reading an id that cannot exist: "not found" means the key was accepted.
            if (r.ok() || (probeById && r.httpStatus == 404))
                setStatus(tr("The connection works and the key was accepted."));
            else
                setStatus(r.message);
        });
        job->start();
    };
    if (!typed.isEmpty()) {
        run(typed);
        return;
    }
    if (!a.keyEnvVar.isEmpty() && qEnvironmentVariableIsSet(qPrintable(a.keyEnvVar))) {
        run(qEnvironmentVariable(qPrintable(a.keyEnvVar)));
        return;
    }
    m_secrets->read(a.id, this, [this, run](const std::optional<QString>& key, const QString&) {
        if (!key)
            setStatus(tr("Type the API key first."));
        else
            run(*key);
    });
}

} // namespace pb

#include "PullDialog.h"
#include "AccountLabel.h"

#include "services/providers/Registry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pb {

PullDialog::PullDialog(CatalogStore* store, QNetworkAccessManager* network, const QList<Account>& accounts, KeyLookup keys,
                       QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_network(network)
    , m_accounts(accounts)
    , m_keys(std::move(keys))
{
    setObjectName(QStringLiteral("pullDialog"));
    setWindowTitle(tr("Pull from provider"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("pullAccountComboBox"));
    for (const Account& a : std::as_const(m_accounts))
        m_account->addItem(accountLabel(a), a.id);
    form->addRow(tr("&Account:"), m_account);
    m_ids = new QLineEdit(this);
    m_ids->setObjectName(QStringLiteral("pullRemoteIdsLineEdit"));
    m_ids->setPlaceholderText(tr("Remote ids, separated by spaces or commas"));
    // The hint is read whole, in every language.
    m_ids->setMinimumWidth(m_ids->fontMetrics().horizontalAdvance(m_ids->placeholderText()) + 4 * m_ids->fontMetrics().averageCharWidth());
    form->addRow(tr("Link existing &products:"), m_ids);
    layout->addLayout(form);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("pullReasonLabel"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pullStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("pullDetailsTextEdit"));
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    layout->addWidget(m_details);
    auto* buttons = new QDialogButtonBox(this);
    m_pull = buttons->addButton(tr("&Pull"), QDialogButtonBox::AcceptRole);
    m_pull->setObjectName(QStringLiteral("pullButton"));
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("pullCancelButton"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("pullCloseButton"));
    layout->addWidget(buttons);
    // The buttons act here; the dialog closes only through Close.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_pull, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_account, &QComboBox::currentIndexChanged, this, &PullDialog::accountChosen);
    connect(m_ids, &QLineEdit::textChanged, this, &PullDialog::accountChosen);
    accountChosen();
    resize(520, 320);
}

std::optional<Account> PullDialog::chosen() const
{
    return findAccount(m_accounts, m_account->currentData().toString());
}

void PullDialog::accountChosen()
{
    const std::optional<Account> a = chosen();
    if (!a) {
        m_reason->setText(tr("Add an account first (File ▸ Accounts…)."));
        m_pull->setEnabled(false);
        return;
    }
    const bool byId = !m_ids->text().trimmed().isEmpty();
    const QString listReason = Pull::unavailableReason(*a, false);
    const QString idReason = Pull::unavailableReason(*a, true);
    m_ids->setEnabled(idReason.isEmpty());
    // With ids, only those are read; without, the whole list, where the provider has one.
    const QString reason = byId ? idReason : listReason;
    m_reason->setText(reason.isEmpty() ? (byId ? tr("Reads these products and their prices, and adopts them as synced.")
                                               : tr("Reads every product of the account with all its prices, and adopts them as synced. "
                                                    "Products pulled before are updated, not added again."))
                                       : reason);
    m_pull->setEnabled(reason.isEmpty() && !m_running);
}

void PullDialog::startPull()
{
    const std::optional<Account> a = chosen();
    if (!a || m_running)
        return;
    PullOptions options;
    options.remoteIds = m_ids->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    m_pull->setEnabled(false);
    m_account->setEnabled(false);
    m_status->setText(tr("Reading the key…"));
    m_keys(*a, [this, account = *a, options](const QString& key) {
        if (key.isEmpty()) {
            m_status->setText(tr("No API key for “%1”: add it in File ▸ Accounts….").arg(account.name));
            m_account->setEnabled(true);
            accountChosen();
            return;
        }
        auto* pull = new Pull(m_store, m_network, account, key, options, this);
        m_running = pull;
        m_cancel->setEnabled(true);
        m_status->setText(tr("Reading %1…").arg(account.name));
        connect(pull, &Pull::progress, this, [this](int read, int) { m_status->setText(tr("%n product(s) read…", nullptr, read)); });
        connect(pull, &Pull::finished, this, [this, pull](const PullReport& r) {
            pull->deleteLater();
            m_running = nullptr;
            m_cancel->setEnabled(false);
            m_account->setEnabled(true);
            showReport(r);
            accountChosen();
            Q_EMIT pulled(r);
        });
        pull->start();
    });
}

void PullDialog::showReport(const PullReport& r)
{
    const AdoptionReport& a = r.adoption;
    QString summary = tr("Read %1 with %2: %3 added, %4 updated, %5 unchanged.", "Read 3 products with 7 prices: …")
                          .arg(tr("%n product(s)", nullptr, r.read), tr("%n price(s)", nullptr, r.prices))
                          .arg(a.added).arg(a.updated).arg(a.unchanged);
    if (a.keptLocal > 0)
        summary += u' ' + tr("%1 changed here since the last sync and left as they are.").arg(a.keptLocal);
    if (r.cancelled)
        summary = tr("Stopped. ") + summary;
    if (!r.message.isEmpty())
        summary = r.message;
    m_status->setText(summary);
    QStringList lines;
    for (const QString& readOnly : r.readOnly)
        lines << tr("Read-only: %1").arg(readOnly);
    for (const auto& [id, message] : r.failures)
        lines << tr("Not read: %1: %2").arg(id, message);
    m_details->setPlainText(lines.join(u'\n'));
    m_details->setVisible(!lines.isEmpty());
}

} // namespace pb

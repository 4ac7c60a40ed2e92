#include "CheckDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pb {

namespace {

enum ProductColumn { NameColumn, AccountColumn, VerdictColumn, NoteColumn };
enum FieldColumns { FieldColumn, BaseColumn, HereColumn, ThereColumn, KeepColumn };

QString sideWords(FieldDifference::Side side)
{
    switch (side) {
    case FieldDifference::Here: return CheckDialog::tr("changed here");
    case FieldDifference::There: return CheckDialog::tr("changed on the provider");
    case FieldDifference::Both: break;
    }
    return CheckDialog::tr("changed on both sides");
}

} // namespace

CheckDialog::CheckDialog(CatalogStore* store, QNetworkAccessManager* network, SyncEngine* engine, KeyLookup keys,
                         const QStringList& productIds, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_engine(engine)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(tr("Check on provider"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading %n product(s) from their providers…", nullptr, int(productIds.size())), this);
    m_status->setObjectName(QStringLiteral("checkStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_products = new QTableWidget(0, 4, split);
    m_products->setObjectName(QStringLiteral("checkProductsTable"));
    m_products->setHorizontalHeaderLabels({ tr("Product"), tr("Account"), tr("Verdict"), tr("Note") });
    m_products->verticalHeader()->hide();
    m_products->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_products->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_products->setSelectionMode(QAbstractItemView::SingleSelection);
    // A long note wraps in its row (the row grows to show it), and is whole in its tooltip.
    m_products->setWordWrap(true);
    m_products->setTextElideMode(Qt::ElideRight);
    m_products->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_products->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(lower);
    m_detail->setObjectName(QStringLiteral("checkDetailLabel"));
    m_detail->setWordWrap(true);
    lowerLayout->addWidget(m_detail);
    m_fields = new QTableWidget(0, 5, lower);
    m_fields->setObjectName(QStringLiteral("checkFieldsTable"));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("As last synced"), tr("Here"), tr("There"), tr("Keep") });
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    lowerLayout->addWidget(m_fields, 1);
    auto* fieldButtons = new QDialogButtonBox(lower);
    m_allThere = fieldButtons->addButton(tr("Take all there"), QDialogButtonBox::ActionRole);
    m_allThere->setObjectName(QStringLiteral("takeAllThereButton"));
    m_allHere = fieldButtons->addButton(tr("Keep all here"), QDialogButtonBox::ActionRole);
    m_allHere->setObjectName(QStringLiteral("keepAllHereButton"));
    m_apply = fieldButtons->addButton(tr("Apply choice"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyChoiceButton"));
    m_apply->setToolTip(tr("Write the chosen values into the catalog; what is kept here is sent later with Update"));
    m_sendAgain = fieldButtons->addButton(tr("Send again"), QDialogButtonBox::ActionRole);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setToolTip(tr("The provider does not have it: create it there now"));
    lowerLayout->addWidget(fieldButtons);
    split->addWidget(m_products);
    split->addWidget(lower);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Stop checking"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("checkCancelButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("checkCloseButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No default button: Enter never takes values from there over the ones typed here, nor
    // writes anything; every choice here is a click.
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_allThere, &QPushButton::clicked, this, [this] { for (QComboBox* c : std::as_const(m_choices)) c->setCurrentIndex(1); });
    connect(m_allHere, &QPushButton::clicked, this, [this] { for (QComboBox* c : std::as_const(m_choices)) c->setCurrentIndex(0); });
    connect(m_apply, &QPushButton::clicked, this, &CheckDialog::apply);
    connect(m_sendAgain, &QPushButton::clicked, this, &CheckDialog::sendAgain);
    connect(m_products, &QTableWidget::currentCellChanged, this, [this](int row) { showProduct(row); });
    showProduct(-1);

    m_check = new Check(store, network, std::move(keys), productIds, {}, this);
    connect(m_check, &Check::progress, this, [this](int done, int total) {
        m_status->setText(tr("Checked %1 of %n product(s)…", nullptr, total).arg(done));
    });
    connect(m_check, &Check::finished, this, &CheckDialog::finished);
    connect(m_cancel, &QPushButton::clicked, m_check, &Check::cancel);
    m_check->start();
    resize(900, 600);
}

CheckDialog::~CheckDialog() = default;

// The columns before the note are as wide as their text, but the note keeps at least a third of the
// width: they give way, the widest first (their text elides, whole in the tooltip). Done again whenever the dialog
// changes size, so that the note follows it.
void CheckDialog::fitColumns()
{
    for (int column : { NameColumn, AccountColumn, VerdictColumn })
        m_natural[column] = std::max(static_cast<QAbstractItemView*>(m_products)->sizeHintForColumn(column), m_products->horizontalHeader()->sectionSizeHint(column));
    shareWidth();
}

void CheckDialog::shareWidth()
{
    // The widest give way first: all are cut to one level, as high as the room allows, so that a
    // short verdict stays whole while a long name elides.
    const int room = m_products->viewport()->width() * 2 / 3;
    const int minimum = m_products->horizontalHeader()->minimumSectionSize();
    int level = 0;
    for (int column : { NameColumn, AccountColumn, VerdictColumn })
        level = std::max(level, m_natural[column]);
    const auto used = [this](int cut) {
        int sum = 0;
        for (int column : { NameColumn, AccountColumn, VerdictColumn })
            sum += std::min(m_natural[column], cut);
        return sum;
    };
    while (level > minimum && used(level) > room)
        --level;
    for (int column : { NameColumn, AccountColumn, VerdictColumn })
        m_products->setColumnWidth(column, std::max(minimum, std::min(m_natural[column], level)));
}

void CheckDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_products->rowCount() > 0)
        shareWidth();
}

void CheckDialog::finished(const CheckReport& report)
{
    m_report = report;
    m_cancel->setEnabled(false);
    m_products->setRowCount(int(report.items.size()));
    for (int row = 0; row < report.items.size(); ++row) {
        const CheckItem& item = report.items.at(row);
        m_products->setItem(row, NameColumn, new QTableWidgetItem(item.name.isEmpty() ? item.productId : item.name));
        m_products->setItem(row, AccountColumn, new QTableWidgetItem(item.accountName));
        m_products->setItem(row, VerdictColumn, new QTableWidgetItem());
        m_products->setItem(row, NoteColumn, new QTableWidgetItem());
        setVerdict(row, item.verdict, item.message);
    }
    fitColumns();
    m_products->resizeRowsToContents();
    updateStatus();
    for (int row = 0; row < report.items.size(); ++row)
        if (!report.items.at(row).fields.isEmpty()) {
            m_products->setCurrentCell(row, NameColumn);
            break;
        }
    Q_EMIT checked(report);
}

void CheckDialog::setVerdict(int row, CheckItem::Verdict verdict, const QString& message)
{
    m_report.items[row].verdict = verdict;
    m_products->item(row, VerdictColumn)->setText(CheckItem::verdictLabel(verdict));
    m_products->item(row, VerdictColumn)->setData(Qt::UserRole, CheckItem::verdictKey(verdict));
    m_products->item(row, NoteColumn)->setText(message);
    m_products->item(row, NoteColumn)->setToolTip(message);
    m_products->item(row, NameColumn)->setToolTip(m_products->item(row, NameColumn)->text());
}

void CheckDialog::updateStatus()
{
    const int total = int(m_report.items.size());
    int toSettle = 0, toSend = 0;
    for (const CheckItem& item : std::as_const(m_report.items)) {
        if (item.verdict == CheckItem::ChangedHere)
            ++toSend;
        else if (!item.inStep())
            ++toSettle;
    }
    QStringList parts;
    if (m_report.cancelled)
        parts << tr("Stopped before every product was checked.");
    if (toSettle == 0 && toSend == 0) {
        parts << tr("All %n product(s) are in step with their providers.", nullptr, total);
    } else {
        if (toSettle > 0)
            parts << tr("%1 of %n product(s) differ from their providers or could not be checked: choose one to see its fields.",
                        nullptr, total).arg(toSettle);
        if (toSend > 0)
            parts << tr("%1 of %n product(s) hold values kept here that Update sends to the provider.", nullptr, total).arg(toSend);
    }
    m_status->setText(parts.join(u' '));
}

void CheckDialog::showProduct(int row)
{
    m_shown = row;
    m_choices.clear();
    m_fields->setRowCount(0);
    const CheckItem* item = row >= 0 && row < m_report.items.size() ? &m_report.items.at(row) : nullptr;
    const bool fields = item && item->settleable() && !item->fields.isEmpty();
    updateChoiceButtons();
    m_sendAgain->setVisible(item && item->verdict == CheckItem::NotFound);
    if (!item) {
        m_detail->setText(tr("Choose a product to see what differs."));
        return;
    }
    if (!fields) {
        m_detail->setText(item->message.isEmpty() ? tr("“%1” is in step: nothing differs.").arg(item->name.toHtmlEscaped())
                                                  : item->message.toHtmlEscaped());
        return;
    }
    m_detail->setText(tr("<p><b>“%1”</b> on %2 (%3). For each field, keep the value here (sent later with Update) or take the "
                         "one there into the catalog.</p>")
                          .arg(item->name.toHtmlEscaped(), item->accountName.toHtmlEscaped(), item->remoteId.toHtmlEscaped()));
    m_fields->setRowCount(int(item->fields.size()));
    for (int r = 0; r < item->fields.size(); ++r) {
        const FieldDifference& f = item->fields.at(r);
        auto* label = new QTableWidgetItem(f.label);
        label->setToolTip(sideWords(f.side));
        label->setData(Qt::UserRole, f.key);
        m_fields->setItem(r, FieldColumn, label);
        m_fields->setItem(r, BaseColumn, new QTableWidgetItem(f.base));
        m_fields->setItem(r, HereColumn, new QTableWidgetItem(f.here));
        m_fields->setItem(r, ThereColumn, new QTableWidgetItem(f.there));
        auto* choice = new QComboBox(m_fields);
        choice->setObjectName(QStringLiteral("keepComboBox_") + f.key);
        choice->addItem(tr("Keep here"));
        choice->addItem(tr("Take there"));
        // A change on one side only is kept as it is; a conflict starts at here, the person chooses.
        choice->setCurrentIndex(f.side == FieldDifference::There ? 1 : 0);
        choice->setToolTip(sideWords(f.side));
        m_fields->setCellWidget(r, KeepColumn, choice);
        m_choices << choice;
    }
}

// A settled product's next choice waits for the catalog's copy of it: applied before, it would be
// based on the version the last settle replaced, and refused as changed meanwhile.
void CheckDialog::updateChoiceButtons()
{
    const CheckItem* item = m_shown >= 0 && m_shown < m_report.items.size() ? &m_report.items.at(m_shown) : nullptr;
    const bool enabled = item && item->settleable() && !item->fields.isEmpty() && m_rereading != m_shown;
    m_apply->setEnabled(enabled);
    m_allThere->setEnabled(enabled);
    m_allHere->setEnabled(enabled);
}

void CheckDialog::takeThere(const QString& field, bool there)
{
    if (m_shown < 0)
        return;
    const QList<FieldDifference>& fields = m_report.items.at(m_shown).fields;
    for (int r = 0; r < fields.size(); ++r)
        if (fields.at(r).key == field)
            m_choices.at(r)->setCurrentIndex(there ? 1 : 0);
}

void CheckDialog::apply()
{
    if (m_shown < 0)
        return;
    const int row = m_shown;
    const CheckItem item = m_report.items.at(row);
    QSet<QString> takeThere;
    for (int r = 0; r < item.fields.size(); ++r)
        if (m_choices.at(r)->currentIndex() == 1)
            takeThere.insert(item.fields.at(r).key);
    m_apply->setEnabled(false);
    Check::settle(m_store, item, takeThere, this, [this, row, item, takeThere](const QString& error) {
        if (!error.isEmpty()) {
            m_detail->setText(tr("<p>Not settled: %1</p>").arg(error.toHtmlEscaped()));
            m_apply->setEnabled(true);
            return;
        }
        // As the catalog holds it now: there is the new base; what was kept here remains to send.
        CheckItem& settled = m_report.items[row];
        settled.entry.product = Check::merged(item, takeThere);
        settled.base = item.there;
        settled.fields = Check::compare(item.target, item.there, settled.entry.product, item.there);
        // The name may be the one taken from there.
        if (!settled.entry.product.name.isEmpty()) {
            settled.name = settled.entry.product.name;
            m_products->item(row, NameColumn)->setText(settled.name);
        }
        setVerdict(row, settled.fields.isEmpty() ? CheckItem::InStep : CheckItem::ChangedHere,
                   settled.fields.isEmpty() ? tr("Settled: the catalog holds what the provider has.")
                                            : tr("Settled: the values kept here are sent with Update."));
        fitColumns();
        m_products->resizeRowToContents(row);
        updateStatus();
        reread(row);
        showProduct(row);
    });
}

void CheckDialog::reread(int row)
{
    m_rereading = row;
    m_store->call<std::optional<CatalogEntry>>([id = m_report.items.at(row).productId](Catalog& c) { return c.product(id); }, this,
                                               [this, row](const std::optional<CatalogEntry>& e) {
                                                   if (m_rereading == row)
                                                       m_rereading = -1;
                                                   updateChoiceButtons();
                                                   if (!e)
                                                       return;
                                                   m_report.items[row].entry = *e;
                                                   Q_EMIT productSettled(*e);
                                               });
}

void CheckDialog::sendAgain()
{
    if (m_shown < 0 || m_report.items.at(m_shown).verdict != CheckItem::NotFound)
        return;
    const int row = m_shown;
    m_sendAgain->setEnabled(false);
    // The check found that the earlier create did not arrive: the engine may send it again.
    SyncTask* task = m_engine->send({ m_report.items.at(row).productId, SyncRequest::Create, true },
                                    [keys = m_keys](const Account& a, std::function<void(const QString&)> go) { keys(a, go); });
    connect(task, &SyncTask::finished, this, [this, row](const SyncOutcome& o) {
        m_sendAgain->setEnabled(true);
        if (o.ok()) {
            m_report.items[row].remoteId = o.remoteId;
            setVerdict(row, CheckItem::InStep, tr("Sent again: created as %1.").arg(o.remoteId));
        } else {
            setVerdict(row, o.kind == SyncOutcome::OutcomeUnknown ? CheckItem::NotChecked : CheckItem::NotFound,
                       tr("Sent again: %1").arg(o.message));
        }
        fitColumns();
        m_products->resizeRowToContents(row);
        updateStatus();
        reread(row);
        showProduct(row);
    });
}

} // namespace pb

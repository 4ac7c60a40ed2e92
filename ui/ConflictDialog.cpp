#include "ConflictDialog.h"

#include "Prompts.h"
#include "ProductEditor.h"
#include "models/ProductDocument.h"
#include "services/storage/CatalogStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pb {

namespace {

// The client account is chosen like a field; no document key has a space in it.
const QString kAccountField = QStringLiteral("client account");

QString shown(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return ConflictDialog::tr("(empty)");
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

} // namespace

ConflictDialog::ConflictDialog(const SaveConflict& conflict, QWidget* parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_mine(ProductDocument::toObject(conflict.mine.product))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save my choice"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveChoiceButton"));

    if (!conflict.theirs) {
        intro->setText(tr("<p><b>“%1” was deleted by someone else</b> while you edited it. Nothing of your edit was saved "
                          "yet.</p><p>Keep your version (it is saved again as it is on your screen), or leave it deleted?</p>")
                           .arg(conflict.mine.product.name.toHtmlEscaped()));
        m_deletedChoice = new QComboBox(this);
        m_deletedChoice->setObjectName(QStringLiteral("deletedChoiceComboBox"));
        m_deletedChoice->addItem(tr("Keep mine: save it again"));
        m_deletedChoice->addItem(tr("Leave it deleted"));
        layout->addWidget(m_deletedChoice);
    } else {
        m_theirs = ProductDocument::toObject(conflict.theirs->product);
        m_mine.insert(kAccountField, conflict.mine.accountId);
        m_theirs.insert(kAccountField, conflict.theirs->accountId);
        const QString who = conflict.theirs->updatedBy.isEmpty() ? tr("someone else") : conflict.theirs->updatedBy;
        intro->setText(tr("<p><b>“%1” was changed by %2</b> at %3 while you edited it. Nothing of your edit was saved yet."
                          "</p><p>For each field that differs, choose whose value to keep.</p>")
                           .arg(conflict.mine.product.name.toHtmlEscaped(), who.toHtmlEscaped(),
                                conflict.theirs->updated.toLocalTime().toString(Qt::TextDate)));
        QStringList keys = m_mine.keys() + m_theirs.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : std::as_const(keys))
            if (m_mine.value(key) != m_theirs.value(key))
                m_fields << key;
        m_table = new QTableWidget(int(m_fields.size()), 4, this);
        m_table->setObjectName(QStringLiteral("conflictTable"));
        m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Mine"), tr("Theirs (%1)").arg(who), tr("Keep") });
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        for (int row = 0; row < m_fields.size(); ++row) {
            const QString& key = m_fields.at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(key));
            m_table->setItem(row, 1, new QTableWidgetItem(shown(m_mine.value(key))));
            m_table->setItem(row, 2, new QTableWidgetItem(shown(m_theirs.value(key))));
            auto* choice = new QComboBox(m_table);
            choice->setObjectName(QStringLiteral("keepComboBox_") + QString(key).replace(u' ', u'_'));
            choice->addItem(tr("Mine"));
            choice->addItem(tr("Theirs"));
            m_table->setCellWidget(row, 3, choice);
            m_choices << choice;
        }
        layout->addWidget(m_table, 1);
        QPushButton* allMine = buttons->addButton(tr("All mine"), QDialogButtonBox::ActionRole);
        allMine->setObjectName(QStringLiteral("keepAllMineButton"));
        QPushButton* allTheirs = buttons->addButton(tr("All theirs"), QDialogButtonBox::ActionRole);
        allTheirs->setObjectName(QStringLiteral("keepAllTheirsButton"));
        connect(allMine, &QPushButton::clicked, this, [this] { for (QComboBox* c : std::as_const(m_choices)) c->setCurrentIndex(0); });
        connect(allTheirs, &QPushButton::clicked, this, [this] { for (QComboBox* c : std::as_const(m_choices)) c->setCurrentIndex(1); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ConflictDialog::keepMine(const QString& field, bool mine)
{
    const qsizetype row = m_fields.indexOf(field);
    if (row >= 0)
        m_choices.at(row)->setCurrentIndex(mine ? 0 : 1);
}

std::optional<CatalogEntry> ConflictDialog::resolved() const
{
    if (!m_conflict.theirs) {
        if (m_deletedChoice->currentIndex() != 0)
            return std::nullopt;
        CatalogEntry again = m_conflict.mine;
        again.version = 0; // a new row with the same id
        again.created = {};
        return again;
    }
    QJsonObject merged = m_theirs;
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_choices.at(row)->currentIndex() != 0)
            continue;
        const QString& key = m_fields.at(row);
        if (m_mine.contains(key))
            merged.insert(key, m_mine.value(key));
        else
            merged.remove(key);
    }
    CatalogEntry out = *m_conflict.theirs;
    out.accountId = merged.take(kAccountField).toString();
    const DocumentReadResult read = ProductDocument::fromObject(merged);
    if (!read.products.isEmpty())
        out.product = read.products.first();
    return out;
}

void ConflictDialog::resolve(const QList<SaveConflict>& conflicts, CatalogStore* store, ProductEditor* editor, Prompts* prompts,
                             QWidget* parent)
{
    for (const SaveConflict& conflict : conflicts) {
        ConflictDialog dialog(conflict, parent);
        prompts->acceptDialog(&dialog);
        const auto chosen = dialog.resolved();
        const bool open = editor->hasEntry() && editor->entry().id == conflict.mine.id;
        if (!chosen) {
            if (open)
                editor->clearEntry(tr("<p>Left deleted, as someone else chose.</p>"));
            continue;
        }
        if (open)
            editor->setEntry(*chosen);
        store->scheduleSave(*chosen);
    }
}

} // namespace pb

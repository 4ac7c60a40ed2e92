#include "TeamCatalogDialog.h"

#include "Prompts.h"
#include "services/storage/CatalogCopy.h"
#include "services/storage/CatalogLocation.h"
#include "services/storage/CatalogStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace pb {

TeamCatalogDialog::TeamCatalogDialog(const QString& location, const QString& author, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamCatalogDialog"));
    setWindowTitle(tr("Connect to team catalog"));
    auto* form = new QFormLayout(this);
    m_location = new QLineEdit(location, this);
    m_location->setObjectName(QStringLiteral("catalogLocationLineEdit"));
    m_location->setPlaceholderText(QStringLiteral("postgresql://you@db.example.com:5432/agency?sslmode=verify-full"));
    m_author = new QLineEdit(author, this);
    m_author->setObjectName(QStringLiteral("authorLineEdit"));
    m_author->setPlaceholderText(Catalog::defaultAuthor());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("catalogProblemLabel"));
    m_problem->setWordWrap(true);
    auto* note = new QLabel(tr("The password is not stored by Pricebook: PostgreSQL reads it from your password file "
                               "(PGPASSFILE, ~/.pgpass)."), this);
    note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("connectButton"));
    form->addRow(tr("Catalog address:"), m_location);
    form->addRow(tr("Your name in the history:"), m_author);
    form->addRow(m_problem);
    form->addRow(note);
    form->addRow(m_buttons);
    connect(m_location, &QLineEdit::textChanged, this, &TeamCatalogDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(560, sizeHint().height());
}

QString TeamCatalogDialog::location() const { return m_location->text().trimmed(); }
QString TeamCatalogDialog::author() const { return m_author->text().trimmed(); }

void TeamCatalogDialog::check()
{
    QString error;
    const auto where = CatalogLocation::parse(location(), &error);
    const bool ok = where && where->isServer();
    if (where && !where->isServer())
        error = tr("Give the address of a PostgreSQL catalog: postgresql://user@host/database.");
    m_problem->setText(ok ? QString() : error);
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
}

QString TeamCatalogDialog::rememberedLocation() { return QSettings().value(QStringLiteral("catalog/location")).toString(); }
QString TeamCatalogDialog::rememberedAuthor() { return QSettings().value(QStringLiteral("catalog/author")).toString(); }

void TeamCatalogDialog::remember(const QString& location, const QString& author)
{
    QSettings settings;
    // The address as the person gave it, which CatalogLocation refuses to hold a password.
    settings.setValue(QStringLiteral("catalog/location"), location);
    settings.setValue(QStringLiteral("catalog/author"), author);
}

void TeamCatalogDialog::connectTo(QWidget* parent, CatalogStore* store, Prompts* prompts, std::function<void()> reloaded)
{
    const QString previous = store->path();
    QString error;
    const auto current = CatalogLocation::parse(previous, &error);
    TeamCatalogDialog dialog(current && current->isServer() ? previous : rememberedLocation(), rememberedAuthor(), parent);
    if (!prompts->acceptDialog(&dialog))
        return;
    const QString location = dialog.location();
    remember(location, dialog.author());
    store->setAuthor(dialog.author());
    store->flush(); // edits so far go to the catalog they were made in
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(store, &CatalogStore::opened, parent, [=](bool ok, const QString&) {
        QObject::disconnect(*once);
        if (!ok)
            return;
        using Sizes = QPair<int, int>; // products in the team catalog, in the previous one
        store->call<Sizes>([previous](Catalog& team) {
            Catalog before;
            QString error;
            const int had = !previous.isEmpty() && before.open(previous, &error) ? before.productCount() : 0;
            const bool empty = team.productCount() == 0 && team.accounts().isEmpty();
            return Sizes(empty ? 0 : -1, had);
        }, parent, [=](const Sizes& sizes) {
            if (sizes.first != 0 || sizes.second == 0)
                return;
            if (!prompts->confirm(parent, tr("Empty team catalog"),
                                  tr("The team catalog is empty. Copy your catalog (%n product(s), with its accounts and history) "
                                     "into it?", nullptr, sizes.second)))
                return;
            store->call<QString>([previous](Catalog& team) {
                Catalog before;
                QString error;
                if (!before.open(previous, &error))
                    return error;
                return copyCatalog(before, team).error;
            }, parent, [=](const QString& error) {
                if (!error.isEmpty())
                    prompts->inform(parent, tr("Not copied"), error);
                reloaded();
            });
        });
    });
    store->open(location);
}

} // namespace pb

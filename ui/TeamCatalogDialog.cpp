#include "TeamCatalogDialog.h"

#include "Prompts.h"
#include "services/storage/CatalogCopy.h"
#include "services/storage/CatalogLocation.h"
#include "services/storage/CatalogStore.h"
#include "services/storage/SecretStore.h"

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
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("catalogPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept from last time, or from your password file"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("catalogProblemLabel"));
    m_problem->setWordWrap(true);
    auto* note = new QLabel(tr("A password typed here is kept in your system’s keychain, never in Pricebook’s settings. Leave "
                               "it empty to use the one kept from last time, or the one in your PostgreSQL password file "
                               "(PGPASSFILE, ~/.pgpass)."), this);
    note->setObjectName(QStringLiteral("catalogPasswordNoteLabel"));
    note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("connectButton"));
    form->addRow(tr("Catalog address:"), m_location);
    form->addRow(tr("Password:"), m_password);
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
QString TeamCatalogDialog::password() const { return m_password->text(); }

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

void TeamCatalogDialog::openCatalog(CatalogStore* store, SecretStore* secrets, const QString& location, QObject* context)
{
    QString error;
    const auto where = CatalogLocation::parse(location, &error);
    if (!where || !where->isServer()) {
        store->open(location); // a file, or an address the store will say is wrong
        return;
    }
    secrets->readNamed(SecretStore::passwordName(*where), context, [store, location](const std::optional<QString>& password, const QString&) {
        store->open(location, password.value_or(QString()));
    });
}

void TeamCatalogDialog::connectTo(QWidget* parent, CatalogStore* store, SecretStore* secrets, Prompts* prompts,
                                  std::function<void()> reloaded)
{
    const QString previous = store->path();
    QString error;
    const auto current = CatalogLocation::parse(previous, &error);
    TeamCatalogDialog dialog(current && current->isServer() ? previous : rememberedLocation(), rememberedAuthor(), parent);
    if (!prompts->acceptDialog(&dialog))
        return;
    const QString location = dialog.location();
    const QString password = dialog.password();
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
    const auto where = CatalogLocation::parse(location, &error);
    if (password.isEmpty() || !where) {
        openCatalog(store, secrets, location, parent);
        return;
    }
    // Kept for the next start under the address (without the password), then used now.
    secrets->writeNamed(SecretStore::passwordName(*where), password, parent, [=](bool ok, const QString& writeError) {
        if (!ok)
            prompts->inform(parent, tr("Password not kept"),
                            tr("The keychain did not take the password. It is used now; to connect again later, type it again."), writeError);
        store->open(location, password);
    });
}

} // namespace pb

#pragma once
// "Connect to team catalog…": the address of a catalog on a PostgreSQL server (checked as it is
// typed: loopback or a Unix socket, else sslmode=verify-full), the password when the server asks
// for one, and the name to record changes under. The address and the name are remembered in
// settings; the password only in the keychain (SecretStore::passwordName, the address without
// it), or, left empty, libpq reads it from PGPASSFILE. On the first connection to an empty team
// catalog, the catalog in use so far is offered for copying in.
//   TeamCatalogDialog::connectTo(this, store, secrets, prompts, [this] { reload(); });
//   TeamCatalogDialog::openCatalog(store, secrets, location, this); // at startup

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pb {

class CatalogStore;
class Prompts;
class SecretStore;

class TeamCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamCatalogDialog(const QString& location, const QString& author, QWidget* parent = nullptr);
    QString location() const;
    QString author() const;
    QString password() const;

    // Settings keys: what --catalog / $PRICEBOOK_CATALOG would say, and the author name.
    static QString rememberedLocation();
    static QString rememberedAuthor();
    static void remember(const QString& location, const QString& author);

    // The whole flow for the window: ask, remember, reopen the store on the team catalog, and when
    // that is empty offer to copy the previous catalog into it; `reloaded` runs when rows changed.
    static void connectTo(QWidget* parent, CatalogStore* store, SecretStore* secrets, Prompts* prompts, std::function<void()> reloaded);
    // Opens `location` in the store; a team catalog with the password the keychain holds for it
    // (none: libpq's own, from PGPASSFILE or a trusted login). The keychain is asked
    // asynchronously, so the caller's thread never waits for it.
    static void openCatalog(CatalogStore* store, SecretStore* secrets, const QString& location, QObject* context);

private:
    void check();
    QLineEdit* m_location;
    QLineEdit* m_author;
    QLineEdit* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pb

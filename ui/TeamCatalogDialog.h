#pragma once
// "Connect to team catalog…": the address of a catalog on a PostgreSQL server (checked as it is
// typed: loopback or a Unix socket, else sslmode=verify-full) and the name to record changes
// under. Remembered in settings (the address never holds a password: PGPASSFILE has it). On the
// first connection to an empty team catalog, the catalog in use so far is offered for copying in.
//   TeamCatalogDialog::connectTo(this, store, prompts, [this] { reload(); });

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pb {

class CatalogStore;
class Prompts;

class TeamCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamCatalogDialog(const QString& location, const QString& author, QWidget* parent = nullptr);
    QString location() const;
    QString author() const;

    // Settings keys: what --catalog / $PRICEBOOK_CATALOG would say, and the author name.
    static QString rememberedLocation();
    static QString rememberedAuthor();
    static void remember(const QString& location, const QString& author);

    // The whole flow for the window: ask, remember, reopen the store on the team catalog, and when
    // that is empty offer to copy the previous catalog into it; `reloaded` runs when rows changed.
    static void connectTo(QWidget* parent, CatalogStore* store, Prompts* prompts, std::function<void()> reloaded);

private:
    void check();
    QLineEdit* m_location;
    QLineEdit* m_author;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pb

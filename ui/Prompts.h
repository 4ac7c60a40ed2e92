#pragma once
// The questions the window asks a person, behind one interface so tests can answer them.

#include "services/storage/Account.h"

#include <QList>
#include <QString>
#include <optional>

class QDialog;
class QWidget;

namespace pb {

class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual std::optional<QString> askApiKey(QWidget* parent, const Account& account);
    virtual void inform(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    // One of several answers (buttons in this order, the first the default); -1: cancelled.
    virtual int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                       const QString& details = {});
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter);
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggestion);
    virtual std::optional<Account> chooseAccount(QWidget* parent, const QString& title, const QList<Account>& accounts);
    // Shows a dialog modally; true when it was accepted.
    virtual bool acceptDialog(QDialog* dialog);
};

} // namespace pb

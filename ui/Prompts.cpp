#include "Prompts.h"
#include "AccountLabel.h"
#include "services/providers/Registry.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace pb {

std::optional<QString> Prompts::askApiKey(QWidget* parent, const Account& account)
{
    bool ok = false;
    const QString key = QInputDialog::getText(parent, QObject::tr("API key for %1").arg(account.name),
                                              QObject::tr("The %1 API key for “%2”. It is kept in the system keychain, never in the catalog.")
                                                  .arg(providerDisplayName(account.target.provider), account.name),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return std::nullopt;
    return key.trimmed();
}

void Prompts::inform(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    box.exec();
}

bool Prompts::confirm(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

int Prompts::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices, const QString& details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

bool Prompts::acceptDialog(QDialog* dialog) { return dialog->exec() == QDialog::Accepted; }

QString Prompts::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompts::saveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggestion)
{
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter);
}

std::optional<Account> Prompts::chooseAccount(QWidget* parent, const QString& title, const QList<Account>& accounts)
{
    QStringList names;
    for (const Account& a : accounts)
        names << accountLabel(a);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, QObject::tr("Client account:"), names, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype i = names.indexOf(chosen);
    return i >= 0 ? std::optional<Account>(accounts.at(i)) : std::nullopt;
}

} // namespace pb

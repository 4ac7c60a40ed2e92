#include "Prompts.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

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

} // namespace pb

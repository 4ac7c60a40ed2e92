#pragma once
// How an account is named in pickers and questions: its name, followed by its provider's display
// name in parentheses unless the name already holds it (the sandbox accounts are named
// "Sandbox — <provider>": their provider is not said twice).
//   combo->addItem(accountLabel(account), account.id);
//   tr("Archive on %1?").arg(accountLabel(account, AccountQuote::Quoted));

#include "services/storage/Account.h"

#include <QString>

namespace pb {

enum class AccountQuote { Plain, Quoted };

QString accountLabel(const Account& account, AccountQuote quote = AccountQuote::Plain);

} // namespace pb

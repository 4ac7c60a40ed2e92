#pragma once
// pricebook-cli accounts list|add|remove: the catalog's client accounts; keys go to the keychain.

#include "Command.h"

namespace pb {

class AccountsCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

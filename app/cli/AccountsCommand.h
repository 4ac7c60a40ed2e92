#pragma once
// pricebook-cli accounts list|add|remove: the catalog's client accounts; keys go to the keychain.

#include "Command.h"

namespace pb {

class AccountsCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

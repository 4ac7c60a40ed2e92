#pragma once
// pricebook-cli validate --provider P [--json] FILE: every product in FILE against the provider's rules.

#include "Command.h"

namespace pb {

class ValidateCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

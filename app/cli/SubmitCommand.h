#pragma once
// pricebook-cli submit --provider P [...] FILE: sends the products in FILE, resuming from --state FILE.

#include "Command.h"

namespace pb {

class SubmitCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

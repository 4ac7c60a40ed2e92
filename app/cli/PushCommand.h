#pragma once
// pricebook-cli push [selection]: sends the matching products to their accounts, resuming where it stopped.

#include "Command.h"

namespace pb {

class PushCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

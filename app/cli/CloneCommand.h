#pragma once
// pricebook-cli clone --to-account NAME [selection]: draft copies for another account; nothing is sent.

#include "Command.h"

namespace pb {

class CloneCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

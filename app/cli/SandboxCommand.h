#pragma once
// pricebook-cli sandbox [--port N] [--rate-limit N] [--faults JSON]: the local stand-in for every provider.

#include "Command.h"

namespace pb {

class SandboxCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

#pragma once
// pricebook-cli apply [selection] [--plan FILE] [--json]: applies the change plan `plan` prints
// for the selected products (or exactly the plan in FILE, as `plan --json` wrote it, refusing
// any product whose plan has changed since), step by step and resumable: running it again
// after a crash or a stop goes on from the last step recorded.

#include "Command.h"

namespace pb {

class ApplyCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

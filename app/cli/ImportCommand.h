#pragma once
// pricebook-cli import FILE.csv|FILE.json: every row checked; all rows or none (or --valid-only).

#include "Command.h"

namespace pb {

class ImportCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

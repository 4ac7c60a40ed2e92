#pragma once
// pricebook-cli export FILE.csv|FILE.json: the matching products.

#include "Command.h"

namespace pb {

class ExportCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

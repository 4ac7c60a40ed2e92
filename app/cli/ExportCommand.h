#pragma once
// pricebook-cli export FILE.csv|FILE.json: the matching products.

#include "Command.h"

namespace pb {

class ExportCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

#pragma once
// pricebook-cli submit --provider P [...] FILE: sends the products in FILE, resuming from --state FILE.

#include "Command.h"

namespace pb {

class SubmitCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

#pragma once
// pricebook-cli plan [selection] [--json]: prints the exact ordered operations sending the
// selected products would make on their providers, and sends nothing.

#include "Command.h"

namespace pb {

class PlanCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

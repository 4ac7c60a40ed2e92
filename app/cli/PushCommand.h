#pragma once
// pricebook-cli push [selection]: sends the matching products to their accounts, resuming where it stopped.

#include "Command.h"

namespace pb {

class PushCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

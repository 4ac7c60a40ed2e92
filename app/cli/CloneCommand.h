#pragma once
// pricebook-cli clone --to-account NAME [selection]: draft copies for another account; nothing is sent.

#include "Command.h"

namespace pb {

class CloneCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

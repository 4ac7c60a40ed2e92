#pragma once
// pricebook-cli pull --account NAME [--id REMOTE_ID]... [--json]: adopts the account's remote
// catalog (products and all their prices or plans) as synced products; a rerun updates them.

#include "Command.h"

namespace pb {

class PullCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

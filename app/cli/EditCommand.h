#pragma once
// pricebook-cli edit ID [--name N] [--description D] [--status S] [--expect-version V]: changes a
// product in the catalog. With --expect-version, only while the catalog still holds that version:
// otherwise someone else changed it meanwhile, which is reported (exit 6) and nothing is written.

#include "Command.h"

namespace pb {

class EditCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

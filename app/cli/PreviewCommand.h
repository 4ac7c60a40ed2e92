#pragma once
// pricebook-cli preview --provider P [...] FILE: the exact requests the provider would receive; keys show as ***.

#include "Command.h"

namespace pb {

class PreviewCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

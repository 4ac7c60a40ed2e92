#pragma once
// pricebook-cli preview --provider P [...] FILE: the exact requests the provider would receive; keys show as ***.

#include "Command.h"

namespace pb {

class PreviewCommand final : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

#pragma once
// pricebook-cli check [selection] [--unknown] [--json] [--resend-not-found]: reads what the
// providers hold of the selected products (with --unknown, only those whose create's outcome is
// unknown) and prints, per product, its verdict (in step, changed here, changed on
// the provider, a conflict, gone) and each field that differs, three ways. A create whose outcome
// was unknown is looked for and, found, linked as synced. Exit 0 when all are in step, 5 when
// something differs or could not be checked.

#include "Command.h"

namespace pb {

class CheckCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

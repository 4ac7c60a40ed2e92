#pragma once
// pricebook-cli catalog copy --from SRC --to DST: a whole catalog into an empty one (a SQLite
// file into a team catalog on PostgreSQL, or back), proved by counts and checksums.

#include "Command.h"

namespace pb {

class CatalogCommand final : public Command
{
public:
    using Command::Command;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

#pragma once
// pricebook-cli archive|restore [selection]: archives the matching synced products on their
// providers (restore: makes them active again), through the sync engine.

#include "PushCommand.h"

namespace pb {

class ArchiveCommand final : public PushCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using PushCommand::PushCommand;
    int execute(const QStringList& arguments) override;
};

} // namespace pb

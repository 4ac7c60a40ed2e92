#pragma once
// pricebook-cli push [selection]: sends the matching products to their accounts, resuming where it stopped.

#include "Command.h"

namespace pb {

struct PushOptions;

class PushCommand : public Command
{
    // One translation context for the whole command line, as in Command.
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Command::Command;
    int execute(const QStringList& arguments) override;

protected:
    // Sends the products through a bulk push (push, archive and restore): the live-key question,
    // progress, an orderly stop on SIGINT/SIGTERM, the report and its exit code.
    int send(CatalogStore& store, const QCommandLineParser& parser, const QStringList& ids, const PushOptions& options);
};

} // namespace pb

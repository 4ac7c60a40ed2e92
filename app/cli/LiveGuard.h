#pragma once
// Before a run sends anything to an account whose key is a live key: the accounts involved are
// looked up (their keys read where keys are read, only the mode kept), and a run with a live one
// goes on only with --live, or when a person at a terminal answers yes. Used by every command
// that sends (push, archive, restore).
//   const int refused = cli::checkLive(store, ids, keys, parser.isSet("live"), m_err);
//   if (refused >= 0) return refused;

#include "Command.h"
#include "services/storage/CatalogStore.h"
#include "services/sync/AccountKeys.h"

namespace pb::cli {

// The accounts of these products whose keys are live keys.
QList<Account> liveAccounts(CatalogStore& store, const QStringList& productIds, const KeyLookup& keys);
// -1 to go on; otherwise the exit code (Usage) after saying why on `err`. `allowed`: --live given.
int checkLive(CatalogStore& store, const QStringList& productIds, const KeyLookup& keys, bool allowed, QTextStream& err);
// The --live option and its help line.
QCommandLineOption liveOption();

} // namespace pb::cli

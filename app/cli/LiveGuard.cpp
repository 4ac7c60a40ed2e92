#include "LiveGuard.h"

#include <QSet>
#include <cstdio>
#include <unistd.h>

namespace pb::cli {

QList<Account> liveAccounts(CatalogStore& store, const QStringList& productIds, const KeyLookup& keys)
{
    QList<Account> accounts;
    waitFor([&](auto finish) {
        store.call<QList<Account>>([productIds](Catalog& c) {
            QSet<QString> ids;
            for (const QString& id : productIds)
                if (const auto e = c.product(id); e && !e->accountId.isEmpty())
                    ids.insert(e->accountId);
            QList<Account> out;
            for (const Account& a : c.accounts())
                if (ids.contains(a.id))
                    out << a;
            return out;
        }, &store, [&, finish](const QList<Account>& found) { accounts = found; finish(); });
    });
    const KeyModeLookup modes = accountKeyModeLookup(keys);
    QList<Account> live;
    for (const Account& a : std::as_const(accounts))
        waitFor([&](auto finish) {
            modes(a, [&, a, finish](KeyMode mode) {
                if (mode == KeyMode::Live)
                    live << a;
                finish();
            });
        });
    return live;
}

int checkLive(CatalogStore& store, const QStringList& productIds, const KeyLookup& keys, bool allowed, QTextStream& err)
{
    if (allowed)
        return -1;
    const QList<Account> live = liveAccounts(store, productIds, keys);
    if (live.isEmpty())
        return -1;
    QStringList names;
    for (const Account& a : live)
        names << a.name;
    const QString list = names.join(QStringLiteral(", "));
    if (isatty(STDIN_FILENO) && isatty(STDERR_FILENO)) {
        err << Command::tr("%1 uses a live key: this changes real customers' catalog. Go on? [y/N] ").arg(list);
        err.flush();
        char answer[16] = {};
        if (std::fgets(answer, sizeof answer, stdin) && (answer[0] == 'y' || answer[0] == 'Y'))
            return -1;
        err << Command::tr("Nothing was sent.\n");
        return ExitCodes::Usage;
    }
    err << Command::tr("%1 uses a live key; nothing was sent. Run again with --live to send to live accounts.\n").arg(list);
    return ExitCodes::Usage;
}

QCommandLineOption liveOption()
{
    return { QStringLiteral("live"),
             Command::tr("Allow sending to accounts with a live key (without it, a live account is refused unless a person at a terminal answers yes).") };
}

} // namespace pb::cli

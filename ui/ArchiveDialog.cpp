#include "ArchiveDialog.h"

#include "AccountLabel.h"
#include "BulkDialogs.h"
#include "services/providers/Registry.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHash>
#include <QSet>
#include <memory>

namespace pb::ArchiveDialog {

namespace {

// The words of this file, translated in the "ArchiveDialog" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ArchiveDialog)
};

// What the catalog holds on the selection, sorted by what archiving would do with it.
struct Survey {
    QHash<QString, int> perAccount; // account id -> products to send
    int already = 0;                // already in the wanted state
    int notOnProvider = 0;
    QStringList unsupported;        // one line per provider that cannot, with its reason
};

Survey survey(Catalog& c, const QStringList& ids, bool archive)
{
    Survey s;
    QHash<QString, int> cannot; // provider display name -> products
    QHash<QString, QString> why;
    for (const QString& id : ids) {
        const auto e = c.product(id);
        if (!e)
            continue;
        const SyncLink l = c.link(e->id, e->accountId);
        const SyncPlan plan = SyncEngine::plan(*e, l, { id, archive ? SyncRequest::Archive : SyncRequest::Restore });
        switch (plan.action) {
        case SyncPlan::Archive:
        case SyncPlan::Restore: ++s.perAccount[e->accountId]; break;
        case SyncPlan::AlreadySynced: ++s.already; break;
        case SyncPlan::Unsupported:
            ++cannot[providerDisplayName(e->provider)];
            why.insert(providerDisplayName(e->provider), plan.message);
            break;
        default: ++s.notOnProvider; break;
        }
    }
    for (auto it = cannot.cbegin(); it != cannot.cend(); ++it)
        s.unsupported << Text::tr("%n %1 product(s) not sent: %2", nullptr, it.value()).arg(it.key(), why.value(it.key()));
    return s;
}

} // namespace

void start(QWidget* parent, const ArchiveContext& ctx, const QStringList& ids, bool archive, Done done, Question question)
{
    ctx.store->flush();
    ctx.store->call<Survey>([ids, archive](Catalog& c) { return survey(c, ids, archive); }, parent,
                            [parent, ctx, ids, archive, done, question](const Survey& s) {
        QStringList notes = s.unsupported;
        if (s.already)
            notes << (archive ? Text::tr("%1 already archived: nothing to send.") : Text::tr("%1 already active: nothing to send.")).arg(s.already);
        if (s.notOnProvider)
            notes << Text::tr("%1 not on a provider yet: nothing to send.").arg(s.notOnProvider);
        if (s.perAccount.isEmpty()) {
            ctx.prompts->inform(parent, archive ? Text::tr("Nothing to archive") : Text::tr("Nothing to restore"),
                                archive ? Text::tr("None of the selected products can be archived on a provider.")
                                        : Text::tr("None of the selected products can be made active again on a provider."),
                                notes.join(u'\n'));
            if (done)
                done(End::NothingToSend, {});
            return;
        }
        QList<Account> targets;
        for (const Account& a : ctx.accounts)
            if (s.perAccount.contains(a.id))
                targets << a;
        // The keys' modes first: the question says which accounts are live.
        auto live = std::make_shared<QHash<QString, KeyMode>>();
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        const KeyModeLookup modes = accountKeyModeLookup(ctx.keys);
        *next = [=, self = std::weak_ptr(next)](qsizetype i) {
            if (i < targets.size()) {
                modes(targets.at(i), [i, next = self.lock(), live, id = targets.at(i).id](KeyMode mode) {
                    live->insert(id, mode);
                    (*next)(i + 1);
                });
                return;
            }
            int count = 0;
            QStringList lines;
            for (const Account& a : targets) {
                count += s.perAccount.value(a.id);
                const KeyMode mode = live->value(a.id);
                lines << Text::tr("%1, %2 key: %n product(s)", nullptr, s.perAccount.value(a.id))
                             .arg(accountLabel(a, AccountQuote::Quoted), mode == KeyMode::Live ? Text::tr("LIVE") : keyModeLabel(mode).toLower());
            }
            live->removeIf([](const auto& it) { return it.value() != KeyMode::Live; });
            lines += notes;
            const QString where = targets.size() == 1 ? Text::tr("“%1”").arg(targets.first().name) : Text::tr("%1 accounts").arg(targets.size());
            QString text = (archive ? Text::tr("Archive %n product(s) on %1?", nullptr, count)
                                    : Text::tr("Restore %n product(s) on %1?", nullptr, count)).arg(where);
            if (!live->isEmpty())
                text += u' ' + Text::tr("A live key is involved: real customers stop (or start again) seeing these products.");
            const QString title = live->isEmpty() ? (archive ? Text::tr("Archive on provider") : Text::tr("Restore on provider"))
                                                  : (archive ? Text::tr("Archive on live accounts") : Text::tr("Restore on live accounts"));
            const bool ask = question == Question::Ask || (question == Question::AlreadyAsked && !live->isEmpty());
            if (ask && !ctx.prompts->confirm(parent, title, text, lines.join(u'\n'))) {
                if (done)
                    done(End::Declined, {});
                return;
            }
            auto* dialog = new PushDialog(ctx.store, ctx.network, ctx.keys, parent);
            dialog->setObjectName(QStringLiteral("archiveDialog"));
            dialog->setWindowTitle(archive ? Text::tr("Archive on provider") : Text::tr("Restore on provider"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &PushDialog::pushFinished, dialog, [done](const QList<PushLine>& report) {
                if (done)
                    done(End::Finished, report);
            });
            PushOptions options;
            options.policy = ctx.policy;
            options.mode = archive ? SyncRequest::Archive : SyncRequest::Restore;
            dialog->open();
            dialog->start(ids, options);
        };
        (*next)(0);
    });
}

bool canOpenOnProvider(const CatalogEntry& e, const SyncLink& l, QString* reason)
{
    const ProviderAdapter& a = adapterFor(e.provider);
    if (l.remoteId.isEmpty()) {
        *reason = Text::tr("Not on %1 yet: there is no page to open.").arg(a.displayName());
        return false;
    }
    AccountTarget target;
    target.provider = e.provider;
    if (a.dashboardUrl(target, l.remoteId, KeyMode::Test).isEmpty() && a.dashboardUrl(target, l.remoteId, KeyMode::Live).isEmpty()) {
        *reason = a.dashboardUnavailableReason(KeyMode::Unknown);
        return false;
    }
    reason->clear();
    return true;
}

void openOnProvider(QWidget* parent, const ArchiveContext& ctx, const Account& account, const CatalogEntry& e, const SyncLink& l,
                    std::function<void(const QUrl&, const QString&)> opened)
{
    const QString remoteId = l.remoteId;
    accountKeyModeLookup(ctx.keys)(account, [parent, ctx, account, remoteId, provider = e.provider, opened](KeyMode mode) {
        const ProviderAdapter& a = adapterFor(provider);
        const QUrl url = a.dashboardUrl(account.target, remoteId, mode);
        if (url.isEmpty()) {
            const QString problem = a.dashboardUnavailableReason(mode);
            ctx.prompts->inform(parent, Text::tr("Open on provider"), problem);
            if (opened)
                opened({}, problem);
            return;
        }
        if (!QDesktopServices::openUrl(url)) {
            const QString problem = Text::tr("No web browser opened %1.").arg(url.toString());
            ctx.prompts->inform(parent, Text::tr("Open on provider"), problem);
            if (opened)
                opened(url, problem);
            return;
        }
        if (opened)
            opened(url, {});
    });
}

QString keyBadge(KeyMode mode)
{
    switch (mode) {
    case KeyMode::Test: return Text::tr("Test");
    case KeyMode::Live: return Text::tr("Live");
    case KeyMode::Unknown: break;
    }
    return Text::tr("Unknown key");
}

} // namespace pb::ArchiveDialog

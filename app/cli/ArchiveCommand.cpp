#include "ArchiveCommand.h"

#include "LiveGuard.h"
#include "services/storage/SecretStore.h"
#include "services/sync/BulkPush.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <limits>

namespace pb {

using namespace cli;

int ArchiveCommand::execute(const QStringList& arguments)
{
    const bool archive = arguments.value(0) != u"restore";
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.setApplicationDescription(
        archive ? tr("Archives the matching products on their providers, each the provider's way. "
                     "The local products are kept and marked archived. Only products already on their provider are sent.")
                : tr("Makes the matching archived products active again on their providers."));
    addDataDirOption(parser);
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("product"), tr("Only this catalog product (an id; may be repeated)."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("concurrency"), tr("Requests in flight at once (default 4)."), QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption(liveOption());
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, parser))
        return Unreadable;
    QString selectionError;
    std::optional<ListFilter> selection = selectionFilter(parser, nullptr, &selectionError);
    if (!selection) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    ListFilter filter = *selection;
    const QString accountName = parser.value(QStringLiteral("account"));
    const QStringList only = parser.values(QStringLiteral("product"));
    QStringList ids;
    QString problem;
    waitFor([&](auto finish) {
        store.call<QPair<QString, QStringList>>([filter, accountName, only](Catalog& c) mutable {
            if (!accountName.isEmpty()) {
                const auto a = findAccount(c.accounts(), accountName);
                if (!a)
                    return qMakePair(tr("No account named “%1”.").arg(accountName), QStringList());
                filter.accountId = a->id;
            }
            QStringList out;
            for (const CatalogRow& r : c.rows(filter, 0, std::numeric_limits<int>::max()))
                if (only.isEmpty() || only.contains(r.id))
                    out << r.id;
            for (const QString& id : only)
                if (!c.product(id))
                    return qMakePair(tr("No product with the id “%1” in the catalog.").arg(id), QStringList());
            return qMakePair(QString(), out);
        }, &store, [&, finish](const QPair<QString, QStringList>& found) { problem = found.first; ids = found.second; finish(); });
    });
    if (!problem.isEmpty()) {
        m_err << problem << u'\n';
        return Usage;
    }
    QNetworkAccessManager network;
    SecretStore secrets;
    const KeyLookup keys = accountKeyLookup(&secrets, &secrets);
    if (const int refused = checkLive(store, ids, keys, parser.isSet(QStringLiteral("live")), m_err); refused >= 0)
        return refused;
    BulkPusher pusher(&store, &network, keys);
    PushOptions options;
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    options.mode = archive ? SyncRequest::Archive : SyncRequest::Restore;
    QObject::connect(&pusher, &BulkPusher::progressChanged, &pusher, [this](const PushProgress& p) {
        m_err << tr("\r%1/%2 done, %3 ok, %4 with problems   ").arg(p.done).arg(p.total).arg(p.succeeded).arg(p.problems);
        m_err.flush();
    });
    QList<PushLine> report;
    const StopSignals stop([&](int) { pusher.cancel(); });
    waitFor([&](auto finish) {
        QObject::connect(&pusher, &BulkPusher::finished, &pusher, [&, finish](const QList<PushLine>& r) { report = r; finish(); });
        pusher.start(ids, options);
    });
    store.waitForIdle();
    m_err << u'\n';
    int failed = 0, unknown = 0, rejected = 0;
    QJsonArray lines;
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const PushLine& l : std::as_const(report)) {
        if (l.outcome == u"rejected")
            ++rejected;
        else if (l.outcome == u"outcome unknown")
            ++unknown;
        else if (!l.ok())
            ++failed;
        if (json)
            lines.append(QJsonObject { { QStringLiteral("product"), l.productId }, { QStringLiteral("name"), l.name },
                                       { QStringLiteral("outcome"), l.outcome }, { QStringLiteral("remoteId"), l.remoteId },
                                       { QStringLiteral("message"), l.message } });
        else
            m_out << QStringLiteral("%1  %2  %3%4\n").arg(l.outcome, -16).arg(l.name, l.remoteId,
                                                                                 l.message.isEmpty() ? QString() : QStringLiteral("  ") + l.message);
    }
    if (json)
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("results"), lines } }).toJson(QJsonDocument::Indented);
    m_out.flush();
    const int problems = failed + unknown + rejected;
    if (problems == 0)
        return Ok;
    if (problems < report.size())
        return Partial;
    return unknown + failed > 0 ? NetworkFailure : Rejected;
}

} // namespace pb

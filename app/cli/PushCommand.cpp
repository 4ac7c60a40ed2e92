#include "PushCommand.h"

#include "LiveGuard.h"

#include "services/sync/BulkPush.h"
#include "services/storage/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace pb {

using namespace cli;

namespace {
constexpr int kStopGraceMs = 10000; // how long a stop waits for the answers in flight
}

int PushCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("concurrency"), tr("Requests in flight at once (default 4)."), QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("rate"), tr("Products per second per account (default: the provider's limit)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption(liveOption());
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    CatalogStore store;
    bool opened = false;
    QString openError;
    waitFor([&](auto finish) {
        QObject::connect(&store, &CatalogStore::opened, &store, [&, finish](bool ok, const QString& e) { opened = ok; openError = e; finish(); });
        store.open(catalogPath(parser), catalogPassword(catalogPath(parser)));
    });
    if (!opened) {
        m_err << openError << u'\n';
        return Unreadable;
    }
    QString selectionError;
    std::optional<ListFilter> selection = selectionFilter(parser, nullptr, &selectionError);
    if (!selection) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    ListFilter filter = *selection;
    const QString accountName = parser.value(QStringLiteral("account"));
    QStringList ids;
    bool known = true;
    waitFor([&](auto finish) {
        store.call<QPair<bool, QStringList>>([filter, accountName](Catalog& c) mutable {
            if (!accountName.isEmpty()) {
                const auto a = findAccount(c.accounts(), accountName);
                if (!a)
                    return qMakePair(false, QStringList());
                filter.accountId = a->id;
            }
            QStringList out;
            for (const CatalogRow& r : c.rows(filter, 0, std::numeric_limits<int>::max()))
                out << r.id;
            return qMakePair(true, out);
        }, &store, [&, finish](const QPair<bool, QStringList>& found) { known = found.first; ids = found.second; finish(); });
    });
    if (!known) {
        m_err << tr("No account named “%1”.\n").arg(accountName);
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
    options.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble();
    QObject::connect(&pusher, &BulkPusher::progressChanged, &pusher, [this](const PushProgress& p) {
        m_err << tr("\r%1/%2 done, %3 ok, %4 with problems%5   ").arg(p.done).arg(p.total).arg(p.succeeded).arg(p.problems)
                     .arg(p.etaMs > 0 ? tr(", about %1 s left").arg((p.etaMs + 999) / 1000) : QString());
        m_err.flush();
    });
    QList<PushLine> report;
    int stopSignal = 0;
    QTimer drain; // after a stop: polls until the requests in flight are answered and recorded
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&drain, &QTimer::timeout, &pusher, [&] {
        if (pusher.progress().inFlight == 0) {
            drain.stop();
            pusher.cancel(); // nothing in flight: the rest is reported as not sent
        }
    });
    QObject::connect(&deadline, &QTimer::timeout, &pusher, [&] {
        drain.stop();
        pusher.cancel(); // still unanswered after the grace period: given up
    });
    const StopSignals stop([&](int signal) {
        stopSignal = signal;
        m_err << tr("\nStopping: no new requests; waiting up to %1 s for the %2 in flight. Press Ctrl-C again to stop at once.\n")
                     .arg(kStopGraceMs / 1000)
                     .arg(pusher.progress().inFlight);
        m_err.flush();
        pusher.pause();
        drain.start(20);
        deadline.start(kStopGraceMs);
    });
    waitFor([&](auto finish) {
        QObject::connect(&pusher, &BulkPusher::finished, &pusher, [&, finish](const QList<PushLine>& r) { report = r; finish(); });
        pusher.start(ids, options);
    });
    drain.stop();
    deadline.stop();
    store.waitForIdle();
    m_err << u'\n';
    int failed = 0, unknown = 0, rejected = 0;
    QJsonArray lines;
    for (const PushLine& l : std::as_const(report)) {
        if (l.outcome == u"rejected")
            ++rejected;
        else if (l.outcome == u"outcome unknown")
            ++unknown;
        else if (!l.ok())
            ++failed;
        if (parser.isSet(QStringLiteral("json")))
            lines.append(QJsonObject { { QStringLiteral("product"), l.productId }, { QStringLiteral("name"), l.name },
                                       { QStringLiteral("outcome"), l.outcome }, { QStringLiteral("remoteId"), l.remoteId },
                                       { QStringLiteral("message"), l.message } });
        else
            m_out << QStringLiteral("%1  %2  %3%4\n").arg(l.outcome, -16).arg(l.name, l.remoteId,
                                                                                 l.message.isEmpty() ? QString() : QStringLiteral("  ") + l.message);
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("results"), lines } }).toJson(QJsonDocument::Indented);
    m_out.flush();
    if (stopSignal != 0) {
        m_err << tr("Stopped by a signal: %1 of %2 products were not sent; run the same push again to send them.\n")
                     .arg(std::count_if(report.cbegin(), report.cend(), [](const PushLine& l) { return l.outcome == u"cancelled"; }))
                     .arg(report.size());
        m_err.flush();
        return 128 + stopSignal;
    }
    const int problems = failed + unknown + rejected;
    if (problems == 0)
        return Ok;
    if (problems < report.size())
        return Partial;
    return unknown + failed > 0 ? NetworkFailure : Rejected;
}

} // namespace pb

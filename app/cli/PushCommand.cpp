#include "PushCommand.h"

#include "LiveGuard.h"

#include "services/sync/BulkPush.h"
#include "services/storage/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>

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
    if (!openStore(store, parser))
        return Unreadable;
    QStringList ids;
    if (const int code = selectedProducts(store, parser, &ids); code >= 0)
        return code;
    PushOptions options;
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    options.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble();
    return send(store, parser, ids, options);
}

int PushCommand::send(CatalogStore& store, const QCommandLineParser& parser, const QStringList& ids, const PushOptions& options)
{
    QNetworkAccessManager network;
    SecretStore secrets;
    const KeyLookup keys = accountKeyLookup(&secrets, &secrets);
    if (const int refused = checkLive(store, ids, keys, parser.isSet(QStringLiteral("live")), m_err); refused >= 0)
        return refused;
    BulkPusher pusher(&store, &network, keys);
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
    const int code = printReport(report, parser.isSet(QStringLiteral("json")));
    if (stopSignal != 0) {
        m_err << tr("Stopped by a signal: %1 of %2 products were not sent; run the same command again to send them.\n")
                     .arg(std::count_if(report.cbegin(), report.cend(), [](const PushLine& l) { return l.outcome == u"cancelled"; }))
                     .arg(report.size());
        m_err.flush();
        return 128 + stopSignal;
    }
    return code;
}

} // namespace pb

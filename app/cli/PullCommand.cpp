#include "PullCommand.h"

#include "services/storage/SecretStore.h"
#include "services/sync/AccountKeys.h"
#include "services/sync/Pull.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace pb {

using namespace cli;

int PullCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("account"), tr("The account to pull from (name or id)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("id"), tr("Read this product by its remote id (repeatable); without it, the whole list."),
                       QStringLiteral("REMOTE_ID") });
    parser.addOption({ QStringLiteral("rate"), tr("Requests per second (default: the provider's limit)."), QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("concurrency"), tr("Requests in flight at once (default 4)."), QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    const QString accountName = parser.value(QStringLiteral("account"));
    if (accountName.isEmpty()) {
        m_err << tr("Say which account to pull from: --account NAME.\n");
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, parser))
        return Unreadable;
    const std::optional<Account> account = namedAccount(store, accountName);
    if (!account)
        return Usage;
    PullOptions options;
    options.remoteIds = parser.values(QStringLiteral("id"));
    options.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble();
    options.concurrency = qMax(1, parser.value(QStringLiteral("concurrency")).toInt());
    const QString unavailable = Pull::unavailableReason(*account, !options.remoteIds.isEmpty());
    if (!unavailable.isEmpty()) {
        m_err << unavailable << u'\n';
        return Rejected;
    }
    QNetworkAccessManager network;
    SecretStore secrets;
    QString key;
    waitFor([&](auto finish) { accountKeyLookup(&secrets, &secrets)(*account, [&, finish](const QString& k) { key = k; finish(); }); });
    if (key.isEmpty()) {
        m_err << tr("No API key for “%1”: add it with `pricebook-cli accounts add … --key-stdin` or set its environment variable.\n")
                     .arg(account->name);
        return Usage;
    }
    Pull pull(&store, &network, *account, key, options);
    QObject::connect(&pull, &Pull::progress, &pull, [this](int read, int) {
        m_err << tr("\r%1 products read   ").arg(read);
        m_err.flush();
    });
    PullReport report;
    const StopSignals stop([&](int) { pull.cancel(); });
    waitFor([&](auto finish) {
        QObject::connect(&pull, &Pull::finished, &pull, [&, finish](const PullReport& r) { report = r; finish(); });
        pull.start();
    });
    store.waitForIdle();
    m_err << u'\n';
    const AdoptionReport& a = report.adoption;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray failures;
        for (const auto& [id, message] : std::as_const(report.failures))
            failures.append(QJsonObject { { QStringLiteral("remoteId"), id }, { QStringLiteral("message"), message } });
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("account"), account->name }, { QStringLiteral("read"), report.read },
                                             { QStringLiteral("prices"), report.prices }, { QStringLiteral("added"), a.added },
                                             { QStringLiteral("updated"), a.updated }, { QStringLiteral("unchanged"), a.unchanged },
                                             { QStringLiteral("keptLocal"), a.keptLocal }, { QStringLiteral("requests"), report.requests },
                                             { QStringLiteral("readOnly"), QJsonArray::fromStringList(report.readOnly) },
                                             { QStringLiteral("failures"), failures }, { QStringLiteral("cancelled"), report.cancelled } })
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Pulled %1 products with %2 prices from “%3”: %4 added, %5 updated, %6 unchanged, %7 kept (changed here since the last sync).\n")
                     .arg(report.read).arg(report.prices).arg(account->name).arg(a.added).arg(a.updated).arg(a.unchanged).arg(a.keptLocal);
        for (const QString& r : std::as_const(report.readOnly))
            m_out << tr("read-only  %1\n").arg(r);
        for (const auto& [id, message] : std::as_const(report.failures))
            m_out << tr("failed     %1  %2\n").arg(id, message);
    }
    m_out.flush();
    if (report.cancelled)
        return Partial;
    if (!report.message.isEmpty()) {
        m_err << report.message << u'\n';
        return Rejected;
    }
    if (report.failures.isEmpty())
        return Ok;
    return report.read > 0 ? Partial : NetworkFailure;
}

} // namespace pb

#include "CheckCommand.h"

#include "services/storage/SecretStore.h"
#include "services/sync/AccountKeys.h"
#include "services/sync/Check.h"
#include "services/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <limits>

namespace pb {

using namespace cli;

int CheckCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads the selected products from their providers and compares each field three ways: as last synced,\n"
           "here and there. Exit 0 when every product is in step, 5 when something differs or could not be checked."));
    parser.addHelpOption();
    addDataDirOption(parser);
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("rate"), tr("Requests per second per account (default: the provider's limit)."), QStringLiteral("N"),
                       QStringLiteral("0") });
    parser.addOption({ QStringLiteral("unknown"),
                       tr("Only products whose create's outcome is unknown (after a push that lost answers).") });
    parser.addOption({ QStringLiteral("resend-not-found"),
                       tr("Send again each product whose earlier create had an unknown outcome and that the provider does not have.") });
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
    std::optional<QStringList> ids;
    waitFor([&](auto finish) {
        store.call<std::optional<QStringList>>(
            [&parser, &selectionError](Catalog& c) -> std::optional<QStringList> {
                const QList<Account> accounts = c.accounts();
                std::optional<ListFilter> filter = selectionFilter(parser, &accounts, &selectionError);
                if (!filter)
                    return std::nullopt;
                if (parser.isSet(QStringLiteral("unknown")))
                    filter->syncState = SyncState::OutcomeUnknown;
                return c.ids(*filter);
            },
            &store, [&, finish](const std::optional<QStringList>& r) { ids = r; finish(); });
    });
    if (!ids) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    QNetworkAccessManager network;
    SecretStore secrets;
    const KeyLookup keys = accountKeyLookup(&secrets, &secrets);
    CheckOptions options;
    options.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble();
    Check check(&store, &network, keys, *ids, options);
    CheckReport report;
    const StopSignals stop([&](int) { check.cancel(); });
    waitFor([&](auto finish) {
        QObject::connect(&check, &Check::finished, &check, [&, finish](const CheckReport& r) { report = r; finish(); });
        check.start();
    });
    if (parser.isSet(QStringLiteral("resend-not-found"))) {
        SyncEngine engine(&store, &network);
        for (CheckItem& item : report.items) {
            if (item.verdict != CheckItem::NotFound)
                continue;
            SyncOutcome outcome;
            waitFor([&](auto finish) {
                SyncTask* task = engine.send({ item.productId, SyncRequest::Create, true },
                                             [&keys](const Account& a, std::function<void(const QString&)> go) { keys(a, go); });
                QObject::connect(task, &SyncTask::finished, &engine, [&, finish](const SyncOutcome& o) { outcome = o; finish(); });
            });
            item.message += u' '
                + (outcome.ok() ? tr("Sent again: created as %1.").arg(outcome.remoteId) : tr("Sent again: %1").arg(outcome.message));
        }
    }
    store.waitForIdle();
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        m_out << report.text();
    m_out.flush();
    return report.allInStep() ? Ok : Partial;
}

} // namespace pb

#include "ApplyCommand.h"

#include "services/storage/SecretStore.h"
#include "services/sync/Apply.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace pb {

using namespace cli;

int ApplyCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("plan"), tr("Apply exactly this plan (the output of `plan --json`); a product whose plan changed since is refused."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("concurrency"), tr("Products in flight at once (default 4)."), QStringLiteral("N"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    ApplyOptions options;
    options.concurrency = qMax(1, parser.value(QStringLiteral("concurrency")).toInt());
    if (parser.isSet(QStringLiteral("plan"))) {
        const QString path = parser.value(QStringLiteral("plan"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read the plan %1: %2\n").arg(path, file.errorString());
            return Unreadable;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        ChangePlan shown;
        QString error;
        if (!doc.isObject() || !ChangePlan::fromJson(doc.object(), &shown, &error)) {
            m_err << tr("The plan %1 cannot be read: %2\n").arg(path, doc.isObject() ? error : parseError.errorString());
            return Invalid;
        }
        options.shown = shown;
    }
    CatalogStore store;
    if (!openStore(store, parser))
        return Unreadable;
    QStringList ids;
    if (const int code = selectedProducts(store, parser, &ids); code >= 0)
        return code;
    QNetworkAccessManager network;
    SecretStore secrets;
    PlanApplier applier(&store, &network, accountKeyLookup(&secrets, &secrets));
    QObject::connect(&applier, &PlanApplier::progressChanged, &applier, [this](int done, int total) {
        m_err << tr("\r%1/%2 done   ").arg(done).arg(total);
        m_err.flush();
    });
    QList<PushLine> report;
    int stopSignal = 0;
    const StopSignals stop([&](int signal) {
        stopSignal = signal;
        m_err << tr("\nStopping: the steps in flight are cancelled; what was done is recorded. Run the same apply again to go on.\n");
        m_err.flush();
        applier.cancel();
    });
    waitFor([&](auto finish) {
        QObject::connect(&applier, &PlanApplier::finished, &applier, [&, finish](const QList<PushLine>& r) { report = r; finish(); });
        applier.start(ids, options);
    });
    store.waitForIdle();
    m_err << u'\n';
    const int code = printReport(report, parser.isSet(QStringLiteral("json")));
    if (stopSignal != 0)
        return 128 + stopSignal;
    return code;
}

} // namespace pb

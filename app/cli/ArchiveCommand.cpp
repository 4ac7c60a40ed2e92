#include "ArchiveCommand.h"

#include "LiveGuard.h"
#include "services/sync/BulkPush.h"

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
    QStringList ids;
    if (const int code = selectedProducts(store, parser, &ids, parser.values(QStringLiteral("product"))); code >= 0)
        return code;
    PushOptions options;
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    options.mode = archive ? SyncRequest::Archive : SyncRequest::Restore;
    return send(store, parser, ids, options);
}

} // namespace pb

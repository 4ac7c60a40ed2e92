#include "PlanCommand.h"

#include "services/sync/ChangePlan.h"

#include <QJsonDocument>
#include <limits>

namespace pb {

using namespace cli;

int PlanCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable plan.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n';
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    const QList<Account> accounts = catalog.accounts();
    QString selectionError;
    const std::optional<ListFilter> filter = selectionFilter(parser, &accounts, &selectionError);
    if (!filter) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    const QStringList ids = catalog.ids(*filter);
    const ChangePlan plan = ChangePlan::compute(catalog, ids);
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    else
        m_out << plan.text();
    m_out.flush();
    return plan.refusalCount() > 0 || !plan.problems.isEmpty() ? Invalid : Ok;
}

} // namespace pb

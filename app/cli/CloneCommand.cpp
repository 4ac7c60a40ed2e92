#include "CloneCommand.h"

#include "services/io/Clone.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace pb {

using namespace cli;

int CloneCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("to-account"), tr("The account the copies are for."), QStringLiteral("NAME") });
    addSelectionOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments) || !parser.isSet(QStringLiteral("to-account"))) {
        m_err << tr("Usage: pricebook-cli clone --to-account NAME [--provider P] [--account NAME] [--filter TEXT]\n");
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    const QList<Account> accounts = catalog.accounts();
    const auto target = findAccount(accounts, parser.value(QStringLiteral("to-account")));
    if (!target) {
        m_err << tr("No account named “%1”.\n").arg(parser.value(QStringLiteral("to-account")));
        return Usage;
    }
    QString selectionError;
    std::optional<ListFilter> selection = selectionFilter(parser, &accounts, &selectionError);
    if (!selection) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    ListFilter filter = *selection;
    QList<CatalogEntry> copies;
    QJsonArray report;
    int needsWork = 0;
    for (const QString& id : catalog.ids(filter)) {
        const auto source = catalog.product(id);
        if (!source || source->accountId == target->id)
            continue;
        const Clone::Plan plan = Clone::prepare(*source, *target);
        copies.append(plan.copy);
        needsWork += !plan.problems.isEmpty();
        if (parser.isSet(QStringLiteral("json"))) {
            report.append(QJsonObject { { QStringLiteral("source"), source->id }, { QStringLiteral("copy"), plan.copy.id },
                                        { QStringLiteral("name"), plan.copy.product.name },
                                        { QStringLiteral("notCarried"), QJsonArray::fromStringList(plan.notCarried) },
                                        { QStringLiteral("problems"), QJsonArray::fromStringList(plan.problems) } });
        } else {
            m_out << QStringLiteral("“%1” → %2 (%3)\n").arg(plan.copy.product.name, target->name, providerDisplayName(target->target.provider));
            for (const QString& w : plan.notCarried)
                m_out << QStringLiteral("    %1 %2\n").arg(tr("not carried:"), w);
            for (const QString& p : plan.problems)
                m_out << QStringLiteral("    %1 %2\n").arg(tr("still needed:"), p);
        }
    }
    if (!copies.isEmpty() && !catalog.saveProducts(copies)) {
        m_err << catalog.lastError() << u'\n';
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("copies"), report } }).toJson(QJsonDocument::Indented);
    else
        m_out << tr("%1 copies made as drafts for “%2”; %3 need more before they can be sent. Nothing was sent.\n")
                     .arg(copies.size()).arg(target->name).arg(needsWork);
    m_out.flush();
    return needsWork > 0 ? Partial : Ok;
}

} // namespace pb

#include "EditCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

using namespace cli;

int EditCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The product's catalog id."));
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("name"), tr("The new name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("description"), tr("The new description."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("status"), tr("The new status (active, inactive, archived)."), QStringLiteral("STATUS") });
    parser.addOption({ QStringLiteral("expect-version"),
                       tr("Only change the product while the catalog still holds this version (as listed before)."), QStringLiteral("V") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    bool versionOk = true;
    const qint64 expected = parser.parse(arguments) && parser.isSet(QStringLiteral("expect-version"))
        ? parser.value(QStringLiteral("expect-version")).toLongLong(&versionOk) : 0;
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 || !versionOk || expected < 0) {
        m_err << tr("Usage: pricebook-cli edit ID [--name NAME] [--description TEXT] [--status STATUS] [--expect-version V] [--json]\n");
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    const QString id = parser.positionalArguments().first();
    auto entry = catalog.product(id);
    if (!entry) {
        m_err << (catalog.lastError().isEmpty() ? tr("No product %1 in the catalog.").arg(id) : catalog.lastError()) << u'\n';
        return Unreadable;
    }
    if (expected > 0)
        entry->version = expected; // what the caller saw: a newer one in the catalog is a conflict
    if (parser.isSet(QStringLiteral("name")))
        entry->product.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("description")))
        entry->product.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("status")))
        entry->product.status = parser.value(QStringLiteral("status"));
    if (!catalog.saveProduct(*entry)) {
        m_err << catalog.lastError() << u'\n';
        return catalog.conflicts().isEmpty() ? Unreadable : Conflict;
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("id"), entry->id }, { QStringLiteral("version"), entry->version },
                                             { QStringLiteral("name"), entry->product.name } })
                     .toJson(QJsonDocument::Compact)
              << u'\n';
    else
        m_out << tr("Saved “%1” as version %2.\n").arg(entry->product.name).arg(entry->version);
    return Ok;
}

} // namespace pb

#include "ExportCommand.h"

#include "services/io/CatalogIO.h"

namespace pb {

using namespace cli;

int ExportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV or JSON file to write."));
    addDataDirOption(parser);
    addSelectionOptions(parser);
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: pricebook-cli export FILE [--provider P] [--account NAME] [--filter TEXT]\n");
        return Usage;
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    catalog.clearError();
    const QList<Account> accounts = catalog.accounts();
    QString selectionError;
    const std::optional<ListFilter> filter = selectionFilter(parser, &accounts, &selectionError);
    if (!filter) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    const QStringList ids = catalog.ids(*filter);
    const QString path = parser.positionalArguments().first();
    const CatalogIO::ExportResult r = CatalogIO::exportProducts(catalog, ids, path);
    // Part of a catalog is never exported as if it were all of it.
    if (r.outcome == CatalogIO::ExportResult::CatalogUnreadable) {
        m_err << tr("Cannot read the catalog %1: %2\nNothing was exported; %3 was not written.\n").arg(catalog.path(), r.error, path);
        return Unreadable;
    }
    if (r.outcome == CatalogIO::ExportResult::FileUnwritable) {
        m_err << tr("Cannot write %1: %2\n").arg(path, r.error);
        return Unreadable;
    }
    m_out << (r.count == 1 ? tr("Exported 1 product to %1.\n").arg(path) : tr("Exported %1 products to %2.\n").arg(r.count).arg(path));
    return Ok;
}

} // namespace pb

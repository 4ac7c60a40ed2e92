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
    QHash<QString, QString> names;
    const QList<Account> accounts = catalog.accounts();
    for (const Account& a : accounts)
        names.insert(a.id, a.name);
    QString selectionError;
    const std::optional<ListFilter> filter = selectionFilter(parser, &accounts, &selectionError);
    if (!filter) {
        m_err << selectionError << u'\n';
        return Usage;
    }
    QList<CatalogEntry> entries;
    bool complete = catalog.lastError().isEmpty();
    for (const CatalogRow& row : catalog.rows(*filter, 0, std::numeric_limits<int>::max())) {
        const auto e = catalog.product(row.id);
        complete = complete && e;
        if (e)
            entries.append(*e);
    }
    const QString path = parser.positionalArguments().first();
    // Part of a catalog is never exported as if it were all of it.
    if (!complete || !catalog.lastError().isEmpty()) {
        m_err << tr("Cannot read the catalog %1: %2\nNothing was exported; %3 was not written.\n")
                     .arg(catalog.path(), catalog.lastError().isEmpty() ? tr("a product could not be read") : catalog.lastError(), path);
        return Unreadable;
    }
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    QString error;
    const QHash<QString, QString> remoteIds = catalog.remoteIds();
    if (!catalog.lastError().isEmpty()) {
        m_err << tr("Cannot read the catalog %1: %2\nNothing was exported; %3 was not written.\n").arg(catalog.path(), catalog.lastError(), path);
        return Unreadable;
    }
    if (!CatalogIO::writeFile(path, json ? CatalogIO::toJson(entries, names, remoteIds) : CatalogIO::toCsv(entries, names, remoteIds), &error)) {
        m_err << tr("Cannot write %1: %2\n").arg(path, error);
        return Unreadable;
    }
    m_out << (entries.size() == 1 ? tr("Exported 1 product to %1.\n").arg(path)
                                  : tr("Exported %1 products to %2.\n").arg(entries.size()).arg(path));
    return Ok;
}

} // namespace pb

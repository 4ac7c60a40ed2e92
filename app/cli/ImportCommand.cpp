#include "ImportCommand.h"

#include "services/io/CatalogIO.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

using namespace cli;

int ImportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV or JSON file."));
    addDataDirOption(parser);
    parser.addOption({ QStringLiteral("provider"), tr("Provider for rows without one."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("account"), tr("Account for rows without one."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("valid-only"), tr("Import the valid rows even when others are not.") });
    parser.addOption({ QStringLiteral("map"), tr("Read a file column as a Pricebook column, e.g. \"Product Name=name\" (repeatable)."), QStringLiteral("FROM=TO") });
    parser.addOption({ QStringLiteral("locale"), tr("How amounts are written, e.g. de_DE for 1.000,50 (default: 1,000.50)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    parser.setApplicationDescription(tr("CSV columns: %1.").arg(CatalogIO::columns().join(QStringLiteral(", "))));
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: pricebook-cli import FILE [--provider P] [--account NAME] [--valid-only]\n");
        return Usage;
    }
    CatalogIO::ImportOptions options;
    for (const QString& pair : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        if (eq <= 0) {
            m_err << tr("--map takes \"file column=Pricebook column\".\n");
            return Usage;
        }
        options.mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (parser.isSet(QStringLiteral("locale")))
        options.locale = QLocale(parser.value(QStringLiteral("locale")));
    if (parser.isSet(QStringLiteral("provider"))) {
        options.defaultProvider = providerFromKey(parser.value(QStringLiteral("provider")));
        if (!options.defaultProvider) {
            m_err << tr("Unknown provider.\n");
            return Usage;
        }
    }
    Catalog catalog;
    if (!openCatalog(catalog, parser))
        return Unreadable;
    CatalogIO::ImportResult r = CatalogIO::readFile(parser.positionalArguments().first(), options);
    CatalogIO::resolveAccounts(r, catalog.accounts(), parser.value(QStringLiteral("account")));
    CatalogIO::matchExisting(r, catalog);
    const CatalogIO::ImportCounts counts = CatalogIO::countsOf(r);
    const bool all = !parser.isSet(QStringLiteral("valid-only"));
    QList<CatalogEntry> chosen;
    chosen.reserve(r.validCount());
    for (CatalogIO::ImportedRow& row : r.rows) // the entries move: the report needs only the rows' numbers and validity
        if (row.valid)
            chosen.append(std::move(row.entry));
    const bool refuse = r.fileError || (all && r.invalidCount() > 0);
    if (!refuse && !chosen.isEmpty() && !catalog.saveProducts(chosen)) {
        m_err << catalog.lastError() << u'\n';
        return Unreadable;
    }
    const int imported = refuse ? 0 : int(chosen.size());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const CatalogIO::Problem& p : std::as_const(r.problems))
            problems.append(QJsonObject { { QStringLiteral("row"), p.row }, { QStringLiteral("column"), p.column },
                                          { QStringLiteral("message"), p.message }, { QStringLiteral("warning"), p.warning } });
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("rows"), int(r.rows.size()) }, { QStringLiteral("valid"), r.validCount() },
                                             { QStringLiteral("imported"), imported },
                                             { QStringLiteral("new"), refuse ? 0 : counts.added },
                                             { QStringLiteral("updated"), refuse ? 0 : counts.updated },
                                             { QStringLiteral("unchanged"), refuse ? 0 : counts.unchanged },
                                             { QStringLiteral("problems"), problems } })
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const CatalogIO::Problem& p : std::as_const(r.problems))
            m_out << QStringLiteral("row %1%2: %3%4\n").arg(p.row).arg(p.column.isEmpty() ? QString() : QStringLiteral(", %1").arg(p.column),
                                                            p.warning ? tr("warning: ") : QString(), p.message);
        m_out << (r.rows.size() == 1 ? tr("1 row read, %1 valid, %2 imported.").arg(r.validCount()).arg(imported)
                                     : tr("%1 rows read, %2 valid, %3 imported.").arg(r.rows.size()).arg(r.validCount()).arg(imported));
        if (!refuse && imported > 0 && counts.added != imported)
            m_out << u' ' << tr("New: %1, updated: %2, unchanged: %3.").arg(counts.added).arg(counts.updated).arg(counts.unchanged);
        if (refuse && !r.fileError && r.validCount() > 0)
            m_out << tr(" Nothing was imported because some rows are invalid; fix them, or add --valid-only.");
        m_out << u'\n';
    }
    m_out.flush();
    if (r.fileError)
        return Unreadable;
    if (r.invalidCount() > 0)
        return all ? Invalid : Partial;
    return Ok;
}

} // namespace pb

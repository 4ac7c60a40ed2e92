#include "CatalogCommand.h"

#include "services/storage/CatalogCopy.h"
#include "services/storage/CatalogLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pb {

int CatalogCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("copy"), tr("Copy a whole catalog into an empty one."));
    parser.addOption({ QStringLiteral("from"), tr("The catalog to copy: a SQLite file or a postgresql:// URL."), QStringLiteral("SRC") });
    parser.addOption({ QStringLiteral("to"), tr("The empty catalog to copy into: a SQLite file or a postgresql:// URL."), QStringLiteral("DST") });
    parser.addOption({ QStringLiteral("json"), tr("Machine-readable report.") });
    if (answerHelp(parser, arguments))
        return Ok;
    if (!parser.parse(arguments) || parser.positionalArguments() != QStringList { QStringLiteral("copy") }
        || parser.value(QStringLiteral("from")).isEmpty() || parser.value(QStringLiteral("to")).isEmpty()) {
        m_err << tr("Usage: pricebook-cli catalog copy --from SRC --to DST [--json]\n");
        return Usage;
    }
    QString error;
    const auto from = CatalogLocation::parse(parser.value(QStringLiteral("from")), &error);
    const auto to = from ? CatalogLocation::parse(parser.value(QStringLiteral("to")), &error) : std::nullopt;
    if (!from || !to) {
        m_err << error << u'\n';
        return Usage;
    }
    if (from->display() == to->display()) {
        m_err << tr("--from and --to name the same catalog.\n");
        return Usage;
    }
    Catalog source, target;
    const QString fromText = parser.value(QStringLiteral("from")), toText = parser.value(QStringLiteral("to"));
    if (!source.open(fromText, &error, cli::catalogPassword(fromText)) || !target.open(toText, &error, cli::catalogPassword(toText))) {
        m_err << error << u'\n';
        return Unreadable;
    }
    const CatalogCopyReport r = copyCatalog(source, target);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray tables;
        for (int i = 0; i < r.source.size(); ++i) {
            const TableCheck& s = r.source.at(i);
            QJsonObject t { { QStringLiteral("table"), s.table }, { QStringLiteral("rows"), s.rows }, { QStringLiteral("checksum"), s.checksum } };
            if (i < r.target.size()) {
                t.insert(QStringLiteral("copied_rows"), r.target.at(i).rows);
                t.insert(QStringLiteral("copied_checksum"), r.target.at(i).checksum);
            }
            tables.append(t);
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), r.ok() }, { QStringLiteral("error"), r.error },
                                             { QStringLiteral("from"), from->display() }, { QStringLiteral("to"), to->display() },
                                             { QStringLiteral("tables"), tables } })
                     .toJson(QJsonDocument::Indented);
    } else if (r.ok()) {
        for (const TableCheck& t : r.source)
            m_out << tr("%1: %2 rows, checksum %3 on both sides\n").arg(t.table).arg(t.rows).arg(t.checksum.left(16));
        m_out << tr("Copied %1 to %2.\n").arg(from->display(), to->display());
    }
    m_out.flush();
    if (!r.ok()) {
        m_err << r.error << u'\n';
        return Unreadable;
    }
    return Ok;
}

} // namespace pb

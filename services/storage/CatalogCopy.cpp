#include "CatalogCopy.h"

#include "SqlDialect.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pb {

namespace {

// Translations in the "Catalog" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

QString keyOf(const QString& table)
{
    if (table == QLatin1String("sync_links"))
        return QStringLiteral("product_id, account_id");
    return QStringLiteral("id");
}

// One text form per value, the same whichever engine read it: NULL apart from any text.
QByteArray canonical(const QVariant& v)
{
    if (v.isNull())
        return QByteArrayLiteral("\\N");
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: return QByteArray::number(v.toLongLong());
    default: return v.toString().toUtf8();
    }
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList out;
    const QSqlRecord r = db.record(table);
    for (int i = 0; i < r.count(); ++i)
        out << r.fieldName(i);
    out.sort(); // the same order on both engines, whatever order the columns were added in
    return out;
}

} // namespace

QStringList catalogTables()
{
    return { QStringLiteral("accounts"), QStringLiteral("products"), QStringLiteral("sync_links"), QStringLiteral("history") };
}

QList<TableCheck> catalogChecks(Catalog& catalog, QString* error)
{
    QList<TableCheck> out;
    QSqlDatabase db = catalog.database();
    for (const QString& table : catalogTables()) {
        const QStringList columns = columnsOf(db, table);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(u','), table, keyOf(table)))) {
            *error = Text::tr("Could not read %1: %2").arg(table, q.lastError().text());
            return {};
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableCheck check { table, 0, {} };
        while (q.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                hash.addData(canonical(q.value(i)));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
            ++check.rows;
        }
        if (q.lastError().isValid()) {
            *error = Text::tr("Could not read %1: %2").arg(table, q.lastError().text());
            return {};
        }
        check.checksum = QString::fromLatin1(hash.result().toHex());
        out.append(check);
    }
    return out;
}

CatalogCopyReport copyCatalog(Catalog& from, Catalog& to)
{
    CatalogCopyReport r;
    QSqlDatabase source = from.database();
    QSqlDatabase target = to.database();
    r.source = catalogChecks(from, &r.error);
    if (!r.ok())
        return r;
    {
        QString error;
        const QList<TableCheck> before = catalogChecks(to, &error);
        if (!error.isEmpty()) {
            r.error = error;
            return r;
        }
        for (const TableCheck& t : before)
            if (t.rows > 0) {
                r.error = Text::tr("The target catalog is not empty (%1 has %n row(s)); nothing was copied. Copy into a new, "
                                   "empty catalog.", nullptr, int(t.rows)).arg(t.table);
                return r;
            }
    }
    const SqlDialect& sql = to.dialect();
    QString error;
    if (!sql.beginWrite(target, &error)) {
        r.error = Text::tr("Could not start the copy: %1").arg(error);
        return r;
    }
    auto abort = [&](const QString& why) {
        target.rollback();
        r.error = why;
        return r;
    };
    for (const QString& table : catalogTables()) {
        const QStringList columns = columnsOf(source, table);
        if (columns != columnsOf(target, table))
            return abort(Text::tr("The two catalogs differ in the columns of %1; open both with this Pricebook first.").arg(table));
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(u','), table, keyOf(table))))
            return abort(Text::tr("Could not read %1: %2").arg(table, read.lastError().text()));
        QSqlQuery write(target);
        write.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                          .arg(table, columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u',')));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec())
                return abort(Text::tr("Could not copy a row of %1: %2").arg(table, write.lastError().text()));
        }
        if (read.lastError().isValid())
            return abort(Text::tr("Could not read %1: %2").arg(table, read.lastError().text()));
    }
    if (!sql.resetCounters(target, &error) || !sql.announceChange(target, &error))
        return abort(Text::tr("Could not finish the copy: %1").arg(error));
    if (!target.commit())
        return abort(Text::tr("Could not finish the copy: %1").arg(target.lastError().text()));
    r.target = catalogChecks(to, &r.error);
    if (r.ok() && r.target != r.source)
        r.error = Text::tr("The copy does not match its source (counts or checksums differ); check the target catalog.");
    return r;
}

} // namespace pb

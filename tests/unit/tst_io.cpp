// Import and export: exact round trips, RFC 4180 CSV, and clear reports for bad files.
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "services/io/CatalogIO.h"
#include "models/ProductDocument.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

QString problems(const CatalogIO::ImportResult& r)
{
    QStringList out;
    for (const CatalogIO::Problem& p : r.problems)
        out << QStringLiteral("%1|%2|%3%4").arg(p.row).arg(p.column, p.message, p.warning ? QStringLiteral(" (warning)") : QString());
    return out.join(u'\n');
}

QList<CatalogEntry> generated(int count)
{
    pbtest::Generator gen(31);
    QList<CatalogEntry> out;
    for (int i = 0; i < count; ++i) {
        CatalogEntry e;
        e.id = Catalog::newId();
        switch (i % 4) {
        case 0: e.provider = providers::ChatDash; e.product = gen.chatDash(); break;
        case 1: e.provider = providers::Stripe; e.product = gen.stripe(); break;
        case 2: e.provider = providers::Piriod; e.product = gen.piriod(); break;
        default:
            e.provider = providers::Jani;
            e.product = pbtest::product(R"({"name":"x","product_type":"standard","description":"Line one\nLine \"two\", with, commas","custom_data":{"a":1},"image_url":"https://img.test/a.png","status":"inactive"})");
            break;
        }
        e.product.name = QStringLiteral("Product %1; “quoted”, with | pipe").arg(i);
        if (i % 7 == 0)
            e.product.images = { QStringLiteral("https://img.test/a|b.png"), QStringLiteral("https://img.test/c\\d.png") };
        if (i % 11 == 0)
            e.product.metadata = { { QStringLiteral("client ref"), QStringLiteral("A/1, \"x\"") } };
        e.accountId = i % 2 ? QStringLiteral("acc-1") : QString();
        normalize(e.product);
        out.append(e);
    }
    return out;
}

} // namespace

class TestIO : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void roundTripTenThousand_data();
    void roundTripTenThousand();
    void rfc4180_data();
    void rfc4180();
    void malformed_data();
    void malformed();
    void hugeFileRefusedBeforeReading();
    void rowsAreValidatedAndReported();
    void furtherPriceProblemNamesTheProductRow();
    void columnsCanBeMapped();
    void exportIsAtomic();
    void accountsAreMatched_data();
    void accountsAreMatched();
    void fileIsReadInPiecesWithoutSeams();
    void badBytesLateInALargeFileAreFound();
    void exportWritesTheCatalogInBatches();
    void importWritesManyAsOneByOne();
    void importWithATakenIdWritesNothing();
};

void TestIO::roundTripTenThousand_data()
{
    QTest::addColumn<bool>("csv");
    QTest::newRow("csv") << true;
    QTest::newRow("json") << false;
}

void TestIO::roundTripTenThousand()
{
    QFETCH(bool, csv);
    const QList<CatalogEntry> entries = generated(10000);
    const QHash<QString, QString> names { { QStringLiteral("acc-1"), QStringLiteral("Acme, Inc.") } };
    QElapsedTimer clock;
    clock.start();
    const QByteArray bytes = csv ? CatalogIO::toCsv(entries, names) : CatalogIO::toJson(entries, names);
    const CatalogIO::ImportResult back = csv ? CatalogIO::readCsv(bytes) : CatalogIO::readJson(bytes);
    qInfo("%s: 10,000 products, %lld bytes, export and import in %lld ms", csv ? "CSV" : "JSON", qint64(bytes.size()), clock.elapsed());
    QVERIFY2(!back.fileError, qPrintable(problems(back)));
    QCOMPARE(back.rows.size(), entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const CatalogIO::ImportedRow& row = back.rows.at(i);
        QCOMPARE(row.entry.provider, entries.at(i).provider);
        if (!(row.entry.product == entries.at(i).product))
            qWarning().noquote() << ProductDocument::toJson({ entries.at(i).product }) << ProductDocument::toJson({ row.entry.product });
        QCOMPARE(row.entry.product, entries.at(i).product);
        QCOMPARE(row.accountName, entries.at(i).accountId.isEmpty() ? QString() : QStringLiteral("Acme, Inc."));
    }
}

void TestIO::rfc4180_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("products");

    QTest::newRow("plain") << QByteArray("name,description,provider\nGold,Best,jani\n") << "Gold" << "Best" << 1;
    QTest::newRow("crlf") << QByteArray("name,description,provider\r\nGold,Best,jani\r\n") << "Gold" << "Best" << 1;
    QTest::newRow("no final newline") << QByteArray("name,description,provider\nGold,Best,jani") << "Gold" << "Best" << 1;
    QTest::newRow("quoted comma") << QByteArray("name,description,provider\n\"Gold, Inc\",\"a, b\",jani\n") << "Gold, Inc" << "a, b" << 1;
    QTest::newRow("escaped quote") << QByteArray("name,description,provider\n\"The \"\"Gold\"\" plan\",x,jani\n") << "The \"Gold\" plan" << "x" << 1;
    QTest::newRow("embedded newline") << QByteArray("name,description,provider\nGold,\"line 1\nline 2\",jani\nSilver,y,jani\n") << "Gold" << "line 1\nline 2" << 2;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFname,description,provider\nGold,Best,jani\n") << "Gold" << "Best" << 1;
    QTest::newRow("semicolons") << QByteArray("name;description;provider\nGold;a, b;jani\n") << "Gold" << "a, b" << 1;
    QTest::newRow("utf-8") << QByteArray("name,description,provider\nCafé,Crème brûlée ✓,jani\n") << "Café" << "Crème brûlée ✓" << 1;
    QTest::newRow("blank lines skipped") << QByteArray("name,description,provider\n\nGold,Best,jani\n\n") << "Gold" << "Best" << 1;
    QTest::newRow("header case and spaces") << QByteArray("Name , DESCRIPTION,Provider\nGold,Best,jani\n") << "Gold" << "Best" << 1;
}

void TestIO::rfc4180()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(int, products);
    const CatalogIO::ImportResult r = CatalogIO::readCsv(csv);
    QVERIFY2(!r.fileError, qPrintable(problems(r)));
    QCOMPARE(r.rows.size(), products);
    QCOMPARE(r.rows.first().entry.product.name, name);
    QCOMPARE(r.rows.first().entry.product.description, description);
}

void TestIO::malformed_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("unbalanced quote") << QByteArray("name,provider\nGold,jani\n\"Silver,jani\nBronze,jani\n") << 3 << "never closed";
    QTest::newRow("quote inside a field") << QByteArray("name,provider\nGo\"ld,jani\n") << 2 << "quote inside an unquoted field";
    QTest::newRow("text after closing quote") << QByteArray("name,provider\n\"Gold\"x,jani\n") << 2 << "Text after a closing quote";
    QTest::newRow("latin-1 bytes") << QByteArray("name,provider\nGold,jani\nCaf\xe9,jani\n") << 3 << "not UTF-8";
    QTest::newRow("utf-16") << QByteArray("\xff\xfen\0a\0m\0e\0", 10) << 1 << "not UTF-8";
    QTest::newRow("empty") << QByteArray() << 0 << "empty";
    QTest::newRow("no name column") << QByteArray("title,provider\nGold,jani\n") << 1 << "no “name” column";
}

void TestIO::malformed()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, row);
    QFETCH(QString, message);
    const CatalogIO::ImportResult r = CatalogIO::readCsv(csv);
    QVERIFY(r.fileError);
    QVERIFY(r.rows.isEmpty()); // nothing half-read
    QCOMPARE(r.problems.first().row, row);
    QVERIFY2(r.problems.first().message.contains(message), qPrintable(r.problems.first().message));
}

void TestIO::hugeFileRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(1024) * 1024 * 1024)); // 1 GB, sparse: nothing is written
    f.close();
    QElapsedTimer clock;
    clock.start();
    const CatalogIO::ImportResult r = CatalogIO::readFile(path);
    QVERIFY(r.fileError);
    QVERIFY2(r.problems.first().message.contains(QStringLiteral("1024 MB")), qPrintable(r.problems.first().message));
    qInfo("1 GB file refused in %lld ms", clock.elapsed());
}

void TestIO::rowsAreValidatedAndReported()
{
    const QByteArray csv =
        "product_id,provider,name,currency,billing,interval,interval_count,scheme,amount,usage_metric,included_usage,overage_amount,colour\n"
        "p1,chatdash,Starter,usd,recurring,month,1,flat,29.99,minutes,100,0.15,red\n"
        "p2,chatdash,No overage,usd,recurring,month,1,flat,29.99,minutes,100,,blue\n"
        "p3,chatdash,Too precise,usd,one_time,,,flat,29.999,,,,green\n"
        "p4,paypal,Unknown provider,usd,one_time,,,flat,1,,,,\n"
        "p5,piriod,Two plans,clp,recurring,month,1,flat,15000,,,,\n"
        "p5,piriod,,clp,recurring,year,1,flat,150000,,,,\n";
    const CatalogIO::ImportResult r = CatalogIO::readCsv(csv);
    QVERIFY(!r.fileError);
    QCOMPARE(r.rows.size(), 5);
    QCOMPARE(r.rows.at(4).entry.product.prices.size(), 2); // one product, two plans
    QCOMPARE(r.validCount(), 1);
    const QString report = problems(r);
    QVERIFY2(report.contains(QStringLiteral("1|colour|Pricebook has no column by this name")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("3|overage_amount|Overage price is required when included usage is set.")));
    QVERIFY(report.contains(QStringLiteral("4|amount|US dollar amounts have at most 2 decimal places.")));
    QVERIFY(report.contains(QStringLiteral("5|provider|“paypal” is not a provider")));
    QVERIFY(report.contains(QStringLiteral("6|unit_label|Unit label is required.")));
    QVERIFY(report.contains(QStringLiteral("6|plan_name|")) || report.contains(QStringLiteral("6|plan_name")));
    QCOMPARE(r.rows.first().entry.product.prices.first().amount, std::optional<qint64>(2999));
}

// Found by fuzzing: the product's own row must say why it is not imported when only a later
// price row of it is wrong.
void TestIO::furtherPriceProblemNamesTheProductRow()
{
    const QByteArray csv =
        "product_id,provider,name,unit_label,currency,billing,interval,interval_count,scheme,amount,plan_name,plan_description\n"
        "p1,piriod,Seats,seat,clp,recurring,month,1,flat,15000,Monthly,Monthly seats\n"
        "p1,piriod,,,clp,recurring,year,1,flat,abc,Yearly,Yearly seats\n";
    const CatalogIO::ImportResult r = CatalogIO::readCsv(csv);
    QCOMPARE(r.rows.size(), 1);
    QVERIFY(!r.rows.first().valid);
    const QString report = problems(r);
    QVERIFY2(report.contains(QStringLiteral("3|amount|")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("2||Not imported: the product's price in row 3 has problems.")), qPrintable(report));
}

void TestIO::columnsCanBeMapped()
{
    CatalogIO::ImportOptions o;
    o.mapping = { { QStringLiteral("Product Name"), QStringLiteral("name") }, { QStringLiteral("Price (EUR)"), QStringLiteral("amount") },
                  { QStringLiteral("Cur"), QStringLiteral("currency") } };
    o.defaultProvider = providers::Stripe;
    o.locale = QLocale(QLocale::German, QLocale::Germany);
    const CatalogIO::ImportResult r = CatalogIO::readCsv("Product Name;Cur;Price (EUR);billing;scheme\nGold;eur;1.234,50;one_time;flat\n", o);
    QVERIFY2(!r.fileError, qPrintable(problems(r)));
    QCOMPARE(r.rows.size(), 1);
    QVERIFY2(r.rows.first().valid, qPrintable(problems(r)));
    QCOMPARE(r.rows.first().entry.provider, providers::Stripe);
    QCOMPARE(r.rows.first().entry.product.prices.first().amount, std::optional<qint64>(123450));
}

void TestIO::exportIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY(CatalogIO::writeFile(path, "first", &error));
    QVERIFY(!CatalogIO::writeFile(dir.filePath(QStringLiteral("missing/folder/x.csv")), "second", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(pbtest::readFile(path), QByteArray("first"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("export.csv") }); // no temporary left
}

// The one matching of a file's account names against the catalog, for the window and the CLI.
void TestIO::accountsAreMatched_data()
{
    QTest::addColumn<QString>("account");      // the row's account column
    QTest::addColumn<QString>("fallback");     // the account for rows without one
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("problem");
    QTest::newRow("by name, any case") << QStringLiteral("farm co") << QString() << true << QStringLiteral("a-jani") << QString();
    QTest::newRow("by id") << QStringLiteral("a-jani") << QString() << true << QStringLiteral("a-jani") << QString();
    QTest::newRow("none named") << QString() << QString() << true << QString() << QString();
    QTest::newRow("the fallback") << QString() << QStringLiteral("Farm Co") << true << QStringLiteral("a-jani") << QString();
    QTest::newRow("unknown") << QStringLiteral("Nobody") << QString() << false << QString()
                             << QStringLiteral("There is no account named “Nobody”.");
    QTest::newRow("another provider's") << QStringLiteral("Chile") << QString() << false << QString()
                                        << QStringLiteral("“Chile” is a Piriod account; this row is for Jani.");
}

void TestIO::accountsAreMatched()
{
    QFETCH(QString, account);
    QFETCH(QString, fallback);
    QFETCH(bool, valid);
    QFETCH(QString, accountId);
    QFETCH(QString, problem);
    Account jani, piriod;
    jani.id = QStringLiteral("a-jani");
    jani.name = QStringLiteral("Farm Co");
    jani.target.provider = providers::Jani;
    piriod.id = QStringLiteral("a-piriod");
    piriod.name = QStringLiteral("Chile");
    piriod.target.provider = providers::Piriod;
    CatalogIO::ImportResult r = CatalogIO::readCsv(QStringLiteral("provider,name,product_type,account\njani,Food,standard,%1\n").arg(account).toUtf8());
    QCOMPARE(r.validCount(), 1);
    CatalogIO::resolveAccounts(r, { jani, piriod }, fallback);
    QCOMPARE(r.rows.first().valid, valid);
    QCOMPARE(r.rows.first().entry.accountId, accountId);
    QCOMPARE(problems(r), problem.isEmpty() ? QString() : QStringLiteral("2|account|") + problem);
}

// A file is read a megabyte at a time: a character of several bytes, a "\r\n", a doubled quote
// or a quoted line break cut by a chunk's end reads as if the file had been read whole.
void TestIO::fileIsReadInPiecesWithoutSeams()
{
    const QString name = QStringLiteral("é€😀 \"q\";x");
    const QByteArray row = "stripe,\"" + name.toUtf8().replace("\"", "\"\"") + "\",\"two\r\nlines\"\r\n";
    QTemporaryDir dir;
    // A first row just short of a megabyte (its last column is not one Pricebook reads), then a few of the row: each filler length puts the
    // first megabyte's end at another byte of them.
    for (int filler = 0; filler < row.size(); ++filler) {
        QByteArray bytes = "\xEF\xBB\xBFprovider,name,description,filler\r\nstripe,first,," + QByteArray((1 << 20) - 2 * row.size() + filler, 'a') + "\r\n";
        const int rows = 6;
        for (int i = 1; i < rows; ++i)
            bytes += row;
        const QString path = dir.filePath(QStringLiteral("f%1.csv").arg(filler));
        QString error;
        QVERIFY(CatalogIO::writeFile(path, bytes, &error));
        const CatalogIO::ImportResult r = CatalogIO::readFile(path);
        QVERIFY2(!r.fileError, qPrintable(problems(r)));
        QCOMPARE(r.rows.size(), rows);
        QCOMPARE(r.rows.first().entry.product.name, QStringLiteral("first"));
        for (int i = 1; i < rows; ++i) {
            QCOMPARE(r.rows.at(i).row, i + 2);
            QCOMPARE(r.rows.at(i).entry.product.name, name);
            QCOMPARE(r.rows.at(i).entry.product.description, QStringLiteral("two\r\nlines"));
        }
        // The same bytes given whole read the same.
        QCOMPARE(CatalogIO::readCsv(bytes).rows.size(), rows);
    }
}

// Bytes that are not UTF-8 far into a file are reported with their line, not as a CSV error.
void TestIO::badBytesLateInALargeFileAreFound()
{
    QByteArray bytes = "provider,name\r\n";
    int line = 1;
    while (bytes.size() < 3 * (1 << 20)) {
        bytes += "stripe,Plan ü\r\n";
        ++line;
    }
    bytes += "stripe,Bad \xC3\x28 byte\r\nstripe,\"never closed\r\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QString error;
    QVERIFY(CatalogIO::writeFile(path, bytes, &error));
    const CatalogIO::ImportResult r = CatalogIO::readFile(path);
    QVERIFY(r.fileError);
    QCOMPARE(r.rows.size(), 0);
    QCOMPARE(problems(r), QStringLiteral("%1||The file is not UTF-8 text (line %1). Save it as CSV UTF-8 and import again.").arg(line + 1));
}

// Export reads the catalog in batches and writes as it goes: the file is what toCsv makes of
// all of them at once, in the order asked for; an id the catalog no longer has writes nothing.
void TestIO::exportWritesTheCatalogInBatches()
{
    QTemporaryDir dir;
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    QList<CatalogEntry> entries = generated(1203);
    for (CatalogEntry& e : entries)
        e.accountId.clear();
    QVERIFY(catalog.saveProducts(entries));
    QStringList ids;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        ids << it->id;
    QList<CatalogEntry> reversed(entries.crbegin(), entries.crend());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const CatalogIO::ExportResult r = CatalogIO::exportProducts(catalog, ids, path);
    QCOMPARE(r.outcome, CatalogIO::ExportResult::Written);
    QCOMPARE(r.count, 1203);
    QCOMPARE(pbtest::readFile(path), CatalogIO::toCsv(reversed));
    const CatalogIO::ImportResult back = CatalogIO::readFile(path);
    QCOMPARE(back.rows.size(), 1203);
    QCOMPARE(back.rows.last().fileId, entries.first().id);

    const QByteArray before = pbtest::readFile(path);
    ids.insert(700, Catalog::newId());
    const CatalogIO::ExportResult missing = CatalogIO::exportProducts(catalog, ids, path);
    QCOMPARE(missing.outcome, CatalogIO::ExportResult::CatalogUnreadable);
    QCOMPARE(pbtest::readFile(path), before);
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.csv") }, QDir::Files), QStringList { QStringLiteral("out.csv") });
    const CatalogIO::ExportResult unwritable = CatalogIO::exportProducts(catalog, ids.mid(0, 3), dir.filePath(QStringLiteral("no/such/folder.csv")));
    QCOMPARE(unwritable.outcome, CatalogIO::ExportResult::FileUnwritable);
    QVERIFY(!unwritable.error.isEmpty());
}

// Many new products are written many to a statement; the catalog must hold what writing them
// one by one holds: the same products, versions, summaries and search index.
void TestIO::importWritesManyAsOneByOne()
{
    QTemporaryDir dir;
    Catalog many, single;
    QString error;
    QVERIFY(many.open(dir.filePath(QStringLiteral("many/catalog.sqlite")), &error));
    QVERIFY(single.open(dir.filePath(QStringLiteral("single/catalog.sqlite")), &error));
    QList<CatalogEntry> entries = generated(2017); // two full chunks and a part
    for (CatalogEntry& e : entries)
        e.accountId.clear();
    entries.insert(300, entries.at(299)); // the same new product twice in one chunk: saved once
    QList<CatalogEntry> saved = entries;
    QVERIFY2(many.saveProducts(saved), qPrintable(many.lastError()));
    for (CatalogEntry e : entries)
        QVERIFY2(single.saveProduct(e), qPrintable(single.lastError()));
    QStringList ids;
    for (const CatalogEntry& e : std::as_const(saved)) {
        QCOMPARE(e.version, qint64(1));
        QVERIFY(e.created.isValid() && e.updated.isValid());
        if (!ids.contains(e.id))
            ids << e.id;
    }
    QCOMPARE(ids.size(), 2017);
    const QList<CatalogEntry> a = many.products(ids), b = single.products(ids);
    QCOMPARE(a.size(), 2017);
    QCOMPARE(b.size(), 2017);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).id, b.at(i).id);
        QCOMPARE(a.at(i).version, b.at(i).version);
        QCOMPARE(ProductDocument::toObject(a.at(i).product), ProductDocument::toObject(b.at(i).product));
    }
    QCOMPARE(many.integrityCheck(), QStringLiteral("ok"));
    ListFilter all;
    all.sortColumn = ListFilter::Name;
    auto summaries = [&](Catalog& c, const QString& text) {
        ListFilter f = all;
        f.text = text;
        QStringList out;
        for (const CatalogRow& row : c.rows(f, 0, 100000))
            out << row.id + u' ' + row.summary;
        return out;
    };
    for (const QString& needle : { QString(), QStringLiteral("product 12"), QStringLiteral("pipe"), QStringLiteral("every 3 months"), QStringLiteral("billed") }) {
        const QStringList mine = summaries(many, needle);
        QCOMPARE(mine, summaries(single, needle));
        QVERIFY2(needle.isEmpty() || !mine.isEmpty(), qPrintable(needle + u' ' + summaries(many, QString()).mid(0, 5).join(u'\n')));
    }
    // The index stays in step with later writes of those products.
    QList<CatalogEntry> renamed = many.products(ids.mid(0, 250));
    for (CatalogEntry& e : renamed)
        e.product.name += QStringLiteral(" renamed");
    QVERIFY(many.saveProducts(renamed));
    QCOMPARE(many.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(summaries(many, QStringLiteral("renamed")).size(), 250);
}

// A new product whose id the catalog has already, in the middle of many: a conflict, and none of
// them is written.
void TestIO::importWithATakenIdWritesNothing()
{
    QTemporaryDir dir;
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
    QList<CatalogEntry> entries = generated(450);
    for (CatalogEntry& e : entries)
        e.accountId.clear();
    CatalogEntry taken = entries.at(333);
    taken.product.name = QStringLiteral("Already here");
    {
        Catalog other; // someone else's, so this connection does not know the version
        QVERIFY(other.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error));
        QVERIFY(other.saveProduct(taken));
    }
    QList<CatalogEntry> batch = entries;
    QVERIFY(!catalog.saveProducts(batch));
    QCOMPARE(catalog.conflicts().size(), 1);
    QCOMPARE(catalog.conflicts().first().mine.id, taken.id);
    QVERIFY2(catalog.lastError().contains(QStringLiteral("nothing was saved")), qPrintable(catalog.lastError()));
    QCOMPARE(catalog.count(ListFilter {}), 1);
    QCOMPARE(catalog.product(taken.id)->product.name, QStringLiteral("Already here"));
    QCOMPARE(catalog.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(batch.first().version, qint64(0)); // the caller's entries stay as they were
}

QTEST_GUILESS_MAIN(TestIO)
#include "tst_io.moc"

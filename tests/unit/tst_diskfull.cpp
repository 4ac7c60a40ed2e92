// A disk that fills up during `pricebook-cli push`: the real binary, a real catalog file, the
// sandbox on 127.0.0.1. The disk is made full for the child process alone by the kernel's file
// size limit (RLIMIT_FSIZE, with SIGXFSZ ignored, so writes past it fail as on a full disk).
// Every product not sent says why in words; nothing sent is lost or sent twice; once there is
// room again, a second push finishes the job. An import that fills the disk says so and leaves
// the catalog as it was.
#include "ProductGenerator.h"
#include "TestSupport.h"
#include "services/io/CatalogIO.h"
#include "services/providers/BuiltInProviders.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace pb;

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushOnAFullDiskSaysSoOnEachProduct();
    void importOnAFullDiskWritesNothing();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QJsonArray results;
        QString err;
    };
    // Runs pricebook-cli on the event loop (the sandbox in this process answers it); a
    // non-zero fileLimit caps every file the child writes at that many bytes.
    Run cli(const QStringList& args, qint64 fileLimit);
    Run push(const QString& dataDir, qint64 fileLimit)
    {
        return cli({ QStringLiteral("push"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json") }, fileLimit);
    }
    QString m_cli;
};

TestDiskFull::Run TestDiskFull::cli(const QStringList& args, qint64 fileLimit)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PRICEBOOK_API_KEY"));
    p.setProcessEnvironment(env);
    if (fileLimit > 0)
        p.setChildProcessModifier([fileLimit] {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing
            const rlimit limit { rlim_t(fileLimit), rlim_t(fileLimit) };
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_cli, args);
    if (!p.waitForStarted(10000) || !finished.wait(120000))
        qFatal("pricebook-cli %s did not finish", qPrintable(args.first()));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.results = QJsonDocument::fromJson(r.out).object().value(u"results").toArray();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestDiskFull::pushOnAFullDiskSaysSoOnEachProduct()
{
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString path = Database::pathInDirectory(data);
    constexpr int kProducts = 600;
    {
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.open(path, &error), qPrintable(error));
        Account stripe;
        stripe.name = QStringLiteral("Stripe local");
        stripe.target.provider = providers::Stripe;
        stripe.target.baseUrl = sandbox.baseUrl();
        stripe.sandbox = true;
        QVERIFY(catalog.saveAccount(stripe));
        pbtest::Generator gen(2323);
        QList<CatalogEntry> entries;
        for (int i = 0; i < kProducts; ++i) {
            CatalogEntry e;
            e.provider = providers::Stripe;
            e.accountId = stripe.id;
            e.product = gen.stripe();
            // Long descriptions make each recorded submission large, so the disk fills part-way.
            e.product.name = QStringLiteral("Full disk %1").arg(i);
            e.product.description = QString(400, QChar(u'a' + i % 26));
            entries.append(e);
        }
        QVERIFY(catalog.saveProducts(entries));
    }
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    // Room for a part of the push only.
    const Run first = push(data, size + 256 * 1024);
    QVERIFY2(first.exitCode != -1, qPrintable(first.err)); // no crash
    QVERIFY2(first.exitCode != 0, qPrintable(first.err));  // not reported as a success
    QCOMPARE(first.results.size(), kProducts);            // every product in the report
    int created = 0, refused = 0;
    for (const QJsonValue& v : first.results) {
        const QJsonObject line = v.toObject();
        const QString outcome = line.value(u"outcome").toString();
        const QString message = line.value(u"message").toString();
        if (outcome == u"created" && message.isEmpty()) {
            ++created;
            continue;
        }
        ++refused;
        // In words, on each product: the disk is full.
        QVERIFY2(message.contains(QStringLiteral("full")), qPrintable(outcome + QStringLiteral(": ") + message));
        QVERIFY2(!outcome.isEmpty() && outcome != u"cancelled", qPrintable(outcome + QStringLiteral(": ") + message));
    }
    QVERIFY2(refused > 0, "the file size limit never filled the disk: raise the products' size");
    QVERIFY2(created > 0, "nothing was sent before the disk filled: lower the products' size");
    const qint64 sentBefore = sandbox.stats().created.value(QStringLiteral("stripe"));
    qInfo("disk full after %d of %d products (%lld created on the sandbox)", created, kProducts, sentBefore);

    // Room again: the second push sends the rest once, and resumes those in flight with their keys.
    const Run second = push(data, 0);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), qint64(kProducts));
    QCOMPARE(sandbox.stats().duplicateNames, qint64(0));
    Catalog after;
    QString error;
    QVERIFY2(after.open(path, &error), qPrintable(error));
    QCOMPARE(after.integrityCheck(), QStringLiteral("ok"));
}

// Thousands of new products, written many to a statement and indexed at the end: a disk that
// fills part-way through is named in the message, and the catalog keeps what it held.
void TestDiskFull::importOnAFullDiskWritesNothing()
{
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    QTemporaryDir dir;
    constexpr int kProducts = 3000;
    const QString csv = dir.filePath(QStringLiteral("products.csv"));
    {
        Catalog source;
        QString error;
        QVERIFY2(source.open(Database::pathInDirectory(dir.filePath(QStringLiteral("source"))), &error), qPrintable(error));
        pbtest::Generator gen(77);
        QList<CatalogEntry> entries;
        for (int i = 0; i < kProducts; ++i) {
            CatalogEntry e;
            e.provider = providers::Stripe;
            e.product = gen.stripe();
            e.product.name = QStringLiteral("Imported %1").arg(i);
            e.product.description = QString(6000, QChar(u'a' + i % 26)); // more than the 16 MB page cache: written mid-import
            entries.append(e);
        }
        QVERIFY(source.saveProducts(entries));
        QStringList ids;
        for (const CatalogEntry& e : std::as_const(entries))
            ids << e.id;
        QCOMPARE(CatalogIO::exportProducts(source, ids, csv).outcome, CatalogIO::ExportResult::Written);
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString path = Database::pathInDirectory(data);
    {
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.open(path, &error), qPrintable(error));
        CatalogEntry kept;
        kept.provider = providers::Jani;
        kept.product = pbtest::product(R"({"name":"Kept","product_type":"standard"})");
        QVERIFY(catalog.saveProduct(kept));
    }
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    const QStringList import { QStringLiteral("import"), csv, QStringLiteral("--data-dir"), data };

    // Room for a part of the import only.
    const Run full = cli(import, size + 256 * 1024);
    QVERIFY2(full.exitCode > 0, qPrintable(full.err)); // no crash, not a success
    QVERIFY2(full.err.contains(QStringLiteral("full")), qPrintable(full.err));
    qInfo("import on a full disk: %s", qPrintable(full.err.trimmed()));
    {
        Catalog after;
        QString error;
        QVERIFY2(after.open(path, &error), qPrintable(error));
        QCOMPARE(after.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(after.count(ListFilter {}), 1);
        ListFilter search;
        search.text = QStringLiteral("Imported");
        QCOMPARE(after.count(search), 0);
    }

    // Room again: the same import writes every product, and the search index finds them.
    const Run second = cli(import, 0);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    Catalog after;
    QString error;
    QVERIFY2(after.open(path, &error), qPrintable(error));
    QCOMPARE(after.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(after.count(ListFilter {}), kProducts + 1);
    ListFilter search;
    search.text = QStringLiteral("Imported 29");
    QCOMPARE(after.count(search), 111); // 29, 290-299 and 2900-2999
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"

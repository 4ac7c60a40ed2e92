// A disk that fills up during `pricebook-cli push`: the real binary, a real catalog file, the
// sandbox on 127.0.0.1. The disk is made full for the child process alone by the kernel's file
// size limit (RLIMIT_FSIZE, with SIGXFSZ ignored, so writes past it fail as on a full disk).
// Every product not sent says why in words; nothing sent is lost or sent twice; once there is
// room again, a second push finishes the job.
#include "ProductGenerator.h"
#include "TestSupport.h"
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

private:
    struct Run {
        int exitCode = -1;
        QJsonArray results;
        QString err;
    };
    // Runs `push --json` on the event loop (the sandbox in this process answers it); a
    // non-zero fileLimit caps every file the child writes at that many bytes.
    Run push(const QString& dataDir, qint64 fileLimit);
    QString m_cli;
};

TestDiskFull::Run TestDiskFull::push(const QString& dataDir, qint64 fileLimit)
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
    p.start(m_cli, { QStringLiteral("push"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json") });
    if (!p.waitForStarted(10000) || !finished.wait(120000))
        qFatal("pricebook-cli push did not finish");
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.results = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"results").toArray();
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

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"

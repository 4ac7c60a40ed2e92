// Crash safety: a child process writing products is killed with SIGKILL at random instants.
// After each kill the catalog opens, passes PRAGMA integrity_check, holds every product the
// child reported committed (at that version or later), and no product is half written.
// PRICEBOOK_CRASH_TRIALS sets the number of trials (default 8; scripts/setup.sh long runs 200).
#include "TestSupport.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomInstants();
};

void TestCrash::killedAtRandomInstants()
{
    const QString writer = qEnvironmentVariable("PRICEBOOK_CRASH_WRITER");
    QVERIFY2(QFile::exists(writer), "PRICEBOOK_CRASH_WRITER must name the crash writer");
    const int trials = qEnvironmentVariableIsSet("PRICEBOOK_CRASH_TRIALS") ? qEnvironmentVariableIntValue("PRICEBOOK_CRASH_TRIALS") : 8;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QRandomGenerator rng(20261121);
    qint64 totalCommitted = 0;
    for (int trial = 0; trial < trials; ++trial) {
        QProcess child;
        child.start(writer, { path, QString::number(trial + 1) });
        QVERIFY(child.waitForStarted(10000));
        // Let it write for a random while, then kill it without warning.
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(rng.bounded(20, 400)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QHash<QString, qint64> committed;
        for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed")
                committed.insert(QString::fromLatin1(parts.at(1)), qMax(committed.value(QString::fromLatin1(parts.at(1))), parts.at(2).toLongLong()));
        }
        QVERIFY2(!committed.isEmpty(), qPrintable(QString::fromUtf8(child.readAllStandardError())));
        totalCommitted += committed.size();

        Catalog c;
        QString error;
        QVERIFY2(c.open(path, &error), qPrintable(error));
        QCOMPARE(c.integrityCheck(), QStringLiteral("ok"));
        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().last()));
        for (auto it = committed.constBegin(); it != committed.constEnd(); ++it) {
            const auto e = c.product(it.key());
            QVERIFY2(e, qPrintable(QStringLiteral("trial %1: committed product %2 is missing").arg(trial).arg(it.key())));
            QVERIFY(e->version >= it.value());
        }
        // Nothing half written: every stored product reads back whole and has its prices.
        QVERIFY(q.exec(QStringLiteral("SELECT id, document FROM products")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const DocumentReadResult doc = ProductDocument::fromJson(q.value(1).toByteArray());
            QVERIFY2(doc.ok() && doc.products.size() == 1, qPrintable(q.value(0).toString()));
            QVERIFY(!doc.products.first().name.isEmpty());
            QVERIFY(!doc.products.first().prices.isEmpty());
        }
        QVERIFY(rows >= committed.size());
    }
    qInfo("%d SIGKILL trials, %lld commits reported and found, integrity_check ok every time", trials, totalCommitted);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

// A catalog several people share: copying a catalog between engines (pricebook-cli catalog copy),
// a stale edit from the CLI refused with exit 6, the conflict dialog's per-field choice, and
// changes by another connection reaching an open CatalogStore. Runs on SQLite files and, through
// tests/run-with-postgres.sh, with the team catalog on PostgreSQL.
#include "CatalogEngines.h"
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/storage/Catalog.h"
#include "services/storage/CatalogCopy.h"
#include "services/storage/CatalogStore.h"
#include "ui/ConflictDialog.h"
#include "ui/TeamCatalogDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTextStream>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pb;

namespace {

CatalogEntry entry(const QString& name, const QString& account = {})
{
    CatalogEntry e;
    e.provider = providers::Stripe;
    e.accountId = account;
    e.product = pbtest::product(R"({"name":"x","description":"d","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":2999}]})");
    e.product.name = name;
    return e;
}

// One writer process (this executable with PRICEBOOK_TEAM_WRITER=N): `edits` edits, each adding
// its own mark "N:i;" to the description of one of the products, read fresh and saved over the
// version read; a conflict means someone else saved first, so it reads again and retries.
int runWriter(const QString& where, int writer, int edits)
{
    Catalog c;
    QString error;
    if (!c.open(where, &error)) {
        qWarning("writer %d: %s", writer, qPrintable(error));
        return 1;
    }
    QStringList ids;
    for (const CatalogRow& r : c.rows(ListFilter {}, 0, 1000))
        ids << r.id;
    ids.sort();
    int conflicts = 0;
    int busy = 0;
    for (int i = 0; i < edits; ++i) {
        const QString id = ids.at((writer * 7 + i) % ids.size());
        for (int attempt = 0;; ++attempt) {
            auto e = c.product(id);
            if (!e || attempt > 10000) {
                qWarning("writer %d: product %s unreadable: %s", writer, qPrintable(id), qPrintable(c.lastError()));
                return 1;
            }
            e->product.description += QStringLiteral("%1:%2;").arg(writer).arg(i);
            if (c.saveProduct(*e))
                break;
            if (c.conflicts().isEmpty()) {
                // A SQLite file busy past its timeout with eight writers: tried again, as the
                // window's store does; anything else ends the writer.
                if (!c.lastError().contains(QStringLiteral("locked")) || ++busy > 200) {
                    qWarning("writer %d: %s", writer, qPrintable(c.lastError()));
                    return 1;
                }
                continue;
            }
            ++conflicts;
        }
    }
    QTextStream(stdout) << conflicts << '\n';
    return 0;
}

JobResult succeeded(const QString& id)
{
    JobResult r;
    r.status = JobStatus::Succeeded;
    r.object.id = id;
    r.httpStatus = 200;
    return r;
}

struct Run {
    int code = -1;
    QByteArray out, err;
};

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyBetweenEngines();
    void copyRefusesANonEmptyTarget();
    void staleCliEditIsRefused();
    void conflictDialogChoosesPerField();
    void conflictDialogForADeletedProduct();
    void changesElsewhereReachAnOpenStore();
    void teamCatalogDialogChecksTheAddress();
    void concurrentWritersLoseNoEdit();
    void serverKilledDuringSavesLosesNothing(); // last: it restarts the server

private:
    Run cli(const QStringList& args);
    QString m_cli;
    QTemporaryDir m_dir;
};

void TestTeam::initTestCase()
{
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
}

Run TestTeam::cli(const QStringList& args)
{
    QProcess p;
    p.start(m_cli, args);
    if (!p.waitForFinished(60000))
        qFatal("pricebook-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError() };
}

// A SQLite catalog with every table filled, into the team catalog and back into a new file:
// the rows, versions, ids and history come through, and the checksums agree on all three.
void TestTeam::copyBetweenEngines()
{
    const QString original = m_dir.filePath(QStringLiteral("original.sqlite"));
    QList<TableCheck> before;
    QString productId;
    {
        Catalog c;
        QString error;
        QVERIFY2(c.open(original, &error), qPrintable(error));
        Account a;
        a.name = QStringLiteral("Acme");
        a.target.provider = providers::Stripe;
        QVERIFY(c.saveAccount(a));
        for (int i = 0; i < 25; ++i) {
            CatalogEntry e = entry(QStringLiteral("Plan %1 “ü”").arg(i), i % 2 ? a.id : QString());
            QVERIFY(c.saveProduct(e));
            if (i % 3 == 0) {
                e.product.description = QStringLiteral("edited");
                QVERIFY(c.saveProduct(e)); // version 2
            }
            if (i % 2)
                QVERIFY(c.recordResult(e.id, a.id, JobKind::CreateProduct, succeeded(QStringLiteral("prod_%1").arg(i)), e.version, &e.product));
            productId = e.id;
        }
        before = catalogChecks(c, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QString team = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("team.sqlite")));
    const Run in = cli({ QStringLiteral("catalog"), QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), team,
                         QStringLiteral("--json") });
    QVERIFY2(in.code == 0, in.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(in.out).object();
    QVERIFY(report.value(u"ok").toBool());
    QCOMPARE(report.value(u"tables").toArray().size(), 4);
    for (const QJsonValue& v : report.value(u"tables").toArray()) {
        const QJsonObject t = v.toObject();
        QCOMPARE(t.value(u"copied_checksum").toString(), t.value(u"checksum").toString());
        QCOMPARE(t.value(u"copied_rows").toInt(), t.value(u"rows").toInt());
    }
    QVERIFY(!in.out.contains("password"));
    {
        Catalog c;
        QString error;
        QVERIFY2(c.open(team, &error), qPrintable(error));
        QCOMPARE(catalogChecks(c, &error), before);
        QCOMPARE(c.productCount(), 25);
        QCOMPARE(c.product(productId)->product.name, QStringLiteral("Plan 24 “ü”"));
        // The history's counter goes on after the copied rows.
        const int historyBefore = int(c.history(productId).size());
        const auto accounts = c.accounts();
        QVERIFY(c.recordResult(productId, accounts.first().id, JobKind::UpdateProduct, succeeded(QStringLiteral("prod_x")), 1));
        QCOMPARE(c.history(productId).size(), historyBefore + 1);
    }
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const Run out = cli({ QStringLiteral("catalog"), QStringLiteral("copy"), QStringLiteral("--from"), team, QStringLiteral("--to"), back });
    QVERIFY2(out.code == 0, out.err.constData());
    QVERIFY(out.out.contains("on both sides"));
    Catalog c;
    QString error;
    QVERIFY(c.open(back, &error));
    QCOMPARE(c.productCount(), 25);
    const auto checks = catalogChecks(c, &error);
    QCOMPARE(checks.at(0), before.at(0)); // accounts and products exactly as they were
    QCOMPARE(checks.at(1), before.at(1));
    QCOMPARE(checks.at(3).rows, before.at(3).rows + 1); // and the history with the row added on the team catalog
}

void TestTeam::copyRefusesANonEmptyTarget()
{
    const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("busy.sqlite")));
    QList<TableCheck> targetBefore;
    {
        Catalog s, t;
        QString error;
        QVERIFY(s.open(source, &error));
        QVERIFY2(t.open(target, &error), qPrintable(error));
        CatalogEntry a = entry(QStringLiteral("Source"));
        CatalogEntry b = entry(QStringLiteral("Already there"));
        QVERIFY(s.saveProduct(a));
        QVERIFY(t.saveProduct(b));
        targetBefore = catalogChecks(t, &error);
    }
    const Run r = cli({ QStringLiteral("catalog"), QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), target });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not empty"), r.err.constData());
    Catalog t;
    QString error;
    QVERIFY(t.open(target, &error));
    QCOMPARE(catalogChecks(t, &error), targetBefore);
    const Run bad = cli({ QStringLiteral("catalog"), QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"),
                          QStringLiteral("postgresql://dana@db.agency.example/team") });
    QCOMPARE(bad.code, 64);
    QVERIFY2(bad.err.contains("sslmode=verify-full"), bad.err.constData());
}

void TestTeam::staleCliEditIsRefused()
{
    const QString where = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("edit.sqlite")));
    CatalogEntry e = entry(QStringLiteral("Gold"));
    {
        Catalog c;
        QString error;
        QVERIFY2(c.open(where, &error), qPrintable(error));
        QVERIFY(c.saveProduct(e));
    }
    const Run first = cli({ QStringLiteral("edit"), e.id, QStringLiteral("--catalog"), where, QStringLiteral("--name"), QStringLiteral("Gold (Robin)"),
                            QStringLiteral("--expect-version"), QStringLiteral("1"), QStringLiteral("--json") });
    QVERIFY2(first.code == 0, first.err.constData());
    QCOMPARE(QJsonDocument::fromJson(first.out).object().value(u"version").toInt(), 2);
    const Run stale = cli({ QStringLiteral("edit"), e.id, QStringLiteral("--catalog"), where, QStringLiteral("--name"), QStringLiteral("Gold (mine)"),
                            QStringLiteral("--expect-version"), QStringLiteral("1") });
    QCOMPARE(stale.code, 6);
    QVERIFY2(stale.err.contains("was changed by") && stale.err.contains("nothing was saved"), stale.err.constData());
    Catalog c;
    QString error;
    QVERIFY(c.open(where, &error));
    QCOMPARE(c.product(e.id)->product.name, QStringLiteral("Gold (Robin)"));
    QCOMPARE(c.product(e.id)->version, 2);
}

void TestTeam::conflictDialogChoosesPerField()
{
    SaveConflict conflict;
    conflict.mine = entry(QStringLiteral("Gold (mine)"));
    conflict.mine.id = QStringLiteral("p1");
    conflict.mine.version = 1;
    conflict.mine.product.description = QStringLiteral("my description");
    CatalogEntry theirs = conflict.mine;
    theirs.version = 2;
    theirs.updatedBy = QStringLiteral("Robin");
    theirs.product.name = QStringLiteral("Gold (Robin)");
    theirs.product.description = QStringLiteral("their description");
    theirs.product.status = QStringLiteral("archived");
    conflict.theirs = theirs;
    ConflictDialog dialog(conflict);
    QCOMPARE(dialog.fields(), (QStringList { QStringLiteral("description"), QStringLiteral("name"), QStringLiteral("status") }));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Gold (mine)"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Gold (Robin)"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("conflictIntroLabel"))->text().contains(QStringLiteral("Robin")));
    // Mine for the name (the default), theirs for the description, chosen in the row's box.
    auto* description = dialog.findChild<QComboBox*>(QStringLiteral("keepComboBox_description"));
    QVERIFY(description);
    description->setCurrentIndex(1);
    dialog.keepMine(QStringLiteral("status"), false);
    const auto merged = dialog.resolved();
    QVERIFY(merged);
    QCOMPARE(merged->version, 2); // saved over theirs, not over the stale version
    QCOMPARE(merged->product.name, QStringLiteral("Gold (mine)"));
    QCOMPARE(merged->product.description, QStringLiteral("their description"));
    QCOMPARE(merged->product.status, QStringLiteral("archived"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepAllTheirsButton")), Qt::LeftButton);
    QCOMPARE(dialog.resolved()->product, theirs.product);

    // Saved as chosen, it goes through on the catalog.
    const QString where = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("dialog.sqlite")));
    Catalog mine, other;
    QString error;
    QVERIFY2(mine.open(where, &error), qPrintable(error));
    QVERIFY(other.open(where, &error));
    CatalogEntry e = entry(QStringLiteral("Gold"));
    QVERIFY(mine.saveProduct(e));
    CatalogEntry o = *other.product(e.id);
    o.product.description = QStringLiteral("theirs");
    QVERIFY(other.saveProduct(o));
    e.product.name = QStringLiteral("Gold 2");
    QVERIFY(!mine.saveProduct(e));
    ConflictDialog live(mine.conflicts().first());
    QCOMPARE(live.fields(), (QStringList { QStringLiteral("description"), QStringLiteral("name") }));
    live.keepMine(QStringLiteral("description"), false);
    CatalogEntry chosen = *live.resolved();
    QVERIFY2(mine.saveProduct(chosen), qPrintable(mine.lastError()));
    QCOMPARE(other.product(e.id)->product.name, QStringLiteral("Gold 2"));
    QCOMPARE(other.product(e.id)->product.description, QStringLiteral("theirs"));
    QCOMPARE(other.product(e.id)->version, 3);
}

void TestTeam::conflictDialogForADeletedProduct()
{
    SaveConflict conflict;
    conflict.mine = entry(QStringLiteral("Gone"));
    conflict.mine.id = QStringLiteral("p2");
    conflict.mine.version = 4;
    ConflictDialog dialog(conflict);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("conflictIntroLabel"))->text().contains(QStringLiteral("deleted")));
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("deletedChoiceComboBox"));
    QVERIFY(choice);
    QCOMPARE(dialog.resolved()->version, 0); // saved again as new, under its id
    QCOMPARE(dialog.resolved()->product.name, QStringLiteral("Gone"));
    choice->setCurrentIndex(1);
    QVERIFY(!dialog.resolved());
}

void TestTeam::changesElsewhereReachAnOpenStore()
{
    if (!pbtest::onPostgres())
        QSKIP("SQLite's change polling (PRAGMA data_version) is not on this branch; on PostgreSQL it is LISTEN/NOTIFY");
    const QString where = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("live.sqlite")));
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(where);
    QVERIFY(opened.wait(5000));
    QVERIFY(opened.first().first().toBool());
    store.waitForIdle();
    QSignalSpy changed(&store, &CatalogStore::changedElsewhere);
    // This store's own saves are no news to it.
    CatalogEntry own = entry(QStringLiteral("Own"));
    own.id = Catalog::newId();
    store.scheduleSave(own);
    store.flush();
    QTest::qWait(600);
    QCOMPARE(changed.size(), 0);
    Catalog other;
    QString error;
    QVERIFY2(other.open(where, &error), qPrintable(error));
    for (int trial = 0; trial < 5; ++trial) {
        changed.clear();
        QElapsedTimer clock;
        clock.start();
        CatalogEntry e = entry(QStringLiteral("Theirs %1").arg(trial));
        QVERIFY(other.saveProduct(e));
        QVERIFY(changed.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }
}

void TestTeam::teamCatalogDialogChecksTheAddress()
{
    TeamCatalogDialog dialog { QString(), QString() };
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("catalogLocationLineEdit"));
    auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("catalogProblemLabel"));
    QVERIFY(address && connectButton && problem);
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(address, QStringLiteral("postgresql://dana@db.agency.example/team"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("sslmode=verify-full")), qPrintable(problem->text()));
    QTest::keyClicks(address, QStringLiteral("?sslmode=verify-full"));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(problem->text().isEmpty());
    address->setText(QStringLiteral("postgresql://dana:hunter2@localhost/team"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(!problem->text().contains(QStringLiteral("hunter2")));
    address->setText(m_dir.filePath(QStringLiteral("plain.sqlite")));
    QVERIFY(!connectButton->isEnabled()); // a file is not a team catalog
    TeamCatalogDialog::remember(QStringLiteral("postgresql://dana@/team?host=/run/postgresql"), QStringLiteral("Dana"));
    QCOMPARE(TeamCatalogDialog::rememberedLocation(), QStringLiteral("postgresql://dana@/team?host=/run/postgresql"));
    QCOMPARE(TeamCatalogDialog::rememberedAuthor(), QStringLiteral("Dana"));
}

// 8 processes × PRICEBOOK_TEAM_EDITS edits (default 250; 1,000 on PostgreSQL) on 20 shared
// products at once: every edit is in the catalog afterwards, exactly once, and each product's
// version is its number of saves (one create plus one per edit): no save overwrote another.
void TestTeam::concurrentWritersLoseNoEdit()
{
    const int writers = 8;
    const int edits = qEnvironmentVariableIsSet("PRICEBOOK_TEAM_EDITS") ? qEnvironmentVariableIntValue("PRICEBOOK_TEAM_EDITS") : 250;
    const QString where = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("writers.sqlite")));
    {
        Catalog c;
        QString error;
        QVERIFY2(c.open(where, &error), qPrintable(error));
        for (int i = 0; i < 20; ++i) {
            CatalogEntry e = entry(QStringLiteral("Shared %1").arg(i));
            e.product.description.clear();
            QVERIFY(c.saveProduct(e));
        }
    }
    QElapsedTimer clock;
    clock.start();
    QList<QProcess*> processes;
    for (int w = 0; w < writers; ++w) {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRICEBOOK_TEAM_WRITER"), QString::number(w));
        env.insert(QStringLiteral("PRICEBOOK_TEAM_WRITER_CATALOG"), where);
        env.insert(QStringLiteral("PRICEBOOK_TEAM_EDITS"), QString::number(edits));
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(p->waitForStarted(10000));
        processes << p;
    }
    int conflicts = 0;
    for (QProcess* p : std::as_const(processes)) {
        QVERIFY(p->waitForFinished(600000));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, p->readAllStandardError().constData());
        conflicts += p->readAllStandardOutput().trimmed().toInt();
    }
    const qint64 ms = clock.elapsed();
    Catalog c;
    QString error;
    QVERIFY(c.open(where, &error));
    QSet<QString> marks;
    qint64 saves = 0;
    for (const CatalogRow& r : c.rows(ListFilter {}, 0, 1000)) {
        const auto e = c.product(r.id);
        const QStringList own = e->product.description.split(u';', Qt::SkipEmptyParts);
        for (const QString& mark : own)
            QVERIFY2(!marks.contains(mark), qPrintable(QStringLiteral("edit %1 saved twice").arg(mark)));
        marks.unite(QSet<QString>(own.cbegin(), own.cend()));
        QCOMPARE(e->version, qint64(own.size()) + 1);
        saves += e->version;
    }
    QCOMPARE(marks.size(), writers * edits);
    QCOMPARE(saves, qint64(writers * edits + 20));
    qInfo("%d writers x %d edits on %s: %lld ms, %d conflicts retried, all %d edits present", writers, edits,
          c.isServer() ? "PostgreSQL" : "SQLite", ms, conflicts, int(marks.size()));
}

// The server killed with SIGKILL (the postmaster and its backends) while edits are being saved:
// the store says the catalog cannot be reached and keeps the edits; with the server back, the
// next save reconnects and writes them; what was committed before is all there.
void TestTeam::serverKilledDuringSavesLosesNothing()
{
    if (!pbtest::onPostgres())
        QSKIP("about a catalog server going away");
    const QString where = pbtest::catalogLocation(m_dir.filePath(QStringLiteral("killed.sqlite")));
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(where);
    QVERIFY(opened.wait(5000));
    QVERIFY(opened.first().first().toBool());
    QSignalSpy saved(&store, &CatalogStore::productsSaved);
    QSignalSpy failed(&store, &CatalogStore::saveFailed);
    QList<CatalogEntry> committed;
    for (int i = 0; i < 20; ++i) {
        CatalogEntry e = entry(QStringLiteral("Committed %1").arg(i));
        e.id = Catalog::newId();
        committed << e;
        store.scheduleSave(e);
    }
    store.flush();
    QTRY_COMPARE(saved.size(), 1);

    QFile pidFile(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_DATA") + QStringLiteral("/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    QVERIFY(postmaster > 0);
    // Its backends first (children of that pid), then the postmaster itself: a power cut for the server.
    QDir proc(QStringLiteral("/proc"));
    for (const QString& entryName : proc.entryList(QDir::Dirs)) {
        QFile stat(proc.filePath(entryName) + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            ::kill(pid_t(entryName.toLongLong()), SIGKILL);
    }
    QVERIFY(::kill(pid_t(postmaster), SIGKILL) == 0);
    QTRY_VERIFY(::kill(pid_t(postmaster), 0) != 0);

    CatalogEntry edit = committed.first();
    edit.product.name = QStringLiteral("Edited while the server was down");
    store.scheduleSave(edit);
    store.flush();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QVERIFY2(!failed.first().first().toString().isEmpty(), "the failure says why");
    QVERIFY(store.hasPendingSaves()); // the edit is kept

    QCOMPARE(QProcess::execute(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_RESTART"), {}), 0);
    saved.clear();
    QElapsedTimer clock;
    clock.start();
    while (saved.isEmpty() && clock.elapsed() < 30000) { // as the window retries
        store.flush();
        QTest::qWait(500);
    }
    QVERIFY2(saved.size() == 1, qPrintable(failed.isEmpty() ? QString() : failed.last().first().toString()));
    QVERIFY(!store.hasPendingSaves());
    Catalog c;
    QString error;
    QVERIFY2(c.open(where, &error), qPrintable(error));
    QCOMPARE(c.productCount(), committed.size());
    QCOMPARE(c.product(edit.id)->product.name, QStringLiteral("Edited while the server was down"));
    QCOMPARE(c.product(edit.id)->version, 2);
    for (const CatalogEntry& e : std::as_const(committed).mid(1))
        QCOMPARE(c.product(e.id)->product.name, e.product.name);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("PRICEBOOK_TEAM_WRITER")) {
        QCoreApplication app(argc, argv);
        return runWriter(qEnvironmentVariable("PRICEBOOK_TEAM_WRITER_CATALOG"), qEnvironmentVariableIntValue("PRICEBOOK_TEAM_WRITER"),
                         qEnvironmentVariableIntValue("PRICEBOOK_TEAM_EDITS"));
    }
    QApplication app(argc, argv);
    TestTeam test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_team.moc"

// A catalog written by an older Pricebook (format 8, before the search index) opened by the main
// window: the index is built on the catalog's worker while the window stays responsive and says
// that it is updating the catalog and how far it is; closing or killing Pricebook during the
// update leaves the catalog as it was, and it opens (and is updated) the next time.
#include "GuiFixture.h"
#include "services/storage/Database.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <csignal>

using namespace pb;

namespace {

// Products "Plan 0" to "Plan count-1" in a catalog of format 8, written as a Pricebook of that
// format wrote them (its search text lowered, no index of it).
void writeFormat8Catalog(const QString& path, int count)
{
    QString error;
    {
        QSqlDatabase db = Database::open(path, QStringLiteral("format8"), &error, 8);
        if (!db.isValid())
            qFatal("%s", qPrintable(error));
        QSqlQuery q(db);
        if (!db.transaction()
            || !q.exec(QStringLiteral(
                           "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1)"
                           " INSERT INTO products(id, provider, name, status, summary, document, created_at, updated_at, search)"
                           " SELECT 'old-' || i, 'stripe', 'Plan ' || i, 'active', 'US$' || (i % 97) || '.00 per month', '{}',"
                           " '2025-01-01T00:00:00.000Z', printf('2025-01-02T00:00:00.%06dZ', i),"
                           " 'plan ' || i || ' us$' || (i % 97) || '.00 per month' FROM n")
                           .arg(count))
            || !db.commit())
            qFatal("writing the format 8 catalog: %s", qPrintable(q.lastError().text()));
    }
    Database::close(QStringLiteral("format8"));
}

// The format and product count of the file as it is on disk, read without updating it.
std::pair<int, int> formatAndCount(const QString& path)
{
    std::pair<int, int> out { -1, -1 };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                out.first = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT count(*) FROM products")) && q.next())
                out.second = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

// How many of Plan 0 .. Plan count-1 hold "plan 12" (Plan 12, Plan 120..129, Plan 1200..1299, ...).
int expectedPlan12Matches(int count)
{
    int n = 0;
    for (int i = 0; i < count; ++i)
        n += QStringLiteral("plan %1 ").arg(i).contains(QLatin1String("plan 12"));
    return n;
}

// Opened the way Pricebook opens it, then searched through the index: every product there, the
// index the same as the products, and a search finding what a substring search finds.
void checkOpensUpdated(const QString& path, int count)
{
    Catalog c;
    QString error;
    QVERIFY2(c.open(path, &error), qPrintable(error));
    QCOMPARE(Database::version(c.database()), Database::kLatestVersion);
    QCOMPARE(c.productCount(), count);
    QCOMPARE(c.integrityCheck(), QStringLiteral("ok"));
    ListFilter f;
    f.text = QStringLiteral("Plan 12");
    QCOMPARE(c.count(f), expectedPlan12Matches(count));
}

// The child process of killDuringTheUpdateLeavesACatalogThatOpens: opens the catalog through a
// CatalogStore as the window does and says each step of the update on stdout as it is told.
int runUpdatingChild(const QString& path)
{
    CatalogStore store;
    QTextStream out(stdout);
    QObject::connect(&store, &CatalogStore::upgrading, [&out](int, qint64 done, qint64 total) {
        out << "upgrading " << done << ' ' << total << Qt::endl;
    });
    QObject::connect(&store, &CatalogStore::opened, [&out](bool ok, const QString& error) {
        out << (ok ? "opened" : "failed ") << error << Qt::endl;
        QCoreApplication::quit();
    });
    store.open(path);
    return QCoreApplication::exec();
}

constexpr int kProducts = 100000;

} // namespace

class TestGuiUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSaysItIsUpdatingAndStaysResponsive();
    void closingDuringTheUpdateLeavesTheCatalogAsItWas();
    void killDuringTheUpdateLeavesACatalogThatOpens();
};

void TestGuiUpgrade::windowSaysItIsUpdatingAndStaysResponsive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    writeFormat8Catalog(path, kProducts);

    // As Pricebook starts: the window first, then the catalog opened on the store's worker.
    QNetworkAccessManager network;
    CatalogStore store;
    SecretStore secrets;
    pbtest::ScriptedPrompts prompts;
    MainWindow window(&store, &secrets, &network, &prompts);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* label = window.findChild<QLabel*>(QStringLiteral("catalogUpgradeLabel"));
    auto* bar = window.findChild<QProgressBar*>(QStringLiteral("catalogUpgradeProgressBar"));
    auto* table = window.findChild<QAbstractItemView*>(QStringLiteral("catalogTableView"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(label && bar && table && search);
    QVERIFY(!label->isVisible());

    // The GUI thread's longest gap between two ticks of a 10 ms timer, from the open until the
    // catalog is open (what the window does with the opened catalog is not the update's).
    QSignalSpy upgrading(&store, &CatalogStore::upgrading);
    QSignalSpy opened(&store, &CatalogStore::opened);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        if (opened.isEmpty())
            longestGap = std::max(longestGap, gap);
    });
    sinceTick.start();
    ticker.start();
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    store.open(path);

    // Typed into the search field while the catalog is being updated: taken at once, and the
    // search runs on the updated catalog.
    QTRY_VERIFY_WITH_TIMEOUT(upgrading.size() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 2000);
    QVERIFY2(label->text().contains(QLatin1String("Updating the catalog")), qPrintable(label->text()));
    // Once counted, how many products and how far.
    QTRY_VERIFY_WITH_TIMEOUT(upgrading.size() > 1, 20000);
    QTRY_VERIFY2(label->text().contains(QLocale().toString(kProducts)), qPrintable(label->text()));
    QVERIFY(bar->isVisible());
    QTest::keyClicks(search, QStringLiteral("Plan 12"));
    QCOMPARE(search->text(), QStringLiteral("Plan 12"));

    QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 120000);
    ticker.stop();
    QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
    // The update said it was counting, then how far it was, from 0 to every product, in order.
    QVERIFY(upgrading.size() >= 3);
    QCOMPARE(upgrading.first().at(0).toInt(), Database::kLatestVersion);
    QCOMPARE(upgrading.first().at(1).toLongLong(), 0);
    QCOMPARE(upgrading.first().at(2).toLongLong(), 0);
    QCOMPARE(upgrading.at(1).at(1).toLongLong(), 0);
    QCOMPARE(upgrading.last().at(1).toLongLong(), qint64(kProducts));
    qint64 before = 0;
    for (qsizetype i = 1; i < upgrading.size(); ++i) {
        QCOMPARE(upgrading.at(i).at(2).toLongLong(), qint64(kProducts));
        QVERIFY(upgrading.at(i).at(1).toLongLong() >= before);
        before = upgrading.at(i).at(1).toLongLong();
    }
    const qint64 updateMs = sinceOpen.elapsed();
    qInfo("the update took %lld ms and reported %d times; the GUI thread's longest pause: %lld ms", updateMs,
          int(upgrading.size()), longestGap);
    // Never waiting for the update: the GUI thread's longest pause is a small part of the update
    // (waiting for it would make the pause the whole update), and no stutter anyone sees unless
    // the machine is so busy that the update itself takes many seconds.
    QVERIFY2(longestGap < std::max<qint64>(250, updateMs / 4),
             qPrintable(QStringLiteral("the GUI thread stood still for %1 ms of the update's %2 ms").arg(longestGap).arg(updateMs)));

    // Then the notice goes, and the rows the search typed meanwhile asked for are shown.
    QTRY_VERIFY(!label->isVisible());
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), expectedPlan12Matches(kProducts), 20000);
    QTRY_VERIFY(table->model()->index(0, 0).data().toString().startsWith(QLatin1String("Plan 12")));
    store.waitForIdle();
}

void TestGuiUpgrade::closingDuringTheUpdateLeavesTheCatalogAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    writeFormat8Catalog(path, kProducts);
    {
        auto store = std::make_unique<CatalogStore>();
        QSignalSpy upgrading(store.get(), &CatalogStore::upgrading);
        QSignalSpy opened(store.get(), &CatalogStore::opened);
        store->open(path);
        QTRY_VERIFY_WITH_TIMEOUT(!upgrading.isEmpty(), 20000);
        if (!opened.isEmpty())
            QSKIP("the update finished before the store could be closed");
        QElapsedTimer closing;
        closing.start();
        store.reset(); // Pricebook quits: the update is stopped at its next slice and rolled back
        qInfo("closed during the update in %lld ms", closing.elapsed());
    }
    const auto [format, count] = formatAndCount(path);
    QCOMPARE(format, 8);
    QCOMPARE(count, kProducts);
    checkOpensUpdated(path, kProducts);
}

void TestGuiUpgrade::killDuringTheUpdateLeavesACatalogThatOpens()
{
    // Killed after the first slice, halfway, and at the last slice (just before the commit).
    for (const double at : { 0.0, 0.5, 1.0 }) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        writeFormat8Catalog(path, kProducts);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PRICEBOOK_UPGRADE_CHILD"), path);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QString last;
        bool killed = false;
        QElapsedTimer waited;
        waited.start();
        while (!killed && waited.elapsed() < 120000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            while (child.canReadLine()) {
                last = QString::fromUtf8(child.readLine()).trimmed();
                const QStringList parts = last.split(u' ');
                if (parts.size() == 3 && parts.first() == QLatin1String("upgrading")) {
                    const qint64 done = parts.at(1).toLongLong();
                    const qint64 total = parts.at(2).toLongLong();
                    if (done > 0 && double(done) >= at * double(total)) {
                        ::kill(pid_t(child.processId()), SIGKILL);
                        killed = true;
                        break;
                    }
                }
            }
        }
        QVERIFY2(killed, qPrintable(QStringLiteral("the child was not seen updating (last said: %1)").arg(last)));
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        qInfo("killed at %s", qPrintable(last));
        // The update never committed, or committed whole: every product is there either way.
        const auto [format, count] = formatAndCount(path);
        QVERIFY2(format == 8 || format == Database::kLatestVersion, qPrintable(QString::number(format)));
        QCOMPARE(count, kProducts);
        checkOpensUpdated(path, kProducts);
        if (QTest::currentTestFailed())
            return;
    }
}

int main(int argc, char* argv[])
{
    const QString child = qEnvironmentVariable("PRICEBOOK_UPGRADE_CHILD");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runUpdatingChild(child);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pricebook-tst_gui_upgrade"));
    TestGuiUpgrade test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_upgrade.moc"

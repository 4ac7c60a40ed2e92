// The catalog on real SQLite files in temporary folders, and (through tests/run-with-postgres.sh,
// PRICEBOOK_TEST_ENGINE=postgresql) the same tests on a real PostgreSQL server.
#include "CatalogEngines.h"
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "ui/CatalogTableModel.h"
#include "services/storage/Catalog.h"
#include "services/storage/CatalogStore.h"
#include "services/storage/Database.h"
#include "services/storage/CatalogLocation.h"
#include "services/storage/SqliteStatement.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <memory>
#include <optional>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

CatalogEntry entry(const QString& name, Provider provider = providers::Stripe, const QString& account = {})
{
    CatalogEntry e;
    e.provider = provider;
    e.accountId = account;
    e.product = pbtest::product(R"({"name":"x","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":2999}]})");
    e.product.name = name;
    return e;
}

// Every product id the filter lists, in its order, read on the store's worker (empty if it did
// not answer within 5 s).
QStringList idsListed(CatalogStore& store, const ListFilter& filter, QObject* context)
{
    auto read = std::make_shared<std::optional<QStringList>>();
    store.call<QStringList>([filter](Catalog& c) {
        QStringList ids;
        for (const CatalogRow& r : c.rows(filter, 0, std::numeric_limits<int>::max()))
            ids << r.id;
        return ids;
    }, context, [read](const QStringList& ids) { *read = ids; });
    if (!QTest::qWaitFor([&] { return read->has_value(); }, 5000))
        return {};
    return read->value();
}

// `count` products named by `pattern` with their number, zero-padded to `digits`.
QList<CatalogEntry> numbered(const QString& pattern, int count, int digits)
{
    QList<CatalogEntry> out;
    for (int i = 0; i < count; ++i)
        out.append(entry(pattern.arg(i, digits, 10, QChar(u'0'))));
    return out;
}

JobResult result(JobStatus status, const QString& id = {}, const SubmissionState& state = {})
{
    JobResult r;
    r.status = status;
    r.object.id = id;
    r.state = state;
    r.httpStatus = status == JobStatus::Succeeded ? 200 : status == JobStatus::Rejected ? 400 : 0;
    r.message = status == JobStatus::Succeeded ? QStringLiteral("ok") : QStringLiteral("it went wrong");
    return r;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheSchema();
    void bulkInsertsReachTheDriversConnection();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesANewerCatalog();
    void refusesAFileThatIsNotACatalog();
    void roundTripsEveryPricingShape();
    void versionsAndUndo();
    void syncStateTransitions();
    void accountsAndCascades();
    void listingFiltersAndSorts();
    void listModelLoadsWindowsLazily();
    void listModelRowsAreTheCatalogsInEveryOrder();
    void listModelSkipsWindowsScrolledPast();
    void listModelShowsFirstRowsWithTheirCount();
    void productsAreReadInBatches();
    void autosaveWritesWithinASecond();
    void failedSaveKeepsTheEdit();
    void catalogLocations_data();
    void catalogLocations();
    void serverCatalogFormat();
    void staleSaveIsAConflict();
    void deletingAChangedProductIsAConflict();
    void storeSetsConflictsAside();
    void recordsWhoChangedWhat();

private:
    QString path() const { return pbtest::catalogLocation(m_dir->filePath(QStringLiteral("catalog.sqlite"))); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStorage::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestStorage::createsTheSchema()
{
    PBTEST_SQLITE_ONLY();
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().last());
    QCOMPARE(Database::version(db), Database::kLatestVersion);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

// Many new products are inserted with SQLite's own API on the connection Qt's driver opened: on
// Debian's Qt (which links the system's SQLite) that connection is found, and finding it leaves
// the process-wide setting it probes as it was.
void TestStorage::bulkInsertsReachTheDriversConnection()
{
    PBTEST_SQLITE_ONLY();
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().last());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA soft_heap_limit")) && q.next());
    const qint64 before = q.value(0).toLongLong();
    QVERIFY2(SqliteStatement::connectionOf(db), "Qt's SQLite driver does not run the system's SQLite library");
    QVERIFY(q.exec(QStringLiteral("PRAGMA soft_heap_limit")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), before);
    QSqlDatabase closed;
    QVERIFY(!SqliteStatement::connectionOf(closed));
}

void TestStorage::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Database::kLatestVersion; ++v)
        QTest::newRow(qPrintable(QStringLiteral("version %1").arg(v))) << v;
}

void TestStorage::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    {
        QString error;
        QSqlDatabase db = Database::open(path(), QStringLiteral("old"), &error, from);
        QVERIFY2(db.isValid(), qPrintable(error));
        QCOMPARE(Database::version(db), from);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts(id, provider, name, created_at, updated_at) VALUES('a1','stripe','Acme','2024-01-01T00:00:00Z','2024-01-01T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products(id, provider, account_id, name, summary, document, version, created_at, updated_at)"
                                      " VALUES('p1','stripe','a1','Gold Plan','US$10.00 once','{\"name\":\"Gold Plan\"}',4,'2024-01-01T00:00:00Z','2024-01-02T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO history(product_id, account_id, at, operation, outcome) VALUES('p1','a1','2024-01-02T00:00:00Z','Create product','succeeded')")));
        if (from >= 2)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_links(product_id, account_id, remote_id, state, synced_version) VALUES('p1','a1','prod_9','synced',4)")));
        if (from >= 3) // written by a Pricebook of that format, which filled the search text itself
            QVERIFY(q.exec(QStringLiteral("UPDATE products SET search = 'gold plan us$10.00 once'")));
        db = QSqlDatabase();
        Database::close(QStringLiteral("old"));
    }
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    const auto e = c.product(QStringLiteral("p1"));
    QVERIFY(e);
    QCOMPARE(e->product.name, QStringLiteral("Gold Plan"));
    QCOMPARE(e->version, 4);
    QCOMPARE(c.accounts().size(), 1);
    QCOMPARE(c.history(QStringLiteral("p1")).size(), 1);
    ListFilter f;
    f.text = QStringLiteral("gold");
    QCOMPARE(c.count(f), 1); // the search text was filled for old rows
    if (from >= 2)
        QCOMPARE(c.link(QStringLiteral("p1"), QStringLiteral("a1")).state, SyncState::Synced);
}

void TestStorage::refusesANewerCatalog()
{
    PBTEST_SQLITE_ONLY();
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path(), &error));
        CatalogEntry e = entry(QStringLiteral("Kept"));
        QVERIFY(c.saveProduct(e));
        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().last()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = pbtest::readFile(path());
    Catalog c;
    QString error;
    QVERIFY(!c.open(path(), &error));
    QVERIFY2(error.contains(QStringLiteral("written by a newer Pricebook (format 99")), qPrintable(error));
    QCOMPARE(pbtest::readFile(path()), before);
}

void TestStorage::refusesAFileThatIsNotACatalog()
{
    PBTEST_SQLITE_ONLY();
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are someone's notes, not a database\n");
    f.close();
    Catalog c;
    QString error;
    QVERIFY(!c.open(path(), &error));
    QVERIFY2(error.contains(QStringLiteral("not a Pricebook catalog")), qPrintable(error));
    QCOMPARE(pbtest::readFile(path()), QByteArray("these are someone's notes, not a database\n"));
}

void TestStorage::roundTripsEveryPricingShape()
{
    Catalog c;
    QString error;
    QVERIFY(c.open(path(), &error));
    pbtest::Generator gen(99);
    QList<CatalogEntry> entries;
    for (int i = 0; i < 300; ++i) {
        CatalogEntry e;
        e.provider = i % 3 == 0 ? providers::ChatDash : i % 3 == 1 ? providers::Stripe : providers::Piriod;
        e.product = e.provider == providers::ChatDash ? gen.chatDash() : e.provider == providers::Stripe ? gen.stripe() : gen.piriod();
        entries.append(e);
    }
    CatalogEntry jani;
    jani.provider = providers::Jani;
    jani.product = pbtest::product(R"({"name":"Food","product_type":"standard","custom_data":{"a":[1,2,{"b":null}]},"image_url":"https://x.test/a.png","status":"inactive"})");
    entries.append(jani);
    QVERIFY(c.saveProducts(entries));
    QCOMPARE(c.productCount(), int(entries.size()));
    for (const CatalogEntry& e : entries) {
        const auto back = c.product(e.id);
        QVERIFY(back);
        QCOMPARE(back->product, e.product);
        QCOMPARE(back->provider, e.provider);
        QCOMPARE(back->version, 1);
    }
}

void TestStorage::versionsAndUndo()
{
    Catalog c;
    QString error;
    QVERIFY(c.open(path(), &error));
    CatalogEntry e = entry(QStringLiteral("A"));
    QVERIFY2(c.saveProduct(e), qPrintable(c.lastError()));
    QCOMPARE(e.version, 1);
    const QDateTime first = e.updated;
    QTest::qWait(5);
    e.product.name = QStringLiteral("B");
    QVERIFY(c.saveProduct(e));
    QCOMPARE(e.version, 2);
    QVERIFY(e.updated > first);
    const CatalogEntry removed = *c.product(e.id);
    QVERIFY(c.removeProduct(e.id));
    QVERIFY(!c.product(e.id));
    QVERIFY(c.restoreProduct(removed));
    QCOMPARE(c.product(e.id)->product.name, QStringLiteral("B"));
    QCOMPARE(c.product(e.id)->version, 2);
}

void TestStorage::syncStateTransitions()
{
    Catalog c;
    QString error;
    QVERIFY(c.open(path(), &error));
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.target.provider = providers::Stripe;
    QVERIFY(c.saveAccount(acme));
    CatalogEntry e = entry(QStringLiteral("Gold"), providers::Stripe, acme.id);
    QVERIFY(c.saveProduct(e));
    QCOMPARE(c.link(e.id, acme.id).state, SyncState::Draft);

    SubmissionState started;
    started.idempotencyKey = QStringLiteral("key-1");
    QVERIFY(c.beginSubmission(e.id, acme.id, started));
    QCOMPARE(c.link(e.id, acme.id).state, SyncState::Submitting);
    QCOMPARE(c.link(e.id, acme.id).submission.idempotencyKey, QStringLiteral("key-1"));

    // Part-way: the product exists remotely, the price failed. The state is kept for the retry.
    SubmissionState partial = started;
    partial.completed.insert(QStringLiteral("product"), QStringLiteral("prod_1"));
    QVERIFY(c.updateSubmission(e.id, acme.id, partial));
    QVERIFY(c.recordResult(e.id, acme.id, JobKind::CreateProduct, result(JobStatus::Rejected, {}, partial), e.version));
    SyncLink l = c.link(e.id, acme.id);
    QCOMPARE(l.state, SyncState::Failed);
    QCOMPARE(l.message, QStringLiteral("it went wrong"));
    QCOMPARE(l.submission, partial);

    QVERIFY(c.recordResult(e.id, acme.id, JobKind::CreateProduct, result(JobStatus::OutcomeUnknown, {}, partial), e.version));
    QCOMPARE(c.link(e.id, acme.id).state, SyncState::OutcomeUnknown);

    QVERIFY(c.recordResult(e.id, acme.id, JobKind::CreateProduct, result(JobStatus::Succeeded, QStringLiteral("prod_1")), e.version, &e.product));
    l = c.link(e.id, acme.id);
    QVERIFY(l.syncedProduct);
    QCOMPARE(l.syncedProduct->name, QStringLiteral("Gold")); // as sent, for the before/after view
    QCOMPARE(l.state, SyncState::Synced);
    QCOMPARE(l.remoteId, QStringLiteral("prod_1"));
    QCOMPARE(l.syncedVersion, e.version);
    QVERIFY(l.submission.isEmpty());
    QVERIFY(l.syncedAt.isValid());

    e.product.name = QStringLiteral("Gold 2");
    QVERIFY(c.saveProduct(e));
    QCOMPARE(c.link(e.id, acme.id).state, SyncState::Changed);

    // A failed update leaves it synced (the remote product is unchanged), with the message.
    QVERIFY(c.recordResult(e.id, acme.id, JobKind::UpdateProduct, result(JobStatus::NetworkFailure), e.version));
    QCOMPARE(c.link(e.id, acme.id).state, SyncState::Changed);
    QCOMPARE(c.link(e.id, acme.id).message, QStringLiteral("it went wrong"));
    QVERIFY(c.recordResult(e.id, acme.id, JobKind::UpdateProduct, result(JobStatus::Succeeded, QStringLiteral("prod_1")), e.version));
    QCOMPARE(c.link(e.id, acme.id).state, SyncState::Synced);

    const QList<HistoryEntry> h = c.history(e.id);
    QCOMPARE(h.size(), 5);
    QCOMPARE(h.at(0).outcome, QStringLiteral("rejected"));
    QCOMPARE(h.at(0).httpStatus, 400);
    QCOMPARE(h.at(2).outcome, QStringLiteral("succeeded"));
    QCOMPARE(h.at(2).remoteId, QStringLiteral("prod_1"));
    QCOMPARE(h.at(3).operation, QStringLiteral("Update product"));

    ListFilter f;
    f.syncState = SyncState::Synced;
    QCOMPARE(c.count(f), 1);
    f.syncState = SyncState::Draft;
    QCOMPARE(c.count(f), 0);
}

void TestStorage::accountsAndCascades()
{
    Catalog c;
    QString error;
    QVERIFY(c.open(path(), &error));
    Account a;
    a.name = QStringLiteral("Piriod Chile");
    a.target.provider = providers::Piriod;
    a.target.set(QStringLiteral("workspace"), QStringLiteral("ws_1"));
    a.target.setFlag(QStringLiteral("test-mode"), true);
    a.keyEnvVar = QStringLiteral("PIRIOD_KEY");
    QVERIFY(c.saveAccount(a));
    const auto back = c.account(a.id);
    QVERIFY(back);
    QCOMPARE(back->target.setting(QStringLiteral("workspace")), QStringLiteral("ws_1"));
    QVERIFY(back->target.flag(QStringLiteral("test-mode")));
    QCOMPARE(back->keyEnvVar, QStringLiteral("PIRIOD_KEY"));
    CatalogEntry e = entry(QStringLiteral("Agenda"), providers::Piriod, a.id);
    QVERIFY(c.saveProduct(e));
    QVERIFY(c.beginSubmission(e.id, a.id, {}));
    QVERIFY(c.removeAccount(a.id));
    QVERIFY(c.accounts().isEmpty());
    QVERIFY(c.product(e.id)); // the product stays, without an account
    QVERIFY(c.product(e.id)->accountId.isEmpty());
    QVERIFY(c.links(e.id).isEmpty());
}

void TestStorage::listingFiltersAndSorts()
{
    Catalog c;
    QString error;
    QVERIFY(c.open(path(), &error));
    Account a;
    a.name = QStringLiteral("Acme");
    QVERIFY(c.saveAccount(a));
    QList<CatalogEntry> entries;
    for (int i = 0; i < 120; ++i) {
        CatalogEntry e = entry(QStringLiteral("Product %1").arg(i, 3, 10, QChar(u'0')), i % 2 ? providers::ChatDash : providers::Stripe,
                               i % 3 == 0 ? a.id : QString());
        e.product.status = i % 4 == 0 ? QStringLiteral("archived") : QStringLiteral("active");
        entries.append(e);
    }
    entries.append(entry(QStringLiteral("50% off_sale")));
    QVERIFY(c.saveProducts(entries));
    ListFilter f;
    QCOMPARE(c.count(f), 121);
    f.provider = providers::ChatDash;
    QCOMPARE(c.count(f), 60);
    f.provider.reset();
    f.accountId = a.id;
    QCOMPARE(c.count(f), 40);
    f.accountId.clear();
    f.status = QStringLiteral("archived");
    QCOMPARE(c.count(f), 30);
    f.status.clear();
    f.text = QStringLiteral("PRODUCT 01");
    QCOMPARE(c.count(f), 10);
    f.text = QStringLiteral("us$29.99");
    QCOMPARE(c.count(f), 121); // the summary is searched too
    f.text = QStringLiteral("50%");
    QCOMPARE(c.count(f), 1);   // % and _ are literal
    f.text = QStringLiteral("0_s");
    QCOMPARE(c.count(f), 0);
    f.text.clear();
    f.sortColumn = ListFilter::Name;
    f.sortOrder = Qt::AscendingOrder;
    QList<CatalogRow> rows = c.rows(f, 0, 3);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).name, QStringLiteral("50% off_sale"));
    QCOMPARE(rows.at(1).name, QStringLiteral("Product 000"));
    rows = c.rows(f, 118, 10);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.last().name, QStringLiteral("Product 119"));
    QCOMPARE(rows.last().accountName, QString());
    f.sortOrder = Qt::DescendingOrder;
    QCOMPARE(c.rows(f, 0, 1).first().name, QStringLiteral("Product 119"));
    QCOMPARE(c.rows(f, 0, 1).first().syncState, SyncState::Draft);
}

void TestStorage::listModelLoadsWindowsLazily()
{
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path(), &error));
        QList<CatalogEntry> entries = numbered(QStringLiteral("Item %1"), 1000, 4);
        QVERIFY(c.saveProducts(entries));
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path());
    QVERIFY(opened.wait(5000));
    CatalogTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 1000);
    model.sort(CatalogTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.data(model.index(650, 0)).toString(), QStringLiteral("Loading…")); // asks for rows 600-799
    QTRY_COMPARE(model.data(model.index(650, 0)).toString(), QStringLiteral("Item 0650"));
    QCOMPARE(model.data(model.index(650, CatalogTableModel::PriceColumn)).toString(), QStringLiteral("US$29.99 once"));
    QCOMPARE(model.data(model.index(650, CatalogTableModel::SyncColumn)).toString(), QStringLiteral("Draft"));

    model.setFilterText(QStringLiteral("item 09"));
    QTRY_COMPARE(model.rowCount(), 100);
    model.sort(CatalogTableModel::NameColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.data(model.index(0, 0), CatalogTableModel::LoadedRole).toBool());
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Item 0999"));
    QCOMPARE(model.headerData(CatalogTableModel::SyncColumn, Qt::Horizontal).toString(), QStringLiteral("Sync"));

    // A refresh that keeps the row count shows (and lets the user select) the rows it has
    // while reading them again, then the current ones.
    const QString firstId = model.idAt(0);
    QVERIFY(!firstId.isEmpty());
    bool renamed = false;
    store.call<bool>([firstId](Catalog& c) {
        auto e = c.product(firstId);
        if (!e)
            return false;
        e->product.name = QStringLiteral("Item 0999 renamed");
        QList<CatalogEntry> changed{ *e };
        return c.saveProducts(changed);
    }, &model, [&](bool ok) { renamed = ok; });
    QTRY_VERIFY(renamed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QString idWhileReading;
    bool currentWhileReading = true;
    const auto counted = connect(&model, &CatalogTableModel::countChanged, this, [&] {
        idWhileReading = model.idAt(0);
        currentWhileReading = model.data(model.index(0, 0), CatalogTableModel::LoadedRole).toBool();
    });
    model.refresh();
    QTRY_VERIFY(!model.isCounting());
    disconnect(counted);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(idWhileReading, firstId); // still there while being read again
    QVERIFY(!currentWhileReading);
    QTRY_VERIFY(model.data(model.index(0, 0), CatalogTableModel::LoadedRole).toBool());
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Item 0999 renamed"));
}

// Windows in the second half of the list are read from its end in the opposite order: the rows
// are the same, in the same places, for every sort (accounts missing, equal names, sync states).
void TestStorage::listModelRowsAreTheCatalogsInEveryOrder()
{
    Account acme;
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path(), &error));
        acme.name = QStringLiteral("Acme");
        acme.target.provider = providers::Stripe;
        QVERIFY(c.saveAccount(acme));
        QList<CatalogEntry> entries;
        for (int i = 0; i < 1037; ++i)
            entries.append(entry(QStringLiteral("Item %1").arg(i % 300), i % 3 ? providers::Stripe : providers::Piriod,
                                 i % 3 && i % 2 ? acme.id : QString()));
        QVERIFY(c.saveProducts(entries));
        JobResult synced = result(JobStatus::Succeeded, QStringLiteral("prod_1"));
        for (int i = 1; i < 200; i += 6)
            QVERIFY(c.recordResult(entries.at(i).id, acme.id, JobKind::CreateProduct, synced, 1));
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path());
    QVERIFY(opened.wait(5000));
    CatalogTableModel model(&store);
    QTRY_COMPARE(model.rowCount(), 1037);
    for (int column : { int(CatalogTableModel::UpdatedColumn), int(CatalogTableModel::NameColumn), int(CatalogTableModel::AccountColumn),
                        int(CatalogTableModel::SyncColumn), int(CatalogTableModel::ProviderColumn) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(column, order);
            QTRY_VERIFY(!model.isCounting());
            const QStringList expected = idsListed(store, model.filter(), &model);
            QCOMPARE(expected.size(), 1037);
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row) {
                QTRY_VERIFY2(model.data(model.index(row, 0), CatalogTableModel::LoadedRole).toBool(), qPrintable(QString::number(row)));
                shown << model.idAt(row);
            }
            QCOMPARE(shown, expected);
        }
    }
}

// A window asked for and scrolled away from before the catalog's worker got to it is not read;
// it is read when the view comes back to it.
void TestStorage::listModelSkipsWindowsScrolledPast()
{
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path(), &error));
        QList<CatalogEntry> entries;
        for (int i = 0; i < 2000; ++i)
            entries.append(entry(QStringLiteral("Item %1").arg(i, 4, 10, QChar(u'0'))));
        QVERIFY(c.saveProducts(entries));
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path());
    QVERIFY(opened.wait(5000));
    CatalogTableModel model(&store);
    model.sort(CatalogTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model.rowCount(), 2000);
    QTRY_VERIFY(!model.isCounting());
    QTRY_COMPARE(model.data(model.index(50, 0)).toString(), QStringLiteral("Item 0050")); // came with the count
    QSemaphore busy;
    store.post([&busy](Catalog&) { busy.acquire(); }); // the worker is busy while the view moves
    bool released = false;
    const auto release = qScopeGuard([&] {
        if (!released)
            busy.release(); // a failed check must not leave the worker waiting
    });
    QSignalSpy loaded(&model, &CatalogTableModel::windowLoaded);
    for (int row = 1850; row >= 250; row -= 200) // dragged from the end to near the top
        QCOMPARE(model.data(model.index(row, 0)).toString(), QStringLiteral("Loading…"));
    busy.release();
    released = true;
    QTRY_COMPARE(model.data(model.index(250, 0)).toString(), QStringLiteral("Item 0250"));
    QTest::qWait(100);
    QList<int> windows;
    for (const QList<QVariant>& signal : loaded)
        windows << signal.first().toInt() / CatalogTableModel::kWindow; // its first row
    QVERIFY2(windows.size() <= 3, qPrintable(QString::number(windows.size()))); // where it stopped and its neighbours at most
    QVERIFY(windows.contains(1));
    QVERIFY(!model.data(model.index(1850, 0), CatalogTableModel::LoadedRole).toBool());
    QTRY_COMPARE(model.data(model.index(1850, 0)).toString(), QStringLiteral("Item 1850")); // back at the end
}

// A new filter or order brings its first window with its count: when the count arrives the first
// rows are there (never a paint of empty rows first), whether the matches fit in one window
// (their rows are their count) or not; the count is the catalog's either way.
void TestStorage::listModelShowsFirstRowsWithTheirCount()
{
    {
        Catalog c;
        QString error;
        QVERIFY(c.open(path(), &error));
        QList<CatalogEntry> entries = numbered(QStringLiteral("Item %1"), 1000, 4)
            + numbered(QStringLiteral("Edge full %1"), CatalogTableModel::kWindow, 3)
            + numbered(QStringLiteral("Edge over %1"), CatalogTableModel::kWindow + 1, 3);
        QVERIFY(c.saveProducts(entries));
    }
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path());
    QVERIFY(opened.wait(5000));
    CatalogTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CatalogTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!model.isCounting());
    QTRY_COMPARE(model.rowCount(), 1000 + 2 * CatalogTableModel::kWindow + 1);

    struct Case {
        QString text;
        int count;
        QString first;
    };
    const QList<Case> cases {
        { QStringLiteral("item 09"), 100, QStringLiteral("Item 0900") },
        { QStringLiteral("edge full"), CatalogTableModel::kWindow, QStringLiteral("Edge full 000") },
        { QStringLiteral("edge over"), CatalogTableModel::kWindow + 1, QStringLiteral("Edge over 000") },
        { QStringLiteral("item"), 1000, QStringLiteral("Item 0000") },
        { QStringLiteral("nothing like it"), 0, QString() },
        { QString(), 1000 + 2 * CatalogTableModel::kWindow + 1, QStringLiteral("Edge full 000") },
    };
    for (const Case& test : cases) {
        int counted = -1;
        bool firstLoaded = false, lastOfWindowLoaded = false, pastWindowLoaded = true;
        QString firstName;
        QSignalSpy loaded(&model, &CatalogTableModel::windowLoaded);
        const auto connection = connect(&model, &CatalogTableModel::countChanged, this, [&](int n) {
            counted = n;
            // Read before the view could ask for anything: LoadedRole does not ask.
            firstLoaded = n > 0 && model.data(model.index(0, 0), CatalogTableModel::LoadedRole).toBool();
            const int last = qMin(n, int(CatalogTableModel::kWindow)) - 1;
            lastOfWindowLoaded = last >= 0 && model.data(model.index(last, 0), CatalogTableModel::LoadedRole).toBool();
            pastWindowLoaded = n > CatalogTableModel::kWindow
                && model.data(model.index(CatalogTableModel::kWindow, 0), CatalogTableModel::LoadedRole).toBool();
            if (n > 0)
                firstName = model.data(model.index(0, 0)).toString();
        });
        model.setFilterText(test.text);
        QTRY_VERIFY2(counted >= 0, qPrintable(test.text));
        disconnect(connection);
        QCOMPARE(counted, test.count);
        QCOMPARE(model.rowCount(), test.count);
        QCOMPARE(firstLoaded, test.count > 0);
        QCOMPARE(lastOfWindowLoaded, test.count > 0);
        QVERIFY(!pastWindowLoaded);
        QCOMPARE(firstName, test.first);
        // The first window's signal comes with the count (the model tester may ask for more).
        QCOMPARE(loaded.isEmpty(), test.count == 0);
        if (test.count > 0) {
            QCOMPARE(loaded.first().at(0).toInt(), 0);
            QCOMPARE(loaded.first().at(1).toInt(), qMin(test.count, int(CatalogTableModel::kWindow)) - 1);
        }
        // The rows shown are the catalog's for that filter, in its order.
        const QStringList expected = idsListed(store, model.filter(), &model);
        QCOMPARE(int(expected.size()), test.count);
        for (int row = 0; row < qMin(test.count, int(CatalogTableModel::kWindow)); ++row)
            QCOMPARE(model.idAt(row), expected.at(row));
    }
}

// Many products by id at once, in the order asked, without the ones that are gone.
void TestStorage::productsAreReadInBatches()
{
    Catalog c;
    QString error;
    QVERIFY(c.open(path(), &error));
    QList<CatalogEntry> entries;
    for (int i = 0; i < 1234; ++i)
        entries.append(entry(QStringLiteral("Item %1").arg(i)));
    QVERIFY(c.saveProducts(entries));
    QStringList ids;
    for (int i = 1233; i >= 0; i -= 2)
        ids << entries.at(i).id;
    ids.insert(5, Catalog::newId());
    const QList<CatalogEntry> read = c.products(ids);
    QCOMPARE(read.size(), ids.size() - 1);
    QCOMPARE(read.at(0).product.name, QStringLiteral("Item 1233"));
    QCOMPARE(read.at(5).product.name, QStringLiteral("Item 1223"));
    QCOMPARE(read.last().product.name, QStringLiteral("Item 1"));
    for (const CatalogEntry& e : read) {
        const auto one = c.product(e.id);
        QVERIFY(one);
        QCOMPARE(e.product, one->product);
        QCOMPARE(e.version, one->version);
        QCOMPARE(e.updated, one->updated);
    }
    QVERIFY(c.lastError().isEmpty());
}

void TestStorage::autosaveWritesWithinASecond()
{
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path());
    QVERIFY(opened.wait(5000));
    CatalogEntry e = entry(QStringLiteral("v0"));
    e.id = Catalog::newId();
    QSignalSpy saved(&store, &CatalogStore::productsSaved);
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 20; ++i) { // a person typing
        e.product.name = QStringLiteral("v%1").arg(i);
        store.scheduleSave(e);
        QTest::qWait(10);
    }
    Catalog reader;
    QString error;
    QVERIFY(reader.open(path(), &error));
    QTRY_VERIFY_WITH_TIMEOUT(reader.product(e.id) && reader.product(e.id)->product.name == u"v20", 1500);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed < 1000 + 200 /* the typing itself */, qPrintable(QString::number(elapsed)));
    QVERIFY(saved.size() <= 2); // coalesced, not a write per keystroke
}

void TestStorage::failedSaveKeepsTheEdit()
{
    CatalogStore store; // never opened: every write fails
    QSignalSpy failed(&store, &CatalogStore::saveFailed);
    CatalogEntry e = entry(QStringLiteral("unsaved"));
    e.id = Catalog::newId();
    store.scheduleSave(e);
    QVERIFY(failed.wait(3000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not open")));
    QVERIFY(store.hasPendingSaves()); // kept for the next attempt
}

void TestStorage::catalogLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::addColumn<QString>("display");
    QTest::newRow("sqlite path") << "/home/dana/catalog.sqlite" << "" << "/home/dana/catalog.sqlite";
    QTest::newRow("unix socket") << "postgresql://dana@/team?host=/run/postgresql" << ""
                                 << "postgresql://dana@/team?host=/run/postgresql";
    QTest::newRow("loopback address") << "postgresql://dana@127.0.0.1:5433/team" << "" << "postgresql://dana@127.0.0.1:5433/team";
    QTest::newRow("localhost") << "postgres://dana@localhost/team" << "" << "postgresql://dana@localhost/team";
    QTest::newRow("ipv6 loopback") << "postgresql://dana@[::1]/team" << "" << "postgresql://dana@[::1]/team";
    QTest::newRow("remote, verified") << "postgresql://dana@db.agency.example:5432/team?sslmode=verify-full" << ""
                                      << "postgresql://dana@db.agency.example:5432/team?sslmode=verify-full";
    QTest::newRow("remote, plain") << "postgresql://dana@db.agency.example/team" << "sslmode=verify-full" << "";
    QTest::newRow("remote, unverified TLS") << "postgresql://dana@10.0.0.7/team?sslmode=require" << "sslmode=verify-full" << "";
    QTest::newRow("look-alike of loopback") << "postgresql://dana@127.0.0.1.example.com/team" << "sslmode=verify-full" << "";
    QTest::newRow("password in the address") << "postgresql://dana:hunter2@localhost/team" << "password" << "";
    QTest::newRow("password option") << "postgresql://dana@localhost/team?password=hunter2" << "password" << "";
    QTest::newRow("unknown option") << "postgresql://dana@localhost/team?sslmod=verify-full" << "does not know: sslmod" << "";
    QTest::newRow("unknown sslmode") << "postgresql://dana@localhost/team?sslmode=strict" << "sslmode=strict" << "";
    QTest::newRow("no database") << "postgresql://dana@localhost/" << "names no database" << "";
    QTest::newRow("another scheme") << "mysql://dana@localhost/team" << "neither a file nor" << "";
}

void TestStorage::catalogLocations()
{
    QFETCH(QString, text);
    QFETCH(QString, refusal);
    QFETCH(QString, display);
    QString error;
    const auto where = CatalogLocation::parse(text, &error);
    if (refusal.isEmpty()) {
        QVERIFY2(where, qPrintable(error));
        QCOMPARE(where->display(), display);
        QVERIFY(!where->display().contains(QStringLiteral("hunter2")));
    } else {
        QVERIFY(!where);
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error)); // a secret is never repeated
    }
}

void TestStorage::serverCatalogFormat()
{
    if (!pbtest::onPostgres())
        QSKIP("about the PostgreSQL catalog; the SQLite run checks its file in createsTheSchema and refusesANewerCatalog");
    {
        Catalog c;
        QString error;
        QVERIFY2(c.open(path(), &error), qPrintable(error));
        QVERIFY(c.isServer());
        QSqlDatabase db = c.database();
        QCOMPARE(Database::version(db), Database::kLatestVersion);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'products_search'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("gin_trgm_ops")), qPrintable(q.value(0).toString()));
        QCOMPARE(c.integrityCheck(), QStringLiteral("ok"));
        CatalogEntry e = entry(QStringLiteral("Kept"));
        QVERIFY(c.saveProduct(e));
        QVERIFY(q.exec(QStringLiteral("UPDATE pricebook_format SET version = 99")));
    }
    Catalog newer;
    QString error;
    QVERIFY(!newer.open(path(), &error));
    QVERIFY2(error.contains(QStringLiteral("newer Pricebook")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("host=")) || !error.contains(QStringLiteral("password")), qPrintable(error));
    // A database that holds something else is not made into a catalog.
    const QString other = pbtest::newServerCatalog();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
        const auto where = CatalogLocation::parse(other, &error);
        QVERIFY(where);
        db.setHostName(where->host);
        if (where->port > 0)
            db.setPort(where->port);
        db.setUserName(where->user);
        db.setDatabaseName(where->database);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INT)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    Catalog c;
    QVERIFY(!c.open(other, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Pricebook catalog")), qPrintable(error));
}

void TestStorage::staleSaveIsAConflict()
{
    Catalog mine, theirs;
    QString error;
    QVERIFY2(mine.open(path(), &error), qPrintable(error));
    QVERIFY2(theirs.open(path(), &error), qPrintable(error));
    theirs.setAuthor(QStringLiteral("Robin"));
    CatalogEntry e = entry(QStringLiteral("Gold"));
    QVERIFY(mine.saveProduct(e));
    CatalogEntry other = *theirs.product(e.id); // both read version 1
    QCOMPARE(other.version, 1);
    other.product.name = QStringLiteral("Gold (Robin)");
    QVERIFY(theirs.saveProduct(other));
    QCOMPARE(other.version, 2);

    e.product.name = QStringLiteral("Gold (mine)");
    CatalogEntry fresh = entry(QStringLiteral("Saved with it"));
    QList<CatalogEntry> batch { fresh, e };
    QVERIFY(!mine.saveProducts(batch));
    QVERIFY2(mine.lastError().contains(QStringLiteral("Robin")), qPrintable(mine.lastError()));
    QCOMPARE(mine.conflicts().size(), 1);
    const SaveConflict conflict = mine.conflicts().first();
    QCOMPARE(conflict.mine.product.name, QStringLiteral("Gold (mine)"));
    QCOMPARE(conflict.mine.version, 1);
    QVERIFY(conflict.theirs);
    QCOMPARE(conflict.theirs->product.name, QStringLiteral("Gold (Robin)"));
    QCOMPARE(conflict.theirs->version, 2);
    QCOMPARE(conflict.theirs->updatedBy, QStringLiteral("Robin"));
    // Nothing of the batch was written: not the stale one, not the one beside it.
    QCOMPARE(mine.product(e.id)->product.name, QStringLiteral("Gold (Robin)"));
    QCOMPARE(mine.productCount(), 1);
    // Saving the same text someone else saved is no conflict: the catalog already says it.
    CatalogEntry same = e;
    same.product.name = QStringLiteral("Gold (Robin)");
    QVERIFY2(mine.saveProduct(same), qPrintable(mine.lastError()));
    QCOMPARE(same.version, 2);
    // Based on what the catalog holds now, the save goes through.
    e.version = conflict.theirs->version;
    QVERIFY2(mine.saveProduct(e), qPrintable(mine.lastError()));
    QCOMPARE(e.version, 3);
    QCOMPARE(theirs.product(e.id)->product.name, QStringLiteral("Gold (mine)"));
    // A product deleted meanwhile is not brought back by a stale save.
    QVERIFY(theirs.removeProduct(e.id));
    e.product.name = QStringLiteral("Gold again");
    QVERIFY(!mine.saveProduct(e));
    QCOMPARE(mine.conflicts().size(), 1);
    QVERIFY(!mine.conflicts().first().theirs);
    QVERIFY2(mine.lastError().contains(QStringLiteral("deleted")), qPrintable(mine.lastError()));
    QVERIFY(!mine.product(e.id));
}

void TestStorage::deletingAChangedProductIsAConflict()
{
    Catalog mine, theirs;
    QString error;
    QVERIFY2(mine.open(path(), &error), qPrintable(error));
    QVERIFY2(theirs.open(path(), &error), qPrintable(error));
    theirs.setAuthor(QStringLiteral("Robin"));
    CatalogEntry e = entry(QStringLiteral("Silver"));
    QVERIFY(mine.saveProduct(e));
    CatalogEntry other = *theirs.product(e.id);
    other.product.name = QStringLiteral("Silver, repriced");
    QVERIFY(theirs.saveProduct(other));
    QVERIFY(!mine.removeProduct(e.id, e.version));
    QVERIFY2(mine.lastError().contains(QStringLiteral("Robin")), qPrintable(mine.lastError()));
    QCOMPARE(mine.conflicts().size(), 1);
    QCOMPARE(mine.conflicts().first().theirs->product.name, QStringLiteral("Silver, repriced"));
    QVERIFY(mine.product(e.id)); // still there
    QVERIFY(mine.removeProduct(e.id, other.version)); // asked again, knowing the new version
    QVERIFY(!mine.product(e.id));
}

void TestStorage::storeSetsConflictsAside()
{
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(path());
    QVERIFY(opened.wait(5000));
    QVERIFY(opened.first().first().toBool());
    Catalog theirs;
    QString error;
    QVERIFY2(theirs.open(path(), &error), qPrintable(error));
    CatalogEntry a = entry(QStringLiteral("A"));
    CatalogEntry b = entry(QStringLiteral("B"));
    QVERIFY(theirs.saveProduct(a));
    QVERIFY(theirs.saveProduct(b));
    CatalogEntry myA = a, myB = b;
    // Two edits by this store in a row: the second starts from the version the first wrote.
    QSignalSpy first(&store, &CatalogStore::productsSaved);
    myB.product.name = QStringLiteral("B1");
    store.scheduleSave(myB);
    store.flush();
    QTRY_COMPARE(first.size(), 1);
    QCOMPARE(theirs.product(b.id)->product.name, QStringLiteral("B1"));
    a.product.name = QStringLiteral("A (theirs)");
    QVERIFY(theirs.saveProduct(a)); // meanwhile, elsewhere
    QSignalSpy conflicted(&store, &CatalogStore::saveConflicted);
    QSignalSpy saved(&store, &CatalogStore::productsSaved);
    myA.product.name = QStringLiteral("A (mine)");
    myB.product.name = QStringLiteral("B2");
    store.scheduleSave(myA);
    store.scheduleSave(myB);
    store.flush();
    QTRY_COMPARE(conflicted.size(), 1);
    const auto conflicts = conflicted.first().first().value<QList<SaveConflict>>();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().mine.product.name, QStringLiteral("A (mine)"));
    QCOMPARE(conflicts.first().theirs->product.name, QStringLiteral("A (theirs)"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toStringList(), QStringList { b.id });
    QCOMPARE(theirs.product(a.id)->product.name, QStringLiteral("A (theirs)"));
    QCOMPARE(theirs.product(b.id)->product.name, QStringLiteral("B2"));
    QCOMPARE(theirs.product(b.id)->version, 3);
    QVERIFY(!store.hasPendingSaves()); // set aside for the person, not retried into the same wall
}

void TestStorage::recordsWhoChangedWhat()
{
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    QVERIFY(!c.author().isEmpty()); // the OS user unless set
    c.setAuthor(QStringLiteral("Dana"));
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.target.provider = providers::Stripe;
    QVERIFY(c.saveAccount(acme));
    CatalogEntry e = entry(QStringLiteral("Gold"), providers::Stripe, acme.id);
    QVERIFY(c.saveProduct(e));
    QCOMPARE(c.product(e.id)->updatedBy, QStringLiteral("Dana"));
    c.setAuthor(QStringLiteral("Robin"));
    QVERIFY(c.recordResult(e.id, acme.id, JobKind::CreateProduct, result(JobStatus::Succeeded, QStringLiteral("prod_1")), e.version));
    const auto history = c.history(e.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().author, QStringLiteral("Robin"));
    QCOMPARE(c.product(e.id)->updatedBy, QStringLiteral("Dana")); // sending is not editing
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

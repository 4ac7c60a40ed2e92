// The catalog list's search, indexed (SQLite: the trigram full-text table of format 9; PostgreSQL:
// LIKE on its trigram index), against a plain substring search in memory over what the list
// shows: on generated catalogs of accents, case, CJK, emoji, symbols and LIKE's and FTS5's own
// metacharacters, for needles of one, two and more characters, alone and with the filters and
// sorts of the list, after inserts, updates, renames, deletes and undone deletes, after a reopen
// and after the migration from format 8 built the index for rows already there.
#include "CatalogEngines.h"
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace pb;

namespace {

// Words the names are made of: each a case, script or symbol the search must treat exactly as a
// lowercase substring search does.
const QStringList kWords = {
    QStringLiteral("Plan"), QStringLiteral("PLAN"), QStringLiteral("plan"), QStringLiteral("Gold"), QStringLiteral("gOLd"),
    QStringLiteral("Café"), QStringLiteral("CAFÉ"), QStringLiteral("cafe"), QStringLiteral("Cafe\u0301"), // é, É, e, e + accent
    QStringLiteral("naïve"), QStringLiteral("Ærø"), QStringLiteral("Straße"), QStringLiteral("STRASSE"), QStringLiteral("İstanbul"),
    QStringLiteral("ΣΟΦΊΑ"), QStringLiteral("σοφία"), QStringLiteral("日本語プラン"), QStringLiteral("中文"), QStringLiteral("한국어"),
    QStringLiteral("🚀"), QStringLiteral("👍🏽"), QStringLiteral("🇩🇪"), QStringLiteral("50%"), QStringLiteral("100%_off"),
    QStringLiteral("a_b"), QStringLiteral("back\\slash"), QStringLiteral("\\%"), QStringLiteral("\"quoted\""), QStringLiteral("it's"),
    QStringLiteral("*star*"), QStringLiteral("NEAR"), QStringLiteral("AND"), QStringLiteral("-x:"), QStringLiteral("^caret"),
    QStringLiteral("$9.99"), QStringLiteral("€"), QStringLiteral("—"), QStringLiteral("(pro)"), QStringLiteral("[v2]"),
    QStringLiteral("aaaa"), QStringLiteral("aaa"), QStringLiteral("x"), QStringLiteral("xy"), QStringLiteral("KELVIN\u212A"),
};

// Needles that are hard on purpose; more are cut from the catalog's own texts.
const QStringList kNeedles = {
    QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("é"), QStringLiteral("É"), QStringLiteral("e\u0301"), QStringLiteral("日"),
    QStringLiteral("日本"), QStringLiteral("日本語"), QStringLiteral("本語プ"), QStringLiteral("🚀"), QStringLiteral("👍🏽"),
    QStringLiteral("🇩🇪"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"), QStringLiteral("%_"), QStringLiteral("\\%"),
    QStringLiteral("50%"), QStringLiteral("0%_o"), QStringLiteral("a_b"), QStringLiteral("k\\s"), QStringLiteral("\""),
    QStringLiteral("\"\""), QStringLiteral("\"quo"), QStringLiteral("d\" "), QStringLiteral("'s"), QStringLiteral("*"),
    QStringLiteral("*st"), QStringLiteral("near"), QStringLiteral("AND"), QStringLiteral(" and "), QStringLiteral("-x:"),
    QStringLiteral("^ca"), QStringLiteral("$9."), QStringLiteral("€"), QStringLiteral("—"), QStringLiteral("(pro"),
    QStringLiteral("[v2]"), QStringLiteral("aa"), QStringLiteral("aaa"), QStringLiteral("aaaa"), QStringLiteral("aaaaa"),
    QStringLiteral("straße"), QStringLiteral("STRASSE"), QStringLiteral("ss"), QStringLiteral("İst"), QStringLiteral("i̇st"),
    QStringLiteral("ist"), QStringLiteral("σοφ"), QStringLiteral("ΣΟΦ"), QStringLiteral("ία"), QStringLiteral("  gold  "),
    QStringLiteral("plan gold"), QStringLiteral("pla"), QStringLiteral("plan"), QStringLiteral("kelvink"), QStringLiteral("kelvin\u212a"),
    QStringLiteral("nothing like this"), QStringLiteral("zzz"), QStringLiteral("ærø"), QStringLiteral("한국"), QStringLiteral("/"),
    QStringLiteral("US$"), QStringLiteral("month"), QStringLiteral("0.0"), QStringLiteral("   "),
};

struct Fixture {
    QList<Account> accounts;
    QRandomGenerator rng { 16 };
    pbtest::Generator gen { 16 };
    int named = 0;

    QString name()
    {
        QStringList parts;
        const int n = 1 + int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            parts << kWords.at(int(rng.bounded(kWords.size())));
        return parts.join(rng.bounded(4) == 0 ? QStringLiteral("  ") : QStringLiteral(" ")) + QStringLiteral(" %1").arg(named++);
    }

    CatalogEntry product()
    {
        CatalogEntry e;
        const int which = int(rng.bounded(3));
        e.provider = which == 0 ? providers::ChatDash : which == 1 ? providers::Stripe : providers::Piriod;
        e.product = which == 0 ? gen.chatDash() : which == 1 ? gen.stripe() : gen.piriod();
        e.product.name = name();
        e.product.status = rng.bounded(2) ? QStringLiteral("active") : QStringLiteral("archived");
        if (rng.bounded(3) != 0) {
            for (const Account& a : accounts)
                if (a.target.provider == e.provider)
                    e.accountId = a.id;
        }
        return e;
    }
};

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchesTheSubstringSearch();
    void staysInStepWithEveryWrite();
    void migrationIndexesTheRowsAlreadyThere();
    void integrityCheckFindsAnIndexOutOfStep();
    void bulkSaveIndexesOnceAndLeavesTheTriggerAsItWas();

private:
    QString path() const { return pbtest::catalogLocation(m_dir->filePath(QStringLiteral("catalog.sqlite"))); }
    void addAccounts(Catalog& c);
    // Every needle and filter combination: the catalog's answer against memory's.
    void compareAll(Catalog& c, const QStringList& needles);
    void compare(Catalog& c, ListFilter f, const QList<CatalogRow>& all);
    QStringList needlesFrom(const QList<CatalogRow>& all, int count);
    // SQLite: the full-text index agrees with the products it indexes, row by row.
    void checkIndexIntegrity(Catalog& c);

    std::unique_ptr<QTemporaryDir> m_dir;
    Fixture m_fx;
};

void TestSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fx = {};
}

void TestSearch::cleanup() { m_dir.reset(); }

void TestSearch::addAccounts(Catalog& c)
{
    for (Provider p : { providers::Stripe, providers::Piriod, providers::ChatDash }) {
        Account a;
        a.name = QStringLiteral("Ácme %1 ünïcode").arg(providerKey(p));
        a.target.provider = p;
        QVERIFY2(c.saveAccount(a), qPrintable(c.lastError()));
        m_fx.accounts.append(a);
    }
}

QStringList TestSearch::needlesFrom(const QList<CatalogRow>& all, int count)
{
    // Pieces of 1 to 7 characters (code points, so no emoji is cut in half) of what the list
    // shows, in the case they were written or flipped to upper case.
    QStringList out;
    QRandomGenerator rng(9);
    for (int i = 0; i < count && !all.isEmpty(); ++i) {
        const CatalogRow& r = all.at(int(rng.bounded(all.size())));
        const QList<uint> text = (rng.bounded(2) ? r.name : r.summary).toUcs4();
        if (text.isEmpty())
            continue;
        const int length = 1 + int(rng.bounded(7));
        const int from = int(rng.bounded(text.size()));
        const QList<uint> piece = text.mid(from, length);
        QString needle = QString::fromUcs4(reinterpret_cast<const char32_t*>(piece.constData()), piece.size());
        if (rng.bounded(3) == 0)
            needle = needle.toUpper();
        out << needle;
    }
    return out;
}

void TestSearch::compare(Catalog& c, ListFilter f, const QList<CatalogRow>& all)
{
    // `all` is the whole list in f's order with no search: the expected rows are those of it
    // whose name and summary hold the needle, lowercase both, as plain strings.
    const QString needle = f.text.trimmed().toLower();
    QStringList expected;
    for (const CatalogRow& r : all)
        if ((r.name + u' ' + r.summary).toLower().contains(needle))
            expected << r.id;
    const QString what = QStringLiteral("needle “%1”, sort %2").arg(f.text).arg(int(f.sortColumn));
    const int counted = c.count(f);
    QVERIFY2(counted == int(expected.size()),
             qPrintable(what + QStringLiteral(": counted %1, expected %2 (%3)").arg(counted).arg(expected.size()).arg(c.lastError())));
    QStringList got;
    for (const CatalogRow& r : c.rows(f, 0, INT_MAX))
        got << r.id;
    QVERIFY2(got == expected, qPrintable(what + QStringLiteral(": %1 rows, expected %2").arg(got.size()).arg(expected.size())));
    // Small windows, as the list asks them (both ways a window is found: from the matches, and
    // by walking the sort order when the matches are many).
    for (int offset : { 0, 3, int(expected.size()) - 2 }) {
        if (offset < 0)
            continue;
        QStringList window;
        for (const CatalogRow& r : c.rows(f, offset, 4))
            window << r.id;
        QVERIFY2(window == expected.mid(offset, 4), qPrintable(what + QStringLiteral(", window at %1").arg(offset)));
    }
    if (!expected.isEmpty()) {
        const QString last = expected.last();
        QCOMPARE(c.rowOf(f, last), int(expected.size()) - 1);
    }
}

void TestSearch::compareAll(Catalog& c, const QStringList& needles)
{
    struct Variant {
        ListFilter::Column sort;
        Qt::SortOrder order;
        int filter; // 0 none, 1 provider, 2 account, 3 status, 4 sync state, 5 provider and status
    };
    const QList<Variant> variants = {
        { ListFilter::Updated, Qt::DescendingOrder, 0 }, { ListFilter::Name, Qt::AscendingOrder, 0 },
        { ListFilter::Name, Qt::DescendingOrder, 1 },    { ListFilter::Account, Qt::AscendingOrder, 2 },
        { ListFilter::Summary, Qt::AscendingOrder, 3 },  { ListFilter::Sync, Qt::DescendingOrder, 4 },
        { ListFilter::Provider, Qt::AscendingOrder, 5 },
    };
    for (const Variant& v : variants) {
        ListFilter f;
        f.sortColumn = v.sort;
        f.sortOrder = v.order;
        if (v.filter == 1 || v.filter == 5)
            f.provider = providers::Stripe;
        if (v.filter == 2)
            f.accountId = m_fx.accounts.first().id;
        if (v.filter == 3 || v.filter == 5)
            f.status = QStringLiteral("active");
        if (v.filter == 4)
            f.syncState = SyncState::Draft;
        const QList<CatalogRow> all = c.rows(f, 0, INT_MAX);
        QVERIFY(!all.isEmpty());
        QVERIFY2(c.lastError().isEmpty(), qPrintable(c.lastError()));
        for (const QString& needle : needles + needlesFrom(all, 60)) {
            f.text = needle;
            compare(c, f, all);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestSearch::checkIndexIntegrity(Catalog& c)
{
    if (pbtest::onPostgres())
        return; // the server keeps its own index; nothing of it can be out of step
    QCOMPARE(c.integrityCheck(), QStringLiteral("ok")); // on SQLite: the products and the index, row by row
}

void TestSearch::matchesTheSubstringSearch()
{
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    addAccounts(c);
    QList<CatalogEntry> entries;
    for (int i = 0; i < 400; ++i)
        entries << m_fx.product();
    QVERIFY2(c.saveProducts(entries), qPrintable(c.lastError()));
    checkIndexIntegrity(c);
    compareAll(c, kNeedles);
}

void TestSearch::staysInStepWithEveryWrite()
{
    QString error;
    QStringList removedIds;
    {
        Catalog c;
        QVERIFY2(c.open(path(), &error), qPrintable(error));
        addAccounts(c);
        QList<CatalogEntry> entries;
        for (int i = 0; i < 150; ++i)
            entries << m_fx.product();
        QVERIFY2(c.saveProducts(entries), qPrintable(c.lastError()));

        // Inserts one by one, as the window's autosave does.
        for (int i = 0; i < 30; ++i) {
            CatalogEntry e = m_fx.product();
            QVERIFY2(c.saveProduct(e), qPrintable(c.lastError()));
            entries << e;
        }
        // Renames (the search text changes) and updates that keep the name (it may not).
        for (int i = 0; i < 40; ++i) {
            CatalogEntry& e = entries[i * 4];
            if (i % 2 == 0)
                e.product.name = m_fx.name();
            else if (!e.product.prices.isEmpty())
                e.product.prices.first().amount = e.product.prices.first().amount.value_or(0) + 1234;
            QVERIFY2(c.saveProduct(e), qPrintable(c.lastError()));
        }
        // One product's name taken away and given back: in and out of a needle's matches.
        CatalogEntry& flip = entries[1];
        const QString kept = flip.product.name;
        flip.product.name = QStringLiteral("zzz only here");
        QVERIFY(c.saveProduct(flip));
        ListFilter only;
        only.text = QStringLiteral("zzz only");
        QCOMPARE(c.count(only), 1);
        flip.product.name = kept;
        QVERIFY(c.saveProduct(flip));
        QCOMPARE(c.count(only), 0);

        // Deletes, then some of them undone: exactly as they were, and as a whole snapshot.
        QList<CatalogEntry> removed;
        QList<Catalog::ProductSnapshot> snapshots;
        for (int i = 0; i < 30; ++i) {
            const CatalogEntry& e = entries.at(10 + i * 5);
            if (i % 3 == 0) {
                const auto snap = c.snapshot(e.id);
                QVERIFY(snap);
                snapshots << *snap;
            } else {
                removed << *c.product(e.id);
            }
            QVERIFY2(c.removeProduct(e.id), qPrintable(c.lastError()));
            removedIds << e.id;
        }
        checkIndexIntegrity(c);
        compareAll(c, kNeedles);
        if (QTest::currentTestFailed())
            return;
        for (int i = 0; i < removed.size(); i += 2) {
            QVERIFY2(c.restoreProduct(removed.at(i)), qPrintable(c.lastError()));
            removedIds.removeAll(removed.at(i).id);
        }
        for (const Catalog::ProductSnapshot& s : snapshots) {
            QVERIFY2(c.restoreSnapshot(s), qPrintable(c.lastError()));
            removedIds.removeAll(s.entry.id);
        }
        checkIndexIntegrity(c);
        compareAll(c, kNeedles);
        if (QTest::currentTestFailed())
            return;
    }
    // Reopened: the index is in the file, and what was deleted stays out of it.
    Catalog c;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    for (const QString& id : removedIds)
        QVERIFY(!c.product(id));
    checkIndexIntegrity(c);
    compareAll(c, kNeedles);
}

void TestSearch::migrationIndexesTheRowsAlreadyThere()
{
    // A catalog of format 8, its rows written as a Pricebook of that format wrote them.
    QString error;
    {
        QSqlDatabase db = Database::open(path(), QStringLiteral("old"), &error, 8);
        QVERIFY2(db.isValid(), qPrintable(error));
        QSqlQuery q(db);
        const QStringList providerKeys = { QStringLiteral("stripe"), QStringLiteral("piriod"), QStringLiteral("chatdash") };
        for (const QString& key : providerKeys) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts(id, provider, name, created_at, updated_at)"
                                          " VALUES('acct-%1', '%1', 'Ácme %1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
                               .arg(key)));
            Account a;
            a.id = QStringLiteral("acct-") + key;
            m_fx.accounts << a;
        }
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO products(id, provider, account_id, name, status, summary, document, created_at,"
                                         " updated_at, search) VALUES(?, ?, ?, ?, ?, ?, '{}', '2025-01-01T00:00:00.000Z', ?, ?)")));
        for (int i = 0; i < 300; ++i) {
            const QString name = m_fx.name();
            const QString summary = QStringLiteral("US$%1.00 per month").arg(i);
            const QString key = providerKeys.at(i % 3);
            q.addBindValue(QStringLiteral("old-%1").arg(i));
            q.addBindValue(key);
            q.addBindValue(i % 5 == 0 ? QVariant() : QVariant(QStringLiteral("acct-") + key));
            q.addBindValue(name);
            q.addBindValue(i % 2 ? QStringLiteral("active") : QStringLiteral("archived"));
            q.addBindValue(summary);
            q.addBindValue(QStringLiteral("2025-01-02T00:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0')));
            q.addBindValue((name + u' ' + summary).toLower());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        db = QSqlDatabase();
        Database::close(QStringLiteral("old"));
    }
    Catalog c;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().last());
    QCOMPARE(Database::version(db), Database::kLatestVersion);
    QCOMPARE(c.productCount(), 300);
    checkIndexIntegrity(c);
    compareAll(c, kNeedles);
    // And a product saved after the migration is found like the old ones.
    CatalogEntry e = m_fx.product();
    e.product.name = QStringLiteral("Nachher Straße 日本語");
    QVERIFY(c.saveProduct(e));
    ListFilter f;
    f.text = QStringLiteral("HER STR");
    QCOMPARE(c.count(f), 1);
    f.text = QStringLiteral("本語");
    QVERIFY(c.count(f) >= 1);
    compareAll(c, kNeedles);
}

void TestSearch::integrityCheckFindsAnIndexOutOfStep()
{
    PBTEST_SQLITE_ONLY();
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    QList<CatalogEntry> entries;
    for (int i = 0; i < 20; ++i)
        entries << m_fx.product();
    QVERIFY(c.saveProducts(entries));
    QCOMPARE(c.integrityCheck(), QStringLiteral("ok"));
    // A write that goes around the index (its trigger gone): the check says so.
    QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().last());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER products_fts_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE products SET search = 'not what the index holds' WHERE id = '%1'").arg(entries.first().id)));
    QVERIFY(c.integrityCheck().startsWith(QStringLiteral("search index: ")));
}

// Many new products in one save (an import) are indexed by one statement at its end, the insert
// trigger taken out meanwhile: the index then holds exactly what the trigger would have put in,
// the trigger is back as it was, and a bulk save that fails leaves both, and its entries, as they
// were.
void TestSearch::bulkSaveIndexesOnceAndLeavesTheTriggerAsItWas()
{
    Catalog c;
    QString error;
    QVERIFY2(c.open(path(), &error), qPrintable(error));
    addAccounts(c);
    auto triggers = [&] {
        if (pbtest::onPostgres())
            return QString();
        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().last()));
        q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name)"));
        return q.next() ? q.value(0).toString() : QStringLiteral("unreadable");
    };
    const QString before = triggers();
    QVERIFY(pbtest::onPostgres() || before.contains(QStringLiteral("products_fts_insert")));
    QList<CatalogEntry> some;
    for (int i = 0; i < 100; ++i)
        some << m_fx.product();
    QVERIFY2(c.saveProducts(some), qPrintable(c.lastError())); // below the bulk size: row by row
    QList<CatalogEntry> many;
    for (int i = 0; i < 1500; ++i)
        many << m_fx.product();
    QVERIFY2(c.saveProducts(many), qPrintable(c.lastError()));
    QCOMPARE(triggers(), before);
    checkIndexIntegrity(c);
    compareAll(c, kNeedles);

    // A bulk save with one id that someone else has taken meanwhile: nothing of it is saved, the
    // entries keep what they had.
    CatalogEntry theirs = m_fx.product();
    {
        Catalog other;
        QVERIFY2(other.open(path(), &error), qPrintable(error));
        QVERIFY2(other.saveProduct(theirs), qPrintable(other.lastError()));
    }
    QList<CatalogEntry> refused;
    for (int i = 0; i < 1200; ++i)
        refused << m_fx.product();
    refused[700].id = theirs.id;
    const QList<CatalogEntry> asGiven = refused;
    QVERIFY(!c.saveProducts(refused));
    QVERIFY2(c.lastError().contains(asGiven.at(700).product.name) && c.lastError().contains(QStringLiteral("nothing was saved")), qPrintable(c.lastError()));
    c.clearError();
    auto keptAsGiven = [](const QList<CatalogEntry>& now, const QList<CatalogEntry>& given) {
        for (qsizetype i = 0; i < now.size(); ++i) {
            QCOMPARE(now.at(i).id, given.at(i).id);
            QCOMPARE(now.at(i).version, 0);
            QCOMPARE(now.at(i).created, given.at(i).created);
            QVERIFY(!now.at(i).updated.isValid());
            QCOMPARE(now.at(i).updatedBy, given.at(i).updatedBy);
        }
    };
    keptAsGiven(refused, asGiven);
    QCOMPARE(c.ids(ListFilter {}).size(), some.size() + many.size() + 1);
    QCOMPARE(triggers(), before);
    // One product the catalog cannot take (an account it does not have): the rows are written one
    // by one to name it, and nothing of the save stays.
    QList<CatalogEntry> failing;
    for (int i = 0; i < 1100; ++i)
        failing << m_fx.product();
    failing[500].accountId = QStringLiteral("no-such-account");
    const QList<CatalogEntry> failingGiven = failing;
    QVERIFY(!c.saveProducts(failing));
    QVERIFY2(c.lastError().contains(failingGiven.at(500).product.name), qPrintable(c.lastError()));
    c.clearError();
    keptAsGiven(failing, failingGiven);
    QCOMPARE(c.ids(ListFilter {}).size(), some.size() + many.size() + 1);
    QCOMPARE(triggers(), before);
    // The trigger indexes again: a product saved alone afterwards is found.
    CatalogEntry later = m_fx.product();
    later.product.name = QStringLiteral("Zqxj saved after the bulk save");
    QVERIFY2(c.saveProduct(later), qPrintable(c.lastError()));
    ListFilter f;
    f.text = QStringLiteral("zqxj saved");
    QCOMPARE(c.ids(f), QStringList { later.id });
    checkIndexIntegrity(c);
    compareAll(c, kNeedles);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

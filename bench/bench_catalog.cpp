// Catalog figures on generated products: insert, then through the real CatalogStore and
// CatalogTableModel the time from asking to having the count and the first 200 rows, for the
// first load, text search, provider and sync-state filters, and sorting. Medians of 5 runs.
//   build/bench/bench_catalog [--products 100000] [--runs 5]
//                             [--keep DIR]         leave the generated catalog in DIR (pricebook --data-dir DIR)
//                             [--generate-only]    write the catalog and stop
//                             [--catalog URL]      fill and measure this empty catalog instead, e.g. a team
//                                                  catalog on PostgreSQL (bench/run-team-benchmarks.sh)
//                             [--synced N]         how many products are synced (default a tenth, at most 10,000
//                                                  above 100,000 products)
//                             [--io DIR]           for the import and export figures: DIR/source, a catalog whose
//                                                  products are on accounts of their own provider (so that its
//                                                  export imports cleanly), and DIR/target, empty with the same
//                                                  accounts; then stop
// Above 100,000 products the catalog is written in transactions of 100,000 (memory stays bounded).
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "ui/CatalogTableModel.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace pb;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Applies `change` and waits until the model has its count and rows 0..199 loaded.
double timeToFirstRows(CatalogTableModel& model, const std::function<void()>& change)
{
    QEventLoop loop;
    QElapsedTimer clock;
    bool counted = false;
    auto c1 = QObject::connect(&model, &CatalogTableModel::countChanged, &loop, [&](int count) {
        counted = true;
        if (count == 0)
            loop.quit();
        else
            model.data(model.index(0, 0)); // the view asks for the first rows
    });
    auto c2 = QObject::connect(&model, &CatalogTableModel::windowLoaded, &loop, [&](int first) {
        if (counted && first == 0)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    change();
    loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("products"), QStringLiteral("How many products."), QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Leave the generated catalog in this folder."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("generate-only"), QStringLiteral("Write the catalog, skip the figures.") });
    parser.addOption({ QStringLiteral("synced"), QStringLiteral("How many products are synced."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("io"), QStringLiteral("Write DIR/source and DIR/target for the import and export figures."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("catalog"), QStringLiteral("An empty catalog to fill and measure (a path or a postgresql:// URL)."),
                       QStringLiteral("URL") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("products")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString io = parser.value(QStringLiteral("io"));
    const QString keep = io.isEmpty() ? parser.value(QStringLiteral("keep")) : io + QStringLiteral("/source");
    if (!keep.isEmpty() && !QDir().mkpath(keep)) {
        out << "cannot create " << keep << '\n';
        return 1;
    }
    const QString path = parser.isSet(QStringLiteral("catalog")) ? parser.value(QStringLiteral("catalog"))
                       : keep.isEmpty()                         ? dir.filePath(QStringLiteral("catalog.sqlite"))
                                                                : Database::pathInDirectory(keep);
    if (!parser.isSet(QStringLiteral("catalog")) && QFile::exists(path)) {
        out << path << " exists already; give an empty folder\n";
        return 1;
    }
    const Provider kinds[] = { providers::ChatDash, providers::Stripe, providers::Piriod };
    // The accounts: "Acme" for half the products; for --io one account per provider instead.
    auto addAccounts = [&](Catalog& catalog) {
        QList<Account> accounts;
        for (int k = 0; k < (io.isEmpty() ? 1 : 3); ++k) {
            Account a;
            a.name = io.isEmpty() ? QStringLiteral("Acme") : QStringLiteral("Acme %1").arg(providerKey(kinds[k]));
            if (!io.isEmpty())
                a.target.provider = kinds[k];
            catalog.saveAccount(a);
            accounts << a;
        }
        return accounts;
    };
    QElapsedTimer clock;
    {
        Catalog catalog;
        QString error;
        if (!catalog.open(path, &error)) {
            out << error << '\n';
            return 1;
        }
        if (catalog.productCount() > 0) {
            out << path << " is not empty; give an empty catalog\n";
            return 1;
        }
        out << (catalog.isServer() ? "engine: PostgreSQL\n" : "engine: SQLite\n");
        const QList<Account> accounts = addAccounts(catalog);
        pbtest::Generator gen(1);
        constexpr int kChunk = 100000;
        const int synced = parser.isSet(QStringLiteral("synced")) ? parser.value(QStringLiteral("synced")).toInt()
                                                                   : count <= kChunk ? count / 10 : 10000;
        QStringList syncedIds;
        qint64 ms = 0;
        for (int from = 0; from < count; from += kChunk) {
            QList<CatalogEntry> entries;
            entries.reserve(qMin(kChunk, count - from));
            for (int i = from; i < count && i < from + kChunk; ++i) {
                CatalogEntry e;
                const int kind = i % 3;
                e.provider = kinds[kind];
                e.accountId = i % 2 ? accounts.at(io.isEmpty() ? 0 : kind).id : QString();
                e.product = kind == 0 ? gen.chatDash() : kind == 1 ? gen.stripe() : gen.piriod();
                e.product.name = QStringLiteral("Plan %1").arg(i);
                entries.append(e);
            }
            clock.start();
            if (!catalog.saveProducts(entries)) {
                out << catalog.lastError() << '\n';
                return 1;
            }
            ms += clock.elapsed();
            for (qsizetype i = 0; i < entries.size() && syncedIds.size() < synced; ++i)
                syncedIds << entries.at(i).id;
        }
        out << QStringLiteral("insert %1 products in %2 transaction(s): %3 ms (%4 products/s)\n")
                   .arg(count)
                   .arg((count + kChunk - 1) / kChunk)
                   .arg(ms)
                   .arg(ms > 0 ? qint64(count) * 1000 / ms : 0);
        // Synced ones, for the sync-state filter: a transaction each, so without waiting for the
        // disk after each (a generated catalog, not one whose every write must survive a crash).
        if (!catalog.isServer())
            QSqlQuery(catalog.database()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        for (int i = 0; i < syncedIds.size(); ++i)
        {
            JobResult result;
            result.status = JobStatus::Succeeded;
            result.object.id = QStringLiteral("prod_%1").arg(i);
            result.httpStatus = 200;
            result.attempts = 1;
            catalog.recordResult(syncedIds.at(i), accounts.first().id, JobKind::CreateProduct, result, 1);
        }
    }
    if (!io.isEmpty()) {
        Catalog target;
        QString error;
        if (!QDir().mkpath(io + QStringLiteral("/target")) || !target.open(Database::pathInDirectory(io + QStringLiteral("/target")), &error)) {
            out << "cannot make the target catalog: " << error << '\n';
            return 1;
        }
        addAccounts(target);
        return 0;
    }

    if (parser.isSet(QStringLiteral("generate-only")))
        return 0;

    struct Figure {
        QString name;
        std::function<void(CatalogTableModel&)> change;
    };
    const QList<Figure> changes {
        { QStringLiteral("search \"plan 4242\" (text, LIKE over name and price)"), [](CatalogTableModel& m) { m.setFilterText(QStringLiteral("plan 4242")); } },
        { QStringLiteral("search \"per month\" (matches about a third)"), [](CatalogTableModel& m) { m.setFilterText(QStringLiteral("per month")); } },
        { QStringLiteral("filter provider = Stripe"), [](CatalogTableModel& m) { ListFilter f; f.provider = providers::Stripe; m.setFilter(f); } },
        { QStringLiteral("filter sync state = Synced"), [](CatalogTableModel& m) { ListFilter f; f.syncState = SyncState::Synced; m.setFilter(f); } },
        { QStringLiteral("sort by name"), [](CatalogTableModel& m) { m.sort(CatalogTableModel::NameColumn, Qt::AscendingOrder); } },
        { QStringLiteral("clear filter (back to all, newest first)"), [](CatalogTableModel& m) { m.setFilter(ListFilter {}); } },
    };
    QMap<QString, QList<double>> figures;
    QStringList order { QStringLiteral("open the catalog, count, first 200 rows") };
    for (const Figure& f : changes)
        order << f.name;
    for (int run = 0; run < runs; ++run) {
        CatalogStore store;
        CatalogTableModel model(&store);
        figures[order.first()] << timeToFirstRows(model, [&] { store.open(path); });
        for (const Figure& f : changes) {
            if (f.name.startsWith(u"sort"))
                timeToFirstRows(model, [&] { model.setFilter(ListFilter {}); });
            figures[f.name] << timeToFirstRows(model, [&] { f.change(model); });
        }
    }
    out << QStringLiteral("median of %1 runs, %2 products (time until the count and the first 200 rows are in the model):\n").arg(runs).arg(count);
    for (const QString& name : order)
        out << QStringLiteral("  %1: %2 ms\n").arg(name, -60).arg(median(figures.value(name)), 0, 'f', 1);
    return 0;
}

// Catalog figures on generated products: insert, then through the real CatalogStore and
// CatalogTableModel the time from asking to having the count and the first 200 rows, for the
// first load, text search, provider and sync-state filters, and sorting. Medians of 5 runs.
//   build/bench/bench_catalog [--products 100000] [--runs 5]
//                             [--keep DIR]         leave the generated catalog in DIR (pricebook --data-dir DIR)
//                             [--generate-only]    write the catalog and stop
//                             [--catalog URL]      fill and measure this empty catalog instead, e.g. a team
//                                                  catalog on PostgreSQL (bench/run-team-benchmarks.sh)
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
    parser.addOption({ QStringLiteral("catalog"), QStringLiteral("An empty catalog to fill and measure (a path or a postgresql:// URL)."),
                       QStringLiteral("URL") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("products")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString keep = parser.value(QStringLiteral("keep"));
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
        Account acme;
        acme.name = QStringLiteral("Acme");
        catalog.saveAccount(acme);
        pbtest::Generator gen(1);
        QList<CatalogEntry> entries;
        entries.reserve(count);
        for (int i = 0; i < count; ++i) {
            CatalogEntry e;
            const int kind = i % 3;
            e.provider = kind == 0 ? providers::ChatDash : kind == 1 ? providers::Stripe : providers::Piriod;
            e.accountId = i % 2 ? acme.id : QString();
            e.product = kind == 0 ? gen.chatDash() : kind == 1 ? gen.stripe() : gen.piriod();
            e.product.name = QStringLiteral("Plan %1").arg(i);
            entries.append(e);
        }
        clock.start();
        if (!catalog.saveProducts(entries)) {
            out << catalog.lastError() << '\n';
            return 1;
        }
        out << QStringLiteral("insert %1 products in one transaction: %2 ms\n").arg(count).arg(clock.elapsed());
        for (int i = 0; i < count / 10; ++i) // a tenth synced, for the sync-state filter
        {
            JobResult synced;
            synced.status = JobStatus::Succeeded;
            synced.object.id = QStringLiteral("prod_%1").arg(i);
            synced.httpStatus = 200;
            synced.attempts = 1;
            catalog.recordResult(entries.at(i).id, acme.id, JobKind::CreateProduct, synced, 1);
        }
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

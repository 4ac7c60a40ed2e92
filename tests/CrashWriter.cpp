// Helper for tst_crash: writes products into a catalog as fast as it can and prints
// "committed <id> <version>" after each commit returns, until it is killed.
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/storage/Catalog.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 64;
    pb::Catalog catalog;
    QString error;
    if (!catalog.open(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    pbtest::Generator gen(QByteArray(argv[2]).toUInt());
    QTextStream out(stdout);
    QList<pb::CatalogEntry> written;
    for (int i = 0;; ++i) {
        QList<pb::CatalogEntry> batch;
        // Mostly new products, sometimes a new version of an earlier one, sometimes a batch.
        const int kind = gen.pick(10);
        if (kind < 6 || written.isEmpty()) {
            pb::CatalogEntry e;
            e.provider = pb::providers::Stripe;
            e.product = gen.stripe();
            batch.append(e);
        } else if (kind < 9) {
            pb::CatalogEntry e = written.at(gen.pick(int(written.size())));
            e.product.name = QStringLiteral("Edited %1").arg(i);
            batch.append(e);
        } else {
            for (int k = 0; k < 20; ++k) {
                pb::CatalogEntry e;
                e.provider = pb::providers::Piriod;
                e.product = gen.piriod();
                batch.append(e);
            }
        }
        if (!catalog.saveProducts(batch)) {
            QTextStream(stderr) << catalog.lastError() << '\n';
            return 1;
        }
        for (const pb::CatalogEntry& e : batch) {
            out << "committed " << e.id << ' ' << e.version << '\n';
            written.append(e);
        }
        out.flush();
    }
}

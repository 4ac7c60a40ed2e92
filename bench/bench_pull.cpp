// Pull benchmark: an account of N Stripe products (each with a monthly default price, a yearly
// price, and every third an archived older price) in the sandbox, pulled twice into a fresh
// catalog. Prints what was adopted, whether every price is there once with the default marked,
// and the request rate against the account's limit.
//   bench_pull [--products 10000] [--rate 25]     (rate 0: no limit)
#include "services/sandbox/SandboxServer.h"
#include "services/providers/Registry.h"
#include "services/sync/Pull.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <functional>

using namespace pb;

namespace {

// Sends the seeding requests a few at a time; each answer may queue the next ones.
class Seeder
{
public:
    Seeder(QNetworkAccessManager* nam, const QString& base) : m_nam(nam), m_base(base) {}
    void post(const QString& path, const QByteArray& body, std::function<void(const QJsonObject&)> then)
    {
        m_queue.append({ path, body, std::move(then) });
        pump();
    }
    void wait()
    {
        while (!m_queue.isEmpty() || m_inFlight > 0)
            m_loop.exec();
    }

private:
    struct Item {
        QString path;
        QByteArray body;
        std::function<void(const QJsonObject&)> then;
    };
    void pump()
    {
        while (m_inFlight < 8 && !m_queue.isEmpty()) {
            Item item = m_queue.takeFirst();
            QNetworkRequest req { QUrl(m_base + item.path) };
            req.setRawHeader("Authorization", "Bearer sk_test_bench");
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            QNetworkReply* reply = m_nam->post(req, item.body);
            ++m_inFlight;
            QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, then = item.then] {
                --m_inFlight;
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                if (then)
                    then(o);
                pump();
                m_loop.quit();
            });
        }
    }
    QNetworkAccessManager* m_nam;
    QString m_base;
    QList<Item> m_queue;
    int m_inFlight = 0;
    QEventLoop m_loop;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("products"), QStringLiteral("Products in the account."), QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("The account's rate limit (requests/s; 0: none)."), QStringLiteral("R"), QStringLiteral("25") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("products")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();

    SandboxServer sandbox;
    if (!sandbox.listen())
        qFatal("sandbox did not listen");
    QNetworkAccessManager nam;
    Seeder seeder(&nam, sandbox.baseUrl());
    QHash<QString, QSet<QString>> made;   // product -> its prices
    QHash<QString, QString> defaults;     // product -> its default price
    QElapsedTimer seeding;
    seeding.start();
    for (int i = 0; i < count; ++i) {
        seeder.post(QStringLiteral("/v1/products"),
                    "name=Bench+" + QByteArray::number(i) + "&default_price_data[currency]=usd&default_price_data[unit_amount]="
                        + QByteArray::number(1000 + i) + "&default_price_data[recurring][interval]=month",
                    [&, i](const QJsonObject& p) {
                        const QString id = p.value(u"id").toString();
                        made[id].insert(p.value(u"default_price").toString());
                        defaults.insert(id, p.value(u"default_price").toString());
                        seeder.post(QStringLiteral("/v1/prices"), "product=" + id.toUtf8() + "&currency=usd&unit_amount=" + QByteArray::number(10000 + i)
                                                                      + "&recurring[interval]=year",
                                    [&, id](const QJsonObject& y) { made[id].insert(y.value(u"id").toString()); });
                        if (i % 3 == 0)
                            seeder.post(QStringLiteral("/v1/prices"), "product=" + id.toUtf8() + "&currency=usd&unit_amount=900",
                                        [&, id](const QJsonObject& old) {
                                            made[id].insert(old.value(u"id").toString());
                                            seeder.post(QStringLiteral("/v1/prices/") + old.value(u"id").toString(), "active=false", {});
                                        });
                    });
    }
    seeder.wait();
    qint64 madePrices = 0;
    for (const auto& prices : std::as_const(made))
        madePrices += prices.size();
    printf("seeded %d products with %lld prices in %.1f s\n", int(made.size()), madePrices, seeding.elapsed() / 1000.0);
    sandbox.setRateLimit(rate);

    QTemporaryDir dir;
    CatalogStore store;
    bool opened = false;
    {
        QEventLoop loop;
        QObject::connect(&store, &CatalogStore::opened, &loop, [&](bool ok) { opened = ok; loop.quit(); });
        store.open(dir.filePath(QStringLiteral("catalog.sqlite")));
        loop.exec();
    }
    if (!opened)
        qFatal("catalog did not open");
    Catalog catalog;
    QString error;
    if (!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite")), &error))
        qFatal("%s", qPrintable(error));
    Account account;
    account.name = QStringLiteral("Stripe bench (test)");
    account.target.provider = providerFromKey(QStringLiteral("stripe")).value();
    account.target.baseUrl = sandbox.baseUrl();
    account.sandbox = true;
    catalog.saveAccount(account);

    int exitCode = 0;
    for (int run = 1; run <= 2; ++run) {
        PullOptions options;
        options.ratePerSecond = rate > 0 ? rate : 100000;
        Pull pull(&store, &nam, account, Account::sandboxKey(), options);
        PullReport report;
        QEventLoop loop;
        QObject::connect(&pull, &Pull::finished, &loop, [&](const PullReport& r) { report = r; loop.quit(); });
        const qint64 limitedBefore = sandbox.stats().rateLimited;
        QElapsedTimer t;
        t.start();
        pull.start();
        loop.exec();
        store.waitForIdle();
        const double seconds = t.elapsed() / 1000.0;
        // Every product once, every price once, the default marked.
        int wrong = 0;
        qint64 prices = 0;
        QSet<QString> seen;
        for (const QString& productId : std::as_const(report.adoption.productIds)) {
            const auto entry = catalog.product(productId);
            const QString remote = catalog.link(productId, account.id).remoteId;
            if (!entry || seen.contains(remote)) {
                ++wrong;
                continue;
            }
            seen.insert(remote);
            QSet<QString> ids;
            int marked = 0;
            for (const Price& p : entry->product.prices) {
                ids.insert(p.remoteId);
                if (p.isDefault)
                    marked += p.remoteId == defaults.value(remote) ? 1 : 100;
            }
            prices += entry->product.prices.size();
            if (ids != made.value(remote) || marked != 1)
                ++wrong;
        }
        const double perSecond = report.requests / seconds;
        printf("pull %d: %d read, %d added, %d unchanged, %d in the catalog, %lld prices, %d wrong, %d failures; "
               "%d requests in %.1f s = %.2f/s%s, %lld answered 429\n",
               run, report.read, report.adoption.added, report.adoption.unchanged, catalog.productCount(), prices, wrong,
               int(report.failures.size()), report.requests, seconds, perSecond,
               rate > 0 ? qPrintable(QStringLiteral(" (%1 % of %2/s)").arg(perSecond * 100 / rate, 0, 'f', 1).arg(rate)) : "",
               sandbox.stats().rateLimited - limitedBefore);
        if (wrong > 0 || catalog.productCount() != count || !report.ok())
            exitCode = 1;
    }
    return exitCode;
}

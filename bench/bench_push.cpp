// Bulk-push throughput against the sandbox running as its own process (pricebook-cli sandbox):
// products per second with no rate limit, and the achieved rate under a limit.
//   build/bench/bench_push [--products 10000] [--runs 3] [--limit 25] [--limited-products 500]
//                          [--sandbox-url URL]   push to a sandbox already running (no rate limit)
//                          [--key-value]         print key=value lines for bench/run-benchmarks.sh
//                          [--wrk SCRIPT]        after each unlimited push, wrk -t2 -c8 with this
//                                                script (bench/wrk-stripe-create.lua) on the same
//                                                sandbox: the ceiling, and Pricebook's share of it
//                                                run by run (a busy machine slows both alike)
//                          [--rss]               sample this process's RSS every second of each
//                                                unlimited push (stderr), and report it after the
//                                                first 1,000 products and at its peak
#include "ProductGenerator.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sync/BulkPush.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace pb;

namespace {

struct Sandbox {
    QProcess process;
    QString url;
    bool start(const QString& cli, double rateLimit)
    {
        process.start(cli, { QStringLiteral("sandbox"), QStringLiteral("--rate-limit"), QString::number(rateLimit) });
        if (!process.waitForReadyRead(10000))
            return false;
        const QString line = QString::fromUtf8(process.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(line);
        url = m.captured(1);
        process.setStandardErrorFile(QProcess::nullDevice());
        return !url.isEmpty();
    }
    ~Sandbox()
    {
        process.kill();
        process.waitForFinished();
    }
};

QJsonObject stats(QNetworkAccessManager& nam, const QString& url)
{
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(url + QStringLiteral("/__sandbox/stats"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

// RSS while a push runs: sampled every second, and once the first 1,000 products are done.
struct RssLog {
    bool enabled = false;
    double afterFirstThousand = 0;
    double peak = 0;
    double last = 0;
};

// Pushes `count` new one-request Stripe products; returns seconds.
double pushOnce(const QString& sandboxUrl, int count, double rate, int concurrency, QNetworkAccessManager& nam, RssLog* rss = nullptr)
{
    QTemporaryDir dir;
    CatalogStore store;
    QEventLoop wait;
    QObject::connect(&store, &CatalogStore::opened, &wait, &QEventLoop::quit);
    store.open(Database::pathInDirectory(dir.path()));
    wait.exec();
    Account account;
    account.name = QStringLiteral("Bench");
    account.target.provider = providers::Stripe;
    account.target.baseUrl = sandboxUrl;
    account.sandbox = true;
    QStringList ids;
    store.call<QStringList>([&account, count](Catalog& c) {
        c.saveAccount(account);
        QList<CatalogEntry> entries;
        QStringList out;
        const Price price = [] {
            Price p;
            p.currency = QStringLiteral("usd");
            p.billing = QStringLiteral("one_time");
            p.scheme = QStringLiteral("flat");
            p.amount = 500;
            return p;
        }();
        // In chunks, so the catalog's making does not count in the push's memory.
        for (int i = 0; i < count; ++i) {
            CatalogEntry e;
            e.provider = providers::Stripe;
            e.accountId = account.id;
            e.product.name = QStringLiteral("Bench %1 %2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
            e.product.prices = { price };
            entries.append(e);
            if (entries.size() == 5000 || i == count - 1) {
                c.saveProducts(entries);
                for (const CatalogEntry& saved : std::as_const(entries))
                    out << saved.id;
                entries.clear();
            }
        }
        return out;
    }, &store, [&ids, &wait](const QStringList& saved) {
        ids = saved;
        wait.quit();
    });
    wait.exec();
    BulkPusher pusher(&store, &nam, [](const Account&, std::function<void(const QString&)> then) { then(SandboxServer::sandboxKey()); });
    PushOptions o;
    o.concurrency = concurrency;
    o.ratePerSecond = rate;
    QElapsedTimer clock;
    QObject::connect(&pusher, &BulkPusher::finished, &wait, &QEventLoop::quit);
    QTimer sampler;
    if (rss && rss->enabled) {
        sampler.setInterval(1000);
        QObject::connect(&sampler, &QTimer::timeout, [&] {
            rss->last = rssMb();
            rss->peak = qMax(rss->peak, rss->last);
            QTextStream(stderr) << QStringLiteral("rss t=%1s done=%2 rss=%3MB\n")
                                       .arg(clock.elapsed() / 1000.0, 0, 'f', 1).arg(pusher.progress().done).arg(rss->last, 0, 'f', 1);
        });
        QObject::connect(&pusher, &BulkPusher::lineFinished, [&] {
            if (rss->afterFirstThousand == 0 && pusher.progress().done >= 1000)
                rss->afterFirstThousand = rssMb();
        });
        sampler.start();
    }
    clock.start();
    pusher.start(ids, o);
    wait.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (rss && rss->enabled) {
        sampler.stop();
        rss->last = rssMb();
        rss->peak = qMax(rss->peak, rss->last);
    }
    int ok = 0;
    for (const PushLine& l : pusher.report())
        ok += l.ok();
    if (ok != count)
        QTextStream(stderr) << "warning: " << (count - ok) << " products not pushed\n";
    store.waitForIdle();
    return seconds;
}

// The ceiling right after a push: wrk's creates per second on the same sandbox, or 0.
double wrkRate(const QString& script, const QString& url, int seconds, int run)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"), { QStringLiteral("-t2"), QStringLiteral("-c8"), QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"), script, url,
                                       QStringLiteral("--"), SandboxServer::sandboxKey(),
                                       QStringLiteral("bench-push-%1-%2").arg(QCoreApplication::applicationPid()).arg(run) });
    // An event loop, not waitForFinished(): the sandbox started here writes a line per request
    // to its pipe, which must keep being read meanwhile.
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot((seconds + 30) * 1000, &loop, &QEventLoop::quit);
    if (wrk.state() != QProcess::NotRunning)
        loop.exec();
    if (wrk.state() != QProcess::NotRunning) {
        wrk.kill();
        wrk.waitForFinished();
        return 0;
    }
    const auto m = QRegularExpression(QStringLiteral("^wrk_requests_per_s=([0-9.]+)$"), QRegularExpression::MultilineOption)
                       .match(QString::fromUtf8(wrk.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("products"), QStringLiteral("Products per unlimited run."), QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("limited-products"), QStringLiteral("Products per limited run."), QStringLiteral("N"), QStringLiteral("500") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("limit"), QStringLiteral("Requests per second for the limited runs."), QStringLiteral("N"), QStringLiteral("25") });
    parser.addOption({ QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("N"), QStringLiteral("8") });
    parser.addOption({ QStringLiteral("cli"), QStringLiteral("pricebook-cli to run the sandbox."), QStringLiteral("PATH"),
                       QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/pricebook-cli") });
    parser.addOption({ QStringLiteral("sandbox-url"), QStringLiteral("A sandbox already running, for the unlimited runs."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("key-value"), QStringLiteral("Print key=value lines.") });
    parser.addOption({ QStringLiteral("rss"), QStringLiteral("Sample the RSS during the unlimited pushes.") });
    parser.addOption({ QStringLiteral("wrk"), QStringLiteral("wrk script: the ceiling after each unlimited push."), QStringLiteral("SCRIPT") });
    parser.addOption({ QStringLiteral("wrk-seconds"), QStringLiteral("Seconds per wrk run."), QStringLiteral("N"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("no-limited"), QStringLiteral("Only the unlimited pushes.") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("products")).toInt();
    const int limitedCount = parser.value(QStringLiteral("limited-products")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const double limit = parser.value(QStringLiteral("limit")).toDouble();
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    QTextStream out(stdout);
    QNetworkAccessManager nam;

    QList<double> free, limited, ceiling, share;
    const QString wrkScript = parser.value(QStringLiteral("wrk"));
    RssLog rss;
    rss.enabled = parser.isSet(QStringLiteral("rss"));
    const bool limitedRuns = !parser.isSet(QStringLiteral("no-limited"));
    qint64 rateLimited = 0, limitedRequests = 0;
    const QString given = parser.value(QStringLiteral("sandbox-url"));
    for (int run = 0; run < runs; ++run) {
        Sandbox sandbox;
        if (given.isEmpty() && !sandbox.start(parser.value(QStringLiteral("cli")), 0)) {
            out << "cannot start the sandbox\n";
            return 1;
        }
        const QString url = given.isEmpty() ? sandbox.url : given;
        free << count / pushOnce(url, count, 0, concurrency, nam, &rss);
        if (!wrkScript.isEmpty()) {
            ceiling << wrkRate(wrkScript, url, parser.value(QStringLiteral("wrk-seconds")).toInt(), run);
            share << (ceiling.last() > 0 ? free.last() / ceiling.last() * 100 : 0);
        }
        if (!limitedRuns)
            continue;
        Sandbox capped;
        if (!capped.start(parser.value(QStringLiteral("cli")), limit)) {
            out << "cannot start the sandbox\n";
            return 1;
        }
        limited << limitedCount / pushOnce(capped.url, limitedCount, limit, concurrency, nam);
        const QJsonObject s = stats(nam, capped.url);
        rateLimited += s.value(u"rate_limited").toInteger();
        limitedRequests += s.value(u"requests").toInteger();
    }
    if (parser.isSet(QStringLiteral("key-value"))) {
        out << QStringLiteral("push_products_per_s=%1\n").arg(median(free), 0, 'f', 0);
        if (!wrkScript.isEmpty())
            out << QStringLiteral("push_wrk_requests_per_s=%1\npush_share_of_wrk_percent=%2\n")
                       .arg(median(ceiling), 0, 'f', 0).arg(median(share), 0, 'f', 1);
        if (rss.enabled)
            out << QStringLiteral("push_rss_mb_after_1000=%1\npush_rss_mb_peak=%2\npush_rss_mb_end=%3\n")
                       .arg(rss.afterFirstThousand, 0, 'f', 1).arg(rss.peak, 0, 'f', 1).arg(rss.last, 0, 'f', 1);
        out << QStringLiteral("limited_products_per_s=%1\n").arg(median(limited), 0, 'f', 2);
        out << QStringLiteral("limited_share_percent=%1\n").arg(median(limited) / limit * 100, 0, 'f', 1);
        out << QStringLiteral("limited_429=%1\n").arg(rateLimited);
        out << QStringLiteral("limited_requests=%1\n").arg(limitedRequests);
        return 0;
    }
    out << QStringLiteral("median of %1 runs, sandbox in its own process, concurrency %2:\n").arg(runs).arg(concurrency);
    out << QStringLiteral("  no rate limit, %1 products: %2 products/s\n").arg(count).arg(median(free), 0, 'f', 0);
    if (!wrkScript.isEmpty())
        out << QStringLiteral("  wrk -t2 -c8 right after each push, same sandbox: %1 requests/s; Pricebook at %2 % of it (median of the runs' shares)\n")
                   .arg(median(ceiling), 0, 'f', 0).arg(median(share), 0, 'f', 1);
    if (rss.enabled)
        out << QStringLiteral("  RSS: %1 MB after the first 1,000 products, %2 MB at the peak, %3 MB at the end\n")
                   .arg(rss.afterFirstThousand, 0, 'f', 1).arg(rss.peak, 0, 'f', 1).arg(rss.last, 0, 'f', 1);
    if (!limitedRuns)
        return 0;
    out << QStringLiteral("  %1/s limit on both sides, %2 products: %3 products/s = %4 % of the limit, %5 answered 429 in all runs\n")
               .arg(limit).arg(limitedCount).arg(median(limited), 0, 'f', 1).arg(median(limited) / limit * 100, 0, 'f', 0).arg(rateLimited);
    return 0;
}

// Archive and restore as a user runs them: the real pricebook-cli against the sandbox, real
// catalog files, each provider's own request, and two processes archiving the same products.
#include "ProductGenerator.h"
#include "TestSupport.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void archiveAndRestoreEachProvider();
    void twoProcessesArchiveEachProductOnce();
    void liveAccountIsRefusedWithoutLive();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList& args, const QProcessEnvironment& extra = {});
    QJsonObject remote(pb::SandboxServer& sandbox, const QString& path);
    // Pushes every product of the catalog through the CLI, so they are synced with remote ids.
    void pushAll(const QString& data);
    static QMap<QString, QString> outcomes(const QString& json); // product name -> outcome

    QTemporaryDir m_dir;
    QString m_cli;
    QNetworkAccessManager m_nam;
};

void TestArchive::initTestCase()
{
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    QVERIFY(m_dir.isValid());
}

TestArchive::Run TestArchive::run(const QStringList& args, const QProcessEnvironment& extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PRICEBOOK_API_KEY"));
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_cli, args);
    if (!p.waitForStarted(10000))
        qFatal("pricebook-cli did not start");
    p.closeWriteChannel();
    if (!finished.wait(120000)) // on the event loop: the sandbox in this process answers the CLI
        qFatal("pricebook-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QJsonObject TestArchive::remote(pb::SandboxServer& sandbox, const QString& path)
{
    QNetworkRequest req(QUrl(sandbox.baseUrl() + path));
    req.setRawHeader("Authorization", path.startsWith(u"/products") ? "Token archive" : "Bearer sk_test_archive");
    req.setRawHeader("x-simple-workspace", "ws_sandbox");
    req.setRawHeader("x-piriod-test-mode", "true"); // as the sandbox's Piriod account sends it
    QNetworkReply* reply = m_nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestArchive::pushAll(const QString& data)
{
    const Run r = run({ QStringLiteral("push"), QStringLiteral("--data-dir"), data });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QMap<QString, QString> TestArchive::outcomes(const QString& json)
{
    QMap<QString, QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).object().value(u"results").toArray())
        out.insert(v.toObject().value(u"name").toString(), v.toObject().value(u"outcome").toString());
    return out;
}

static pb::Account sandboxAccount(const QString& name, pb::Provider provider, const QString& baseUrl)
{
    pb::Account a;
    a.name = name;
    a.target.provider = provider;
    a.target.baseUrl = baseUrl;
    a.sandbox = true;
    for (const pb::AccountField& f : pb::adapterFor(provider).accountFields())
        if (!f.sandboxValue.isEmpty())
            a.target.set(f.key, f.sandboxValue);
    return a;
}

void TestArchive::archiveAndRestoreEachProvider()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    const QString data = m_dir.filePath(QStringLiteral("each"));
    QHash<QString, QString> productIds; // name -> catalog id
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(pb::Database::pathInDirectory(data), &error));
        pb::Account stripe = sandboxAccount(QStringLiteral("Stripe local"), pb::providers::Stripe, sandbox.baseUrl());
        pb::Account piriod = sandboxAccount(QStringLiteral("Piriod local"), pb::providers::Piriod, sandbox.baseUrl());
        pb::Account jani = sandboxAccount(QStringLiteral("Jani local"), pb::providers::Jani, sandbox.baseUrl());
        pb::Account chatdash = sandboxAccount(QStringLiteral("ChatDash local"), pb::providers::ChatDash, sandbox.baseUrl());
        chatdash.target.set(QStringLiteral("account-id"), QStringLiteral("acct_archive"));
        QVERIFY(catalog.saveAccount(stripe) && catalog.saveAccount(piriod) && catalog.saveAccount(jani) && catalog.saveAccount(chatdash));
        pbtest::Generator gen(7);
        QList<pb::CatalogEntry> entries(4);
        entries[0].provider = pb::providers::Stripe;
        entries[0].accountId = stripe.id;
        entries[0].product = gen.stripe();
        entries[0].product.name = QStringLiteral("Stripe one");
        entries[1].provider = pb::providers::Piriod;
        entries[1].accountId = piriod.id;
        entries[1].product = gen.piriod();
        entries[1].product.name = QStringLiteral("Piriod one");
        entries[2].provider = pb::providers::Jani;
        entries[2].accountId = jani.id;
        entries[2].product.name = QStringLiteral("Jani one");
        entries[2].product.productType = QStringLiteral("standard");
        entries[3].provider = pb::providers::ChatDash;
        entries[3].accountId = chatdash.id;
        entries[3].product = gen.chatDash();
        entries[3].product.name = QStringLiteral("ChatDash one");
        QVERIFY(catalog.saveProducts(entries));
        for (const pb::CatalogEntry& e : entries)
            productIds.insert(e.product.name, e.id);
        // Not on any provider yet: nothing to archive, said so, nothing sent.
        pb::CatalogEntry draft;
        draft.provider = pb::providers::Stripe;
        draft.accountId = stripe.id;
        draft.product = gen.stripe();
        draft.product.name = QStringLiteral("Stripe draft");
        QVERIFY(catalog.saveProduct(draft));
        productIds.insert(draft.product.name, draft.id);
    }
    // Everything but the draft goes out first.
    for (const QString& name : { QStringLiteral("Stripe one"), QStringLiteral("Piriod one"), QStringLiteral("Jani one"), QStringLiteral("ChatDash one") }) {
        const Run r = run({ QStringLiteral("push"), QStringLiteral("--data-dir"), data, QStringLiteral("--filter"), name });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    QHash<QString, QString> remoteIds;
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(pb::Database::pathInDirectory(data), &error));
        for (auto it = productIds.cbegin(); it != productIds.cend(); ++it)
            remoteIds.insert(it.key(), catalog.link(it.value(), catalog.product(it.value())->accountId).remoteId);
    }
    QVERIFY(!remoteIds.value(QStringLiteral("Stripe one")).isEmpty());
    QVERIFY(remoteIds.value(QStringLiteral("Stripe draft")).isEmpty());
    const qint64 requestsBefore = sandbox.stats().requests;

    Run r = run({ QStringLiteral("archive"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 5); // partly done: ChatDash cannot, the draft is not on Stripe
    QMap<QString, QString> got = outcomes(r.out);
    QCOMPARE(got.value(QStringLiteral("Stripe one")), QStringLiteral("archived"));
    QCOMPARE(got.value(QStringLiteral("Piriod one")), QStringLiteral("archived"));
    QCOMPARE(got.value(QStringLiteral("Jani one")), QStringLiteral("archived"));
    QCOMPARE(got.value(QStringLiteral("ChatDash one")), QStringLiteral("rejected"));
    QCOMPARE(got.value(QStringLiteral("Stripe draft")), QStringLiteral("rejected"));
    QVERIFY2(r.out.contains(QStringLiteral("ChatDash documents only a change of a product's name and description")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("“Stripe draft” is not on Stripe, so there is nothing to archive.")), qPrintable(r.out));
    QCOMPARE(sandbox.stats().requests - requestsBefore, 3); // one request each, none for the refused two

    // On the providers, in their own terms.
    QCOMPARE(remote(sandbox, QStringLiteral("/v1/products/") + remoteIds.value(QStringLiteral("Stripe one"))).value(u"active").toBool(true), false);
    QCOMPARE(remote(sandbox, QStringLiteral("/products/%1/").arg(remoteIds.value(QStringLiteral("Piriod one")))).value(u"status").toString(),
             QStringLiteral("archived"));
    QCOMPARE(remote(sandbox, QStringLiteral("/api/v1/products/") + remoteIds.value(QStringLiteral("Jani one"))).value(u"status").toString(),
             QStringLiteral("archived"));
    // Here: marked archived, still synced (nothing left to send), the archived filter finds them.
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(pb::Database::pathInDirectory(data), &error));
        for (const QString& name : { QStringLiteral("Stripe one"), QStringLiteral("Piriod one"), QStringLiteral("Jani one") }) {
            const pb::CatalogEntry e = *catalog.product(productIds.value(name));
            QCOMPARE(e.product.status, QStringLiteral("archived"));
            const pb::SyncLink l = catalog.link(e.id, e.accountId);
            QCOMPARE(l.state, pb::SyncState::Synced);
            QCOMPARE(l.syncedProduct->status, QStringLiteral("archived"));
        }
        pb::ListFilter archived;
        archived.status = QStringLiteral("archived");
        QCOMPARE(catalog.count(archived), 3);
    }
    // Again: already archived, nothing sent; without ChatDash and the draft all is well.
    const qint64 requestsAgain = sandbox.stats().requests;
    r = run({ QStringLiteral("archive"), QStringLiteral("--data-dir"), data, QStringLiteral("--filter"), QStringLiteral(" one"), QStringLiteral("--json") });
    got = outcomes(r.out);
    QCOMPARE(got.value(QStringLiteral("Stripe one")), QStringLiteral("already archived"));
    QCOMPARE(got.value(QStringLiteral("Jani one")), QStringLiteral("already archived"));
    QCOMPARE(sandbox.stats().requests, requestsAgain);

    // Restore one of them by its id: active there and here again.
    r = run({ QStringLiteral("restore"), QStringLiteral("--data-dir"), data, QStringLiteral("--product"), productIds.value(QStringLiteral("Stripe one")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("restored")), qPrintable(r.out));
    QCOMPARE(remote(sandbox, QStringLiteral("/v1/products/") + remoteIds.value(QStringLiteral("Stripe one"))).value(u"active").toBool(false), true);
    r = run({ QStringLiteral("restore"), QStringLiteral("--data-dir"), data, QStringLiteral("--provider"), QStringLiteral("piriod") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(remote(sandbox, QStringLiteral("/products/%1/").arg(remoteIds.value(QStringLiteral("Piriod one")))).value(u"status").toString(),
             QStringLiteral("active"));
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(pb::Database::pathInDirectory(data), &error));
        QCOMPARE(catalog.product(productIds.value(QStringLiteral("Stripe one")))->product.status, QStringLiteral("active"));
        QCOMPARE(catalog.product(productIds.value(QStringLiteral("Jani one")))->product.status, QStringLiteral("archived"));
    }
    r = run({ QStringLiteral("restore"), QStringLiteral("--data-dir"), data, QStringLiteral("--product"), QStringLiteral("no-such-id") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("No product with the id “no-such-id”")), qPrintable(r.err));
}

void TestArchive::twoProcessesArchiveEachProductOnce()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    const QString data = m_dir.filePath(QStringLiteral("two"));
    constexpr int kProducts = 40;
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(pb::Database::pathInDirectory(data), &error));
        pb::Account stripe = sandboxAccount(QStringLiteral("Stripe local"), pb::providers::Stripe, sandbox.baseUrl());
        QVERIFY(catalog.saveAccount(stripe));
        pbtest::Generator gen(21);
        QList<pb::CatalogEntry> entries;
        for (int i = 0; i < kProducts; ++i) {
            pb::CatalogEntry e;
            e.provider = pb::providers::Stripe;
            e.accountId = stripe.id;
            e.product = gen.stripe();
            e.product.name = QStringLiteral("Twice %1").arg(i);
            entries.append(e);
        }
        QVERIFY(catalog.saveProducts(entries));
    }
    pushAll(data);
    // Every POST to one product (its archive) counted by product id.
    QHash<QString, int> archives;
    connect(&sandbox, &pb::SandboxServer::requestHandled, this, [&](const QString& method, const QString& path, int) {
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        if (method == u"POST" && parts.size() == 3 && parts.at(1) == u"products")
            ++archives[parts.at(2)];
    });
    pb::SandboxFaults slow;
    slow.latencyMs = 20; // so that the two runs overlap
    sandbox.setFaults(slow);
    QProcess a, b;
    const QStringList args { QStringLiteral("archive"), QStringLiteral("--data-dir"), data, QStringLiteral("--concurrency"),
                             QStringLiteral("2"), QStringLiteral("--json") };
    QSignalSpy aDone(&a, &QProcess::finished), bDone(&b, &QProcess::finished);
    a.start(m_cli, args);
    b.start(m_cli, args);
    QVERIFY(a.waitForStarted() && b.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(aDone.size() == 1 && bDone.size() == 1, 120000);
    const QString aOut = QString::fromUtf8(a.readAllStandardOutput()), bOut = QString::fromUtf8(b.readAllStandardOutput());
    QVERIFY2(a.exitCode() == 0 || a.exitCode() == 5, qPrintable(QString::number(a.exitCode()) + u' ' + QString::fromUtf8(a.readAllStandardError()) + aOut));
    QVERIFY2(b.exitCode() == 0 || b.exitCode() == 5, qPrintable(QString::number(b.exitCode()) + u' ' + QString::fromUtf8(b.readAllStandardError()) + bOut));
    const QMap<QString, QString> first = outcomes(aOut);
    const QMap<QString, QString> second = outcomes(bOut);
    QCOMPARE(first.size(), kProducts);
    QCOMPARE(second.size(), kProducts);
    int archived = 0;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const QString other = second.value(it.key());
        archived += (it.value() == u"archived") + (other == u"archived");
        // One of the two archived it; the other found it held (skipped) or already archived.
        QVERIFY2((it.value() == u"archived") != (other == u"archived"), qPrintable(it.key() + u' ' + it.value() + u'/' + other));
        for (const QString& o : { it.value(), other })
            QVERIFY2(o == u"archived" || o == u"skipped" || o == u"already archived", qPrintable(o));
    }
    QCOMPARE(archived, kProducts);
    QCOMPARE(archives.size(), kProducts);
    for (auto it = archives.cbegin(); it != archives.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 was sent %2 times").arg(it.key()).arg(it.value())));
    qInfo("two runs at once: %d archived by the first, %d by the second, each product sent once",
          int(std::count(first.cbegin(), first.cend(), QStringLiteral("archived"))),
          int(std::count(second.cbegin(), second.cend(), QStringLiteral("archived"))));
}

void TestArchive::liveAccountIsRefusedWithoutLive()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    const QString data = m_dir.filePath(QStringLiteral("live"));
    const QString liveKey = QStringLiteral("sk_" "live_archiveTestSecret42");
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(pb::Database::pathInDirectory(data), &error));
        pb::Account live; // a real account's shape pointed at the sandbox: the key from the environment
        live.name = QStringLiteral("Acme live");
        live.target.provider = pb::providers::Stripe;
        live.target.baseUrl = sandbox.baseUrl();
        live.keyEnvVar = QStringLiteral("PB_ARCHIVE_LIVE_KEY");
        QVERIFY(catalog.saveAccount(live));
        pbtest::Generator gen(3);
        pb::CatalogEntry e;
        e.provider = pb::providers::Stripe;
        e.accountId = live.id;
        e.product = gen.stripe();
        e.product.name = QStringLiteral("Live one");
        QVERIFY(catalog.saveProduct(e));
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("PB_ARCHIVE_LIVE_KEY"), liveKey);
    // Standard input is not a terminal here: refused, nothing sent, the key never printed.
    Run r = run({ QStringLiteral("push"), QStringLiteral("--data-dir"), data }, env);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("Acme live uses a live key; nothing was sent. Run again with --live")), qPrintable(r.err));
    QCOMPARE(sandbox.stats().requests, 0);
    QVERIFY(!(r.out + r.err).contains(liveKey));
    r = run({ QStringLiteral("push"), QStringLiteral("--data-dir"), data, QStringLiteral("--live") }, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("created")), qPrintable(r.out));
    QVERIFY(!(r.out + r.err).contains(liveKey));
    // Archive asks the same.
    r = run({ QStringLiteral("archive"), QStringLiteral("--data-dir"), data }, env);
    QCOMPARE(r.exitCode, 64);
    r = run({ QStringLiteral("archive"), QStringLiteral("--data-dir"), data, QStringLiteral("--live") }, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // A test key goes without asking.
    env.insert(QStringLiteral("PB_ARCHIVE_LIVE_KEY"), QStringLiteral("sk_test_archive"));
    r = run({ QStringLiteral("restore"), QStringLiteral("--data-dir"), data }, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"

// API keys in a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/run-with-keyring.sh), the no-keychain path, and a scan of every file a run leaves
// behind for key material. PRICEBOOK_EXPECT_NO_KEYCHAIN=1 runs the no-service half.
#include "TestHttpServer.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "TestSupport.h"
#include "services/net/ProviderService.h"
#include "services/storage/Catalog.h"
#include "services/storage/SecretStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) { g_log << message; }

std::optional<QString> readKey(SecretStore& store, const QString& account, QString* error = nullptr)
{
    std::optional<QString> value;
    bool done = false;
    QObject context;
    store.read(account, &context, [&](const std::optional<QString>& v, const QString& e) {
        value = v;
        if (error)
            *error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qFatal("keychain read did not finish");
    return value;
}

bool writeKey(SecretStore& store, const QString& account, const QString& key, QString* error = nullptr)
{
    bool ok = false, done = false;
    QObject context;
    store.write(account, key, &context, [&](bool success, const QString& e) {
        ok = success;
        if (error)
            *error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qFatal("keychain write did not finish");
    return ok;
}

bool removeKey(SecretStore& store, const QString& account)
{
    bool ok = false, done = false;
    QObject context;
    store.remove(account, &context, [&](bool success, const QString&) {
        ok = success;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qFatal("keychain remove did not finish");
    return ok;
}

// Every file under `root` (except the keychain's own store) that contains `needle`.
QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/keyrings/")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

bool expectNoKeychain() { return qEnvironmentVariableIntValue("PRICEBOOK_EXPECT_NO_KEYCHAIN") == 1; }

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobResult>(); }
    void storeReadUpdateDelete();
    void keysAreScopedByAccount();
    void withoutAKeychainKeysStayInMemory();
    void noKeyMaterialAnywhereAfterARun();
};

void TestKeychain::storeReadUpdateDelete()
{
    if (expectNoKeychain())
        QSKIP("this run checks the no-keychain path");
    SecretStore store;
    const QString account = Catalog::newId();
    QString error;
    QVERIFY2(writeKey(store, account, QStringLiteral("sk_test_first_1111"), &error), qPrintable(error));
    QVERIFY2(store.keychainAvailable(), qPrintable(store.unavailableReason()));
    QCOMPARE(readKey(store, account), std::optional<QString>(QStringLiteral("sk_test_first_1111")));
    // A second store (a later run) finds it in the keychain, not in memory.
    SecretStore later;
    QCOMPARE(readKey(later, account), std::optional<QString>(QStringLiteral("sk_test_first_1111")));
    QVERIFY(writeKey(store, account, QStringLiteral("sk_test_second_2222")));
    QCOMPARE(readKey(later, account), std::optional<QString>(QStringLiteral("sk_test_second_2222")));
    QVERIFY(removeKey(store, account));
    QCOMPARE(readKey(later, account), std::nullopt);
    QVERIFY(removeKey(store, account)); // removing what is gone is fine
}

void TestKeychain::keysAreScopedByAccount()
{
    if (expectNoKeychain())
        QSKIP("this run checks the no-keychain path");
    QCOMPARE(SecretStore::keyName(QStringLiteral("1234")), QStringLiteral("pricebook/1234/api-key"));
    SecretStore store;
    const QString a = Catalog::newId(), b = Catalog::newId();
    QVERIFY(writeKey(store, a, QStringLiteral("key-a")));
    QVERIFY(writeKey(store, b, QStringLiteral("key-b")));
    QCOMPARE(readKey(store, a), std::optional<QString>(QStringLiteral("key-a")));
    QCOMPARE(readKey(store, b), std::optional<QString>(QStringLiteral("key-b")));
    QVERIFY(removeKey(store, a));
    QCOMPARE(readKey(store, a), std::nullopt);
    QCOMPARE(readKey(store, b), std::optional<QString>(QStringLiteral("key-b")));
}

void TestKeychain::withoutAKeychainKeysStayInMemory()
{
    if (!expectNoKeychain())
        QSKIP("run with PRICEBOOK_EXPECT_NO_KEYCHAIN=1 and no session bus");
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    const QString account = Catalog::newId();
    QVERIFY(writeKey(store, account, QStringLiteral("sk_test_memory_only_42")));
    QVERIFY(!store.keychainAvailable());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY2(store.unavailableReason().contains(QStringLiteral("No keychain service is running")), qPrintable(store.unavailableReason()));
    QVERIFY(store.unavailableReason().contains(QStringLiteral("never written to disk")));
    // The system's own message is kept as a detail, never shown as the reason.
    QVERIFY(!store.unavailableDetail().isEmpty());
    QVERIFY2(!store.unavailableReason().contains(store.unavailableDetail()), qPrintable(store.unavailableReason()));
    QVERIFY(!store.unavailableReason().contains(QStringLiteral("dbus"), Qt::CaseInsensitive));
    QCOMPARE(readKey(store, account), std::optional<QString>(QStringLiteral("sk_test_memory_only_42")));
    SecretStore nextRun;
    QCOMPARE(readKey(nextRun, account), std::nullopt); // gone with the process: nothing was persisted
    QVERIFY(filesContaining(QDir::homePath(), "sk_test_memory_only_42").isEmpty());
}

void TestKeychain::noKeyMaterialAnywhereAfterARun()
{
    // Store a key, submit with it (a product created, another refused, one unknown), record
    // everything, write settings, and log: then no file and no log line holds the key.
    const QByteArray key = "sk_test_ScanMe_5f3a9c1e77";
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QTemporaryDir data;
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(data.filePath(QStringLiteral("catalog.sqlite")), &error));
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [&](const pbtest::ServerRequest& r) {
        qInfo() << "server saw" << r.method << r.path; // a log line next to the traffic
        if (server.requests.size() == 1)
            return pbtest::ServerAction::json(200, R"({"id":"prod_1","name":"A"})");
        if (server.requests.size() == 2)
            return pbtest::ServerAction::json(401, QByteArray(R"({"error":{"message":"Invalid API Key provided: )") + key.left(8) + R"(****"}})");
        return pbtest::ServerAction::of(pbtest::ServerAction::DropBeforeResponse);
    };
    Account account;
    account.name = QStringLiteral("Scan test");
    account.target.provider = providers::Stripe;
    account.target.baseUrl = server.baseUrl();
    QVERIFY(catalog.saveAccount(account));
    SecretStore secrets;
    QVERIFY(writeKey(secrets, account.id, QString::fromUtf8(key)));
    const std::optional<QString> stored = readKey(secrets, account.id);
    QCOMPARE(stored, std::optional<QString>(QString::fromUtf8(key)));

    QNetworkAccessManager network;
    DeliveryPolicy policy;
    policy.maxAttempts = 1;
    auto stripe = ProviderService::create(providers::Stripe, &network, policy);
    for (int i = 0; i < 3; ++i) {
        CatalogEntry e;
        e.provider = providers::Stripe;
        e.accountId = account.id;
        e.product = pbtest::product(R"({"name":"Scan","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":100}]})");
        QVERIFY(catalog.saveProduct(e));
        ProviderJob* job = stripe->createProduct(e.product, account.target, *stored);
        QVERIFY(catalog.beginSubmission(e.id, account.id, {}));
        QObject::connect(job, &ProviderJob::stateChanged, [&](const SubmissionState& s) { catalog.updateSubmission(e.id, account.id, s); });
        QSignalSpy finished(job, &ProviderJob::finished);
        qInfo().noquote() << job->curl(); // what "Show request" would show
        job->start();
        QVERIFY(finished.wait(20000));
        const JobResult r = finished.first().first().value<JobResult>();
        qInfo().noquote() << r.message << r.advice;
        QVERIFY(catalog.recordResult(e.id, account.id, JobKind::CreateProduct, r, e.version));
    }
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests.first().headers.value("authorization"), "Bearer " + key); // it was used
    {
        QSettings settings;
        settings.setValue(QStringLiteral("lastAccount"), account.id);
        settings.sync();
    }
    catalog.close();
    qInstallMessageHandler(previous);

    QStringList hits = filesContaining(data.path(), key);
    hits += filesContaining(QDir::homePath(), key);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    for (const QString& line : g_log)
        QVERIFY2(!line.contains(QString::fromUtf8(key)), qPrintable(line));
    QVERIFY(!g_log.isEmpty());
    if (!expectNoKeychain())
        QVERIFY(secrets.keychainAvailable());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

// A fifth provider that only this test knows: registered by TestPayAdapter.cpp, then validated,
// serialized, imported from CSV, offered by the CLI and the accounts dialog, and emulated by the
// sandbox — with no file outside this folder changed for it.
#include "TestPayAdapter.h"
#include "TestSupport.h"
#include "app/cli/Cli.h"
#include "services/io/CatalogIO.h"
#include "services/net/ProviderService.h"
#include "services/providers/Registry.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Database.h"
#include "ui/AccountsDialog.h"
#include "ui/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pb;

class TestTestPay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRegistered();
    void validates();
    void serializes();
    void importsFromCsv();
    void cliOffersIt();
    void accountsDialogOffersIt();
    void sandboxEmulatesIt();

private:
    struct Run {
        int exitCode = 0;
        QString out, err;
    };
    Run cli(const QStringList& arguments)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        r.exitCode = Cli(out, err).run(QStringList { QStringLiteral("pricebook-cli") } + arguments);
        out.flush();
        err.flush();
        return r;
    }
    static Product lamp(qint64 cents)
    {
        Product p = pbtest::product(R"({"name":"Lamp","prices":[{"currency":"eur","billing":"recurring","interval":"month","scheme":"flat"}]})");
        p.prices.first().amount = cents;
        return p;
    }
    QTemporaryDir m_dir;
};

void TestTestPay::isRegistered()
{
    QVERIFY(allProviders().contains(pbtest::testPay()));
    QCOMPARE(providerFromKey(QStringLiteral("TestPay")), std::optional<Provider>(pbtest::testPay()));
    QCOMPARE(providerDisplayName(pbtest::testPay()), QStringLiteral("TestPay"));
    QVERIFY(providerKeyList(QStringLiteral(" or ")).endsWith(QStringLiteral(" or testpay")));
}

void TestTestPay::validates()
{
    const ProviderSchema& schema = schemaOf(pbtest::testPay());
    QVERIFY(Validator::validate(schema, lamp(1500)).isValid());
    const ValidationResult tooCheap = Validator::validate(schema, lamp(5));
    QVERIFY(!tooCheap.isValid());
    QCOMPARE(tooCheap.messages.first().field, QStringLiteral("cents"));
    QCOMPARE(tooCheap.messages.first().priceIndex, 0);
}

void TestTestPay::serializes()
{
    AccountTarget target { pbtest::testPay(), {}, {} };
    target.set(QStringLiteral("merchant"), QStringLiteral("m_42"));
    const RequestPlan plan = RequestSerializer::build(lamp(1500), target, SerializeOptions {});
    QVERIFY(plan.validation.isValid());
    QCOMPARE(plan.steps.size(), 1);
    const ProviderRequest& r = plan.steps.first();
    QCOMPARE(RequestSerializer::url(r, target), QStringLiteral("https://api.testpay.example/testpay/items"));
    QCOMPARE(r.bodyBytes(), QByteArray(R"({"item":{"name":"Lamp","currency":"eur","cents":1500,"every":"month"}})"));
    const QString http = RequestSerializer::renderHttp(r, target);
    QVERIFY2(http.contains(QStringLiteral("X-TestPay-Key: ***")), qPrintable(http));
    QVERIFY(http.contains(QStringLiteral("X-TestPay-Merchant: m_42")));
    // And read back from the bytes.
    const ReadBack back = RequestReader::readCreate(pbtest::testPay(), { r.bodyBytes() });
    QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.product.prices.first().amount, std::optional<qint64>(1500));
}

void TestTestPay::importsFromCsv()
{
    const CatalogIO::ImportResult r = CatalogIO::readCsv("provider,name,currency,interval,amount\n"
                                                         "testpay,Lamp,eur,month,15.00\n"
                                                         "testpay,Cheap lamp,eur,month,0.05\n");
    QCOMPARE(r.rows.size(), 2);
    QVERIFY(r.rows.at(0).valid);
    QCOMPARE(r.rows.at(0).entry.provider, pbtest::testPay());
    QCOMPARE(r.rows.at(0).entry.product.prices.first().amount, std::optional<qint64>(1500));
    QVERIFY(!r.rows.at(1).valid);
}

void TestTestPay::cliOffersIt()
{
    const QString data = m_dir.filePath(QStringLiteral("cli"));
    Run r = cli({ QStringLiteral("--help") });
    QVERIFY2(r.out.contains(QStringLiteral("testpay")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--merchant VALUE (TestPay)")));
    const QString file = m_dir.filePath(QStringLiteral("lamp.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"Lamp","prices":[{"currency":"eur","billing":"recurring","interval":"month","scheme":"flat","amount":1500}]})");
    f.close();
    r = cli({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("testpay"), file });
    QCOMPARE(r.exitCode, int(Cli::Ok));
    QVERIFY2(r.out.contains(QStringLiteral("valid for TestPay")), qPrintable(r.out));
    // The adapter's account rules hold on the command line too.
    r = cli({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--data-dir"), data, QStringLiteral("--provider"),
              QStringLiteral("testpay"), QStringLiteral("--name"), QStringLiteral("Shop") });
    QCOMPARE(r.exitCode, int(Cli::Usage));
    QVERIFY2(r.err.contains(QStringLiteral("TestPay needs the merchant id.")), qPrintable(r.err));
    r = cli({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--data-dir"), data, QStringLiteral("--provider"),
              QStringLiteral("testpay"), QStringLiteral("--name"), QStringLiteral("Shop"), QStringLiteral("--merchant"), QStringLiteral("m_7") });
    QCOMPARE(r.exitCode, int(Cli::Ok));
    r = cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") });
    const QJsonObject account = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(account.value(u"provider").toString(), QStringLiteral("testpay"));
    Catalog catalog;
    QString error;
    QVERIFY(catalog.open(Database::pathInDirectory(data), &error));
    QCOMPARE(catalog.accounts().first().target.setting(QStringLiteral("merchant")), QStringLiteral("m_7"));
}

void TestTestPay::accountsDialogOffersIt()
{
    CatalogStore store;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(m_dir.filePath(QStringLiteral("dialog.sqlite")));
    QVERIFY(opened.wait());
    SecretStore secrets(nullptr, QStringLiteral("pricebook-test-testpay"));
    QNetworkAccessManager network;
    Prompts prompts;
    AccountsDialog dialog(&store, &secrets, &network, &prompts);
    auto* provider = dialog.findChild<QComboBox*>(QStringLiteral("providerComboBox"));
    QVERIFY(provider);
    const int index = provider->findData(QStringLiteral("testpay"));
    QVERIFY(index >= 0);
    QCOMPARE(provider->itemText(index), QStringLiteral("TestPay"));
    auto* merchant = dialog.findChild<QLineEdit*>(QStringLiteral("merchantLineEdit"));
    QVERIFY(merchant);
    dialog.findChild<QPushButton*>(QStringLiteral("addAccountButton"))->click();
    provider->setCurrentIndex(index);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(merchant->isVisible());
    QSignalSpy status(&dialog, &AccountsDialog::statusChanged);
    dialog.findChild<QPushButton*>(QStringLiteral("saveAccountButton"))->click();
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("TestPay needs the merchant id.")), qPrintable(status.last().first().toString()));
}

void TestTestPay::sandboxEmulatesIt()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    AccountTarget target { pbtest::testPay(), sandbox.baseUrl(), {} };
    target.set(QStringLiteral("merchant"), QStringLiteral("m_sandbox"));
    QNetworkAccessManager network;
    auto service = ProviderService::create(pbtest::testPay(), &network);
    ProviderJob* job = service->createProduct(lamp(1500), target, SandboxServer::sandboxKey());
    QSignalSpy finished(job, &ProviderJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const JobResult result = finished.first().first().value<JobResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.object.id.startsWith(QStringLiteral("tp_")));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("testpay")), 1);
    // The emulator refuses what the schema refuses, and the answer maps back to the field.
    ProviderJob* refused = service->createProduct(lamp(1500), target, QString());
    QSignalSpy refusedFinished(refused, &ProviderJob::finished);
    refused->start();
    QVERIFY(refusedFinished.wait());
    QCOMPARE(refusedFinished.first().first().value<JobResult>().httpStatus, 401);
}

QTEST_MAIN(TestTestPay)
#include "tst_testpay.moc"

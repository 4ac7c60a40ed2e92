// pricebook-cli as a user runs it: the real binary, real files, exit codes and --json output.
// Runs on SQLite files and, through tests/run-with-postgres.sh, with every --data-dir's catalog a
// database on the private PostgreSQL server (the folder is still given, for what else lives there).
#include "CatalogEngines.h"
#include "TestHttpServer.h"
#include "services/providers/BuiltInProviders.h"
#include "services/providers/Registry.h"
#include "ProductGenerator.h"
#include "TestSupport.h"
#include "services/sandbox/SandboxServer.h"
#include "services/storage/Catalog.h"
#include "services/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <unistd.h>

#include <csignal>

namespace {

// The arguments as given; on PostgreSQL each --data-dir DIR is followed by --catalog naming the
// server database that stands for DIR's catalog file.
QStringList onEngine(const QStringList& args)
{
    if (!pbtest::onPostgres())
        return args;
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        out << args.at(i);
        if (args.at(i) == QLatin1String("--data-dir") && i + 1 < args.size()) {
            ++i;
            out << args.at(i) << QStringLiteral("--catalog") << pbtest::catalogLocation(pb::Database::pathInDirectory(args.at(i)));
        }
    }
    return out;
}

// The catalog of a data folder, on the engine under test.
QString catalogOf(const QString& data) { return pbtest::catalogLocation(pb::Database::pathInDirectory(data)); }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateValid();
    void validateInvalidJson();
    void validateUnreadable();
    void validateNotJson();
    void validateDocumentErrors();
    void validateOneVerdict_data();
    void validateOneVerdict();
    void helpListsTheCsvColumns();
    void previewText();
    void previewJsonAndCurl();
    void previewInvalid();
    void previewCurlScriptRunsNothingInjected();
    void usageErrors_data();
    void usageErrors();
    void readsStandardInput();
    void everyCommandAnswersHelp();
    void submitCreatesOnceAndResumes();
    void submitRejectionAndFields();
    void submitOutcomeUnknown();
    void submitLaterStepFailsIsPartlyDone();
    void submitNeedsTheKeyFromTheEnvironment();
    void submitInvalidSendsNothing();
    void submitUpdateSendsOnlyWhatTheProviderUpdates();
    void submitNeedsTheAccountOptions_data();
    void submitNeedsTheAccountOptions();
    void importExportAndAccounts();
    void exportNeutralisesFormulaCells();
    void importWarnsOnceForUnknownColumns();
    void exportOfADamagedCatalogFails();
    void pushResumesAfterTheProcessIsKilled();
    void pushStopsInOrderOnSigterm();
    void submitStopsInOrderOnSigint();
    void providerMessagesAreRedacted();
    void reimportUpdatesInsteadOfCopying();
    void readOnlyCatalogIsReadAndSaysSo();
    void twoImportsAtOnceBothLand();
    void pullAdoptsAndRerunsWithoutDuplicates();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList& args, const QByteArray& input = {}, const QString& key = {});
    QString write(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    QString m_cli;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::run(const QStringList& args, const QByteArray& input, const QString& key)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PRICEBOOK_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("PRICEBOOK_API_KEY"), key);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_cli, onEngine(args));
    if (!p.waitForStarted(10000))
        qFatal("pricebook-cli did not start");
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Waits on the event loop, so that a test server in this process can answer the CLI.
    if (!finished.wait(60000))
        qFatal("pricebook-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QString TestCli::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write test file");
    return path;
}

void TestCli::validateValid()
{
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("chatdash"),
                        pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("“Starter Plan” — valid for ChatDash")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("US$29.99 per month, includes 100 minutes, then US$0.15 per minute")));
}

void TestCli::validateInvalidJson()
{
    const QString file = write(QStringLiteral("two.json"), R"([
        {"name":"Good","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]},
        {"name":"Bad","prices":[{"currency":"usd","billing":"recurring","interval":"month","scheme":"flat","amount":100,"included_usage":10,"usage_metric":"minutes"}]}])");
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("chatdash"), QStringLiteral("--json"), file });
    QCOMPARE(r.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"valid").toBool(true), false);
    const QJsonArray products = root.value(u"products").toArray();
    QCOMPARE(products.size(), 2);
    QCOMPARE(products.at(0).toObject().value(u"valid").toBool(), true);
    const QJsonObject bad = products.at(1).toObject();
    QCOMPARE(bad.value(u"valid").toBool(), false);
    const QJsonObject message = bad.value(u"messages").toArray().first().toObject();
    QCOMPARE(message.value(u"field").toString(), QStringLiteral("prices[0].overage_price"));
    QCOMPARE(message.value(u"message").toString(), QStringLiteral("Overage price is required when included usage is set."));
    QCOMPARE(message.value(u"severity").toString(), QStringLiteral("error"));
}

void TestCli::validateUnreadable()
{
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("stripe"), m_dir.filePath(QStringLiteral("missing.json")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Cannot read")));
}

void TestCli::validateNotJson()
{
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("stripe"),
                        write(QStringLiteral("broken.json"), "{\n  \"name\": \"A\",\n  oops\n}") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
}

void TestCli::validateDocumentErrors()
{
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("jani"),
                        write(QStringLiteral("typo.json"), R"({"name":"A","product_type":"standard","colour":"red"})") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QStringLiteral("product.colour: is not a field Pricebook knows")), qPrintable(r.out));
}

void TestCli::validateOneVerdict_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("said");    // in the text output
    QTest::addColumn<QString>("notSaid"); // nowhere in it
    QTest::newRow("custom_data array") << QStringLiteral("jani") << QByteArray(R"({"name":"Food","product_type":"standard","custom_data":[1,2]})")
                                       << false << QStringLiteral("not valid for Jani") << QStringLiteral("— valid for Jani");
    QTest::newRow("dimension 1.234") << QStringLiteral("stripe")
                                     << QByteArray(R"({"name":"Box","package_dimensions":{"height":1.234,"length":2,"width":3,"weight":4}})")
                                     << false << QStringLiteral("package_dimensions.height: must be a number with at most two decimal places")
                                     << QStringLiteral("Give all four package dimensions");
    QTest::newRow("piriod monthly without interval_count")
        << QStringLiteral("piriod")
        << QByteArray(R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","scheme":"flat","amount":15000}]})")
        << true << QStringLiteral("valid for Piriod") << QStringLiteral("Frequency");
    QTest::newRow("amount 29.0") << QStringLiteral("stripe")
                                 << QByteArray(R"({"name":"A","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":29.0}]})")
                                 << false << QStringLiteral("as minor units it is US$0.29; if you meant US$29.00, write 2900") << QStringLiteral("— valid");
    QTest::newRow("amount 1e3") << QStringLiteral("stripe")
                                << QByteArray(R"([{"name":"B","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":1e3}]}])")
                                << false << QStringLiteral("as minor units it is US$10.00; if you meant US$1,000.00, write 100000") << QStringLiteral("— valid");
    QTest::newRow("bidi override in a name") << QStringLiteral("jani") << QByteArray(R"({"name":"Invoice \u202egpj.exe","product_type":"standard"})")
                                             << true << QStringLiteral("warning: name: Name contains invisible or direction-changing characters (U+202E)")
                                             << QStringLiteral("not valid");
    QTest::newRow("zero-width space in a name") << QStringLiteral("jani") << QByteArray(R"({"name":"Fo\u200bod","product_type":"standard"})")
                                                << true << QStringLiteral("(U+200B)") << QStringLiteral("not valid");
    QTest::newRow("control character in a name") << QStringLiteral("jani") << QByteArray(R"({"name":"Fo\u0007od","product_type":"standard"})")
                                                 << false << QStringLiteral("Name contains a control character.") << QStringLiteral("— valid");
    QTest::newRow("lone surrogate in a name") << QStringLiteral("jani") << QByteArray(R"({"name":"Fo\ud800od","product_type":"standard"})")
                                              << false << QStringLiteral("lone surrogate") << QStringLiteral("— valid");
    QTest::newRow("whole amount") << QStringLiteral("stripe")
                                  << QByteArray(R"({"name":"C","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":2900}]})")
                                  << true << QStringLiteral("US$29.00 once") << QStringLiteral("minor units");
}

void TestCli::validateOneVerdict()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, document);
    QFETCH(bool, valid);
    QFETCH(QString, said);
    QFETCH(QString, notSaid);
    const QString file = write(QStringLiteral("verdict.json"), document);
    const Run text = run({ QStringLiteral("validate"), QStringLiteral("--provider"), provider, file });
    QCOMPARE(text.exitCode, valid ? 0 : 2);
    QVERIFY2(text.out.contains(said), qPrintable(text.out));
    QVERIFY2(!text.out.contains(notSaid), qPrintable(text.out));
    const Run json = run({ QStringLiteral("validate"), QStringLiteral("--provider"), provider, QStringLiteral("--json"), file });
    QCOMPARE(json.exitCode, text.exitCode);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"valid").toBool(!valid), valid);
    for (const QJsonValue& p : root.value(u"products").toArray())
        QCOMPARE(p.toObject().value(u"valid").toBool(!valid), valid); // the same verdict for the product
    // Import takes the same file as validate judges it.
    const Run imported = run({ QStringLiteral("import"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("verdict-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))),
                               QStringLiteral("--provider"), provider, file });
    QCOMPARE(imported.exitCode, valid ? 0 : 2);
    QVERIFY2(imported.out.contains(valid ? QStringLiteral("1 imported.") : QStringLiteral("0 imported.")), qPrintable(imported.out));
    if (said.contains(u"minor units"))
        QVERIFY2(imported.out.contains(said), qPrintable(imported.out));
}

void TestCli::helpListsTheCsvColumns()
{
    for (const QStringList& args : { QStringList { QStringLiteral("--help") }, QStringList { QStringLiteral("import"), QStringLiteral("--help") } }) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        for (const char* column : { "product_id", "account", "provider", "name", "overage_amount", "currency_options", "tax_exempt" })
            QVERIFY2(r.out.contains(QLatin1String(column)), column);
    }
}

void TestCli::previewText()
{
    const Run r = run({ QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("chatdash"), QStringLiteral("--account-id"),
                        QStringLiteral("acct_9"), pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("POST https://api.chat-dash.com/v1/public/stripe/connect/accounts/acct_9/products\nAuthorization: ***\n")));
    QVERIFY(r.out.contains(QStringLiteral(R"({"data":{"name":"Starter Plan",)")));
}

void TestCli::previewJsonAndCurl()
{
    const QString file = write(QStringLiteral("tiered.json"), R"({"name":"API","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"usage_type":"licensed","scheme":"tiered","tiers_mode":"volume","tiers":[{"up_to":"inf","unit_amount":5}]}]})");
    Run r = run({ QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--json"),
                  QStringLiteral("--idempotency-key"), QStringLiteral("abc"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/"), file });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray requests = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"products").toArray().first().toObject().value(u"requests").toArray();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).toObject().value(u"url").toString(), QStringLiteral("http://127.0.0.1:9/v1/prices"));
    QCOMPARE(requests.at(0).toObject().value(u"headers").toObject().value(u"Authorization").toString(), QStringLiteral("Bearer ***"));
    QCOMPARE(requests.at(2).toObject().value(u"headers").toObject().value(u"Idempotency-Key").toString(), QStringLiteral("abc-default_price"));

    r = run({ QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--curl"), file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("-H \"Authorization: Bearer $PRICEBOOK_API_KEY\"")));
}

void TestCli::previewInvalid()
{
    const Run r = run({ QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("piriod"),
                        write(QStringLiteral("noplan.json"), R"({"name":"A"})") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains(QStringLiteral("unit_label: Unit label is required.")));
    QVERIFY(!r.out.contains(QStringLiteral("POST")));
}

void TestCli::previewCurlScriptRunsNothingInjected()
{
    // Every value a user controls carries line breaks, quotes, $(...) and backticks; each payload
    // would create a file in the working folder if the shell ever read it as a command.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QByteArray hostile = R"(Evil\n$(touch name_subst)\n`touch name_tick`\n'; touch name_quote; '\r\n\"; touch name_dq; \")";
    // A name with line breaks is refused (and printed in a comment); the second product is sent.
    const QByteArray oneLine = R"(Evil $(touch name_subst2) `touch name_tick2` '; touch name_quote2; ' \"; touch name_dq2; \")";
    const QString file = write(QStringLiteral("hostile.json"), R"([{"name":")" + hostile + R"(","description":")" + hostile
                                                                     + R"(","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]},{"name":")"
                                                                     + oneLine + R"(","description":")" + hostile + R"(","unit_label":"`touch id_u`","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]}])");
    // A field name is printed in a document error.
    const QString unknownField = write(QStringLiteral("hostile-field.json"), R"({"name":"A","$(touch field_subst)\n touch field_line":1})");
    const QString remoteId = QStringLiteral("prod_1'$(touch id_subst)`touch id_tick`\n touch id_line");
    const QList<QPair<QString, QString>> cases { { QStringLiteral("stripe"), file }, { QStringLiteral("chatdash"), file },
                                                 { QStringLiteral("stripe"), unknownField } };
    for (const auto& [provider, input] : cases) {
        const Run r = run({ QStringLiteral("preview"), QStringLiteral("--provider"), provider, QStringLiteral("--curl"), QStringLiteral("--operation"),
                            QStringLiteral("update"), QStringLiteral("--remote-id"), remoteId, QStringLiteral("--account-id"),
                            QStringLiteral("acct_'$(touch acct_subst)"), input });
        const bool sends = input == file;
        QVERIFY2(!sends || r.out.contains(QStringLiteral("curl -X")), qPrintable(r.out + r.err));
        const QString script = work.filePath(provider + QStringLiteral(".sh"));
        QFile out(script);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.out.toUtf8());
        out.close();
        QProcess check;
        check.start(QStringLiteral("bash"), { QStringLiteral("-n"), script });
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        // Run it with curl replaced by a recorder of its arguments.
        const QString bin = work.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile recorder(bin + QStringLiteral("/curl"));
        QVERIFY(recorder.open(QIODevice::WriteOnly));
        recorder.write("#!/bin/sh\nprintf '%s\\0' \"$@\" >> \"$RECORD\"\necho >> \"$CALLS\"\n");
        recorder.close();
        recorder.setPermissions(recorder.permissions() | QFileDevice::ExeOwner);
        QProcess exec;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("RECORD"), work.filePath(QStringLiteral("args")));
        env.insert(QStringLiteral("CALLS"), work.filePath(QStringLiteral("calls")));
        env.insert(QStringLiteral("PRICEBOOK_API_KEY"), QStringLiteral("sk_test_recorded"));
        exec.setProcessEnvironment(env);
        exec.setWorkingDirectory(work.path());
        exec.start(QStringLiteral("bash"), { script });
        QVERIFY(exec.waitForFinished());
        QCOMPARE(exec.exitCode(), 0);
        const QStringList created = QDir(work.path()).entryList(QDir::Files).filter(QRegularExpression(QStringLiteral("^(name|field|id|acct)_")));
        QVERIFY2(created.isEmpty(), qPrintable(created.join(u' ')));
        const QByteArray args = pbtest::readFile(work.filePath(QStringLiteral("args")));
        if (!sends)
            continue;
        QVERIFY(args.contains("sk_test_recorded")); // the variable is still expanded
        QVERIFY(args.contains("prod_1")); // the remote id, percent-encoded in the URL
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("publish") };
    QTest::newRow("unknown provider") << QStringList { QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("paypal"), QStringLiteral("x.json") };
    QTest::newRow("no file") << QStringList { QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("jani") };
    QTest::newRow("update without id") << QStringList { QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--operation"), QStringLiteral("update"), QStringLiteral("x.json") };
    QTest::newRow("bad operation") << QStringList { QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--operation"), QStringLiteral("delete"), QStringLiteral("x.json") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--api-key"), QStringLiteral("x.json") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 64);
}

void TestCli::readsStandardInput()
{
    const Run r = run({ QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("-") },
                      R"({"name":"Food","product_type":"standard"})");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("valid for Jani")));
}

void TestCli::everyCommandAnswersHelp()
{
    // A catalog with a product for an account whose server records whatever reaches it.
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    const QString data = m_dir.filePath(QStringLiteral("catalog-help"));
    qputenv("PRICEBOOK_TEST_HELP_KEY", "help-key-0123456789");
    Run r = run({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--data-dir"), data, QStringLiteral("--provider"), QStringLiteral("jani"),
                  QStringLiteral("--name"), QStringLiteral("Help"), QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--key-env"),
                  QStringLiteral("PRICEBOOK_TEST_HELP_KEY") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("import"), write(QStringLiteral("help.json"), R"([{"provider":"jani","account":"Help","name":"Food","product_type":"standard"}])"),
              QStringLiteral("--data-dir"), data });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The catalog as it stands: the file's bytes, or on a server every product's version and the accounts.
    auto snapshot = [&data] {
        if (!pbtest::onPostgres())
            return pbtest::readFile(pb::Database::pathInDirectory(data));
        pb::Catalog c;
        QString error;
        if (!c.open(catalogOf(data), &error))
            qFatal("%s", qPrintable(error));
        QByteArray state = QByteArray::number(c.accounts().size());
        for (const pb::CatalogRow& r : c.rows(pb::ListFilter {}, 0, 1000))
            state += ' ' + r.id.toUtf8() + ':' + QByteArray::number(c.product(r.id)->version);
        return state;
    };
    const QByteArray catalogBefore = snapshot();
    const QString fresh = m_dir.filePath(QStringLiteral("catalog-help-never"));
    const QStringList commands { QStringLiteral("validate"), QStringLiteral("preview"), QStringLiteral("submit"), QStringLiteral("sandbox"),
                                 QStringLiteral("accounts"), QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("push"),
                                 QStringLiteral("clone"), QStringLiteral("pull"), QStringLiteral("plan") };
    for (const QString& command : commands) {
        const bool onCatalog = commands.indexOf(command) >= commands.indexOf(QStringLiteral("accounts"));
        for (const QString& dir : { data, fresh }) {
            const QStringList catalog = onCatalog ? QStringList { QStringLiteral("--data-dir"), dir } : QStringList {};
            const Run help = run(QStringList { command, QStringLiteral("--help") } + catalog, {}, QStringLiteral("help-key-0123456789"));
            QVERIFY2(help.exitCode == 0, qPrintable(command + QStringLiteral(": ") + help.err));
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: pricebook-cli %1 [options]").arg(command)), qPrintable(help.out));
            QVERIFY2(help.out.contains(QStringLiteral("--help")), qPrintable(help.out));
            QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
        }
    }
    QVERIFY(server.requests.isEmpty()); // nothing was sent
    QVERIFY(!QFile::exists(fresh));     // nothing was created
    QCOMPARE(snapshot(), catalogBefore);
}

namespace {
const QString kKey = QStringLiteral("agency-key-7c1f0e");
}

void TestCli::submitCreatesOnceAndResumes()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest&) {
        return pbtest::ServerAction::json(200, R"({"productId":"prod_ABC123XYZ","productName":"Starter Plan","status":"active"})");
    };
    const QString state = m_dir.filePath(QStringLiteral("state.json"));
    const QStringList args { QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("chatdash"),
                             QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--account-id"), QStringLiteral("acct_1"),
                             QStringLiteral("--state"), state, pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")) };
    Run r = run(args, {}, kKey);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("“Starter Plan”: created prod_ABC123XYZ")), qPrintable(r.out));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().path, QByteArray("/stripe/connect/accounts/acct_1/products"));
    QCOMPARE(server.requests.first().headers.value("authorization"), kKey.toUtf8());
    QVERIFY(!r.out.contains(kKey) && !r.err.contains(kKey));
    QVERIFY(pbtest::readFile(state).contains("prod_ABC123XYZ"));
    QVERIFY(!pbtest::readFile(state).contains(kKey.toUtf8()));

    r = run(args, {}, kKey); // the same command again: nothing is created twice
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(r.out.contains(QStringLiteral("created prod_ABC123XYZ")));
}

void TestCli::submitRejectionAndFields()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest&) {
        return pbtest::ServerAction::json(400, R"({"error":{"type":"invalid_request_error","message":"Invalid currency: usx","param":"default_price_data[currency]"}})");
    };
    const Run r = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--base-url"),
                        server.baseUrl(), QStringLiteral("--json"), pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")) },
                      {}, kKey);
    QCOMPARE(r.exitCode, 3);
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results").toArray().first().toObject();
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(u"httpStatus").toInt(), 400);
    QCOMPARE(result.value(u"fieldErrors").toArray().first().toObject().value(u"field").toString(), QStringLiteral("prices[0].currency"));
    QVERIFY(result.value(u"message").toString().contains(QStringLiteral("Stripe refused “Create product”: Invalid currency: usx")));
    QVERIFY(!result.value(u"state").toObject().value(u"idempotency_key").toString().isEmpty());
}

void TestCli::submitOutcomeUnknown()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest&) { return pbtest::ServerAction::of(pbtest::ServerAction::DropBeforeResponse); };
    const Run r = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--base-url"),
                        server.baseUrl(), write(QStringLiteral("jani.json"), R"({"name":"Food","product_type":"standard"})") },
                      {}, kKey);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY2(r.out.contains(QStringLiteral("The outcome of “Create product” on Jani is unknown")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Look for “Food”")));
}

void TestCli::submitLaterStepFailsIsPartlyDone()
{
    // Piriod: the product is created, then its plan is refused.
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [&server](const pbtest::ServerRequest&) {
        if (server.requests.size() % 2 == 1) // each run: the product, then its plan
            return pbtest::ServerAction::json(200, R"({"id":"prd_PARTLY77","name":"Agenda"})");
        return pbtest::ServerAction::json(422, R"({"error":{"message":"Plan price refused"}})");
    };
    const QString file = write(QStringLiteral("partly.json"),
                               R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000}]})");
    const QStringList base { QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("piriod"), QStringLiteral("--base-url"),
                             server.baseUrl(), QStringLiteral("--workspace"), QStringLiteral("ws_1") };
    Run r = run(base + QStringList { file }, {}, kKey);
    QVERIFY2(r.exitCode == 5, qPrintable(r.out + r.err));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY2(r.out.contains(QStringLiteral("the step “Creating plan 1” failed")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("prd_PARTLY77")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--state FILE")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("partly done")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("“Create product”")), qPrintable(r.out));

    // --json names the step and every id created; with --state the rerun resumes at the plan.
    const QString state = m_dir.filePath(QStringLiteral("partly-state.json"));
    r = run(base + QStringList { QStringLiteral("--json"), QStringLiteral("--state"), state, file }, {}, kKey);
    QCOMPARE(r.exitCode, 5);
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results").toArray().first().toObject();
    QCOMPARE(result.value(u"status").toString(), QStringLiteral("partial"));
    QCOMPARE(result.value(u"failedStep").toString(), QStringLiteral("Creating plan 1"));
    QCOMPARE(result.value(u"remoteId").toString(), QStringLiteral("prd_PARTLY77"));
    QCOMPARE(result.value(u"created").toObject().value(u"product").toString(), QStringLiteral("prd_PARTLY77"));
    QVERIFY2(result.value(u"resume").toString().contains(state), qPrintable(r.out));
    const qsizetype before = server.requests.size();
    server.handler = [](const pbtest::ServerRequest&) { return pbtest::ServerAction::json(200, R"({"id":"pln_1","name":"Monthly"})"); };
    r = run(base + QStringList { QStringLiteral("--state"), state, file }, {}, kKey);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(server.requests.size(), before + 1); // only the plan: no second product
    QVERIFY2(r.out.contains(QStringLiteral("created prd_PARTLY77")), qPrintable(r.out));
}

// `submit --operation update` has no copy as last synced: it sends the provider's update of the
// product's own fields, and refuses, before sending, a file with prices (a price changes the
// provider's way, through plan and apply) and a provider with no update of a product by its id
// (Piriod: its plans have ids of their own; the product's id is never sent as a plan's).
void TestCli::submitUpdateSendsOnlyWhatTheProviderUpdates()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest&) {
        return pbtest::ServerAction::json(200, R"({"id":"prod_1","object":"product","name":"Renamed","updated":1})");
    };
    const QStringList stripe { QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--base-url"),
                               server.baseUrl(), QStringLiteral("--operation"), QStringLiteral("update"), QStringLiteral("--remote-id"),
                               QStringLiteral("prod_1") };
    const QString priced = write(QStringLiteral("update-priced.json"),
                                 R"({"name":"Team","prices":[{"currency":"usd","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":2400}]})");
    Run r = run(stripe + QStringList { priced }, {}, kKey);
    QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
    QVERIFY(server.requests.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("An update from a product file sends only the product's own fields, and this one has prices: "
                                           "Stripe changes a price its own way")),
             qPrintable(r.out));
    r = run(stripe + QStringList { QStringLiteral("--json"), priced }, {}, kKey);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results").toArray().first().toObject().value(u"status").toString(),
             QStringLiteral("rejected"));
    QVERIFY(server.requests.isEmpty());

    // The product's own fields are its update.
    r = run(stripe + QStringList { write(QStringLiteral("update-name.json"), R"({"name":"Renamed"})") }, {}, kKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().method, QByteArray("POST"));
    QCOMPARE(server.requests.first().path, QByteArray("/v1/products/prod_1"));
    QCOMPARE(server.requests.first().body, QByteArray("name=Renamed"));
    QVERIFY2(r.out.contains(QStringLiteral("updated prod_1")), qPrintable(r.out));

    server.requests.clear();
    r = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("piriod"), QStringLiteral("--base-url"), server.baseUrl(),
              QStringLiteral("--workspace"), QStringLiteral("ws_1"), QStringLiteral("--operation"), QStringLiteral("update"),
              QStringLiteral("--remote-id"), QStringLiteral("prd_1"),
              write(QStringLiteral("update-piriod.json"),
                    R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly 2","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000}]})") },
            {}, kKey);
    QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
    QVERIFY(server.requests.isEmpty()); // no PATCH /plans/prd_1/
    QVERIFY2(r.out.contains(QStringLiteral("Piriod documents no update of a product by its id")), qPrintable(r.out));
}

void TestCli::submitNeedsTheKeyFromTheEnvironment()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    const Run r = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("chatdash"), QStringLiteral("--base-url"),
                        server.baseUrl(), pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")) });
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.err.contains(QStringLiteral("PRICEBOOK_API_KEY")));
    QVERIFY(server.requests.isEmpty());
}

void TestCli::submitInvalidSendsNothing()
{
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    const Run r = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("piriod"), QStringLiteral("--base-url"),
                        server.baseUrl(), QStringLiteral("--workspace"), QStringLiteral("ws"), write(QStringLiteral("bad.json"), R"({"name":"A"})") },
                      {}, kKey);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(server.requests.isEmpty());
    QVERIFY(r.out.contains(QStringLiteral("unit_label: Unit label is required.")));
}

void TestCli::submitNeedsTheAccountOptions_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QByteArray>("document");
    const QByteArray starter = pbtest::readFile(pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")));
    const QString base = QStringLiteral("--base-url");
    QTest::newRow("chatdash without --account-id") << QStringLiteral("chatdash") << QStringList { base } << QStringLiteral("--account-id") << starter;
    QTest::newRow("piriod without --workspace") << QStringLiteral("piriod") << QStringList { base } << QStringLiteral("--workspace")
                                                << QByteArray(R"({"name":"Agenda","unit_label":"seat","prices":[{"plan_name":"Monthly","plan_description":"d","currency":"clp","billing":"recurring","interval":"month","interval_count":1,"scheme":"flat","amount":15000}]})");
    QTest::newRow("jani without --base-url") << QStringLiteral("jani") << QStringList {} << QStringLiteral("--base-url")
                                             << QByteArray(R"({"name":"Food","product_type":"standard"})");
}

void TestCli::submitNeedsTheAccountOptions()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, options);
    QFETCH(QString, missing);
    QFETCH(QByteArray, document);
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest&) { return pbtest::ServerAction::json(200, R"({"id":"x","productId":"x","name":"x"})"); };
    QStringList args { QStringLiteral("submit"), QStringLiteral("--provider"), provider };
    if (!options.isEmpty())
        args << options.first() << server.baseUrl();
    args << write(provider + QStringLiteral("-account.json"), document);
    const Run r = run(args, {}, kKey);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(missing + QStringLiteral(" is required")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("created")), qPrintable(r.out));
    QVERIFY(server.requests.isEmpty());
}

void TestCli::importExportAndAccounts()
{
    const QString data = m_dir.filePath(QStringLiteral("catalog-io"));
    const QString dataArg = QStringLiteral("--data-dir");
    Run r = run({ QStringLiteral("accounts"), QStringLiteral("add"), dataArg, data, QStringLiteral("--provider"), QStringLiteral("jani"),
                  QStringLiteral("--name"), QStringLiteral("Farm Co"), QStringLiteral("--base-url"), QStringLiteral("https://farm.jani.test"),
                  QStringLiteral("--key-env"), QStringLiteral("FARM_KEY") });
    QCOMPARE(r.exitCode, 0);
    r = run({ QStringLiteral("accounts"), QStringLiteral("list"), dataArg, data, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(u"keyEnv").toString(), QStringLiteral("FARM_KEY"));
    const QString csv = write(QStringLiteral("jani.csv"), "name,product_type,account,description\nFood,standard,Farm Co,\"Farm, to fork\"\nBad,,Farm Co,\n");
    r = run({ QStringLiteral("import"), csv, dataArg, data, QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 2); // one invalid row: nothing imported
    QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(u"imported").toInt(), 0);
    QCOMPARE(report.value(u"problems").toArray().first().toObject().value(u"row").toInt(), 3);
    r = run({ QStringLiteral("import"), csv, dataArg, data, QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--valid-only") });
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.contains(QStringLiteral("2 rows read, 1 valid, 1 imported.")));
    // The file's own column names, mapped.
    const QString mapped = write(QStringLiteral("mapped.csv"), "Product Name;Kind;Notes\nSeeds;standard;From the farm\n");
    r = run({ QStringLiteral("import"), mapped, dataArg, data, QStringLiteral("--provider"), QStringLiteral("jani"), QStringLiteral("--map"),
              QStringLiteral("Product Name=name"), QStringLiteral("--map"), QStringLiteral("Kind=product_type"), QStringLiteral("--map"),
              QStringLiteral("Notes=description") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1 row read, 1 valid, 1 imported.")), qPrintable(r.out));
    const QString out = m_dir.filePath(QStringLiteral("export.csv"));
    r = run({ QStringLiteral("export"), out, dataArg, data });
    QCOMPARE(r.exitCode, 0);
    const QByteArray exported = pbtest::readFile(out);
    QVERIFY(exported.contains("\"Farm, to fork\""));
    QVERIFY(exported.contains(",Seeds,From the farm,"));
    QVERIFY(exported.contains(",Farm Co,"));
    // A selection Pricebook cannot resolve is refused, never widened to every product.
    const QString narrowed = m_dir.filePath(QStringLiteral("narrowed.csv"));
    r = run({ QStringLiteral("export"), narrowed, dataArg, data, QStringLiteral("--provider"), QStringLiteral("paypal") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("Unknown provider “paypal”")), qPrintable(r.err));
    r = run({ QStringLiteral("export"), narrowed, dataArg, data, QStringLiteral("--account"), QStringLiteral("Nobody") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("No account named “Nobody”.")), qPrintable(r.err));
    QVERIFY(!QFile::exists(narrowed));
    r = run({ QStringLiteral("push"), dataArg, data, QStringLiteral("--provider"), QStringLiteral("paypal") });
    QCOMPARE(r.exitCode, 64);
    r = run({ QStringLiteral("export"), narrowed, dataArg, data, QStringLiteral("--provider"), QStringLiteral("stripe") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!pbtest::readFile(narrowed).contains("Seeds")); // the Jani products are left out
    // Clone the Jani product to a Piriod account: what Piriod cannot carry and still needs is listed.
    r = run({ QStringLiteral("accounts"), QStringLiteral("add"), dataArg, data, QStringLiteral("--provider"), QStringLiteral("piriod"),
              QStringLiteral("--name"), QStringLiteral("Chile"), QStringLiteral("--workspace"), QStringLiteral("ws") });
    QCOMPARE(r.exitCode, 0);
    r = run({ QStringLiteral("clone"), QStringLiteral("--to-account"), QStringLiteral("Chile"), dataArg, data, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 5);
    const QJsonObject copy = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"copies").toArray().first().toObject();
    QVERIFY2(copy.value(u"notCarried").toArray().first().toString().contains(QStringLiteral("Piriod does not take these")), qPrintable(r.out));
    QVERIFY(copy.value(u"notCarried").toArray().first().toString().contains(QStringLiteral("Product type")));
    QCOMPARE(copy.value(u"problems").toArray().first().toString(), QStringLiteral("Unit label is required."));
    r = run({ QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Farm Co"), dataArg, data });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

namespace {
// RFC 4180 fields, for looking at what a spreadsheet would see in each cell.
QList<QStringList> csvRecords(const QString& text)
{
    QList<QStringList> rows { {} };
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last() << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows.last() << field;
            field.clear();
            rows.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.last().isEmpty())
        rows.removeLast();
    return rows;
}
} // namespace

void TestCli::exportNeutralisesFormulaCells()
{
    const QString dataArg = QStringLiteral("--data-dir");
    const QString first = m_dir.filePath(QStringLiteral("catalog-formula-1"));
    const QString second = m_dir.filePath(QStringLiteral("catalog-formula-2"));
    const QString account = QStringLiteral("=cmd|' /C calc'!A0");
    for (const QString& data : { first, second }) {
        const Run r = run({ QStringLiteral("accounts"), QStringLiteral("add"), dataArg, data, QStringLiteral("--provider"), QStringLiteral("jani"),
                            QStringLiteral("--name"), account, QStringLiteral("--base-url"), QStringLiteral("https://farm.jani.test") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const QString source = write(QStringLiteral("formulas.json"), R"json({"pricebook":1,"products":[
        {"provider":"jani","account":"=cmd|' /C calc'!A0","name":"=HYPERLINK(\"http://evil.test\",\"x\")","product_type":"standard","description":"@SUM(1+1)"},
        {"provider":"jani","name":"+cmd|' /C calc'!A0","product_type":"standard","description":"-2+3+cmd|' /C calc'!A0"},
        {"provider":"jani","name":"Tabbed","product_type":"standard","description":"\tTab"},
        {"provider":"jani","name":"'=already quoted","product_type":"standard","description":"''+two"},
        {"provider":"stripe","name":"Plain - dash","description":"-1","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]}]})json");
    Run r = run({ QStringLiteral("import"), source, dataArg, first });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QString csv = m_dir.filePath(QStringLiteral("formulas.csv"));
    r = run({ QStringLiteral("export"), csv, dataArg, first });
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> records = csvRecords(QString::fromUtf8(pbtest::readFile(csv)));
    QCOMPARE(records.size(), 6);
    const QStringList header = records.first();
    QStringList texts;
    for (const QStringList& row : records.mid(1)) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString& cell = row.at(c);
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                     qPrintable(header.value(c) + QStringLiteral(": ") + cell));
            texts << cell;
        }
    }
    QVERIFY(texts.contains(QStringLiteral("'=HYPERLINK(\"http://evil.test\",\"x\")")));
    QVERIFY(texts.contains(QStringLiteral("'") + account));
    QVERIFY(texts.contains(QStringLiteral("''=already quoted")));
    QVERIFY(texts.contains(QStringLiteral("5.00"))); // numeric columns as they are
    // Import reads them back as the original text: the two catalogs export the same document.
    r = run({ QStringLiteral("import"), csv, dataArg, second });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QString firstJson = m_dir.filePath(QStringLiteral("formulas-1.json"));
    const QString secondJson = m_dir.filePath(QStringLiteral("formulas-2.json"));
    QCOMPARE(run({ QStringLiteral("export"), firstJson, dataArg, first }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("export"), secondJson, dataArg, second }).exitCode, 0);
    QCOMPARE(QString::fromUtf8(pbtest::readFile(secondJson)), QString::fromUtf8(pbtest::readFile(firstJson)));
    QVERIFY(pbtest::readFile(firstJson).contains(R"json("name": "=HYPERLINK(\"http://evil.test\",\"x\")")json"));
}

void TestCli::importWarnsOnceForUnknownColumns()
{
    QByteArray header = "name,product_type";
    QByteArray row = "Food,standard";
    for (int i = 0; i < 100000; ++i) {
        header += ",extra_" + QByteArray::number(i);
        row += ",x";
    }
    const QString csv = write(QStringLiteral("wide.csv"), header + '\n' + row + '\n');
    for (const QStringList& extra : { QStringList {}, QStringList { QStringLiteral("--json") } }) {
        const Run r = run(QStringList { QStringLiteral("import"), csv, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("catalog-wide")),
                                        QStringLiteral("--provider"), QStringLiteral("jani") } + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.left(2000)));
        QVERIFY2(r.out.size() < 20000, qPrintable(QString::number(r.out.size())));
        QCOMPARE(r.out.count(QStringLiteral("extra_0")), 1);
        QVERIFY2(r.out.contains(QStringLiteral("99999 other column")), qPrintable(r.out.left(2000)));
    }
}

void TestCli::exportOfADamagedCatalogFails()
{
    PBTEST_SQLITE_ONLY();
    const QString data = m_dir.filePath(QStringLiteral("catalog-damaged"));
    const QString file = pb::Database::pathInDirectory(data);
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(file, &error));
        QList<pb::CatalogEntry> entries;
        for (int i = 0; i < 4000; ++i) {
            pb::CatalogEntry e;
            e.provider = pb::providers::Jani;
            e.product.name = QStringLiteral("Damaged %1").arg(i);
            e.product.productType = QStringLiteral("standard");
            e.product.description = QString(200, u'x');
            entries.append(e);
        }
        QVERIFY(catalog.saveProducts(entries));
    }
    const QString whole = m_dir.filePath(QStringLiteral("damaged-before.csv"));
    QCOMPARE(run({ QStringLiteral("export"), whole, QStringLiteral("--data-dir"), data }).exitCode, 0);
    // Overwrite 8 KB at a third, the middle and two thirds of the file, on page boundaries, as a
    // failing disk would (one place alone may hold only search index pages, which export does not read).
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray head = f.read(100);
    const int pageSize = (uchar(head.at(16)) << 8 | uchar(head.at(17))) == 1 ? 65536 : (uchar(head.at(16)) << 8 | uchar(head.at(17)));
    const qint64 size = f.size();
    for (const qint64 at : { size / 3, size / 2, size * 2 / 3 }) {
        QVERIFY(f.seek(at / pageSize * pageSize));
        f.write(QByteArray(8192, '\xA5'));
    }
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("damaged.csv"));
    const Run r = run({ QStringLiteral("export"), out, QStringLiteral("--data-dir"), data });
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("malformed")) || r.err.contains(QStringLiteral("corrupt")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("Exported")));
    QVERIFY(!QFile::exists(out));
}

void TestCli::pushResumesAfterTheProcessIsKilled()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    pb::SandboxFaults slow;
    slow.latencyMs = 15;
    sandbox.setFaults(slow);
    const QString data = m_dir.filePath(QStringLiteral("catalog-push"));
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        pb::Account stripe, chatdash;
        stripe.name = QStringLiteral("Stripe local");
        stripe.target.provider = pb::providers::Stripe;
        stripe.target.baseUrl = sandbox.baseUrl();
        stripe.sandbox = true;
        chatdash.name = QStringLiteral("ChatDash local");
        chatdash.target.provider = pb::providers::ChatDash;
        chatdash.target.baseUrl = sandbox.baseUrl();
        chatdash.target.set(QStringLiteral("account-id"), QStringLiteral("acct_kill"));
        chatdash.sandbox = true;
        QVERIFY(catalog.saveAccount(stripe) && catalog.saveAccount(chatdash));
        pbtest::Generator gen(12);
        QList<pb::CatalogEntry> entries;
        for (int i = 0; i < 120; ++i) {
            pb::CatalogEntry e;
            e.provider = i % 2 ? pb::providers::Stripe : pb::providers::ChatDash;
            e.accountId = i % 2 ? stripe.id : chatdash.id;
            e.product = i % 2 ? gen.stripe() : gen.chatDash();
            e.product.name = QStringLiteral("Killed push %1").arg(i);
            entries.append(e);
        }
        QVERIFY(catalog.saveProducts(entries));
    }
    // First run: killed without warning part-way.
    QProcess first;
    first.start(m_cli, onEngine({ QStringLiteral("push"), QStringLiteral("--data-dir"), data, QStringLiteral("--concurrency"), QStringLiteral("2") }));
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.stats().created.value(QStringLiteral("stripe")) + sandbox.stats().created.value(QStringLiteral("chatdash")) >= 20, 20000);
    first.kill();
    QVERIFY(first.waitForFinished());
    const qint64 createdBefore = sandbox.stats().created.value(QStringLiteral("stripe")) + sandbox.stats().created.value(QStringLiteral("chatdash"));
    QVERIFY(createdBefore < 120);
    // Second run: resumes.
    const Run second = run({ QStringLiteral("push"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") });
    QVERIFY2(second.exitCode == 0 || second.exitCode == 5, qPrintable(second.err));
    const QJsonArray lines = QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"results").toArray();
    QCOMPARE(lines.size(), 120);
    int synced = 0, unknown = 0, created = 0;
    for (const QJsonValue& v : lines) {
        const QString outcome = v.toObject().value(u"outcome").toString();
        synced += outcome == u"already synced";
        unknown += outcome == u"outcome unknown";
        created += outcome == u"created";
        QVERIFY2(outcome == u"already synced" || outcome == u"created" || outcome == u"outcome unknown", qPrintable(outcome));
    }
    QCOMPARE(sandbox.stats().duplicateNames, 0); // nothing created twice across the kill
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 60); // Stripe resumes with its keys: all 60, once each
    QVERIFY(unknown <= 2); // at most the ChatDash creates in flight at the kill
    qInfo("killed after %lld creates; second run: %d already synced, %d created, %d outcome unknown; duplicates 0",
          createdBefore, synced, created, unknown);
}

void TestCli::pushStopsInOrderOnSigterm()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    pb::SandboxFaults slow;
    slow.latencyMs = 200;
    sandbox.setFaults(slow);
    const int count = 300;
    const QString data = m_dir.filePath(QStringLiteral("catalog-sigterm"));
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        pb::Account stripe;
        stripe.name = QStringLiteral("Stripe local");
        stripe.target.provider = pb::providers::Stripe;
        stripe.target.baseUrl = sandbox.baseUrl();
        stripe.sandbox = true;
        QVERIFY(catalog.saveAccount(stripe));
        pbtest::Generator gen(18);
        QList<pb::CatalogEntry> entries;
        for (int i = 0; i < count; ++i) {
            pb::CatalogEntry e;
            e.provider = pb::providers::Stripe;
            e.accountId = stripe.id;
            e.product = gen.stripe();
            e.product.name = QStringLiteral("Stopped push %1").arg(i);
            entries.append(e);
        }
        QVERIFY(catalog.saveProducts(entries));
    }
    const auto createdOnSandbox = [&] { return sandbox.stats().created.value(QStringLiteral("stripe")); };
    QProcess first;
    first.start(m_cli, onEngine({ QStringLiteral("push"), QStringLiteral("--data-dir"), data, QStringLiteral("--concurrency"), QStringLiteral("4"),
                                  QStringLiteral("--json") }));
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(createdOnSandbox() >= 10, 30000);
    first.terminate(); // SIGTERM, with requests in flight
    QSignalSpy finished(&first, &QProcess::finished);
    QVERIFY(finished.wait(30000)); // on the event loop: the sandbox keeps answering
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 143);
    const QByteArray out = first.readAllStandardOutput();
    const QJsonArray lines = QJsonDocument::fromJson(out).object().value(u"results").toArray();
    QVERIFY2(lines.size() == count, out.left(2000).constData()); // the report, every product in it
    int created = 0, cancelled = 0;
    for (const QJsonValue& v : lines) {
        const QString outcome = v.toObject().value(u"outcome").toString();
        created += outcome == u"created";
        cancelled += outcome == u"cancelled";
        QVERIFY2(outcome == u"created" || outcome == u"cancelled", qPrintable(outcome));
    }
    const qint64 createdBefore = createdOnSandbox();
    QVERIFY(createdBefore < count);
    QCOMPARE(qint64(created), createdBefore); // every answer in flight was waited for and recorded
    QCOMPARE(created + cancelled, count);
    // Rerun: the recorded ones are already synced, the rest created once.
    const Run second = run({ QStringLiteral("push"), QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("--concurrency"),
                             QStringLiteral("8") });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    int synced = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"results").toArray())
        synced += v.toObject().value(u"outcome").toString() == u"already synced";
    QCOMPARE(synced, created);
    QCOMPARE(createdOnSandbox(), qint64(count));
    QCOMPARE(sandbox.stats().duplicateNames, 0);
}

void TestCli::submitStopsInOrderOnSigint()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    pb::SandboxFaults slow;
    slow.latencyMs = 300;
    sandbox.setFaults(slow);
    QByteArray document = "[";
    for (int i = 0; i < 20; ++i)
        document += (i ? "," : "") + QByteArray(R"({"name":"Stopped submit )") + QByteArray::number(i)
                  + R"(","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})";
    document += "]";
    const QString file = write(QStringLiteral("stopped-submit.json"), document);
    const QString state = m_dir.filePath(QStringLiteral("stopped-submit-state.json"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRICEBOOK_API_KEY"), kKey);
    p.setProcessEnvironment(env);
    p.start(m_cli, { QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--base-url"), sandbox.baseUrl(),
                     QStringLiteral("--state"), state, file });
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.stats().created.value(QStringLiteral("stripe")) >= 2, 30000);
    QTest::qWait(100); // the next request is in flight
    ::kill(pid_t(p.processId()), SIGINT);
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qint64 created = sandbox.stats().created.value(QStringLiteral("stripe"));
    QVERIFY(created < 20);
    QVERIFY2(out.count(QStringLiteral(": created ")) == created, qPrintable(out)); // the one in flight too
    QVERIFY2(out.count(QStringLiteral("not sent: stopped by a signal")) == 20 - created, qPrintable(out));
    // Rerun with the state file: the rest, none twice.
    const Run again = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--base-url"),
                            sandbox.baseUrl(), QStringLiteral("--state"), state, file },
                          {}, kKey);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), qint64(20));
    QCOMPARE(sandbox.stats().duplicateNames, 0);

    // A second signal stops at once, without waiting for the answer in flight.
    pb::SandboxServer slower;
    QVERIFY(slower.listen());
    pb::SandboxFaults verySlow;
    verySlow.latencyMs = 8000;
    slower.setFaults(verySlow);
    QProcess hurried;
    hurried.setProcessEnvironment(env);
    hurried.start(m_cli, { QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--base-url"),
                           slower.baseUrl(), write(QStringLiteral("one-slow.json"), R"({"name":"Slow","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]})") });
    QVERIFY(hurried.waitForStarted());
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += hurried.readAllStandardError()).contains("Creating"), 10000);
    QTest::qWait(300);
    ::kill(pid_t(hurried.processId()), SIGINT);
    QTest::qWait(300);
    ::kill(pid_t(hurried.processId()), SIGINT);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy hurriedFinished(&hurried, &QProcess::finished);
    QVERIFY(hurriedFinished.wait(5000));
    QVERIFY(clock.elapsed() < 4000);
    QCOMPARE(hurried.exitCode(), 130);
}

void TestCli::providerMessagesAreRedacted()
{
    // A server that echoes the key it was sent, and other key-shaped text, in its 401 answer.
    const QString key = QStringLiteral("agency-echo-key-5d2b9f");
    pbtest::TestHttpServer server;
    QVERIFY(server.listen());
    server.handler = [](const pbtest::ServerRequest& request) {
        QByteArray sent = request.headers.value("authorization");
        const QByteArray message = "Invalid API Key provided: " + sent + " (also tried rk_live_51HiddenRestricted and pk_test_51Publishable, Bearer eyJhbGciOi.J9.xyz)";
        return pbtest::ServerAction::json(401, R"({"error":{"type":"invalid_request_error","code":")" + sent + R"(","message":")" + message + R"("}})");
    };
    const QStringList secrets { key, QStringLiteral("rk_live_51HiddenRestricted"), QStringLiteral("pk_test_51Publishable"), QStringLiteral("eyJhbGciOi") };
    const auto leaks = [&](const QByteArray& bytes) {
        QStringList found;
        for (const QString& s : secrets)
            if (bytes.contains(s.toUtf8()))
                found << s;
        return found.join(u' ');
    };
    // Catalog push: the key from the account's environment variable.
    const QString data = m_dir.filePath(QStringLiteral("catalog-redact"));
    qputenv("PRICEBOOK_TEST_ECHO_KEY", key.toUtf8());
    Run r = run({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--data-dir"), data, QStringLiteral("--provider"), QStringLiteral("stripe"),
                  QStringLiteral("--name"), QStringLiteral("Echo"), QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--key-env"),
                  QStringLiteral("PRICEBOOK_TEST_ECHO_KEY") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString products = write(QStringLiteral("echo.json"), R"({"pricebook":1,"products":[{"provider":"stripe","account":"Echo","name":"Echoed","prices":[{"currency":"usd","billing":"one_time","scheme":"flat","amount":500}]}]})");
    r = run({ QStringLiteral("import"), products, QStringLiteral("--data-dir"), data });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    for (const QStringList& extra : { QStringList {}, QStringList { QStringLiteral("--json") } }) {
        r = run(QStringList { QStringLiteral("push"), QStringLiteral("--data-dir"), data } + extra);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("Invalid API Key provided")), qPrintable(r.out));
        QVERIFY2(leaks((r.out + r.err).toUtf8()).isEmpty(), qPrintable(r.out + r.err));
    }
    QVERIFY(!server.requests.isEmpty());
    QCOMPARE(server.requests.first().headers.value("authorization"), "Bearer " + key.toUtf8()); // the key did travel
    QDir folder(data);
    for (const QString& file : folder.entryList(QDir::Files))
        QVERIFY2(leaks(pbtest::readFile(folder.filePath(file))).isEmpty(), qPrintable(file + QStringLiteral(": ") + leaks(pbtest::readFile(folder.filePath(file)))));
    // submit, with its state file.
    const QString state = m_dir.filePath(QStringLiteral("redact-state.json"));
    r = run({ QStringLiteral("submit"), QStringLiteral("--provider"), QStringLiteral("stripe"), QStringLiteral("--base-url"), server.baseUrl(),
              QStringLiteral("--state"), state, QStringLiteral("--json"), pbtest::sourcePath(QStringLiteral("docs/examples/chatdash-starter.json")) },
            {}, key);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(leaks((r.out + r.err).toUtf8()).isEmpty(), qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(state) || leaks(pbtest::readFile(state)).isEmpty());
}

void TestCli::reimportUpdatesInsteadOfCopying()
{
    // Export, import the same file again, push: no second product in the catalog, none on the
    // provider. Matching by product_id, then by remote_id; a refused and a warned row.
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    const QString data = m_dir.filePath(QStringLiteral("catalog-reimport"));
    const QString dataArg = QStringLiteral("--data-dir");
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        pb::Account stripe;
        stripe.name = QStringLiteral("Acme Stripe");
        stripe.target.provider = pb::providers::Stripe;
        stripe.target.baseUrl = sandbox.baseUrl();
        stripe.sandbox = true;
        QVERIFY(catalog.saveAccount(stripe));
        pbtest::Generator gen(22);
        QList<pb::CatalogEntry> entries;
        for (int i = 0; i < 5; ++i) {
            pb::CatalogEntry e;
            e.provider = pb::providers::Stripe;
            e.accountId = stripe.id;
            e.product = gen.stripe();
            e.product.name = QStringLiteral("Plan %1").arg(i);
            entries.append(e);
        }
        QVERIFY(catalog.saveProducts(entries));
    }
    Run r = run({ QStringLiteral("push"), dataArg, data });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 5);
    const QString csv = m_dir.filePath(QStringLiteral("reimport.csv"));
    const QString json = m_dir.filePath(QStringLiteral("reimport.json"));
    QCOMPARE(run({ QStringLiteral("export"), csv, dataArg, data }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("export"), json, dataArg, data }).exitCode, 0);
    QVERIFY(pbtest::readFile(csv).startsWith("product_id,account,remote_id,"));
    QCOMPARE(pbtest::readFile(json).count("\"remote_id\": \"prod_"), 5);

    for (const QString& file : { csv, json }) {
        r = run({ QStringLiteral("import"), file, dataArg, data, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"imported").toInt(), 5);
        QCOMPARE(report.value(u"new").toInt(), 0);
        QCOMPARE(report.value(u"unchanged").toInt(), 5);
    }
    r = run({ QStringLiteral("export"), m_dir.filePath(QStringLiteral("again.csv")), dataArg, data });
    QVERIFY2(r.out.contains(QStringLiteral("Exported 5 products")), qPrintable(r.out));

    // Another Pricebook id (a file from elsewhere), a changed description: matched by remote id.
    QString text = QString::fromUtf8(pbtest::readFile(csv));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    for (int i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty() && !lines[i].startsWith(u','))
            lines[i] = QStringLiteral("other-%1").arg(i) + lines[i].mid(lines[i].indexOf(u','));
    const QString byRemote = write(QStringLiteral("by-remote.csv"), lines.join(QStringLiteral("\r\n")).replace(QStringLiteral("Plan 3"), QStringLiteral("Plan three")).toUtf8());
    r = run({ QStringLiteral("import"), byRemote, dataArg, data, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(u"new").toInt(), 0);
    QCOMPARE(report.value(u"updated").toInt(), 1);
    QCOMPARE(report.value(u"unchanged").toInt(), 4);
    r = run({ QStringLiteral("import"), byRemote, dataArg, data });
    QVERIFY2(r.out.contains(QStringLiteral("New: 0, updated: 0, unchanged: 5.")), qPrintable(r.out));

    // The renamed one is pushed as an update of its remote product; nothing is created.
    r = run({ QStringLiteral("push"), dataArg, data, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(sandbox.stats().created.value(QStringLiteral("stripe")), 5);
    QCOMPARE(sandbox.stats().duplicateNames, 0);
    QStringList outcomes;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results").toArray())
        outcomes << v.toObject().value(u"outcome").toString();
    outcomes.sort();
    QCOMPARE(outcomes.join(u','), QStringLiteral("already synced,already synced,already synced,already synced,updated"));

    // A row naming a product of another provider is refused; a new product with a name already
    // used on the account is imported with a warning.
    const QJsonArray exported = QJsonDocument::fromJson(pbtest::readFile(json)).object().value(u"products").toArray();
    QJsonObject wrongProvider { { QStringLiteral("product_id"), exported.first().toObject().value(u"product_id") },
                                { QStringLiteral("provider"), QStringLiteral("jani") }, { QStringLiteral("name"), QStringLiteral("Moved") },
                                { QStringLiteral("product_type"), QStringLiteral("standard") } };
    r = run({ QStringLiteral("import"), write(QStringLiteral("wrong.json"), QJsonDocument(QJsonArray { wrongProvider }).toJson()), dataArg, data });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QStringLiteral("a Stripe product; the row is for Jani")), qPrintable(r.out));
    QJsonObject sameName = exported.at(1).toObject();
    sameName.remove(QStringLiteral("product_id"));
    sameName.remove(QStringLiteral("remote_id"));
    sameName.insert(QStringLiteral("account"), QStringLiteral("Acme Stripe"));
    r = run({ QStringLiteral("import"), write(QStringLiteral("same-name.json"), QJsonDocument(QJsonArray { sameName }).toJson()), dataArg, data });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("warning: A product named “%1” is already in the catalog for this account").arg(sameName.value(u"name").toString())), qPrintable(r.out));
    // Two rows of one file for the same product: the second is refused.
    r = run({ QStringLiteral("import"), write(QStringLiteral("twice.json"), QJsonDocument(QJsonArray { exported.at(2), exported.at(2) }).toJson()), dataArg, data });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QStringLiteral("Row 1 already updates")), qPrintable(r.out));
}

void TestCli::readOnlyCatalogIsReadAndSaysSo()
{
    PBTEST_SQLITE_ONLY();
    // A catalog in a folder this user cannot write: accounts list and export work, import says the
    // catalog is read-only and changes nothing. (As root, permissions do not bind: the commands
    // then run as the unprivileged user "nobody".)
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString dataArg = QStringLiteral("--data-dir");
    QCOMPARE(run({ QStringLiteral("accounts"), QStringLiteral("add"), dataArg, data, QStringLiteral("--provider"), QStringLiteral("jani"),
                   QStringLiteral("--name"), QStringLiteral("Farm Co"), QStringLiteral("--base-url"), QStringLiteral("https://farm.jani.test") })
                 .exitCode, 0);
    const QString product = write(QStringLiteral("ro.json"), R"([{"provider":"jani","name":"Seeds","product_type":"standard"}])");
    QCOMPARE(run({ QStringLiteral("import"), product, dataArg, data }).exitCode, 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto traversable = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), traversable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(out, all));
    QVERIFY(QFile::setPermissions(QFileInfo(product).absolutePath(), traversable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(product, readable | QFileDevice::WriteOwner));
    for (const QString& f : QDir(data).entryList(QDir::Files))
        QVERIFY(QFile::setPermissions(QDir(data).filePath(f), readable));
    QVERIFY(QFile::setPermissions(data, traversable));
    auto cleanup = qScopeGuard([&] { QFile::setPermissions(data, all); });
    const bool root = geteuid() == 0;
    auto runHere = [&](QStringList args) {
        QProcess p;
        if (root)
            p.start(QStringLiteral("setpriv"), QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), m_cli } + args);
        else
            p.start(m_cli, args);
        if (!p.waitForFinished(30000))
            qFatal("pricebook-cli did not finish");
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    };
    Run r = runHere({ QStringLiteral("accounts"), QStringLiteral("list"), dataArg, data });
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Farm Co")), qPrintable(r.out + r.err));
    r = runHere({ QStringLiteral("export"), QDir(out).filePath(QStringLiteral("ro.csv")), dataArg, data });
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Exported 1 product")), qPrintable(r.out + r.err));
    QVERIFY(pbtest::readFile(QDir(out).filePath(QStringLiteral("ro.csv"))).contains("Seeds"));
    r = runHere({ QStringLiteral("import"), product, dataArg, data });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("is read-only here")) && !r.err.contains(QStringLiteral("not a Pricebook catalog")), qPrintable(r.err));
    // Nothing was written beside it either.
    QCOMPARE(QDir(data).entryList(QDir::Files), QStringList { QStringLiteral("catalog.sqlite") });
    // A new catalog in a read-only folder is refused in words.
    r = runHere({ QStringLiteral("accounts"), QStringLiteral("list"), dataArg, QDir(data).filePath(QStringLiteral("inner")) });
    QVERIFY(r.exitCode != 0);
}

void TestCli::twoImportsAtOnceBothLand()
{
    // Two imports into a catalog that does not exist yet, at the same moment, three times: both
    // make it, neither fails with "database is locked" or a half-made catalog.
    QByteArray files[2];
    for (int n = 0; n < 2; ++n) {
        QJsonArray products;
        for (int i = 0; i < 20000; ++i)
            products.append(QJsonObject { { QStringLiteral("provider"), QStringLiteral("jani") },
                                          { QStringLiteral("name"), QStringLiteral("Import %1 product %2").arg(n).arg(i) },
                                          { QStringLiteral("product_type"), QStringLiteral("standard") } });
        files[n] = QJsonDocument(products).toJson(QJsonDocument::Compact);
    }
    const QString first = write(QStringLiteral("at-once-1.json"), files[0]);
    const QString second = write(QStringLiteral("at-once-2.json"), files[1]);
    for (int trial = 0; trial < 3; ++trial) {
        const QString data = m_dir.filePath(QStringLiteral("at-once-%1").arg(trial));
        QProcess a, b;
        a.start(m_cli, onEngine({ QStringLiteral("import"), QStringLiteral("--data-dir"), data, first }));
        b.start(m_cli, onEngine({ QStringLiteral("import"), QStringLiteral("--data-dir"), data, second }));
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        QCOMPARE(catalog.count({}), 40000);
    }
}

void TestCli::pullAdoptsAndRerunsWithoutDuplicates()
{
    pb::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    QNetworkAccessManager nam;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest req(QUrl(sandbox.baseUrl() + QStringLiteral("/v1/products")));
        req.setRawHeader("Authorization", "Bearer sk_test_cli");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply* reply = nam.post(req, "name=Remote+" + QByteArray::number(i)
                                                 + "&default_price_data[currency]=usd&default_price_data[unit_amount]=500");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    const QString data = m_dir.filePath(QStringLiteral("catalog-pull"));
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        pb::Account stripe, chatdash;
        stripe.name = QStringLiteral("Stripe local");
        stripe.target.provider = pb::providers::Stripe;
        stripe.target.baseUrl = sandbox.baseUrl();
        stripe.sandbox = true;
        chatdash.name = QStringLiteral("ChatDash local");
        chatdash.target.provider = pb::providers::ChatDash;
        chatdash.target.baseUrl = sandbox.baseUrl();
        chatdash.target.set(QStringLiteral("account-id"), QStringLiteral("acct_pull"));
        chatdash.sandbox = true;
        QVERIFY(catalog.saveAccount(stripe) && catalog.saveAccount(chatdash));
    }
    Run r = run({ QStringLiteral("pull"), QStringLiteral("--data-dir"), data, QStringLiteral("--account"), QStringLiteral("Stripe local"),
                  QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(u"read").toInt(), 3);
    QCOMPARE(report.value(u"added").toInt(), 3);
    QCOMPARE(report.value(u"prices").toInt(), 3);
    r = run({ QStringLiteral("pull"), QStringLiteral("--data-dir"), data, QStringLiteral("--account"), QStringLiteral("Stripe local") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("Pulled 3 products with 3 prices from “Stripe local”: 0 added, 0 updated, 3 unchanged, "
                                   "0 kept (changed here since the last sync).\n"));
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        QCOMPARE(catalog.productCount(), 3);
    }
    // A price changed here: the plan says how Stripe will take it, and sends nothing.
    QString remoteProduct, remotePrice, productName;
    {
        pb::Catalog catalog;
        QString error;
        QVERIFY(catalog.open(catalogOf(data), &error));
        const QList<pb::CatalogRow> rows = catalog.rows({}, 0, 10);
        pb::CatalogEntry e = *catalog.product(rows.first().id);
        remoteProduct = catalog.link(e.id, e.accountId).remoteId;
        remotePrice = e.product.prices.first().remoteId;
        productName = e.product.name;
        e.product.prices[0].amount = 700;
        QVERIFY(catalog.saveProduct(e));
    }
    const qint64 requestsBefore = sandbox.stats().requests;
    r = run({ QStringLiteral("plan"), QStringLiteral("--data-dir"), data, QStringLiteral("--account"), QStringLiteral("Stripe local") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, QStringLiteral("Stripe local (Stripe):\n"
                                   "  %1  %2\n"
                                   "    1. create price US$7.00 once on %2\n"
                                   "    2. make it the default\n"
                                   "    3. archive %3 (US$5.00 once)\n"
                                   "Plan: 3 operations on 1 product; 0 refused; 2 unchanged.\n")
                        .arg(productName, remoteProduct, remotePrice));
    r = run({ QStringLiteral("plan"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"operations").toInt(), 3);
    QCOMPARE(sandbox.stats().requests, requestsBefore);

    // ChatDash has no read endpoint: said, nothing sent.
    const qint64 before = sandbox.stats().requests;
    r = run({ QStringLiteral("pull"), QStringLiteral("--data-dir"), data, QStringLiteral("--account"), QStringLiteral("ChatDash local") });
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err, QStringLiteral("ChatDash documents no way to read products, so Pricebook cannot pull them.\n"));
    QCOMPARE(sandbox.stats().requests, before);
    r = run({ QStringLiteral("pull"), QStringLiteral("--data-dir"), data, QStringLiteral("--account"), QStringLiteral("Nobody") });
    QCOMPARE(r.exitCode, 64);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

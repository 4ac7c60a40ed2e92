// A team catalog whose server asks for a password (a SCRAM login over loopback TCP, the role
// tests/run-with-postgres.sh made), with the real Secret Service of a private D-Bus session
// (tests/run-with-keyring.sh): "Connect to team catalog…" keeps the password in the keychain
// under the address without it, the next start and the CLI read it from there, libpq's
// PGPASSFILE still works without it, and the password is never in settings, messages or logs.
#include "CatalogEngines.h"
#include "GuiFixture.h"
#include "services/storage/SecretStore.h"
#include "ui/TeamCatalogDialog.h"

#include <QFile>
#include <QLineEdit>
#include <QMutex>
#include <QProcess>
#include <QTest>

using namespace pb;

namespace {

QMutex g_logLock;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void keepLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logLock);
        g_log << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

// The person filling in "Connect to team catalog…".
class TeamPrompts : public pbtest::ScriptedPrompts
{
public:
    QString location, password, author;
    int teamDialogs = 0;
    bool acceptDialog(QDialog* dialog) override
    {
        if (dialog->objectName() == QLatin1String("teamCatalogDialog")) {
            ++teamDialogs;
            auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("catalogLocationLineEdit"));
            auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("catalogPasswordLineEdit"));
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("authorLineEdit"));
            if (!address || !secret || !name)
                qFatal("the team catalog dialog lacks its fields");
            if (secret->echoMode() != QLineEdit::Password)
                qFatal("the password is shown as it is typed");
            address->clear();
            QTest::keyClicks(address, location);
            QTest::keyClicks(secret, password);
            name->setText(author);
            return true;
        }
        return ScriptedPrompts::acceptDialog(dialog);
    }
};

} // namespace

class TestCatalogPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogKeepsThePasswordInTheKeychain();
    void nextStartReadsItFromTheKeychain();
    void cliReadsItFromTheKeychain();
    void passwordFileStillWorks();
    void wrongOrMissingPasswordIsSaidWithoutIt();
    void neverInSettingsOrLogs();

private:
    // Opens a store as the window does at startup; the outcome and message.
    QPair<bool, QString> openAtStartup(const QString& location);
    int cli(const QStringList& args, QByteArray* err, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    bool setKeychain(const std::optional<QString>& password);

    QString m_cli;
    QString m_location; // the team catalog over TCP, no password in it
    QString m_password;
    QTemporaryDir m_dir;
};

void TestCatalogPassword::initTestCase()
{
    g_previous = qInstallMessageHandler(keepLog);
    m_cli = qEnvironmentVariable("PRICEBOOK_CLI");
    QVERIFY2(QFile::exists(m_cli), "PRICEBOOK_CLI must name the built pricebook-cli");
    QVERIFY2(pbtest::onPostgres(), "runs through tests/run-with-postgres.sh");
    m_password = qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_PASSWORD");
    QVERIFY(!m_password.isEmpty());
    QString error;
    QVERIFY2(pbtest::onTestServer(QStringLiteral("CREATE DATABASE pbtest_password OWNER %1").arg(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_ROLE")),
                                  &error),
             qPrintable(error));
    QUrl url(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_TCP"));
    url.setPath(QStringLiteral("/pbtest_password"));
    m_location = url.toString();
    QVERIFY(!m_location.contains(m_password));
    // Nothing to fall back on unless a test says so.
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
    QVERIFY(setKeychain(std::nullopt));
}

QPair<bool, QString> TestCatalogPassword::openAtStartup(const QString& location)
{
    CatalogStore store;
    SecretStore secrets;
    QSignalSpy opened(&store, &CatalogStore::opened);
    TeamCatalogDialog::openCatalog(&store, &secrets, location, &store);
    if (!opened.wait(15000))
        return { false, QStringLiteral("(no answer)") };
    return { opened.first().at(0).toBool(), opened.first().at(1).toString() };
}

int TestCatalogPassword::cli(const QStringList& args, QByteArray* err, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_cli, args);
    if (!p.waitForFinished(60000))
        qFatal("pricebook-cli did not finish");
    *err = p.readAllStandardError();
    const QByteArray out = p.readAllStandardOutput();
    QMutexLocker lock(&g_logLock);
    g_log << QString::fromUtf8(out) << QString::fromUtf8(*err);
    return p.exitCode();
}

bool TestCatalogPassword::setKeychain(const std::optional<QString>& password)
{
    QString error;
    const auto where = CatalogLocation::parse(m_location, &error);
    if (!where)
        return false;
    SecretStore secrets;
    bool ok = false;
    QEventLoop loop;
    if (password)
        secrets.writeNamed(SecretStore::passwordName(*where), *password, &loop, [&](bool done, const QString&) { ok = done; loop.quit(); });
    else
        secrets.removeNamed(SecretStore::passwordName(*where), &loop, [&](bool done, const QString&) { ok = done; loop.quit(); });
    loop.exec();
    return ok && secrets.keychainAvailable();
}

// The window on a SQLite catalog; "Connect to team catalog…" with the address and the password:
// the store is on the team catalog, the password in the keychain under the address without it.
void TestCatalogPassword::dialogKeepsThePasswordInTheKeychain()
{
    QNetworkAccessManager network;
    CatalogStore store;
    SecretStore secrets;
    QSignalSpy opened(&store, &CatalogStore::opened);
    store.open(m_dir.filePath(QStringLiteral("own.sqlite")));
    QVERIFY(opened.wait(10000));
    TeamPrompts prompts;
    prompts.location = m_location;
    prompts.password = m_password;
    prompts.author = QStringLiteral("Dana");
    MainWindow window(&store, &secrets, &network, &prompts);
    Q_EMIT store.opened(true, QString());
    opened.clear();
    window.findChild<QAction*>(QStringLiteral("actionConnectTeamCatalog"))->trigger();
    QCOMPARE(prompts.teamDialogs, 1);
    QVERIFY(opened.wait(15000));
    QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
    QCOMPARE(store.path(), m_location);
    QVERIFY(secrets.keychainAvailable());

    // In the keychain itself (a new SecretStore has nothing in memory), under the address.
    QString error;
    const auto where = CatalogLocation::parse(m_location, &error);
    QVERIFY(where);
    QCOMPARE(SecretStore::passwordName(*where),
             QStringLiteral("pricebook/catalog:%1@127.0.0.1:%2/pbtest_password/password").arg(where->user).arg(where->port));
    SecretStore fresh;
    std::optional<QString> kept;
    QEventLoop loop;
    fresh.readNamed(SecretStore::passwordName(*where), &loop, [&](const std::optional<QString>& s, const QString&) { kept = s; loop.quit(); });
    loop.exec();
    QVERIFY(fresh.keychainAvailable());
    QCOMPARE(kept, std::optional<QString>(m_password));
    QCOMPARE(TeamCatalogDialog::rememberedLocation(), m_location);
}

// Started again with the remembered address: the password comes from the keychain.
void TestCatalogPassword::nextStartReadsItFromTheKeychain()
{
    QVERIFY(setKeychain(m_password));
    const auto [ok, error] = openAtStartup(m_location);
    QVERIFY2(ok, qPrintable(error));
}

void TestCatalogPassword::cliReadsItFromTheKeychain()
{
    QVERIFY(setKeychain(m_password));
    QByteArray err;
    QCOMPARE(cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--catalog"), m_location }, &err), 0);
    // And catalog copy, from a file into the team catalog's own database and back out.
    const QString file = m_dir.filePath(QStringLiteral("out.sqlite"));
    QCOMPARE(cli({ QStringLiteral("catalog"), QStringLiteral("copy"), QStringLiteral("--from"), m_location, QStringLiteral("--to"), file }, &err), 0);
    QVERIFY(QFile::exists(file));
    QVERIFY(setKeychain(std::nullopt));
    QCOMPARE(cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--catalog"), m_location }, &err), 1);
    QVERIFY2(err.contains("no password supplied"), err.constData());
}

// No keychain entry: libpq reads PGPASSFILE, for the window's store and for the CLI.
void TestCatalogPassword::passwordFileStillWorks()
{
    QVERIFY(setKeychain(std::nullopt));
    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QUrl url(m_location);
    file.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(url.port()).arg(url.userName(), m_password).toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // libpq ignores a file others can read
    const QByteArray before = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    const auto [ok, error] = openAtStartup(m_location);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QByteArray err;
    const int code = cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--catalog"), m_location }, &err, env);
    qputenv("PGPASSFILE", before);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(code == 0, err.constData());
}

void TestCatalogPassword::wrongOrMissingPasswordIsSaidWithoutIt()
{
    const QString wrong = QStringLiteral("not-the-password-7d1c");
    QVERIFY(setKeychain(wrong));
    const auto [ok, error] = openAtStartup(m_location);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));
    QVERIFY(!error.contains(wrong));
    QByteArray err;
    QCOMPARE(cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--catalog"), m_location }, &err), 1);
    QVERIFY2(err.contains("password authentication failed"), err.constData());
    QVERIFY(!err.contains(wrong.toUtf8()));

    QVERIFY(setKeychain(std::nullopt));
    const auto [without, said] = openAtStartup(m_location);
    QVERIFY(!without);
    QVERIFY2(said.contains(QStringLiteral("no password supplied")), qPrintable(said));
    // A password in the address itself is refused before anything is sent.
    QUrl withPassword(m_location);
    withPassword.setPassword(m_password);
    const auto [refused, why] = openAtStartup(withPassword.toString());
    QVERIFY(!refused);
    QVERIFY2(why.contains(QStringLiteral("holds a password")), qPrintable(why));
    QVERIFY(!why.contains(m_password));
}

// Last: everything the tests above wrote to settings and every message logged or printed.
void TestCatalogPassword::neverInSettingsOrLogs()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(m_location.toUtf8()) || written.contains(QUrl(m_location).toEncoded()));
    QVERIFY(!written.contains(m_password.toUtf8()));
    QMutexLocker lock(&g_logLock);
    QVERIFY(!g_log.isEmpty());
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.contains(m_password), "the password was in a message");
}

QTEST_MAIN(TestCatalogPassword)
#include "tst_catalog_password.moc"
